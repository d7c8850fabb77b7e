/** The lazily loaded WebAuthn chunk: only what src/resources/webauthn.ts uses of @simplewebauthn/browser. */
export {
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
