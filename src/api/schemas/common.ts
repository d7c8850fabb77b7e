/**
 * Small FAPI objects shared by several resources: verification, sign-in factor, public user data, session
 * token. Only the fields Latch reads are listed (see helpers.ts); the rest pass through.
 */
import * as z from 'zod/mini';
import { flag, lazySchema, maybe, nstring, ntimestamp, openEnum, text } from './helpers.js';

export const VERIFICATION_STATUSES = ['unverified', 'verified', 'failed', 'expired', 'transferable'] as const;
/** Verification status; unknown future values pass through as plain strings. */
export const verificationStatusSchema = openEnum(VERIFICATION_STATUSES);

/** The `error` a failed OAuth/SAML verification carries (a ClerkError). */
export const verificationErrorSchema = lazySchema(() =>
  z.looseObject({
    code: z.string(),
    message: text(),
    long_message: maybe(z.string()),
  }),
);

/**
 * One verification of any strategy (OTP, link, password, OAuth, passkey, ticket, …). The spec models each
 * strategy as its own stub; they share these fields, and the UI reads them by strategy, so one lenient shape
 * covers all of them.
 */
export const verificationSchema = lazySchema(() =>
  z.looseObject({
    status: verificationStatusSchema,
    /** Clerk's fixtures carry `""` for some admin-created verifications, so any string is accepted. */
    strategy: text(),
    attempts: z._default(z.nullable(z.number()), null),
    expire_at: ntimestamp(),
    error: z._default(z.nullable(verificationErrorSchema), null),
    /** passkey: the WebAuthn options JSON (creation or request) the browser needs for the ceremony. */
    nonce: nstring(),
    /** OAuth / enterprise SSO: the provider's page the browser is sent to (while the verification is unverified). */
    external_verification_redirect_url: nstring(),
  }),
);

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
export const signInFactorSchema = lazySchema(() =>
  z.looseObject({
    strategy: strategySchema,
    safe_identifier: nstring(),
    email_address_id: nstring(),
    phone_number_id: nstring(),
    primary: z._default(z.nullable(z.boolean()), false),
  }),
);

/** Public, non-sensitive user data attached to sessions and memberships. */
export const publicUserDataSchema = lazySchema(() =>
  z.looseObject({
    first_name: nstring(),
    last_name: nstring(),
    image_url: text(),
    has_image: flag(),
    identifier: text(),
    user_id: nstring(),
    username: nstring(),
  }),
);

/** A session token: `{object: "token", jwt}`. */
export const tokenSchema = lazySchema(() => z.looseObject({ jwt: z.string() }));

export type VerificationStatusJSON = z.infer<typeof verificationStatusSchema>;
export type SignInStrategyJSON = z.infer<typeof strategySchema>;
export type VerificationJSON = z.output<typeof verificationSchema>;
export type SignInFactorJSON = z.output<typeof signInFactorSchema>;
export type PublicUserDataJSON = z.output<typeof publicUserDataSchema>;
export type TokenJSON = z.output<typeof tokenSchema>;
