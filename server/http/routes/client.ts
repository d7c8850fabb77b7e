import { Hono } from 'hono';
import { clientJSON } from '../../serialize/client.js';
import { currentClient, forgetClient, startNewClient } from '../identity.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';

export function clientRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.get('/v1/client', async (c) => {
    const client = currentClient(c);
    if (!client) return c.json({ response: null, client: null });
    const json = await clientJSON(scopeOf(c), client);
    return c.json({ response: json, client: json });
  });

  // PUT (and POST) create a brand-new client for this browser, replacing any it had.
  const create = async (c: FapiContext) => {
    const client = startNewClient(c);
    const json = await clientJSON(scopeOf(c), client);
    return c.json({ response: json, client: json });
  };
  routes.put('/v1/client', create);
  routes.post('/v1/client', create);

  // DELETE ends every session and forgets the client; the response shows it as it was destroyed.
  routes.delete('/v1/client', async (c) => {
    const dev = c.get('dev');
    const client = currentClient(c);
    if (!client) return c.json({ response: null, client: null });
    for (const session of dev.sessions.activeForClient(client.id)) dev.sessions.setStatus(session.id, 'ended');
    dev.clients.destroy(client.id);
    forgetClient(c);
    const destroyed = { ...client, sign_in_id: null, sign_up_id: null, last_active_session_id: null };
    return envelope(c, await clientJSON(scopeOf(c), destroyed), null);
  });

  return routes;
}
