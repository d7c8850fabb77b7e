import type { MiddlewareHandler } from 'hono';
import { currentClient } from './identity.js';
import type { FapiEnv } from './types.js';

/** The peer address as Node's server saw it ('local' under `app.request()` in tests). */
export function remoteAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * After each request that has (or created) a client, remembers the browser and address it came from: the
 * profile's active-devices list shows them for each session.
 */
export function recordClientActivity(): MiddlewareHandler<FapiEnv> {
  return async (c, next) => {
    await next();
    const client = currentClient(c);
    if (!client) return;
    c.get('dev').clientActivities.record(client.id, c.req.header('User-Agent') ?? '', remoteAddress(c.env));
  };
}
