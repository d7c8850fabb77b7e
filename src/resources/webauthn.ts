/**
 * The browser half of a passkey ceremony. Its code (@simplewebauthn/browser and the error mapping, in
 * ./webauthn-browser.ts) is loaded on first use only: most pages never touch a passkey. Failures reject with
 * `LatchRuntimeError`s coded like Clerk's (`passkey_retrieval_cancelled`, `passkey_not_supported`, …).
 */
import { LatchRuntimeError } from '../api/errors.js';

/** What ./webauthn-browser.ts exports. */
export type WebAuthnBrowser = typeof import('./webauthn-browser.js');

/**
 * How the WebAuthn module arrives, set by the entry that built this core: the `latch` module and
 * dist/latch.full.js import ./webauthn-browser.ts; the script-tag loader fetches it as its `webauthn` chunk.
 * The core itself never names it, so the loader does not carry the library.
 */
let loadBrowser: (() => Promise<WebAuthnBrowser>) | null = null;

export function setWebAuthnLoader(load: () => Promise<WebAuthnBrowser>): void {
  loadBrowser = load;
}

/** Whether this browser can run a ceremony at all (no download needed to know). */
export function browserSupportsPasskeys(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
}

/** Whether the browser offers passkeys in an input's autofill (conditional mediation). */
export async function browserSupportsPasskeyAutofill(): Promise<boolean> {
  if (!browserSupportsPasskeys()) return false;
  const check = PublicKeyCredential.isConditionalMediationAvailable;
  return typeof check === 'function' ? check.call(PublicKeyCredential).catch(() => false) : false;
}

function browser(): Promise<WebAuthnBrowser> {
  if (!browserSupportsPasskeys() || !loadBrowser) {
    return Promise.reject(new LatchRuntimeError('passkey_not_supported', 'Passkeys are not supported here.'));
  }
  return loadBrowser();
}

/** Creates a credential for the creation options JSON (a passkey verification's `nonce`); returns its JSON. */
export async function createPasskeyCredential(nonce: string): Promise<string> {
  return (await browser()).createCredential(nonce);
}

/** Gets an assertion for the request options JSON (`autofill`: through the identifier field's suggestions). */
export async function getPasskeyCredential(nonce: string, autofill = false): Promise<string> {
  return (await browser()).getCredential(nonce, autofill);
}

/** Ends a pending ceremony (an autofill request waits forever otherwise); it rejects as aborted. */
export async function cancelPasskeyCeremony(): Promise<void> {
  if (browserSupportsPasskeys() && loadBrowser) (await loadBrowser()).cancelCeremony();
}
