/** The client: this browser's container of sessions and the in-flight sign-in / sign-up. */
import * as z from 'zod/mini';
import { account } from '../account-kit.js';
import { lazySchema, list, nstring, ntimestamp, nullableDefault, timestamp } from './helpers.js';
import type { sessionSchema } from './session.js';
import { signInSchema } from './sign-in.js';
import { signUpSchema } from './sign-up.js';

export const clientSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    // The session schema is the account module's (src/api/account-kit.ts): built only for a client with sessions.
    sessions: list(lazySchema<typeof sessionSchema>(() => account().sessionSchema)),
    sign_in: nullableDefault(signInSchema),
    sign_up: nullableDefault(signUpSchema),
    last_active_session_id: nstring(),
    /** How this browser signed in last (the sign-in card marks it "Last used"). */
    last_authentication_strategy: nstring(),
    cookie_expires_at: ntimestamp(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export type ClientJSON = z.output<typeof clientSchema>;
