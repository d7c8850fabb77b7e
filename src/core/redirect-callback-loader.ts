/**
 * How the code of `handleRedirectCallback` (./redirect-callback.ts) arrives. Only the page a provider or an
 * email link returns to needs it, so the core never names the module: the script-tag loader would inline a
 * dynamic import. The entry that built this core sets it instead: the `latch` module and dist/latch.full.js
 * import the module, the script-tag loader fetches it as its `redirect-callback` chunk, and the two places that
 * call it from an element (the sso-callback step, `<latch-authenticate-with-redirect-callback>`) set it too, so
 * an ES page that imports only an element entry still has it. Every one of them resolves to the same module.
 */
import { LatchRuntimeError } from '../api/errors.js';

/** What ./redirect-callback.ts exports. */
export type RedirectCallbackModule = typeof import('./redirect-callback.js');

let load: (() => Promise<RedirectCallbackModule>) | null = null;

export function setRedirectCallbackLoader(loader: () => Promise<RedirectCallbackModule>): void {
  load = loader;
}

/** The module, fetched the first time a redirect callback is handled. */
export function loadRedirectCallback(): Promise<RedirectCallbackModule> {
  if (!load) {
    return Promise.reject(
      new LatchRuntimeError('redirect_callback_unavailable', 'This build cannot handle a redirect callback.'),
    );
  }
  return load();
}
