import type { ChangePasswordParams, CreateExternalAccountParams, UserUpdateParams } from '../api/fapi.js';
import type { DeletedObjectJSON, UserJSON } from '../api/schemas/index.js';
import type { BackupCodesJSON, TotpJSON } from '../api/schemas/security.js';
import { EmailAddress, PhoneNumber } from './email-address.js';
import { ExternalAccount } from './external-account.js';
import type { ResourceHost } from './host.js';
import { type Assert, defineLazyMethods, type SameNames, type Words } from './lazy-methods.js';
import type { GetMembershipsParams, OrganizationMembership, PaginatedResources } from './organization.js';
import type { GetStatusPageParams } from './organization-domain.js';
import type { OrganizationSuggestion, UserOrganizationInvitation } from './organization-suggestion.js';
import { Passkey } from './passkey.js';
import type { SessionWithActivities } from './session-with-activities.js';
import { assignView, toView, type View } from './view.js';

/** Clerk's `User` methods. Their code is in ./user-methods.ts, loaded on the first call. */
export interface UserMethods {
  /** Re-reads the user from `GET /v1/me`. */
  reload(): Promise<User>;
  /** `PATCH /v1/me`: names, username, primary email address / phone number (`null` clears a name). */
  update(params: UserUpdateParams): Promise<User>;
  /** Uploads a new profile image (png, jpeg, gif or webp); `null` removes it. Then re-reads the user. */
  setProfileImage(params: { file: Blob | null }): Promise<User>;
  /** Adds an unverified email address; verify it with `prepareVerification` / `attemptVerification`. */
  createEmailAddress(params: { email: string }): Promise<EmailAddress>;
  /** Adds an unverified phone number (E.164); verify it by SMS code. */
  createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumber>;
  /** Registers a passkey for this device (the browser's ceremony, then the server checks the attestation). */
  createPasskey(): Promise<Passkey>;
  /** Starts connecting a provider account: send the browser to its `verification.externalVerificationRedirectUrl`. */
  createExternalAccount(params: CreateExternalAccountParams): Promise<ExternalAccount>;
  /** One page of the user's organization memberships. */
  getOrganizationMemberships(params?: GetMembershipsParams): Promise<PaginatedResources<OrganizationMembership>>;
  /** Leaves an organization (Clerk's `user.leaveOrganization`); the server keeps its last admin. */
  leaveOrganization(organizationId: string): Promise<void>;
  /** One page of organizations suggested by a verified domain of the user's email. */
  getOrganizationSuggestions(params?: GetStatusPageParams): Promise<PaginatedResources<OrganizationSuggestion>>;
  /** One page of invitations to the user's verified email addresses. */
  getOrganizationInvitations(params?: GetStatusPageParams): Promise<PaginatedResources<UserOrganizationInvitation>>;
  /** Changes the password (`currentPassword` left out when the user has none yet); can sign out other devices. */
  updatePassword(params: ChangePasswordParams): Promise<User>;
  /** Starts an authenticator app: `secret` and `uri` (for a QR code), in force once `verifyTOTP` gets a code. */
  createTOTP(): Promise<View<TotpJSON>>;
  /** Turns the authenticator app on; `backupCodes` come with it when it is the account's first second factor. */
  verifyTOTP(params: { code: string }): Promise<View<TotpJSON>>;
  disableTOTP(): Promise<View<DeletedObjectJSON>>;
  /** A new set of backup codes, replacing the old ones: show them once. */
  createBackupCode(): Promise<View<BackupCodesJSON>>;
  /** The user's sessions on every device, with the browser each was last used from. */
  getSessions(): Promise<SessionWithActivities[]>;
  /** Deletes the account (when the instance allows it); every session ends. */
  delete(): Promise<void>;
}

/** UserMethods by name: all the loader carries of them. */
const USER_METHODS =
  'reload update setProfileImage createEmailAddress createPhoneNumber createPasskey createExternalAccount getOrganizationMemberships leaveOrganization getOrganizationSuggestions getOrganizationInvitations updatePassword createTOTP verifyTOTP disableTOTP createBackupCode getSessions delete';
export type CheckedUserMethods = Assert<SameNames<Words<typeof USER_METHODS>, keyof UserMethods>>;

export interface User
  extends Omit<View<UserJSON>, 'emailAddresses' | 'phoneNumbers' | 'passkeys' | 'externalAccounts'>,
    UserMethods {}

/**
 * The signed-in user (Clerk's `User`): the fields of `GET /v1/me`, camelCased, a few derived ones, and the
 * account's writes with Clerk's method names. Every write answers with the server's objects and refreshes
 * this one (the piggybacked client also rebuilds `latch.user`).
 */
export class User {
  readonly #host: ResourceHost;
  emailAddresses: EmailAddress[] = [];
  phoneNumbers: PhoneNumber[] = [];
  /** The user's registered passkeys, each with `update({ name })` and `delete()`. */
  passkeys: Passkey[] = [];
  /** Provider accounts connected to the user, each with `destroy()`. */
  externalAccounts: ExternalAccount[] = [];

  static {
    defineLazyMethods(
      User.prototype,
      USER_METHODS,
      () => import('./user-methods.js').then((module) => module.userMethods as never),
      (user) => user.#host,
    );
  }

  constructor(host: ResourceHost, json: UserJSON) {
    this.#host = host;
    this.fromJSON(json);
  }

  /** "First Last", or null when the user has neither. */
  get fullName(): string | null {
    const name = [this.firstName, this.lastName].filter(Boolean).join(' ').trim();
    return name || null;
  }

  get primaryEmailAddress(): EmailAddress | null {
    return this.emailAddresses.find((email) => email.id === this.primaryEmailAddressId) ?? null;
  }

  get primaryPhoneNumber(): PhoneNumber | null {
    return this.phoneNumbers.find((phone) => phone.id === this.primaryPhoneNumberId) ?? null;
  }

  /** @internal Takes a fresh snapshot's fields. */
  fromJSON(json: UserJSON): this {
    const { email_addresses, phone_numbers, passkeys, external_accounts, ...rest } = json;
    assignView(this, toView(rest));
    this.emailAddresses = email_addresses.map((email) => new EmailAddress(this.#host, email));
    this.phoneNumbers = phone_numbers.map((phone) => new PhoneNumber(this.#host, phone));
    this.passkeys = passkeys.map((passkey) => new Passkey(this.#host, passkey));
    this.externalAccounts = external_accounts.map((account) => new ExternalAccount(this.#host, account));
    return this;
  }
}
