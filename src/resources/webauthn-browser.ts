/**
 * The lazily loaded half of a passkey ceremony: @simplewebauthn/browser, and the mapping of the browser's
 * failures to Clerk's passkey error codes (`passkey_retrieval_cancelled`, `passkey_already_exists`, …), which
 * the localization resource words under `unstable__errors`. src/resources/webauthn.ts loads it on first use.
 */
import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { LatchRuntimeError } from '../api/errors.js';

type Ceremony = 'registration' | 'retrieval';

/** Clerk's code for a failed ceremony, from the DOMException name or the library's own code. */
function passkeyErrorCode(error: unknown, ceremony: Ceremony): string {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return 'passkey_operation_aborted';
  if (name === 'SecurityError' || code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID') {
    return 'passkey_invalid_rpID_or_domain';
  }
  const duplicate = name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED';
  if (ceremony === 'registration' && duplicate) return 'passkey_already_exists';
  if (name === 'NotAllowedError') return `passkey_${ceremony}_cancelled`;
  return `passkey_${ceremony}_failed`;
}

async function run(ceremony: Ceremony, step: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await step());
  } catch (error) {
    throw new LatchRuntimeError(passkeyErrorCode(error, ceremony), (error as Error)?.message ?? String(error), {
      cause: error,
    });
  }
}

/** Creates a credential for the creation options JSON (a passkey verification's `nonce`); returns its JSON. */
export function createCredential(nonce: string): Promise<string> {
  const optionsJSON = JSON.parse(nonce) as PublicKeyCredentialCreationOptionsJSON;
  return run('registration', () => startRegistration({ optionsJSON }));
}

/**
 * Gets an assertion for the request options JSON. With `autofill`, the browser offers the passkeys in the
 * focused `autocomplete="… webauthn"` input's suggestions and the promise waits until one is picked.
 */
export function getCredential(nonce: string, autofill: boolean): Promise<string> {
  const optionsJSON = JSON.parse(nonce) as PublicKeyCredentialRequestOptionsJSON;
  return run('retrieval', () => startAuthentication({ optionsJSON, useBrowserAutofill: autofill }));
}

/** Ends a pending ceremony (an autofill request waits forever otherwise); it rejects as aborted. */
export function cancelCeremony(): void {
  WebAuthnAbortService.cancelCeremony();
}
