import type {
  SignUpAttemptVerificationParams,
  SignUpCreateParams,
  SignUpPrepareVerificationParams,
  SignUpUpdateParams,
} from '../api/fapi.js';
import type { SignUpJSON } from '../api/schemas/index.js';
import { type EmailLinkFlow, emailLinkFlow } from './email-link-flow.js';
import type { AuthenticateWithRedirectParams } from './external-redirect.js';
import { type ResourceHost, requireResourceId, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export type SignUpStatus = SignUpJSON['status'];

export type SignUpVerifications = View<SignUpJSON>['verifications'];

/** A sign-up's fields; `id` and `status` are null while there is no attempt. */
type SignUpFields = Omit<View<SignUpJSON>, 'id' | 'status'> & { id: string | null; status: SignUpStatus | null };

const noSignUp = (): SignUpFields => ({
  id: null,
  status: null,
  requiredFields: [],
  optionalFields: [],
  missingFields: [],
  unverifiedFields: [],
  verifications: { emailAddress: null, phoneNumber: null, externalAccount: null },
  username: null,
  emailAddress: null,
  phoneNumber: null,
  passwordEnabled: false,
  firstName: null,
  lastName: null,
  unsafeMetadata: {},
  createdSessionId: null,
  createdUserId: null,
  abandonAt: null,
});

export interface SignUp extends SignUpFields {}

/** `startEmailLinkFlow` params of a sign-up (Clerk's): where the link leads back once opened. */
export interface StartSignUpEmailLinkFlowParams {
  redirectUrl: string;
}

/** Clerk's `SignUp.createEmailLinkFlow()` result: mail the link, then wait (polling) until it is opened or expires. */
export type SignUpEmailLinkFlow = EmailLinkFlow<StartSignUpEmailLinkFlowParams, SignUp>;

/**
 * The client's current sign-up attempt (Clerk's `SignUp`). An empty one (`id: null`, `status: null`) stands in
 * when the client has none, so `client.signUp.create(…)` always works.
 */
export class SignUp {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json?: SignUpJSON | null) {
    this.#host = host;
    this.fromJSON(json ?? null);
  }

  /** Whether a password was supplied (Clerk's name for `password_enabled`). */
  get hasPassword(): boolean {
    return this.passwordEnabled;
  }

  /**
   * OAuth sign-up (Clerk's `authenticateWithRedirect`): starts (or, with `continueSignUp`, continues) the
   * sign-up with the provider's strategy and sends the browser to the provider; it comes back at `redirectUrl`,
   * or at `redirectUrlComplete` when the sign-up completes at once.
   */
  async authenticateWithRedirect(params: AuthenticateWithRedirectParams): Promise<void> {
    const { redirectSignUp } = await import('./external-redirect.js');
    await redirectSignUp(this, params);
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

  /** Texts a code to the sign-up's phone number. */
  preparePhoneNumberVerification(params: { strategy?: 'phone_code' } = {}): Promise<this> {
    return this.prepareVerification({ strategy: params.strategy ?? 'phone_code' });
  }

  /** Checks the SMS code the user typed. */
  attemptPhoneNumberVerification(params: { code: string }): Promise<this> {
    return this.attemptVerification({ strategy: 'phone_code', code: params.code });
  }

  /**
   * Email-link verification (Clerk's `createEmailLinkFlow`): `startEmailLinkFlow` mails the link, then re-reads
   * this sign-up every 2 s until the link has been opened (in any tab: the sign-up completes, or moves on to what
   * it still misses) or its verification expired or failed, and resolves with the sign-up as it then stands.
   */
  createEmailLinkFlow(): SignUpEmailLinkFlow {
    return emailLinkFlow(
      (params: StartSignUpEmailLinkFlowParams) =>
        this.prepareEmailAddressVerification({ strategy: 'email_link', redirectUrl: params.redirectUrl }),
      () => this.reload(),
      (signUp) => signUp.status === 'complete' || signUp.verifications.emailAddress?.status !== 'unverified',
    );
  }

  /** Re-reads the sign-up from the server. */
  async reload(): Promise<this> {
    const id = requireResourceId('SignUp', this.id);
    return this.fromJSON(await runFapi(this.#host, (api) => api.getSignUp(id)));
  }

  /** @internal Takes a fresh snapshot's fields (null: the empty sign-up). */
  fromJSON(json: SignUpJSON | null): this {
    return assignView(this, json ? toView(json) : noSignUp());
  }
}
