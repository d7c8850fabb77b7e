/** A user's passkey (`Client.Passkey`) and the bare "deleted" answer of removals (`Client.DeletedObject`). */
import * as z from 'zod/mini';
import { verificationSchema } from './common.js';
import { flag, nstring, ntimestamp, nullableDefault, text, timestamp } from './helpers.js';

export const passkeySchema = z.looseObject({
  id: z.string(),
  name: text(),
  last_used_at: ntimestamp(),
  /** While a registration is under way, `verification.nonce` holds the WebAuthn creation options JSON. */
  verification: nullableDefault(verificationSchema),
  created_at: timestamp,
  updated_at: timestamp,
});

export const deletedObjectSchema = z.looseObject({
  id: nstring(),
  object: text(),
  deleted: flag(),
});

export type PasskeyJSON = z.output<typeof passkeySchema>;
export type DeletedObjectJSON = z.output<typeof deletedObjectSchema>;
