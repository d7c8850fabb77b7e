/**
 * The signed-in user's account writes and lists (Clerk's `User` methods), loaded on the first call: a page that
 * never manages an account does not carry them. `User` defines each from its name (./user.ts).
 */
import { LatchRuntimeError } from '../api/errors.js';
import type { ChangePasswordParams, CreateExternalAccountParams, UserUpdateParams } from '../api/fapi.js';
import { EmailAddress, PhoneNumber } from './email-address.js';
import { ExternalAccount } from './external-account.js';
import { notifyUnauthenticated, type ResourceHost, runFapi } from './host.js';
import type { LazyTable } from './lazy-methods.js';
import { type GetMembershipsParams, membershipPage, toPageParams } from './organization.js';
import type { GetStatusPageParams } from './organization-domain.js';
import { getOrganizationInvitations, getOrganizationSuggestions } from './organization-suggestion.js';
import { Passkey } from './passkey.js';
import { activeSessions } from './session-with-activities.js';
import type { User, UserMethods } from './user.js';
import { toView } from './view.js';
import { createPasskeyCredential } from './webauthn.js';

type Host = ResourceHost;

export const userMethods = {
  /** Re-reads the user from `GET /v1/me`. */
  async reload(user: User, host: Host): Promise<User> {
    return user.fromJSON(await runFapi(host, (api) => api.getMe()));
  },

  /** `PATCH /v1/me`: names, username, primary email address / phone number (`null` clears a name). */
  async update(user: User, host: Host, params: UserUpdateParams): Promise<User> {
    return user.fromJSON(await runFapi(host, (api) => api.updateMe(params)));
  },

  /** Uploads a new profile image (png, jpeg, gif or webp); `null` removes it. Then re-reads the user. */
  async setProfileImage(user: User, host: Host, params: { file: Blob | null }): Promise<User> {
    const { file } = params;
    await runFapi<unknown>(host, (api) => (file ? api.setProfileImage(file) : api.deleteProfileImage()));
    return userMethods.reload(user, host);
  },

  /** Adds an unverified email address; verify it with `prepareVerification` / `attemptVerification`. */
  async createEmailAddress(user: User, host: Host, params: { email: string }): Promise<EmailAddress> {
    const email = new EmailAddress(
      host,
      await runFapi(host, (api) => api.createEmailAddress({ emailAddress: params.email })),
    );
    user.emailAddresses = [...user.emailAddresses, email];
    return email;
  },

  /** Adds an unverified phone number (E.164); verify it by SMS code. */
  async createPhoneNumber(user: User, host: Host, params: { phoneNumber: string }): Promise<PhoneNumber> {
    const json = await runFapi(host, (api) => api.createPhoneNumber({ phoneNumber: params.phoneNumber }));
    const phone = new PhoneNumber(host, json);
    user.phoneNumbers = [...user.phoneNumbers, phone];
    return phone;
  },

  /**
   * Registers a passkey for this device (Clerk's `createPasskey`): the server's creation options, the
   * browser's ceremony (@simplewebauthn/browser, loaded now), then the server checks the attestation.
   * Rejects with a `LatchRuntimeError` coded like Clerk's (`passkey_registration_cancelled`, …) when the
   * browser says no, or a `LatchApiError` when the server does.
   */
  async createPasskey(_user: User, host: Host): Promise<Passkey> {
    const pending = await runFapi(host, (api) => api.createPasskey());
    const nonce = pending.verification?.nonce;
    if (!nonce) throw new LatchRuntimeError('malformed_response', 'The passkey came without creation options.');
    const publicKeyCredential = await createPasskeyCredential(nonce);
    const created = await runFapi(host, (api) =>
      api.attemptPasskeyVerification(pending.id, { strategy: 'passkey', publicKeyCredential }),
    );
    return new Passkey(host, created);
  },

  /**
   * Starts connecting a provider account (Clerk's `createExternalAccount`): the pending account's
   * `verification.externalVerificationRedirectUrl` is the provider's page; send the browser there, and it comes
   * back to `redirectUrl` (absolute) with the account connected.
   */
  async createExternalAccount(_user: User, host: Host, params: CreateExternalAccountParams): Promise<ExternalAccount> {
    return new ExternalAccount(host, await runFapi(host, (api) => api.createExternalAccount(params)));
  },

  /** One page of the user's organization memberships (`GET /v1/me/organization_memberships`). */
  async getOrganizationMemberships(_user: User, host: Host, params?: GetMembershipsParams) {
    return membershipPage(host, await runFapi(host, (api) => api.getUserOrganizationMemberships(toPageParams(params))));
  },

  /** Leaves an organization; the server keeps its last admin. */
  async leaveOrganization(_user: User, host: Host, organizationId: string): Promise<void> {
    await runFapi(host, (api) => api.leaveOrganization(organizationId));
  },

  /** One page of organizations suggested by a verified domain of the user's email. */
  getOrganizationSuggestions: (_user: User, host: Host, params?: GetStatusPageParams) =>
    getOrganizationSuggestions(host, params),

  /** One page of invitations to the user's verified email addresses. */
  getOrganizationInvitations: (_user: User, host: Host, params?: GetStatusPageParams) =>
    getOrganizationInvitations(host, params),

  /** Changes the password (`currentPassword` is left out when the user has none yet); can sign out other devices. */
  async updatePassword(user: User, host: Host, params: ChangePasswordParams): Promise<User> {
    return user.fromJSON(await runFapi(host, (api) => api.changePassword(params)));
  },

  /** Starts an authenticator app: `secret` and `uri` (for a QR code), in force once `verifyTOTP` gets a code. */
  createTOTP: async (_user: User, host: Host) => toView(await runFapi(host, (api) => api.createTotp())),

  /** Turns the authenticator app on; `backupCodes` come with it when it is the account's first second factor. */
  verifyTOTP: async (_user: User, host: Host, params: { code: string }) =>
    toView(await runFapi(host, (api) => api.verifyTotp(params))),

  disableTOTP: async (_user: User, host: Host) => toView(await runFapi(host, (api) => api.deleteTotp())),

  /** A new set of backup codes, replacing the old ones: show them once. */
  createBackupCode: async (_user: User, host: Host) => toView(await runFapi(host, (api) => api.createBackupCodes())),

  /** The user's sessions on every device, with the browser each was last used from. */
  async getSessions(_user: User, host: Host) {
    try {
      return await activeSessions(host);
    } catch (error) {
      await notifyUnauthenticated(host, error);
      throw error;
    }
  },

  /** Deletes the account (when the instance allows it); every session ends. */
  async delete(_user: User, host: Host): Promise<void> {
    await runFapi(host, (api) => api.deleteMe());
  },
} satisfies LazyTable<User, UserMethods>;
