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
import type {
  OrganizationDomainJSON,
  OrganizationMembershipRequestJSON,
  OrganizationSuggestionJSON,
  PageJSON,
  UserOrganizationInvitationJSON,
} from './schemas/organization-enrollment.js';
import type {
  OrganizationInvitationJSON,
  OrganizationInvitationPageJSON,
  OrganizationRolePageJSON,
} from './schemas/organization-invitation.js';
import type { ActiveSessionJSON, BackupCodesJSON, SecondFactorPhoneNumberJSON, TotpJSON } from './schemas/security.js';

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

export interface UpdatePhoneNumberParams {
  reservedForSecondFactor?: boolean;
  defaultSecondFactor?: boolean;
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
  /** With `email_link`: where the opened link sends the browser back (absolute, this page's origin). */
  redirectUrl?: string;
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

/** A page of a list that may be filtered by status (`pending`, `accepted`, …). */
export interface StatusPageParams {
  limit?: number;
  offset?: number;
  status?: string;
}

export interface OrganizationDomainsParams {
  limit?: number;
  offset?: number;
  verified?: boolean;
  enrollmentMode?: string;
}

export interface CreateOrganizationDomainParams {
  name: string;
  /** `manual_invitation` (the default), `automatic_invitation` or `automatic_suggestion`. */
  enrollmentMode?: string;
}

export interface UpdateEnrollmentModeParams {
  enrollmentMode: string;
  /** Also withdraw the invitations and suggestions the previous mode made. */
  deletePending?: boolean;
}

/** Page and status filter of an invitation list. */
export interface OrganizationInvitationsParams {
  limit?: number;
  offset?: number;
  status?: string[];
}

/** Invitations of several addresses, all with one role. */
export interface CreateOrganizationInvitationsParams {
  emailAddresses: string[];
  role: string;
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
  /** PATCH /v1/me/phone_numbers/{id}: reserves it for SMS two-step verification, or makes it the default one. */
  updatePhoneNumber(
    phoneNumberId: string,
    params: UpdatePhoneNumberParams,
  ): Promise<FapiResult<SecondFactorPhoneNumberJSON>>;

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

  // ---- organization profile ----
  /** GET /v1/organizations/{id}/invitations?paginated=true (needs org:sys_memberships:manage). */
  getOrganizationInvitations(
    organizationId: string,
    params?: OrganizationInvitationsParams,
  ): Promise<FapiResult<OrganizationInvitationPageJSON>>;
  /** POST /v1/organizations/{id}/invitations/bulk: one invitation per address, each mailed a link. */
  createOrganizationInvitations(
    organizationId: string,
    params: CreateOrganizationInvitationsParams,
  ): Promise<FapiResult<OrganizationInvitationJSON[]>>;
  /** POST /v1/organizations/{id}/invitations/{invitation_id}/revoke. */
  revokeOrganizationInvitation(
    organizationId: string,
    invitationId: string,
  ): Promise<FapiResult<OrganizationInvitationJSON>>;
  /** PUT /v1/organizations/{id}/logo (multipart, `file`; needs org:sys_profile:manage). */
  setOrganizationLogo(organizationId: string, file: Blob): Promise<FapiResult<OrganizationJSON>>;
  /** DELETE /v1/organizations/{id}/logo. */
  deleteOrganizationLogo(organizationId: string): Promise<FapiResult<DeletedObjectJSON>>;
  /** GET /v1/organizations/{id}/roles: the roles a member may be given. */
  getOrganizationRoles(organizationId: string): Promise<FapiResult<OrganizationRolePageJSON>>;

  /** POST /v1/waitlist (bare `{object:"waitlist_entry", id}` body): joining twice returns the same entry. */
  joinWaitlist(params: JoinWaitlistParams): Promise<WaitlistEntryJSON>;

  // ---- organization domains, membership requests, suggestions and the user's invitations ----
  /** GET /v1/organizations/{id}/domains (needs org:sys_domains:read). */
  getOrganizationDomains(
    organizationId: string,
    params?: OrganizationDomainsParams,
  ): Promise<FapiResult<PageJSON<OrganizationDomainJSON>>>;
  /** POST /v1/organizations/{id}/domains (needs org:sys_domains:manage). */
  createOrganizationDomain(
    organizationId: string,
    params: CreateOrganizationDomainParams,
  ): Promise<FapiResult<OrganizationDomainJSON>>;
  /** DELETE /v1/organizations/{id}/domains/{domain_id}. */
  deleteOrganizationDomain(organizationId: string, domainId: string): Promise<FapiResult<DeletedObjectJSON>>;
  /** POST …/domains/{domain_id}/update_enrollment_mode. */
  updateOrganizationDomainEnrollmentMode(
    organizationId: string,
    domainId: string,
    params: UpdateEnrollmentModeParams,
  ): Promise<FapiResult<OrganizationDomainJSON>>;
  /** POST …/domains/{domain_id}/prepare_affiliation_verification: mails a code to an address at the domain. */
  prepareOrganizationDomainAffiliationVerification(
    organizationId: string,
    domainId: string,
    params: { affiliationEmailAddress: string },
  ): Promise<FapiResult<OrganizationDomainJSON>>;
  /** POST …/domains/{domain_id}/attempt_affiliation_verification: the mailed code verifies the domain. */
  attemptOrganizationDomainAffiliationVerification(
    organizationId: string,
    domainId: string,
    params: { code: string },
  ): Promise<FapiResult<OrganizationDomainJSON>>;
  /** GET /v1/organizations/{id}/membership_requests (needs org:sys_memberships:manage). */
  getOrganizationMembershipRequests(
    organizationId: string,
    params?: StatusPageParams,
  ): Promise<FapiResult<PageJSON<OrganizationMembershipRequestJSON>>>;
  /** POST …/membership_requests/{request_id}/accept: the requester joins. */
  acceptOrganizationMembershipRequest(
    organizationId: string,
    requestId: string,
  ): Promise<FapiResult<OrganizationMembershipRequestJSON>>;
  /** POST …/membership_requests/{request_id}/reject. */
  rejectOrganizationMembershipRequest(
    organizationId: string,
    requestId: string,
  ): Promise<FapiResult<OrganizationMembershipRequestJSON>>;
  /** GET /v1/me/organization_suggestions: organizations suggested by a verified domain of the user's email. */
  getUserOrganizationSuggestions(params?: StatusPageParams): Promise<FapiResult<PageJSON<OrganizationSuggestionJSON>>>;
  /** POST /v1/me/organization_suggestions/{id}/accept: sends a membership request. */
  acceptOrganizationSuggestion(suggestionId: string): Promise<FapiResult<OrganizationSuggestionJSON>>;
  /** GET /v1/me/organization_invitations: invitations to the user's verified email addresses. */
  getUserOrganizationInvitations(
    params?: StatusPageParams,
  ): Promise<FapiResult<PageJSON<UserOrganizationInvitationJSON>>>;
  /** POST /v1/me/organization_invitations/{id}/accept: joins with the invitation's role. */
  acceptUserOrganizationInvitation(invitationId: string): Promise<FapiResult<UserOrganizationInvitationJSON>>;
  // ---- security page ----
  /** POST /v1/me/change_password: `currentPassword` is left out when the user has no password yet. */
  changePassword(params: ChangePasswordParams): Promise<FapiResult<UserJSON>>;
  /** POST /v1/me/totp: a new authenticator-app secret, in force once a code verifies it. */
  createTotp(): Promise<FapiResult<TotpJSON>>;
  /** POST /v1/me/totp/attempt_verification: answers the first set of backup codes, when there was none. */
  verifyTotp(params: { code: string }): Promise<FapiResult<TotpJSON>>;
  /** DELETE /v1/me/totp. */
  deleteTotp(): Promise<FapiResult<DeletedObjectJSON>>;
  /** POST /v1/me/backup_codes: a new set, replacing the old one (shown once). */
  createBackupCodes(): Promise<FapiResult<BackupCodesJSON>>;
  /** GET /v1/me/sessions/active (bare array): the user's sessions on every device, with their latest activity. */
  getActiveSessions(): Promise<ActiveSessionJSON[]>;
  /** POST /v1/me/sessions/{id}/revoke: signs that device out. */
  revokeSession(sessionId: string): Promise<FapiResult<SessionJSON>>;
  /** DELETE /v1/me: deletes the account (when the instance allows it). */
  deleteMe(): Promise<FapiResult<DeletedObjectJSON>>;

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
  /** POST /v1/client/sessions/{id}/verify/prepare_second_factor: texts a code (`phone_code`, `phoneNumberId`). */
  prepareSessionVerificationSecondFactor(
    sessionId: string,
    params: { strategy: string; phoneNumberId?: string },
  ): Promise<FapiResult<SessionReverificationJSON>>;
  /** POST /v1/client/sessions/{id}/verify/attempt_second_factor: an authenticator, backup or texted code. */
  attemptSessionVerificationSecondFactor(
    sessionId: string,
    params: { strategy: string; code: string },
  ): Promise<FapiResult<SessionReverificationJSON>>;
}

export interface ChangePasswordParams {
  currentPassword?: string;
  newPassword: string;
  signOutOfOtherSessions?: boolean;
}

/** POST /v1/me/external_accounts: `oauth_<provider>`, and where the browser comes back (absolute). */
export interface CreateExternalAccountParams {
  strategy: string;
  redirectUrl: string;
  actionCompleteRedirectUrl?: string;
}
