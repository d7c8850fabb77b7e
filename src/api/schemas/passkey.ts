/** A user's passkey (`Client.Passkey`); removals answer `deletedObjectSchema` (./user.ts). */
import * as z from 'zod/mini';
import { verificationSchema } from './common.js';
import { lazySchema, ntimestamp, nullableDefault, text, timestamp } from './helpers.js';

export const passkeySchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    name: text(),
    last_used_at: ntimestamp(),
    /** While a registration is under way, `verification.nonce` holds the WebAuthn creation options JSON. */
    verification: nullableDefault(verificationSchema),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export type PasskeyJSON = z.output<typeof passkeySchema>;
