import type { LocalizationTree } from './types.js';

/**
 * English strings of the passkey sign-in (the browser's answers, worded). Registered as defaults by the lazily
 * loaded passkey step, so a page that never starts a passkey does not carry them.
 */
export const enUSSignInPasskey = {
  signIn: {
    passkey: {
      title: 'Use your passkey',
      subtitle: 'Your device checks that it is you, with your fingerprint, your face or your screen lock.',
    },
  },
  unstable__errors: {
    passkey_not_supported: 'This browser cannot use passkeys. Sign in another way.',
    passkeys_pa_not_supported: 'This device has no built-in passkey support. Try another device.',
    passkey_invalid_rpID_or_domain: 'This passkey was made for another website.',
    passkey_already_exists: 'This device already holds a passkey for your account.',
    passkey_operation_aborted: 'The passkey request was stopped. Try again.',
    passkey_retrieval_cancelled: 'No passkey was picked, or the request timed out. Try again, or sign in another way.',
    passkey_retrieval_failed: 'The browser could not use your passkey. Try again, or sign in another way.',
    passkey_registration_cancelled: 'The passkey was not saved: the request was cancelled or timed out.',
    passkey_registration_failed: 'The browser could not save the passkey. Please try again.',
    form_identifier_not_found__public_key_credential: 'No account uses this passkey. It may have been removed.',
    verification_failed__public_key_credential: 'This passkey could not be checked. Please try again.',
  },
} satisfies LocalizationTree;
