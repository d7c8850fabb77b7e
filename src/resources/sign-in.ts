import { LatchRuntimeError } from '../api/errors.js';
import type {
  SignInAttemptFirstFactorParams,
  SignInAttemptSecondFactorParams,
  SignInCreateParams,
  SignInPrepareFirstFactorParams,
  SignInPrepareSecondFactorParams,
  SignInResetPasswordParams,
} from '../api/fapi.js';
import type { SignInFactorJSON, SignInJSON } from '../api/schemas/index.js';
import { emailLinkFlow, type EmailLinkFlow as GenericEmailLinkFlow } from './email-link-flow.js';
import type { AuthenticateWithRedirectParams } from './external-redirect.js';
import { type ResourceHost, requireResourceId, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';
import { getPasskeyCredential } from './webauthn.js';

export type SignInStatus = SignInJSON['status'];

/** One way to prove the identity (`password`, `email_code`, `passkey`, `oauth_google`…). */
export type SignInFactor = View<SignInFactorJSON>;

export type SignInUserData = NonNullable<View<SignInJSON>['userData']>;

/** A sign-in's fields; `id` and `status` are null while there is no attempt. */
type SignInFields = Omit<View<SignInJSON>, 'id' | 'status'> & { id: string | null; status: SignInStatus | null };

const noSignIn = (): SignInFields => ({
  id: null,
  status: null,
  supportedIdentifiers: [],
  identifier: null,
  supportedFirstFactors: [],
  supportedSecondFactors: [],
  firstFactorVerification: null,
  secondFactorVerification: null,
  userData: null,
  createdSessionId: null,
  abandonAt: null,
});

export interface SignIn extends SignInFields {}

/** `startEmailLinkFlow` params (Clerk's names): which address gets the link, and where the link leads back. */
export interface StartEmailLinkFlowParams {
  emailAddressId: string;
  redirectUrl: string;
}

/** Clerk's `createEmailLinkFlow()` result: send a link, then wait (polling) until it is opened or expires. */
export type EmailLinkFlow = GenericEmailLinkFlow<StartEmailLinkFlowParams, SignIn>;

/**
 * `authenticateWithPasskey` params (Clerk's): `discoverable` lets the browser offer every passkey it holds
 * for this site; `autofill` does the same through the identifier field's suggestions (conditional mediation:
 * the promise waits until one is picked); without a flow, the passkeys of the account already identified.
 */
export interface AuthenticateWithPasskeyParams {
  flow?: 'discoverable' | 'autofill';
}

/**
 * The client's current sign-in attempt (Clerk's `SignIn`). An empty one (`id: null`, `status: null`) stands in
 * when the client has none, so `client.signIn.create(…)` always works.
 */
export class SignIn {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json?: SignInJSON | null) {
    this.#host = host;
    this.fromJSON(json ?? null);
  }

  /** Starts a new sign-in (`POST /v1/client/sign_ins`); this object becomes that sign-in. */
  async create(params: SignInCreateParams): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.createSignIn(params)));
  }

  /**
   * OAuth or enterprise SSO (Clerk's `authenticateWithRedirect`): starts the sign-in with the provider's strategy,
   * then sends the browser to the provider. It comes back at `redirectUrl` (to finish with
   * `handleRedirectCallback`), or at `redirectUrlComplete` when the provider's account signs a user in at once.
   */
  async authenticateWithRedirect(params: AuthenticateWithRedirectParams): Promise<void> {
    const { redirectSignIn } = await import('./external-redirect.js');
    await redirectSignIn(this, params);
  }

  /** Prepares a first factor: sends the email code, starts the OAuth redirect, issues the passkey challenge. */
  async prepareFirstFactor(params: SignInPrepareFirstFactorParams): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.prepareSignInFirstFactor(id, params)));
  }

  /** Attempts a first factor (password, code, passkey assertion…). */
  async attemptFirstFactor(params: SignInAttemptFirstFactorParams): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.attemptSignInFirstFactor(id, params)));
  }

  /** Prepares a second factor: sends the SMS code (`phone_code`). TOTP and backup codes need no prepare. */
  async prepareSecondFactor(params: SignInPrepareSecondFactorParams): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.prepareSignInSecondFactor(id, params)));
  }

  /** Attempts a second factor (`totp`, `phone_code` or `backup_code` with its `code`). */
  async attemptSecondFactor(params: SignInAttemptSecondFactorParams): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.attemptSignInSecondFactor(id, params)));
  }

  /** Sets the new password after a reset code (`needs_new_password`); completes the sign-in. */
  async resetPassword(params: SignInResetPasswordParams): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.resetSignInPassword(id, params)));
  }

  /**
   * Email-link sign-in (Clerk's `createEmailLinkFlow`): `startEmailLinkFlow` sends the link, then re-reads this
   * sign-in every 2 s until the link has been opened (status `complete`) or its verification expired or failed,
   * and resolves with the sign-in as it then stands. `cancelEmailLinkFlow` stops the polling (the promise then
   * never settles, as Clerk's does).
   */
  createEmailLinkFlow(): EmailLinkFlow {
    return emailLinkFlow(
      (params: StartEmailLinkFlowParams) => this.prepareFirstFactor({ strategy: 'email_link', ...params }),
      () => this.reload(),
      (signIn) => {
        const verification = signIn.firstFactorVerification?.status;
        return signIn.status === 'complete' || (verification !== undefined && verification !== 'unverified');
      },
    );
  }

  /**
   * Signs in with a passkey (Clerk's `authenticateWithPasskey`): the server's challenge, the browser's
   * ceremony (@simplewebauthn/browser, loaded on first use), then the server checks the assertion. Rejects
   * with a `LatchRuntimeError` coded like Clerk's (`passkey_retrieval_cancelled`, …) when the browser says no.
   */
  async authenticateWithPasskey(params: AuthenticateWithPasskeyParams = {}): Promise<this> {
    if (params.flow) await this.create({ strategy: 'passkey' });
    else await this.prepareFirstFactor({ strategy: 'passkey' });
    const nonce = this.firstFactorVerification?.nonce;
    if (!nonce) throw new LatchRuntimeError('malformed_response', 'The sign-in came without passkey options.');
    const publicKeyCredential = await getPasskeyCredential(nonce, params.flow === 'autofill');
    return this.attemptFirstFactor({ strategy: 'passkey', publicKeyCredential });
  }

  /** Re-reads the sign-in from the server. */
  async reload(): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.getSignIn(id)));
  }

  /** @internal Takes a fresh snapshot's fields (null: the empty sign-in). */
  fromJSON(json: SignInJSON | null): this {
    return assignView(this, json ? toView(json) : noSignIn());
  }
}
