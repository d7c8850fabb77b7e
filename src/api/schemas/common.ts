/**
 * Small FAPI objects shared by several resources: verification, sign-in factor, identification link,
 * public user data, session token.
 */
import * as z from 'zod/mini';
import { flag, list, nstring, ntimestamp, objectTag, openEnum, text } from './helpers.js';

export const VERIFICATION_STATUSES = ['unverified', 'verified', 'failed', 'expired', 'transferable'] as const;
/** Verification status; unknown future values pass through as plain strings. */
export const verificationStatusSchema = openEnum(VERIFICATION_STATUSES);

/** The `error` a failed OAuth/SAML verification carries (a ClerkError). */
export const verificationErrorSchema = z.looseObject({
  code: z.string(),
  message: text(),
  long_message: z.optional(z.string()),
  meta: z.optional(z.record(z.string(), z.unknown())),
});

/**
 * One verification of any strategy (OTP, link, password, OAuth, passkey, ticket, …). The spec models each
 * strategy as its own stub; they share these fields, and the UI reads them by strategy, so one lenient shape
 * covers all of them.
 */
export const verificationSchema = z.looseObject({
  object: z.optional(z.string()),
  status: verificationStatusSchema,
  /** Clerk's fixtures carry `""` for some admin-created verifications, so any string is accepted. */
  strategy: text(),
  attempts: z._default(z.nullable(z.number()), null),
  expire_at: ntimestamp(),
  error: z.optional(z.nullable(verificationErrorSchema)),
  external_verification_redirect_url: z.optional(z.nullable(z.string())),
  nonce: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
  verified_at_client: z.optional(z.nullable(z.string())),
  channel: z.optional(z.nullable(z.string())),
  /** Sign-up verifications only: what the client has to do next. */
  next_action: z.optional(openEnum(['needs_prepare', 'needs_attempt', ''] as const)),
  /** Sign-up verifications only. */
  supported_strategies: z.optional(z.array(z.string())),
});

export const SIGN_IN_STRATEGIES = [
  'ticket',
  'password',
  'email_code',
  'email_link',
  'phone_code',
  'totp',
  'backup_code',
  'passkey',
  'reset_password_email_code',
  'reset_password_phone_code',
  'saml',
  'enterprise_sso',
  'google_one_tap',
  'trusted_device',
] as const;
/** A factor strategy: the known ones above plus `oauth_*` and `web3_*_signature`, which are open-ended. */
export const strategySchema = openEnum(SIGN_IN_STRATEGIES);

/** One entry of `supported_first_factors` / `supported_second_factors` (`Stubs.SignInFactor`). */
export const signInFactorSchema = z.looseObject({
  strategy: strategySchema,
  safe_identifier: z.optional(z.string()),
  email_address_id: z.optional(z.string()),
  phone_number_id: z.optional(z.string()),
  web3_wallet_id: z.optional(z.string()),
  passkey_id: z.optional(z.string()),
  trusted_device_id: z.optional(z.string()),
  enterprise_connection_id: z.optional(z.string()),
  enterprise_connection_name: z.optional(z.string()),
  external_verification_redirect_url: z.optional(z.nullable(z.string())),
  primary: z.optional(z.nullable(z.boolean())),
  default: z.optional(z.boolean()),
});

/** `linked_to` entries on identifications: `{type: 'oauth_google' | 'saml' | …, id}`. */
export const identificationLinkSchema = z.looseObject({
  type: z.string(),
  id: z.string(),
});

/** Public, non-sensitive user data attached to sessions and memberships. */
export const publicUserDataSchema = z.looseObject({
  first_name: nstring(),
  last_name: nstring(),
  image_url: nstring(),
  has_image: flag(),
  identifier: text(),
  user_id: nstring(),
  username: nstring(),
  banned: z.optional(z.boolean()),
  deprovisioned: z.optional(z.boolean()),
});

/** A session token: `{object: "token", jwt}`. */
export const tokenSchema = z.looseObject({
  object: objectTag('token'),
  jwt: z.string(),
});

/** `{data: [...], total_count}` paginated lists. */
export const paginatedSchema = <T extends z.ZodMiniType>(item: T) =>
  z.looseObject({ data: list(item), total_count: z._default(z.number(), 0) });

export type VerificationStatusJSON = z.infer<typeof verificationStatusSchema>;
export type SignInStrategyJSON = z.infer<typeof strategySchema>;
export type VerificationJSON = z.output<typeof verificationSchema>;
export type SignInFactorJSON = z.output<typeof signInFactorSchema>;
export type IdentificationLinkJSON = z.output<typeof identificationLinkSchema>;
export type PublicUserDataJSON = z.output<typeof publicUserDataSchema>;
export type TokenJSON = z.output<typeof tokenSchema>;
