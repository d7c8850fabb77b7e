import type {
  SignInAttemptFirstFactorParams,
  SignInAttemptSecondFactorParams,
  SignInCreateParams,
  SignInPrepareFirstFactorParams,
  SignInPrepareSecondFactorParams,
} from '../api/fapi.js';
import type { SignInFactorJSON, SignInJSON } from '../api/schemas/index.js';
import { type ResourceHost, requireResourceId, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

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
