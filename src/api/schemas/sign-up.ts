/** The sign-up attempt (`sign_up_attempt`). */
import * as z from 'zod/mini';
import { verificationSchema } from './common.js';
import {
  flag,
  lazySchema,
  list,
  metadata,
  nstring,
  ntimestamp,
  nullableDefault,
  openEnum,
  settings,
} from './helpers.js';

export const SIGN_UP_STATUSES = ['missing_requirements', 'complete', 'abandoned'] as const;
/** Sign-up status; unknown future values pass through as plain strings. */
export const signUpStatusSchema = openEnum(SIGN_UP_STATUSES);

const verification = () => nullableDefault(verificationSchema);

/** One verification per identifier kind; `null` until that identifier is supplied. */
export const signUpVerificationsSchema = lazySchema(() =>
  z.looseObject({
    email_address: verification(),
    phone_number: verification(),
    /** OAuth: the provider's verification (`transferable` when the account belongs to a user already). */
    external_account: verification(),
  }),
);

export const signUpSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    status: signUpStatusSchema,
    required_fields: list(z.string()),
    optional_fields: list(z.string()),
    missing_fields: list(z.string()),
    unverified_fields: list(z.string()),
    verifications: settings(signUpVerificationsSchema),
    username: nstring(),
    email_address: nstring(),
    phone_number: nstring(),
    password_enabled: flag(),
    first_name: nstring(),
    last_name: nstring(),
    unsafe_metadata: metadata(),
    created_session_id: nstring(),
    created_user_id: nstring(),
    abandon_at: ntimestamp(),
  }),
);

export type SignUpStatusJSON = z.infer<typeof signUpStatusSchema>;
export type SignUpVerificationsJSON = z.output<typeof signUpVerificationsSchema>;
export type SignUpJSON = z.output<typeof signUpSchema>;
