/**
 * The FrontendApi port: the only thing resources know about the backend.
 *
 * One method per FAPI operation (Clerk FAPI 2026-05-12). Parameters are camelCase objects; adapters turn
 * them into the wire format (the HTTP adapter: form-urlencoded snake_case). Every result is already
 * validated by the zod schemas in ./schemas, so callers can trust the shapes.
 *
 * Adapters: `HttpFrontendApi` (./http) speaks to Clerk or to our dev server; `MemoryFrontendApi`
 * (./memory) keeps an in-memory instance for stories and component tests.
 */
import type {
  ClientJSON,
  DeletedObjectJSON,
  EmailAddressJSON,
  EnvironmentJSON,
  ExternalAccountJSON,
  ImageJSON,
  OrganizationJSON,
  OrganizationMembershipJSON,
  OrganizationMembershipPageJSON,
  PasskeyJSON,
  PhoneNumberJSON,
  SessionJSON,
  SessionReverificationJSON,
  SignInJSON,
  SignUpJSON,
  UserJSON,
  WaitlistEntryJSON,
} from './schemas/index.js';

/** The `{response, client}` envelope: every mutation piggybacks the updated client. */
export interface FapiResult<T> {
  response: T;
  /** The client after the call; `null` when the server says there is none; `undefined` when not sent. */
  client?: ClientJSON | null;
}

export interface SignInCreateParams {
  strategy?: string;
  identifier?: string;
  password?: string;
  ticket?: string;
  redirectUrl?: string;
  actionCompleteRedirectUrl?: string;
  transfer?: boolean;
  code?: string;
  token?: string;
}

export interface SignInPrepareFirstFactorParams {
  strategy: string;
  emailAddressId?: string;
  phoneNumberId?: string;
  passkeyId?: string;
  redirectUrl?: string;
  actionCompleteRedirectUrl?: string;
}

export interface SignInAttemptFirstFactorParams {
  strategy: string;
  password?: string;
  code?: string;
  signature?: string;
  publicKeyCredential?: string;
  ticket?: string;
}

export interface SignInPrepareSecondFactorParams {
  strategy: string;
  phoneNumberId?: string;
}

export interface SignInAttemptSecondFactorParams {
  strategy: string;
  code?: string;
}

export interface SignInResetPasswordParams {
  password: string;
  signOutOfOtherSessions?: boolean;
}

export interface SignUpCreateParams {
  emailAddress?: string;
  phoneNumber?: string;
  username?: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  unsafeMetadata?: Record<string, unknown>;
  strategy?: string;
  ticket?: string;
  legalAccepted?: boolean;
  transfer?: boolean;
  redirectUrl?: string;
  actionCompleteRedirectUrl?: string;
}

export type SignUpUpdateParams = SignUpCreateParams;

export interface SignUpPrepareVerificationParams {
  strategy: string;
  redirectUrl?: string;
}

export interface SignUpAttemptVerificationParams {
  strategy: string;
  code?: string;
  signature?: string;
}

export interface SessionTouchParams {
  activeOrganizationId?: string | null;
  intent?: 'focus' | 'select_session' | 'select_org';
}

export interface SessionTokenParams {
  organizationId?: string | null;
  template?: string;
}

export interface PasskeyAttemptVerificationParams {
  strategy: 'passkey';
  /** The browser's `PublicKeyCredential` as JSON (base64url fields), as `@simplewebauthn/browser` returns it. */
  publicKeyCredential: string;
}

export interface PasskeyUpdateParams {
  name: string;
}

export interface JoinWaitlistParams {
  emailAddress: string;
}

/** PATCH /v1/me: only the fields given change; `null` clears a name or the username. */
export interface UserUpdateParams {
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  primaryEmailAddressId?: string;
  primaryPhoneNumberId?: string;
}

export interface CreateEmailAddressParams {
  emailAddress: string;
}

export interface CreatePhoneNumberParams {
  phoneNumber: string;
}

export interface IdentificationPrepareParams {
  /** `email_code` for an email address, `phone_code` for a phone number. */
  strategy: string;
}

export interface IdentificationAttemptParams {
  code: string;
}

export interface CreateOrganizationParams {
  name: string;
  /** Generated from the name when omitted. */
  slug?: string;
}

export interface UpdateOrganizationParams {
  name?: string;
  slug?: string;
}

/** Page and filters of a membership list (Clerk's `initialPage`/`pageSize` become offset/limit). */
export interface OrganizationMembershipsParams {
  limit?: number;
  offset?: number;
  /** Matches names, email addresses and user ids. */
  query?: string;
  role?: string[];
}

export interface FrontendApi {
  /** GET /v1/environment (bare body). */
  getEnvironment(): Promise<EnvironmentJSON>;
  /** GET /v1/client. `response` is null when the browser has no client yet. */
  getClient(): Promise<FapiResult<ClientJSON | null>>;
  /** PUT /v1/client. */
  createClient(): Promise<FapiResult<ClientJSON>>;
  /** DELETE /v1/client. */
  destroyClient(): Promise<FapiResult<ClientJSON | null>>;

  /** POST /v1/client/sign_ins. */
  createSignIn(params: SignInCreateParams): Promise<FapiResult<SignInJSON>>;
  /** GET /v1/client/sign_ins/{id}. */
  getSignIn(signInId: string): Promise<FapiResult<SignInJSON>>;
  /** POST /v1/client/sign_ins/{id}/prepare_first_factor. */
  prepareSignInFirstFactor(signInId: string, params: SignInPrepareFirstFactorParams): Promise<FapiResult<SignInJSON>>;
  /** POST /v1/client/sign_ins/{id}/attempt_first_factor. */
  attemptSignInFirstFactor(signInId: string, params: SignInAttemptFirstFactorParams): Promise<FapiResult<SignInJSON>>;
  /** POST /v1/client/sign_ins/{id}/prepare_second_factor. */
  prepareSignInSecondFactor(signInId: string, params: SignInPrepareSecondFactorParams): Promise<FapiResult<SignInJSON>>;
  /** POST /v1/client/sign_ins/{id}/attempt_second_factor. */
  attemptSignInSecondFactor(signInId: string, params: SignInAttemptSecondFactorParams): Promise<FapiResult<SignInJSON>>;
  /** POST /v1/client/sign_ins/{id}/reset_password (after a reset code: status `needs_new_password`). */
  resetSignInPassword(signInId: string, params: SignInResetPasswordParams): Promise<FapiResult<SignInJSON>>;

  /** POST /v1/client/sign_ups. */
  createSignUp(params: SignUpCreateParams): Promise<FapiResult<SignUpJSON>>;
  /** PATCH /v1/client/sign_ups/{id}. */
  updateSignUp(signUpId: string, params: SignUpUpdateParams): Promise<FapiResult<SignUpJSON>>;
  /** GET /v1/client/sign_ups/{id}. */
  getSignUp(signUpId: string): Promise<FapiResult<SignUpJSON>>;
  /** POST /v1/client/sign_ups/{id}/prepare_verification. */
  prepareSignUpVerification(signUpId: string, params: SignUpPrepareVerificationParams): Promise<FapiResult<SignUpJSON>>;
  /** POST /v1/client/sign_ups/{id}/attempt_verification. */
  attemptSignUpVerification(signUpId: string, params: SignUpAttemptVerificationParams): Promise<FapiResult<SignUpJSON>>;

  /** POST /v1/client/sessions/{id}/touch. */
  touchSession(sessionId: string, params?: SessionTouchParams): Promise<FapiResult<SessionJSON>>;
  /** POST /v1/client/sessions/{id}/tokens[/{template}] (bare `{object:"token", jwt}` body). */
  createSessionToken(sessionId: string, params?: SessionTokenParams): Promise<{ jwt: string }>;
  /** POST /v1/client/sessions/{id}/end. */
  endSession(sessionId: string): Promise<FapiResult<SessionJSON>>;
  /** POST /v1/client/sessions/{id}/remove. */
  removeSession(sessionId: string): Promise<FapiResult<SessionJSON>>;
  /** DELETE /v1/client/sessions: sign out of every session on this client. */
  endAllSessions(): Promise<FapiResult<ClientJSON | null>>;

  /** GET /v1/me: the user of the active session. */
  getMe(): Promise<FapiResult<UserJSON>>;
  /** PATCH /v1/me: names, username, primary email address / phone number. */
  updateMe(params: UserUpdateParams): Promise<FapiResult<UserJSON>>;
  /** POST /v1/me/profile_image (multipart, `file`). */
  setProfileImage(file: Blob): Promise<FapiResult<ImageJSON>>;
  /** DELETE /v1/me/profile_image. */
  deleteProfileImage(): Promise<FapiResult<DeletedObjectJSON>>;
  /** POST /v1/me/email_addresses: an unverified address, to verify by code. */
  createEmailAddress(params: CreateEmailAddressParams): Promise<FapiResult<EmailAddressJSON>>;
  /** POST /v1/me/email_addresses/{id}/prepare_verification. */
  prepareEmailAddressVerification(
    emailAddressId: string,
    params: IdentificationPrepareParams,
  ): Promise<FapiResult<EmailAddressJSON>>;
  /** POST /v1/me/email_addresses/{id}/attempt_verification. */
  attemptEmailAddressVerification(
    emailAddressId: string,
    params: IdentificationAttemptParams,
  ): Promise<FapiResult<EmailAddressJSON>>;
  /** DELETE /v1/me/email_addresses/{id}. */
  deleteEmailAddress(emailAddressId: string): Promise<FapiResult<DeletedObjectJSON>>;
  /** POST /v1/me/phone_numbers. */
  createPhoneNumber(params: CreatePhoneNumberParams): Promise<FapiResult<PhoneNumberJSON>>;
  /** POST /v1/me/phone_numbers/{id}/prepare_verification (an SMS code). */
  preparePhoneNumberVerification(
    phoneNumberId: string,
    params: IdentificationPrepareParams,
  ): Promise<FapiResult<PhoneNumberJSON>>;
  /** POST /v1/me/phone_numbers/{id}/attempt_verification. */
  attemptPhoneNumberVerification(
    phoneNumberId: string,
    params: IdentificationAttemptParams,
  ): Promise<FapiResult<PhoneNumberJSON>>;
  /** DELETE /v1/me/phone_numbers/{id}. */
  deletePhoneNumber(phoneNumberId: string): Promise<FapiResult<DeletedObjectJSON>>;

  /** POST /v1/me/passkeys: starts a registration; `verification.nonce` holds the creation options. */
  createPasskey(): Promise<FapiResult<PasskeyJSON>>;
  /** POST /v1/me/passkeys/{id}/attempt_verification: the browser's attestation finishes the registration. */
  attemptPasskeyVerification(
    passkeyId: string,
    params: PasskeyAttemptVerificationParams,
  ): Promise<FapiResult<PasskeyJSON>>;
  /** PATCH /v1/me/passkeys/{id}: renames it. */
  updatePasskey(passkeyId: string, params: PasskeyUpdateParams): Promise<FapiResult<PasskeyJSON>>;
  /** DELETE /v1/me/passkeys/{id}. */
  deletePasskey(passkeyId: string): Promise<FapiResult<DeletedObjectJSON>>;

  /** GET /v1/me/organization_memberships?paginated=true: the signed-in user's memberships, a page at a time. */
  getUserOrganizationMemberships(
    params?: OrganizationMembershipsParams,
  ): Promise<FapiResult<OrganizationMembershipPageJSON>>;
  /** POST /v1/organizations: the creator becomes a member with the instance's creator role. */
  createOrganization(params: CreateOrganizationParams): Promise<FapiResult<OrganizationJSON>>;
  /** PATCH /v1/organizations/{id} (needs org:sys_profile:manage). */
  updateOrganization(organizationId: string, params: UpdateOrganizationParams): Promise<FapiResult<OrganizationJSON>>;
  /** DELETE /v1/organizations/{id} (needs org:sys_profile:delete). */
  deleteOrganization(organizationId: string): Promise<FapiResult<DeletedObjectJSON>>;
  /** GET /v1/organizations/{id}/memberships?paginated=true (needs org:sys_memberships:read). */
  getOrganizationMemberships(
    organizationId: string,
    params?: OrganizationMembershipsParams,
  ): Promise<FapiResult<OrganizationMembershipPageJSON>>;
  /** PATCH /v1/organizations/{id}/memberships/{user_id}: change a member's role (needs org:sys_memberships:manage). */
  updateOrganizationMembership(
    organizationId: string,
    userId: string,
    params: { role: string },
  ): Promise<FapiResult<OrganizationMembershipJSON>>;
  /** DELETE /v1/organizations/{id}/memberships/{user_id} (needs org:sys_memberships:manage). */
  removeOrganizationMember(organizationId: string, userId: string): Promise<FapiResult<OrganizationMembershipJSON>>;
  /** DELETE /v1/me/organization_memberships/{id}: leave (refused for the last member who manages the others). */
  leaveOrganization(organizationId: string): Promise<FapiResult<DeletedObjectJSON>>;

  /** POST /v1/waitlist (bare `{object:"waitlist_entry", id}` body): joining twice returns the same entry. */
  joinWaitlist(params: JoinWaitlistParams): Promise<WaitlistEntryJSON>;

  // ---- connected accounts ----
  /** POST /v1/me/external_accounts: a pending account whose verification names the provider's page to go to. */
  createExternalAccount(params: CreateExternalAccountParams): Promise<FapiResult<ExternalAccountJSON>>;
  /** DELETE /v1/me/external_accounts/{id}: unlinks it (it no longer signs in). */
  deleteExternalAccount(externalAccountId: string): Promise<FapiResult<DeletedObjectJSON>>;

  // ---- reverification ----
  /** POST /v1/client/sessions/{id}/verify: starts a reverification of the session. */
  startSessionVerification(
    sessionId: string,
    params: { level: string },
  ): Promise<FapiResult<SessionReverificationJSON>>;
  /** POST /v1/client/sessions/{id}/verify/prepare_first_factor: e.g. mails a code (`email_code`, `emailAddressId`). */
  prepareSessionVerificationFirstFactor(
    sessionId: string,
    params: { strategy: string; emailAddressId?: string },
  ): Promise<FapiResult<SessionReverificationJSON>>;
  /** POST /v1/client/sessions/{id}/verify/attempt_first_factor: the password or the code. */
  attemptSessionVerificationFirstFactor(
    sessionId: string,
    params: { strategy: string; password?: string; code?: string },
  ): Promise<FapiResult<SessionReverificationJSON>>;
}

/** POST /v1/me/external_accounts: `oauth_<provider>`, and where the browser comes back (absolute). */
export interface CreateExternalAccountParams {
  strategy: string;
  redirectUrl: string;
  actionCompleteRedirectUrl?: string;
}
