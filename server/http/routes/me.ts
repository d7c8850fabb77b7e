import { Hono } from 'hono';
import type { SessionRow } from '../../domain/sessions.js';
import { errors } from '../../errors.js';
import { userJSON } from '../../serialize/user.js';
import { currentClient } from '../identity.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';

/**
 * The session a `/v1/me*` request acts for: `?_clerk_session_id=` when given (it must be a live session of this
 * client), otherwise the client's last active session.
 */
export function requestSession(c: FapiContext): SessionRow {
  const dev = c.get('dev');
  const client = currentClient(c);
  const requested = c.req.query('_clerk_session_id');
  const sessionId = requested || client?.last_active_session_id;
  if (!client || !sessionId) throw errors.authenticationInvalid();
  const session = dev.sessions.get(sessionId);
  if (!session || session.client_id !== client.id) throw errors.authenticationInvalid();
  if (session.status !== 'active') throw errors.signedOut();
  return session;
}

export function meRoutes() {
  const routes = new Hono<FapiEnv>();
  routes.get('/v1/me', async (c) => {
    const dev = c.get('dev');
    const session = requestSession(c);
    const user = dev.users.get(session.user_id);
    if (!user) throw errors.authenticationInvalid();
    return envelope(c, userJSON(dev, user));
  });
  return routes;
}
