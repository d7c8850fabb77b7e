import type {
  SignUpAttemptVerificationParams,
  SignUpCreateParams,
  SignUpPrepareVerificationParams,
  SignUpUpdateParams,
} from '../api/fapi.js';
import { toDate } from './dates.js';
import { type ResourceHost, requireResourceId, runFapi } from './host.js';
import { Verification } from './verification.js';
import type { SignUpWire } from './wire.js';

export type SignUpStatus = 'missing_requirements' | 'complete' | 'abandoned' | (string & {});

export interface SignUpVerifications {
  emailAddress: Verification;
  phoneNumber: Verification;
  web3Wallet: Verification;
  externalAccount: Verification;
}

function emptyVerifications(): SignUpVerifications {
  return {
    emailAddress: new Verification(),
    phoneNumber: new Verification(),
    web3Wallet: new Verification(),
    externalAccount: new Verification(),
  };
}

/**
 * The client's current sign-up attempt (Clerk's `SignUp`). An empty one (`id: null`, `status: null`) stands in
 * when the client has none, so `client.signUp.create(…)` always works.
 */
export class SignUp {
  id: string | null = null;
  status: SignUpStatus | null = null;
  requiredFields: string[] = [];
  optionalFields: string[] = [];
  missingFields: string[] = [];
  unverifiedFields: string[] = [];
  verifications: SignUpVerifications = emptyVerifications();
  username: string | null = null;
  emailAddress: string | null = null;
  phoneNumber: string | null = null;
  web3wallet: string | null = null;
  hasPassword = false;
  firstName: string | null = null;
  lastName: string | null = null;
  unsafeMetadata: Record<string, unknown> = {};
  createdSessionId: string | null = null;
  createdUserId: string | null = null;
  abandonAt: Date | null = null;
  legalAcceptedAt: Date | null = null;

  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json?: SignUpWire | null) {
    this.#host = host;
    this.fromJSON(json ?? null);
  }

  /** Starts a new sign-up (`POST /v1/client/sign_ups`); this object becomes that sign-up. */
  async create(params: SignUpCreateParams): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.createSignUp(params)));
  }

  /** Adds or changes fields of the current sign-up (`PATCH`). */
  async update(params: SignUpUpdateParams): Promise<this> {
    const id = requireResourceId('SignUp', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.updateSignUp(id, params)));
  }

  /** Sends a verification (email/phone code, email link…) for one of the sign-up's identifiers. */
  async prepareVerification(params: SignUpPrepareVerificationParams): Promise<this> {
    const id = requireResourceId('SignUp', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.prepareSignUpVerification(id, params)));
  }

  /** Checks a verification (the code the user typed, a wallet signature…). */
  async attemptVerification(params: SignUpAttemptVerificationParams): Promise<this> {
    const id = requireResourceId('SignUp', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.attemptSignUpVerification(id, params)));
  }

  /** Sends the email verification; `email_code` unless told otherwise. */
  prepareEmailAddressVerification(
    params: { strategy?: 'email_code' | 'email_link'; redirectUrl?: string } = {},
  ): Promise<this> {
    return this.prepareVerification({ strategy: params.strategy ?? 'email_code', redirectUrl: params.redirectUrl });
  }

  /** Checks the email code the user typed. */
  attemptEmailAddressVerification(params: { code: string }): Promise<this> {
    return this.attemptVerification({ strategy: 'email_code', code: params.code });
  }

  /** Re-reads the sign-up from the server. */
  async reload(): Promise<this> {
    const id = requireResourceId('SignUp', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.getSignUp(id)));
  }

  /** @internal Replaces this object's fields with a fresh JSON snapshot (null: the empty sign-up). */
  fromJSON(json: SignUpWire | null): this {
    this.id = json?.id ?? null;
    this.status = json ? (json.status ?? null) : null;
    this.requiredFields = [...(json?.required_fields ?? [])];
    this.optionalFields = [...(json?.optional_fields ?? [])];
    this.missingFields = [...(json?.missing_fields ?? [])];
    this.unverifiedFields = [...(json?.unverified_fields ?? [])];
    const verifications = json?.verifications;
    this.verifications = {
      emailAddress: new Verification(verifications?.email_address),
      phoneNumber: new Verification(verifications?.phone_number),
      web3Wallet: new Verification(verifications?.web3_wallet),
      externalAccount: new Verification(verifications?.external_account),
    };
    this.username = json?.username ?? null;
    this.emailAddress = json?.email_address ?? null;
    this.phoneNumber = json?.phone_number ?? null;
    this.web3wallet = json?.web3_wallet ?? null;
    this.hasPassword = json?.password_enabled ?? false;
    this.firstName = json?.first_name ?? null;
    this.lastName = json?.last_name ?? null;
    this.unsafeMetadata = { ...(json?.unsafe_metadata ?? {}) };
    this.createdSessionId = json?.created_session_id ?? null;
    this.createdUserId = json?.created_user_id ?? null;
    this.abandonAt = toDate(json?.abandon_at);
    this.legalAcceptedAt = toDate(json?.legal_accepted_at);
    return this;
  }
}
