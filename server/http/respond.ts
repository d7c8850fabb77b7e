import type { ClientRow } from '../domain/clients.js';
import { clientJSON } from '../serialize/client.js';
import type { SerializeScope } from '../serialize/scope.js';
import { currentClient } from './identity.js';
import type { FapiContext } from './types.js';

export function scopeOf(c: FapiContext): SerializeScope {
  return {
    ctx: c.get('dev'),
    issuer: new URL(c.req.url).origin,
    azp: c.req.header('Origin') ?? null,
  };
}

/** The `{response, client}` envelope: every mutation piggybacks the client as it stands after the change. */
export async function envelope(c: FapiContext, response: unknown, client: ClientRow | null = currentClient(c)) {
  const scope = scopeOf(c);
  return c.json({ response, client: client ? await clientJSON(scope, client) : null });
}
