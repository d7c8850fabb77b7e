/**
 * What both script-tag builds do when they run: create the page's Latch from the tag's data attributes, expose it
 * as `window.Latch`, and start loading it at once, so the Frontend API round trips overlap with the page's
 * parsing and with the download of the elements' code. A page that calls `Latch.load({ appearance, … })` itself
 * afterwards still can: its options merge in (the same promise is returned).
 *
 *   <script src="/dist/latch.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
import { Latch, type LatchOptions } from '../core/latch.js';
import { setDefaultLatch } from '../core/registry.js';

declare global {
  interface Window {
    Latch?: Latch;
  }
}

/** `data-sign-in-url` → `signInUrl`: every data attribute of the tag that names a string option. */
const STRING_OPTIONS = [
  'proxyUrl',
  'domain',
  'signInUrl',
  'signUpUrl',
  'afterSignOutUrl',
  'signInFallbackRedirectUrl',
  'signUpFallbackRedirectUrl',
  'signInForceRedirectUrl',
  'signUpForceRedirectUrl',
  'waitlistUrl',
] as const;

export function optionsFrom(script: HTMLScriptElement): { publishableKey?: string; options: LatchOptions } {
  const data = script.dataset;
  const options: LatchOptions = {};
  for (const name of STRING_OPTIONS) {
    const value = data[name];
    if (value) (options as Record<string, string>)[name] = value;
  }
  if (data.allowedRedirectOrigins) {
    options.allowedRedirectOrigins = data.allowedRedirectOrigins.split(/[\s,]+/).filter(Boolean);
  }
  return { publishableKey: data.publishableKey ?? data.clerkPublishableKey, options };
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
