/**
 * WebAuthn for component tests and stories: the real @simplewebauthn/browser over a stubbed
 * `navigator.credentials`, answering like a platform authenticator would (or failing like the browser does).
 */
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { EnvironmentJSON } from '../../src/api/schemas/index.js';
import { setWebAuthnLoader } from '../../src/resources/webauthn.js';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** A memory environment with passkeys on (button and autofill as given). */
export function passkeyEnvironment(ways: { button?: boolean; autofill?: boolean } = {}): EnvironmentJSON {
  const env = defaultEnvironment();
  env.user_settings.attributes.passkey = { ...env.user_settings.attributes.passkey, enabled: true };
  env.user_settings.passkey_settings = {
    show_sign_in_button: ways.button ?? true,
    allow_autofill: ways.autofill ?? false,
  };
  return env;
}

/** What the stubbed browser does when asked for a credential: answer with this credential id, or fail. */
export type PasskeyAnswer = { credentialId: string } | { error: string } | 'wait';

export interface StubbedCredentials {
  /** Every `navigator.credentials.get/create` call, with its mediation (`conditional` for autofill). */
  calls: Array<{ kind: 'get' | 'create'; mediation?: string }>;
  /** Answers the pending `wait` request. */
  release(answer: Exclude<PasskeyAnswer, 'wait'>): void;
  restore(): void;
}

function credential(id: string, kind: 'get' | 'create') {
  const response =
    kind === 'get'
      ? { authenticatorData: bytes('a'), clientDataJSON: bytes('{}'), signature: bytes('s'), userHandle: bytes('u') }
      : { attestationObject: bytes('o'), clientDataJSON: bytes('{}'), getTransports: () => ['internal'] };
  return {
    id,
    rawId: bytes(id),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response,
    getClientExtensionResults: () => ({}),
  };
}

/** Replaces `navigator.credentials.get/create` (and the autofill check) until `restore()`. */
export function stubCredentials(answer: PasskeyAnswer, options: { conditional?: boolean } = {}): StubbedCredentials {
  setWebAuthnLoader(() => import('../../src/resources/webauthn-browser.js'));
  const { get, create } = navigator.credentials;
  const available = PublicKeyCredential.isConditionalMediationAvailable;
  let pending: ((answer: Exclude<PasskeyAnswer, 'wait'>) => void) | undefined;
  const calls: StubbedCredentials['calls'] = [];
  const respond = (kind: 'get' | 'create') => (request?: CredentialRequestOptions) => {
    calls.push({ kind, mediation: request?.mediation });
    const settle = (given: Exclude<PasskeyAnswer, 'wait'>) =>
      'error' in given
        ? Promise.reject(new DOMException('The browser said no.', given.error))
        : Promise.resolve(credential(given.credentialId, kind));
    if (answer !== 'wait') return settle(answer);
    return new Promise((resolve, reject) => {
      request?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      pending = (given) => settle(given).then(resolve, reject);
    });
  };
  Object.defineProperty(navigator.credentials, 'get', { value: respond('get'), configurable: true });
  Object.defineProperty(navigator.credentials, 'create', { value: respond('create'), configurable: true });
  Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
    value: async () => options.conditional === true,
    configurable: true,
  });
  return {
    calls,
    release: (given) => pending?.(given),
    restore: () => {
      Object.defineProperty(navigator.credentials, 'get', { value: get, configurable: true });
      Object.defineProperty(navigator.credentials, 'create', { value: create, configurable: true });
      Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
        value: available,
        configurable: true,
      });
    },
  };
}
