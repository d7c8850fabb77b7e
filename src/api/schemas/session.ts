/** A session of the client, with its user. */
import * as z from 'zod/mini';
import { publicUserDataSchema, tokenSchema } from './common.js';
import { list, nstring, ntimestamp, nullableDefault, objectTag, openEnum, timestamp } from './helpers.js';
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

/** A task the user must finish before the session becomes active (e.g. `choose-organization`). */
export const sessionTaskSchema = z.looseObject({ key: z.string() });

export const sessionSchema = z.looseObject({
  id: z.string(),
  object: objectTag('session'),
  status: sessionStatusSchema,
  /** Required by the spec, but absent from Clerk's own fixtures: `null` when missing. */
  expire_at: ntimestamp(),
  abandon_at: ntimestamp(),
  last_active_at: ntimestamp(),
  last_active_token: nullableDefault(tokenSchema),
  last_active_organization_id: nstring(),
  actor: z._default(z.nullable(z.record(z.string(), z.unknown())), null),
  user: nullableDefault(userSchema),
  public_user_data: nullableDefault(publicUserDataSchema),
  /** Minutes since the last first and second factor verification (`-1`: never). */
  factor_verification_age: z._default(z.nullable(z.array(z.number())), null),
  tasks: list(sessionTaskSchema),
  current_task: nullableDefault(sessionTaskSchema),
  created_at: timestamp,
  updated_at: timestamp,
});

export type SessionStatusJSON = z.infer<typeof sessionStatusSchema>;
export type SessionJSON = z.output<typeof sessionSchema>;
