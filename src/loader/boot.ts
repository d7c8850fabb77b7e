/**
 * What both script-tag builds do when they run: create the page's Latch from the tag's data attributes, expose it
 * as `window.Latch`, and start loading it at once, so the Frontend API round trips overlap with the page's
 * parsing and with the download of the elements' code. A page that calls `Latch.load({ appearance, … })` itself
 * afterwards still can: its options merge in (the same promise is returned).
 *
 *   <script src="/dist/latch.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
import { Latch } from '../core/latch.js';
import { setDefaultLatch } from '../core/registry.js';
import { optionsFrom } from './script-options.js';

export { optionsFrom } from './script-options.js';

declare global {
  interface Window {
    Latch?: Latch;
  }
}

/** Creates, exposes and starts loading the page's Latch; a no-op when the page already has one. */
export function bootScriptTag(script: HTMLScriptElement | null): Latch | undefined {
  if (!script || window.Latch) return undefined;
  const { publishableKey, options } = optionsFrom(script);
  const latch = new Latch(publishableKey, options);
  window.Latch = latch;
  setDefaultLatch(latch);
  latch.load().catch((error: unknown) => console.error('[latch] load failed', error));
  return latch;
}
