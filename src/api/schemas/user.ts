/**
 * The user and the identifications it owns. Email addresses and phone numbers are complete; passkeys,
 * external accounts, web3 wallets and organization memberships are stubs with the fields the UI reads, the
 * rest passes through untouched.
 */
import * as z from 'zod/mini';
import { identificationLinkSchema, publicUserDataSchema, verificationSchema } from './common.js';
import { flag, list, metadata, nstring, ntimestamp, nullableDefault, objectTag, text, timestamp } from './helpers.js';

const verification = () => nullableDefault(verificationSchema);

export const emailAddressSchema = z.looseObject({
  id: z.string(),
  object: objectTag('email_address'),
  email_address: z.string(),
  reserved: flag(),
  verification: verification(),
  linked_to: list(identificationLinkSchema),
  matches_sso_connection: z.optional(z.boolean()),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const phoneNumberSchema = z.looseObject({
  id: z.string(),
  object: objectTag('phone_number'),
  phone_number: z.string(),
  reserved: flag(),
  reserved_for_second_factor: flag(),
  default_second_factor: flag(),
  verification: verification(),
  linked_to: list(identificationLinkSchema),
  backup_codes: z.optional(z.nullable(z.array(z.string()))),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const web3WalletSchema = z.looseObject({
  id: z.string(),
  object: objectTag('web3_wallet'),
  web3_wallet: z.string(),
  verification: verification(),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const passkeySchema = z.looseObject({
  id: z.string(),
  object: objectTag('passkey'),
  name: text(),
  last_used_at: ntimestamp(),
  verification: verification(),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const externalAccountSchema = z.looseObject({
  id: z.string(),
  object: objectTag('external_account'),
  provider: z.string(),
  identification_id: text(),
  provider_user_id: text(),
  approved_scopes: text(),
  email_address: text(),
  first_name: nstring(),
  last_name: nstring(),
  image_url: nstring(),
  username: nstring(),
  label: nstring(),
  public_metadata: metadata(),
  verification: verification(),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const organizationSchema = z.looseObject({
  id: z.string(),
  object: objectTag('organization'),
  name: z.string(),
  slug: nstring(),
  image_url: text(),
  has_image: flag(),
  members_count: z.optional(z.number()),
  pending_invitations_count: z.optional(z.number()),
  max_allowed_memberships: z._default(z.number(), 0),
  admin_delete_enabled: flag(),
  self_serve_sso_enabled: z.optional(z.boolean()),
  public_metadata: metadata(),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const organizationMembershipSchema = z.looseObject({
  id: z.string(),
  object: objectTag('organization_membership'),
  role: z.string(),
  role_name: text(),
  permissions: list(z.string()),
  public_metadata: metadata(),
  organization: organizationSchema,
  public_user_data: z.optional(z.nullable(publicUserDataSchema)),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
});

export const userSchema = z.looseObject({
  id: z.string(),
  object: objectTag('user'),
  username: nstring(),
  first_name: nstring(),
  last_name: nstring(),
  image_url: text(),
  has_image: flag(),
  primary_email_address_id: nstring(),
  primary_phone_number_id: nstring(),
  primary_web3_wallet_id: nstring(),
  password_enabled: flag(),
  two_factor_enabled: flag(),
  totp_enabled: flag(),
  backup_code_enabled: flag(),
  email_addresses: list(emailAddressSchema),
  phone_numbers: list(phoneNumberSchema),
  web3_wallets: list(web3WalletSchema),
  passkeys: list(passkeySchema),
  external_accounts: list(externalAccountSchema),
  saml_accounts: list(z.looseObject({ id: z.string() })),
  enterprise_accounts: list(z.looseObject({ id: z.string() })),
  organization_memberships: list(organizationMembershipSchema),
  public_metadata: metadata(),
  unsafe_metadata: metadata(),
  external_id: nstring(),
  last_sign_in_at: ntimestamp(),
  banned: flag(),
  locked: flag(),
  lockout_expires_in_seconds: z._default(z.nullable(z.number()), null),
  verification_attempts_remaining: z._default(z.nullable(z.number()), null),
  delete_self_enabled: flag(),
  create_organization_enabled: flag(),
  create_organizations_limit: z._default(z.nullable(z.number()), null),
  password_last_updated_at: ntimestamp(),
  mfa_enabled_at: ntimestamp(),
  mfa_disabled_at: ntimestamp(),
  legal_accepted_at: ntimestamp(),
  last_active_at: ntimestamp(),
  created_at: timestamp,
  updated_at: timestamp,
});

export type EmailAddressJSON = z.output<typeof emailAddressSchema>;
export type PhoneNumberJSON = z.output<typeof phoneNumberSchema>;
export type Web3WalletJSON = z.output<typeof web3WalletSchema>;
export type PasskeyJSON = z.output<typeof passkeySchema>;
export type ExternalAccountJSON = z.output<typeof externalAccountSchema>;
export type OrganizationJSON = z.output<typeof organizationSchema>;
export type OrganizationMembershipJSON = z.output<typeof organizationMembershipSchema>;
export type UserJSON = z.output<typeof userSchema>;
