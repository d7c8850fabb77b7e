/**
 * The browser half of a passkey ceremony, with @simplewebauthn/browser, which is loaded on first use only (it
 * is its own chunk: most pages never touch a passkey). Browser failures become `LatchRuntimeError`s with
 * Clerk's passkey error codes (`passkey_retrieval_cancelled`, `passkey_already_exists`, …), which the
 * localization resource words under `unstable__errors`.
 */
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { LatchRuntimeError } from '../api/errors.js';

/** The part of @simplewebauthn/browser a ceremony uses. */
export interface WebAuthnBrowser {
  startRegistration: typeof import('@simplewebauthn/browser').startRegistration;
  startAuthentication: typeof import('@simplewebauthn/browser').startAuthentication;
  browserSupportsWebAuthnAutofill: typeof import('@simplewebauthn/browser').browserSupportsWebAuthnAutofill;
  WebAuthnAbortService: typeof import('@simplewebauthn/browser').WebAuthnAbortService;
}

/**
 * How the WebAuthn module arrives, set by the entry that built this core: the `latch` module and
 * dist/latch.full.js import src/resources/webauthn-browser.ts; the script-tag loader fetches it as its
 * `webauthn` chunk. The core itself never names it, so the loader does not carry the library.
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

type Ceremony = 'registration' | 'retrieval';

/** Clerk's code for a failed ceremony, from the DOMException name or the library's own code. */
function passkeyErrorCode(error: unknown, ceremony: Ceremony): string {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return 'passkey_operation_aborted';
  if (name === 'SecurityError' || code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID') {
    return 'passkey_invalid_rpID_or_domain';
  }
  if (
    ceremony === 'registration' &&
    (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED')
  ) {
    return 'passkey_already_exists';
  }
  if (name === 'NotAllowedError') return `passkey_${ceremony}_cancelled`;
  return `passkey_${ceremony}_failed`;
}

async function run(ceremony: Ceremony, step: (browser: WebAuthnBrowser) => Promise<unknown>): Promise<string> {
  if (!browserSupportsPasskeys()) {
    throw new LatchRuntimeError('passkey_not_supported', 'Passkeys are not supported by this browser.');
  }
  if (!loadBrowser) throw new LatchRuntimeError('passkey_not_supported', 'No WebAuthn module was registered.');
  const browser = await loadBrowser();
  try {
    return JSON.stringify(await step(browser));
  } catch (error) {
    throw new LatchRuntimeError(passkeyErrorCode(error, ceremony), (error as Error)?.message ?? String(error), {
      cause: error,
    });
  }
}

/** Creates a credential for the creation options JSON (a passkey verification's `nonce`); returns its JSON. */
export function createPasskeyCredential(nonce: string): Promise<string> {
  const optionsJSON = JSON.parse(nonce) as PublicKeyCredentialCreationOptionsJSON;
  return run('registration', (browser) => browser.startRegistration({ optionsJSON }));
}

/**
 * Gets an assertion for the request options JSON. With `autofill`, the browser offers the passkeys in the
 * focused `autocomplete="… webauthn"` input's suggestions and the promise waits until one is picked.
 */
export function getPasskeyCredential(nonce: string, autofill = false): Promise<string> {
  const optionsJSON = JSON.parse(nonce) as PublicKeyCredentialRequestOptionsJSON;
  return run('retrieval', (browser) => browser.startAuthentication({ optionsJSON, useBrowserAutofill: autofill }));
}

/** Ends a pending ceremony (an autofill request waits forever otherwise); it rejects as aborted. */
export async function cancelPasskeyCeremony(): Promise<void> {
  if (!browserSupportsPasskeys() || !loadBrowser) return;
  (await loadBrowser()).WebAuthnAbortService.cancelCeremony();
}
