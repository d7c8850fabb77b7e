/**
 * The script-tag entry (dist/latch.js): defines every element, creates the page's Latch from the tag's data
 * attributes, exposes it as `window.Latch`, and loads it once the document is parsed, unless the page called
 * `Latch.load(...)` itself first (to pass an appearance or localization, as in Clerk's quickstart).
 *
 *   <script src="/dist/latch.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
import './components/control/index.js';
import './components/modal/index.js';
import './components/sign-in/index.js';
import './components/sign-up/index.js';
import './components/user-button/index.js';
import { Latch, type LatchOptions } from './core/index.js';
import { setDefaultLatch } from './core/registry.js';

export * from './index.js';
/** The prebuilt themes ride along (about 2 KB gzip), so a script-tag page can pick one: `LatchBundle.themes.dark`. */
export * as themes from './themes/index.js';

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
] as const;

function optionsFrom(script: HTMLScriptElement): { publishableKey?: string; options: LatchOptions } {
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

const script = document.currentScript as HTMLScriptElement | null;
if (script && !window.Latch) {
  const { publishableKey, options } = optionsFrom(script);
  const latch = new Latch(publishableKey, options);
  window.Latch = latch;
  setDefaultLatch(latch);
  const autoLoad = () => {
    if (!latch.loaded) {
      latch.load().catch((error: unknown) => console.error('[latch] load failed', error));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoLoad, { once: true });
  else queueMicrotask(autoLoad);
}
