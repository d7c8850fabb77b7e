/**
 * The user and the identifications it owns, with the fields Latch reads today; passkeys, external accounts,
 * and web3 wallets pass through until the screens that show them arrive.
 */
import * as z from 'zod/mini';
import { verificationSchema } from './common.js';
import { flag, lazySchema, list, metadata, nstring, ntimestamp, nullableDefault, text, timestamp } from './helpers.js';
import { organizationMembershipSchema } from './organization.js';
import { passkeySchema } from './passkey.js';

const verification = () => nullableDefault(verificationSchema);

export const emailAddressSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    email_address: z.string(),
    verification: verification(),
  }),
);

export const phoneNumberSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    phone_number: z.string(),
    verification: verification(),
  }),
);

/** A provider account connected to the user (ExternalAccountWithVerification); pending while `unverified`. */
export const externalAccountSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    /** `oauth_github`, … */
    provider: z.string(),
    email_address: text(),
    verification: verification(),
  }),
);

/**
 * An account at the instance's enterprise identity provider (Clerk's EnterpriseAccount), signed in with by email
 * domain; `enterprise_connection` is null once the instance no longer has a connection for it.
 */
export const enterpriseAccountSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    /** `saml_custom`, `oidc_custom`, … */
    provider: text(),
    active: flag(),
    email_address: text(),
    enterprise_connection: nullableDefault(z.looseObject({ id: z.string(), name: text() })),
  }),
);

export const userSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    username: nstring(),
    first_name: nstring(),
    last_name: nstring(),
    image_url: text(),
    has_image: flag(),
    primary_email_address_id: nstring(),
    primary_phone_number_id: nstring(),
    password_enabled: flag(),
    two_factor_enabled: flag(),
    totp_enabled: flag(),
    backup_code_enabled: flag(),
    delete_self_enabled: flag(),
    email_addresses: list(emailAddressSchema),
    phone_numbers: list(phoneNumberSchema),
    passkeys: list(passkeySchema),
    external_accounts: list(externalAccountSchema),
    enterprise_accounts: list(enterpriseAccountSchema),
    organization_memberships: list(organizationMembershipSchema),
    public_metadata: metadata(),
    unsafe_metadata: metadata(),
    last_sign_in_at: ntimestamp(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export type EmailAddressJSON = z.output<typeof emailAddressSchema>;
export type PhoneNumberJSON = z.output<typeof phoneNumberSchema>;
export type UserJSON = z.output<typeof userSchema>;
export type ExternalAccountJSON = z.output<typeof externalAccountSchema>;
export type EnterpriseAccountJSON = z.output<typeof enterpriseAccountSchema>;

/** POST /v1/me/profile_image: the uploaded image (its `public_url` becomes the user's `image_url`). */
export const imageSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    name: nstring(),
    public_url: text(),
  }),
);

/** What DELETE answers for a removed identification or image (`Client.DeletedObject`). */
export const deletedObjectSchema = lazySchema(() =>
  z.looseObject({
    object: z.string(),
    id: nstring(),
    deleted: z.boolean(),
  }),
);

export type ImageJSON = z.output<typeof imageSchema>;
export type DeletedObjectJSON = z.output<typeof deletedObjectSchema>;
