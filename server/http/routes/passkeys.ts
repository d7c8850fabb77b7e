import { Hono } from 'hono';
import type { RelyingParty } from '../../domain/passkeys.js';
import { requireRecentVerification } from '../../domain/reverification.js';
import { errors } from '../../errors.js';
import { passkeyJSON } from '../../serialize/passkey.js';
import { Params } from '../params.js';
import { relyingParty } from '../relying-party.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { requestSession } from './me.js';

/** The signed-in user of a `/v1/me/passkeys*` request, on an instance that has passkeys on. */
function passkeyUser(c: FapiContext) {
  const dev = c.get('dev');
  const session = requestSession(c);
  const user = dev.users.get(session.user_id);
  if (!user) throw errors.authenticationInvalid();
  if (!dev.instance.passkey.enabled) throw errors.strategyNotAllowed('passkey');
  return user;
}

function requireRelyingParty(c: FapiContext): RelyingParty {
  const rp = relyingParty(c);
  if (!rp) throw errors.paramValueInvalid('origin', 'Passkeys need a page origin (an http(s) page).', 400);
  return rp;
}

/** Passkeys of the signed-in user: register (two steps, as WebAuthn has), read, rename, remove. */
export function passkeyRoutes() {
  const routes = new Hono<FapiEnv>();

  // Adding or removing a way to sign in needs a recent first factor; renaming does not.
  routes.post('/v1/me/passkeys', async (c) => {
    const user = passkeyUser(c);
    requireRecentVerification(c.get('dev'), requestSession(c));
    const rp = requireRelyingParty(c);
    const passkey = await c.get('dev').passkeys.startRegistration(user, rp, c.req.header('User-Agent'));
    return envelope(c, passkeyJSON(c.get('dev'), passkey));
  });

  routes.get('/v1/me/passkeys/:id', async (c) => {
    const passkey = c.get('dev').passkeys.get(passkeyUser(c), c.req.param('id'));
    return envelope(c, passkeyJSON(c.get('dev'), passkey));
  });

  routes.patch('/v1/me/passkeys/:id', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const passkey = c.get('dev').passkeys.rename(passkeyUser(c), c.req.param('id'), params.string('name'));
    return envelope(c, passkeyJSON(c.get('dev'), passkey));
  });

  routes.delete('/v1/me/passkeys/:id', async (c) => {
    const user = passkeyUser(c);
    requireRecentVerification(c.get('dev'), requestSession(c));
    const passkey = c.get('dev').passkeys.remove(user, c.req.param('id'));
    return envelope(c, { object: 'passkey', id: passkey.id, deleted: true });
  });

  routes.post('/v1/me/passkeys/:id/attempt_verification', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const user = passkeyUser(c);
    const strategy = params.string('strategy');
    if (strategy != null && strategy !== 'passkey') {
      throw errors.paramValueInvalid('strategy', 'A passkey is verified with the passkey strategy.');
    }
    const credential = params.string('public_key_credential');
    if (credential == null) throw errors.paramMissing('public_key_credential');
    const passkey = await c
      .get('dev')
      .passkeys.finishRegistration(user, c.req.param('id'), credential, requireRelyingParty(c));
    return envelope(c, passkeyJSON(c.get('dev'), passkey));
  });

  return routes;
}
