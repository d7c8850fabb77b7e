/** A session of the client, with its user. */
import * as z from 'zod/mini';
import { publicUserDataSchema, signInFactorSchema, tokenSchema } from './common.js';
import {
  lazySchema,
  list,
  metadata,
  nstring,
  ntimestamp,
  nullableDefault,
  openEnum,
  text,
  timestamp,
} from './helpers.js';
import { userSchema } from './user.js';

export const SESSION_STATUSES = [
  'active',
  'pending',
  'revoked',
  'ended',
  'expired',
  'removed',
  'abandoned',
  'replaced',
] as const;
/** Session status; unknown future values pass through as plain strings. */
export const sessionStatusSchema = openEnum(SESSION_STATUSES);

export const sessionSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    status: sessionStatusSchema,
    /** Required by the spec, but absent from Clerk's own fixtures: `null` when missing. */
    expire_at: ntimestamp(),
    abandon_at: ntimestamp(),
    last_active_at: ntimestamp(),
    last_active_token: nullableDefault(tokenSchema),
    last_active_organization_id: nstring(),
    /** Claims of the impersonator, when someone acts as the user. */
    actor: nullableDefault(metadata()),
    user: nullableDefault(userSchema),
    public_user_data: nullableDefault(publicUserDataSchema),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export type SessionStatusJSON = z.infer<typeof sessionStatusSchema>;
export type SessionJSON = z.output<typeof sessionSchema>;

/** Client.SessionReverification: what is left to prove (`needs_first_factor` … `complete`) and how. */
export const sessionReverificationSchema = lazySchema(() =>
  z.looseObject({
    status: text(),
    supported_first_factors: list(signInFactorSchema),
    /** Filled once the first factor is done, when the level also asks for a second (`needs_second_factor`). */
    supported_second_factors: list(signInFactorSchema),
  }),
);

export type SessionReverificationJSON = z.output<typeof sessionReverificationSchema>;
