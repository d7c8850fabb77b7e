import type { DevContext } from '../context.js';
import type { EmailAddressRow, PhoneNumberRow, UserRow } from '../domain/users.js';
import type { ExternalAccountRow } from '../oauth/external-accounts.js';
import { avatarUrl } from './avatar.js';
import { enterpriseAccountJSON, enterpriseAccountRows, samlAccountJSON } from './enterprise-account.js';
import { membershipJSON } from './organization.js';
import { passkeyJSON } from './passkey.js';

export function emailAddressJSON(row: EmailAddressRow) {
  return {
    object: 'email_address',
    id: row.id,
    email_address: row.email_address,
    reserved: false,
    verification: {
      // An address that came with an invitation ticket (waitlist) was verified by it, not by a code.
      object: verificationObjectOf(row.verification_strategy),
      status: row.verified_at !== null ? 'verified' : 'unverified',
      strategy: row.verification_strategy,
      attempts: row.verification_attempts,
      expire_at: row.verification_expire_at,
    },
    linked_to: [],
    matches_sso_connection: false,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The verification object an address was verified by: an invitation ticket, a provider (OAuth), a link, or a code. */
function verificationObjectOf(strategy: string): string {
  if (strategy === 'ticket') return 'verification_ticket';
  if (strategy === 'email_link') return 'verification_email_link';
  if (strategy.startsWith('from_oauth_')) return 'verification_from_oauth';
  return 'verification_otp';
}

/** ExternalAccountWithVerification: an account at an OAuth provider the user signs in with. */
export function externalAccountJSON(row: ExternalAccountRow) {
  return {
    object: 'external_account',
    id: row.id,
    provider: `oauth_${row.provider}`,
    identification_id: `idn_${row.id.slice('eac_'.length)}`,
    provider_user_id: row.provider_user_id,
    approved_scopes: 'openid email profile',
    email_address: row.email_address,
    email_address_verified: row.email_address_verified === 1,
    first_name: row.first_name ?? '',
    last_name: row.last_name ?? '',
    image_url: null,
    username: null,
    phone_number: null,
    public_metadata: {},
    label: null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    verification: {
      object: 'verification_oauth',
      status: 'verified',
      strategy: `oauth_${row.provider}`,
      attempts: null,
      expire_at: row.created_at,
      error: null,
    },
  };
}

/** Client.PhoneNumber; `backupCodes` only in the answer that reserved the account's first second factor. */
export function phoneNumberJSON(row: PhoneNumberRow, backupCodes: string[] | null = null) {
  return {
    object: 'phone_number',
    id: row.id,
    phone_number: row.phone_number,
    reserved_for_second_factor: row.reserved_for_second_factor === 1,
    default_second_factor: row.default_second_factor === 1,
    reserved: false,
    verification: {
      object: 'verification_otp',
      status: row.verified_at !== null ? 'verified' : 'unverified',
      strategy: 'phone_code',
      attempts: null,
      expire_at: row.created_at,
    },
    linked_to: [],
    backup_codes: backupCodes,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function userImageUrl(user: UserRow, identifier: string): string {
  return avatarUrl(user.id, user.first_name, user.last_name, identifier);
}

/** The uploaded profile image when there is one, else the generated avatar. */
function userImage(ctx: DevContext, user: UserRow, identifier: string): { image_url: string; has_image: boolean } {
  const uploaded = ctx.profileImages.urlOf(user.id);
  return { image_url: uploaded ?? userImageUrl(user, identifier), has_image: uploaded !== null };
}

/** Client.User: every required field of the spec, including ones for features this server does not have. */
export function userJSON(ctx: DevContext, user: UserRow) {
  const emails = ctx.users.emailAddresses(user.id);
  const primary = emails.find((e) => e.id === user.primary_email_address_id) ?? emails[0];
  const phones = ctx.users.phoneNumbers(user.id);
  const enterpriseAccounts = enterpriseAccountRows(ctx, user.id);
  return {
    object: 'user',
    id: user.id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    ...userImage(ctx, user, primary?.email_address ?? ''),
    primary_email_address_id: primary?.id ?? null,
    primary_phone_number_id: (phones.find((p) => p.id === user.primary_phone_number_id) ?? phones[0])?.id ?? null,
    primary_web3_wallet_id: null,
    password_enabled: user.password_digest !== null,
    two_factor_enabled: ctx.secondFactors.hasAny(user),
    totp_enabled: ctx.secondFactors.hasTotp(user.id),
    backup_code_enabled: ctx.secondFactors.hasBackupCodes(user.id),
    email_addresses: emails.map(emailAddressJSON),
    phone_numbers: phones.map((phone) => phoneNumberJSON(phone)),
    web3_wallets: [],
    passkeys: ctx.passkeys.listForUser(user.id).map((row) => passkeyJSON(ctx, row)),
    organization_memberships: ctx.organizations.forUser(user.id).data.map((m) => membershipJSON(ctx, m)),
    // Enterprise accounts are not OAuth accounts: they are listed in `enterprise_accounts` and `saml_accounts`.
    external_accounts: ctx.externalAccounts
      .forUser(user.id)
      .filter((row) => row.provider !== 'enterprise')
      .map(externalAccountJSON),
    saml_accounts: enterpriseAccounts.map((row) => samlAccountJSON(ctx, row)),
    enterprise_accounts: enterpriseAccounts.map((row) => enterpriseAccountJSON(ctx, row)),
    password_last_updated_at: user.password_updated_at,
    public_metadata: JSON.parse(user.public_metadata) as Record<string, unknown>,
    unsafe_metadata: JSON.parse(user.unsafe_metadata) as Record<string, unknown>,
    external_id: null,
    last_sign_in_at: user.last_sign_in_at,
    banned: false,
    locked: ctx.lockout.remainingSeconds(user) > 0,
    lockout_expires_in_seconds: ctx.lockout.remainingSeconds(user) || null,
    verification_attempts_remaining: ctx.lockout.attemptsRemaining(user),
    delete_self_enabled: ctx.security.deleteSelfEnabled,
    create_organization_enabled: ctx.organizations.enabled,
    create_organizations_limit: 0,
    last_active_at: user.last_active_at,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: user.legal_accepted_at,
    created_at: user.created_at,
    updated_at: user.updated_at,
  };
}

/** Client.PublicUserData: what other parts of the UI may show about a session's user. */
export function publicUserDataJSON(ctx: DevContext, user: UserRow) {
  const primary = ctx.users.primaryEmail(user);
  const identifier = primary?.email_address ?? '';
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    ...userImage(ctx, user, identifier),
    identifier,
    user_id: user.id,
    username: user.username,
    banned: false,
  };
}
