/** The sign-in attempt (`sign_in_attempt`). */
import * as z from 'zod/mini';
import { signInFactorSchema, verificationSchema } from './common.js';
import { flag, lazySchema, list, nstring, ntimestamp, nullableDefault, openEnum } from './helpers.js';

export const SIGN_IN_STATUSES = [
  'needs_identifier',
  'needs_first_factor',
  'needs_second_factor',
  'needs_client_trust',
  'needs_new_password',
  'needs_protect_check',
  'complete',
  'abandoned',
] as const;
/** Sign-in status; unknown future values pass through as plain strings. */
export const signInStatusSchema = openEnum(SIGN_IN_STATUSES);

/** What the sign-in knows about the user before they are authenticated (name and avatar for the UI). */
export const signInUserDataSchema = lazySchema(() =>
  z.looseObject({
    first_name: nstring(),
    last_name: nstring(),
    image_url: nstring(),
    has_image: flag(),
  }),
);

export const signInSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    status: signInStatusSchema,
    supported_identifiers: list(z.string()),
    identifier: nstring(),
    supported_first_factors: list(signInFactorSchema),
    supported_second_factors: list(signInFactorSchema),
    first_factor_verification: nullableDefault(verificationSchema),
    second_factor_verification: nullableDefault(verificationSchema),
    user_data: nullableDefault(signInUserDataSchema),
    created_session_id: nstring(),
    abandon_at: ntimestamp(),
  }),
);

export type SignInStatusJSON = z.infer<typeof signInStatusSchema>;
export type SignInUserDataJSON = z.output<typeof signInUserDataSchema>;
export type SignInJSON = z.output<typeof signInSchema>;
