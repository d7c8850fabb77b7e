import { Hono } from 'hono';
import type { SessionRow } from '../../domain/sessions.js';
import { errors } from '../../errors.js';
import { clientJSON } from '../../serialize/client.js';
import { mintSessionToken, sessionJSON } from '../../serialize/session.js';
import { currentClient, requireClient } from '../identity.js';
import { Params } from '../params.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { sessionOrganization } from './organizations.js';

/** A session of this client (404 otherwise); `active` additionally requires it to be live (401 signed_out). */
export function clientSession(c: FapiContext, id: string, { active }: { active: boolean }): SessionRow {
  const client = requireClient(c);
  const session = c.get('dev').sessions.get(id);
  if (!session || session.client_id !== client.id) throw errors.notFound('Session', id);
  if (active && session.status !== 'active') throw errors.signedOut();
  return session;
}

export function sessionRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.get('/v1/client/sessions/:id', async (c) => {
    const session = clientSession(c, c.req.param('id'), { active: false });
    return envelope(c, await sessionJSON(scopeOf(c), session));
  });

  routes.post('/v1/client/sessions/:id/touch', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const session = clientSession(c, c.req.param('id'), { active: true });
    dev.organizations.setActiveForSession(
      session.id,
      sessionOrganization(c, session, params.string('active_organization_id')),
    );
    const touched = dev.sessions.touch(session.id) as SessionRow;
    dev.users.recordActivity(session.user_id);
    dev.clients.update(session.client_id, { last_active_session_id: session.id });
    return envelope(c, await sessionJSON(scopeOf(c), touched));
  });

  routes.post('/v1/client/sessions/:id/tokens', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const session = clientSession(c, c.req.param('id'), { active: true });
    const organizationId = sessionOrganization(c, session, params.string('organization_id'));
    return c.json({ object: 'token', jwt: await mintSessionToken(scopeOf(c), session, organizationId) });
  });

  // No JWT templates exist on this instance; the session is still checked first, as a real FAPI would.
  routes.post('/v1/client/sessions/:id/tokens/:template', (c) => {
    clientSession(c, c.req.param('id'), { active: true });
    throw errors.templateNotFound(c.req.param('template'));
  });

  const finish = (status: 'ended' | 'removed') => async (c: FapiContext) => {
    const dev = c.get('dev');
    const session = clientSession(c, c.req.param('id') as string, { active: false });
    const updated = session.status === 'active' ? (dev.sessions.setStatus(session.id, status) as SessionRow) : session;
    const client = requireClient(c);
    if (client.last_active_session_id === session.id) {
      // Multi-session: signing out of the active account hands over to the most recently used one still
      // signed in (the others stay), so the page shows that account rather than a signed-out state.
      dev.clients.update(client.id, { last_active_session_id: dev.sessions.mostRecentActive(client.id)?.id ?? null });
    }
    return envelope(c, await sessionJSON(scopeOf(c), updated));
  };
  routes.post('/v1/client/sessions/:id/end', finish('ended'));
  routes.post('/v1/client/sessions/:id/remove', finish('removed'));

  // Sign out of everything on this client but keep the client (and its cookie).
  routes.delete('/v1/client/sessions', async (c) => {
    const dev = c.get('dev');
    const client = currentClient(c);
    if (!client) return c.json({ response: null, client: null });
    for (const session of dev.sessions.activeForClient(client.id)) dev.sessions.setStatus(session.id, 'removed');
    dev.clients.update(client.id, { last_active_session_id: null });
    const json = await clientJSON(scopeOf(c), dev.clients.get(client.id) ?? client);
    return c.json({ response: json, client: json });
  });

  return routes;
}
