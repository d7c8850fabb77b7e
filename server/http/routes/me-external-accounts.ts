import { Hono } from 'hono';
import { requireRecentVerification } from '../../domain/reverification.js';
import { errors } from '../../errors.js';
import { pendingExternalAccountJSON } from '../../serialize/external-account.js';
import { currentClient } from '../identity.js';
import { Params } from '../params.js';
import { envelope } from '../respond.js';
import type { FapiEnv } from '../types.js';
import { requestSession } from './me.js';
import { oauthStart, oauthUrls } from './oauth.js';

/** `/v1/me/external_accounts…`: connect another provider account through the OAuth redirect, or unlink one. */
export function meExternalAccountRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/me/external_accounts', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const session = requestSession(c);
    const dev = c.get('dev');
    const user = dev.users.get(session.user_id);
    const client = currentClient(c);
    if (!user || !client) throw errors.authenticationInvalid();
    const strategy = params.string('strategy');
    if (!strategy) throw errors.paramMissing('strategy');
    const pending = dev.oauth.startConnect(client, user, oauthStart(c, params, strategy), oauthUrls(c));
    return envelope(c, pendingExternalAccountJSON(pending));
  });

  routes.delete('/v1/me/external_accounts/:id', (c) => {
    const session = requestSession(c);
    requireRecentVerification(c.get('dev'), session);
    const id = c.req.param('id');
    if (!c.get('dev').externalAccounts.remove(session.user_id, id)) throw errors.notFound('External account', id);
    return envelope(c, { object: 'external_account', id, deleted: true });
  });

  return routes;
}
