import type {
  SignInAttemptFirstFactorParams,
  SignInCreateParams,
  SignInPrepareFirstFactorParams,
} from '../api/fapi.js';
import { toDate } from './dates.js';
import { type ResourceHost, requireResourceId, runFapi } from './host.js';
import { Verification } from './verification.js';
import type { SignInFactorWire, SignInWire } from './wire.js';

export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_client_trust'
  | 'needs_new_password'
  | 'needs_protect_check'
  | 'complete'
  | 'abandoned'
  | (string & {});

/** One way to prove the identity (`password`, `email_code`, `passkey`, `oauth_google`…). */
export interface SignInFactor {
  strategy: string;
  safeIdentifier: string | null;
  emailAddressId: string | null;
  phoneNumberId: string | null;
  web3WalletId: string | null;
  passkeyId: string | null;
  primary: boolean;
  default: boolean;
}

export interface SignInUserData {
  firstName: string | null;
  lastName: string | null;
  imageUrl: string | null;
  hasImage: boolean;
}

function toFactor(json: SignInFactorWire): SignInFactor {
  return {
    strategy: json.strategy,
    safeIdentifier: json.safe_identifier ?? null,
    emailAddressId: json.email_address_id ?? null,
    phoneNumberId: json.phone_number_id ?? null,
    web3WalletId: json.web3_wallet_id ?? null,
    passkeyId: json.passkey_id ?? null,
    primary: json.primary ?? false,
    default: json.default ?? false,
  };
}

/**
 * The client's current sign-in attempt (Clerk's `SignIn`). An empty one (`id: null`, `status: null`) stands in
 * when the client has none, so `client.signIn.create(…)` always works.
 */
export class SignIn {
  id: string | null = null;
  status: SignInStatus | null = null;
  supportedIdentifiers: string[] = [];
  identifier: string | null = null;
  supportedFirstFactors: SignInFactor[] = [];
  supportedSecondFactors: SignInFactor[] = [];
  firstFactorVerification = new Verification();
  secondFactorVerification = new Verification();
  userData: SignInUserData = { firstName: null, lastName: null, imageUrl: null, hasImage: false };
  createdSessionId: string | null = null;
  abandonAt: Date | null = null;

  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json?: SignInWire | null) {
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

  /** Re-reads the sign-in from the server. */
  async reload(): Promise<this> {
    const id = requireResourceId('SignIn', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.getSignIn(id)));
  }

  /** @internal Replaces this object's fields with a fresh JSON snapshot (null: the empty sign-in). */
  fromJSON(json: SignInWire | null): this {
    this.id = json?.id ?? null;
    this.status = json ? (json.status ?? null) : null;
    this.supportedIdentifiers = [...(json?.supported_identifiers ?? [])];
    this.identifier = json?.identifier ?? null;
    this.supportedFirstFactors = (json?.supported_first_factors ?? []).map(toFactor);
    this.supportedSecondFactors = (json?.supported_second_factors ?? []).map(toFactor);
    this.firstFactorVerification = new Verification(json?.first_factor_verification);
    this.secondFactorVerification = new Verification(json?.second_factor_verification);
    const user = json?.user_data;
    this.userData = {
      firstName: user?.first_name ?? null,
      lastName: user?.last_name ?? null,
      imageUrl: user?.image_url ?? null,
      hasImage: user?.has_image ?? false,
    };
    this.createdSessionId = json?.created_session_id ?? null;
    this.abandonAt = toDate(json?.abandon_at);
    return this;
  }
}
