import { LatchRuntimeError } from '../api/errors.js';
import type { ChangePasswordParams, CreateExternalAccountParams, UserUpdateParams } from '../api/fapi.js';
import type { DeletedObjectJSON, UserJSON } from '../api/schemas/index.js';
import type { BackupCodesJSON, TotpJSON } from '../api/schemas/security.js';
import { EmailAddress, PhoneNumber } from './email-address.js';
import { ExternalAccount } from './external-account.js';
import { notifyUnauthenticated, type ResourceHost, runFapi } from './host.js';
import {
  type GetMembershipsParams,
  membershipPage,
  type OrganizationMembership,
  type PaginatedResources,
  toPageParams,
} from './organization.js';
import type { GetStatusPageParams } from './organization-domain.js';
import type { OrganizationSuggestion, UserOrganizationInvitation } from './organization-suggestion.js';
import { Passkey } from './passkey.js';
import type { SessionWithActivities } from './session-with-activities.js';
import { assignView, toView, type View } from './view.js';
import { createPasskeyCredential } from './webauthn.js';

export interface User
  extends Omit<View<UserJSON>, 'emailAddresses' | 'phoneNumbers' | 'passkeys' | 'externalAccounts'> {}

/**
 * The signed-in user (Clerk's `User`): the fields of `GET /v1/me`, camelCased, a few derived ones, and the
 * account's writes with Clerk's method names. Every write answers with the server's objects and refreshes
 * this one (the piggybacked client also rebuilds `latch.user`).
 */
export class User {
  readonly #host: ResourceHost;
  emailAddresses: EmailAddress[] = [];
  phoneNumbers: PhoneNumber[] = [];

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

  /** The user's registered passkeys, each with `update({ name })` and `delete()`. */
  passkeys: Passkey[] = [];

  /**
   * Registers a passkey for this device (Clerk's `createPasskey`): the server's creation options, the
   * browser's ceremony (@simplewebauthn/browser, loaded now), then the server checks the attestation.
   * Rejects with a `LatchRuntimeError` coded like Clerk's (`passkey_registration_cancelled`, …) when the
   * browser says no, or a `LatchApiError` when the server does.
   */
  async createPasskey(): Promise<Passkey> {
    const pending = await runFapi(this.#host, (api) => api.createPasskey());
    const nonce = pending.verification?.nonce;
    if (!nonce) throw new LatchRuntimeError('malformed_response', 'The passkey came without creation options.');
    const publicKeyCredential = await createPasskeyCredential(nonce);
    const created = await runFapi(this.#host, (api) =>
      api.attemptPasskeyVerification(pending.id, { strategy: 'passkey', publicKeyCredential }),
    );
    return new Passkey(this.#host, created);
  }

  /** Re-reads the user from `GET /v1/me`. */
  async reload(): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.getMe()));
  }

  /** `PATCH /v1/me`: names, username, primary email address / phone number (`null` clears a name). */
  async update(params: UserUpdateParams): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.updateMe(params)));
  }

  /** Uploads a new profile image (png, jpeg, gif or webp); `null` removes it. Then re-reads the user. */
  async setProfileImage(params: { file: Blob | null }): Promise<this> {
    const { file } = params;
    await runFapi<unknown>(this.#host, (api) => (file ? api.setProfileImage(file) : api.deleteProfileImage()));
    return this.reload();
  }

  /** Adds an unverified email address; verify it with `prepareVerification` / `attemptVerification`. */
  async createEmailAddress(params: { email: string }): Promise<EmailAddress> {
    const json = await runFapi(this.#host, (api) => api.createEmailAddress({ emailAddress: params.email }));
    const email = new EmailAddress(this.#host, json);
    this.emailAddresses = [...this.emailAddresses, email];
    return email;
  }

  /** Adds an unverified phone number (E.164); verify it by SMS code. */
  async createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumber> {
    const json = await runFapi(this.#host, (api) => api.createPhoneNumber({ phoneNumber: params.phoneNumber }));
    const phone = new PhoneNumber(this.#host, json);
    this.phoneNumbers = [...this.phoneNumbers, phone];
    return phone;
  }

  /** Provider accounts connected to the user, each with `destroy()`. */
  externalAccounts: ExternalAccount[] = [];

  /**
   * Starts connecting a provider account (Clerk's `createExternalAccount`): the pending account's
   * `verification.externalVerificationRedirectUrl` is the provider's page; send the browser there, and it comes
   * back to `redirectUrl` (absolute) with the account connected.
   */
  async createExternalAccount(params: CreateExternalAccountParams): Promise<ExternalAccount> {
    return new ExternalAccount(this.#host, await runFapi(this.#host, (api) => api.createExternalAccount(params)));
  }

  /** One page of the user's organization memberships (`GET /v1/me/organization_memberships`). */
  async getOrganizationMemberships(params?: GetMembershipsParams): Promise<PaginatedResources<OrganizationMembership>> {
    const page = await runFapi(this.#host, (api) => api.getUserOrganizationMemberships(toPageParams(params)));
    return membershipPage(this.#host, page);
  }

  /** Leaves an organization (Clerk's `user.leaveOrganization`); the server keeps its last admin. */
  async leaveOrganization(organizationId: string): Promise<void> {
    await runFapi(this.#host, (api) => api.leaveOrganization(organizationId));
  }

  // ---- suggestions and invitations (src/core/organization-enrollment.ts, loaded on first use) ----

  /** One page of organizations suggested by a verified domain of the user's email. */
  async getOrganizationSuggestions(params?: GetStatusPageParams): Promise<PaginatedResources<OrganizationSuggestion>> {
    return (await import('../core/organization-enrollment.js')).getOrganizationSuggestions(this.#host, params);
  }

  /** One page of invitations to the user's verified email addresses. */
  async getOrganizationInvitations(
    params?: GetStatusPageParams,
  ): Promise<PaginatedResources<UserOrganizationInvitation>> {
    return (await import('../core/organization-enrollment.js')).getOrganizationInvitations(this.#host, params);
  }

  // ---- security page ----

  /** Changes the password (`currentPassword` is left out when the user has none yet); can sign out other devices. */
  async updatePassword(params: ChangePasswordParams): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.changePassword(params)));
  }

  /** Starts an authenticator app: `secret` and `uri` (for a QR code), in force once `verifyTOTP` gets a code. */
  async createTOTP(): Promise<View<TotpJSON>> {
    return toView(await runFapi(this.#host, (api) => api.createTotp()));
  }

  /** Turns the authenticator app on; `backupCodes` come with it when it is the account's first second factor. */
  async verifyTOTP(params: { code: string }): Promise<View<TotpJSON>> {
    return toView(await runFapi(this.#host, (api) => api.verifyTotp(params)));
  }

  async disableTOTP(): Promise<View<DeletedObjectJSON>> {
    return toView(await runFapi(this.#host, (api) => api.deleteTotp()));
  }

  /** A new set of backup codes, replacing the old ones: show them once. */
  async createBackupCode(): Promise<View<BackupCodesJSON>> {
    return toView(await runFapi(this.#host, (api) => api.createBackupCodes()));
  }

  /** The user's sessions on every device, with the browser each was last used from. */
  async getSessions(): Promise<SessionWithActivities[]> {
    const { activeSessions } = await import('./session-with-activities.js');
    try {
      return await activeSessions(this.#host);
    } catch (error) {
      await notifyUnauthenticated(this.#host, error);
      throw error;
    }
  }

  /** Deletes the account (when the instance allows it); every session ends. */
  async delete(): Promise<void> {
    await runFapi(this.#host, (api) => api.deleteMe());
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
