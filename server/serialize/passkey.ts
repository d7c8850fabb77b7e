import type { DevContext } from '../context.js';
import type { PasskeyRow } from '../domain/passkeys.js';
import { verificationJSON } from './verification.js';

/** Client.Passkey. The verification (with the creation options in `nonce`) is there while it matters. */
export function passkeyJSON(ctx: DevContext, row: PasskeyRow) {
  const verification = ctx.verifications.get(row.verification_id);
  return {
    object: 'passkey',
    id: row.id,
    name: row.name,
    last_used_at: row.last_used_at,
    verification: verification ? verificationJSON(verification) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
