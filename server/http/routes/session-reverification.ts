import { Hono } from 'hono';
import { errors } from '../../errors.js';
import { sessionReverificationJSON } from '../../serialize/session-reverification.js';
import { Params } from '../params.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { clientSession } from './sessions.js';

/** The session of the path (this client's, active) and its user. */
function sessionAndUser(c: FapiContext) {
  const session = clientSession(c, c.req.param('id') ?? '', { active: true });
  const user = c.get('dev').users.get(session.user_id);
  if (!user) throw errors.authenticationInvalid();
  return { session, user };
}

/**
 * `/v1/client/sessions/{id}/verify…`: reverify the session with a first factor, then a second one when the level
 * asks for it (server/domain/reverification.ts).
 */
export function sessionReverificationRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/client/sessions/:id/verify', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const { session, user } = sessionAndUser(c);
    const row = dev.reverifications.start(session, user, params.string('level') ?? undefined);
    return envelope(c, await sessionReverificationJSON(scopeOf(c), dev.reverifications, row, session));
  });

  routes.post('/v1/client/sessions/:id/verify/prepare_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const { session, user } = sessionAndUser(c);
    const row = dev.reverifications.prepareFirstFactor(
      session,
      user,
      params.string('strategy') ?? undefined,
      params.string('email_address_id') ?? undefined,
    );
    return envelope(c, await sessionReverificationJSON(scopeOf(c), dev.reverifications, row, session));
  });

  routes.post('/v1/client/sessions/:id/verify/attempt_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const { session, user } = sessionAndUser(c);
    const row = await dev.reverifications.attemptFirstFactor(session, user, {
      strategy: params.string('strategy') ?? undefined,
      password: params.string('password') ?? undefined,
      code: params.string('code') ?? undefined,
    });
    const fresh = dev.sessions.get(session.id) ?? session;
    return envelope(c, await sessionReverificationJSON(scopeOf(c), dev.reverifications, row, fresh));
  });

  routes.post('/v1/client/sessions/:id/verify/prepare_second_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const { session, user } = sessionAndUser(c);
    const row = dev.reverifications.prepareSecondFactor(
      session,
      user,
      params.string('strategy') ?? undefined,
      params.string('phone_number_id') ?? undefined,
    );
    return envelope(c, await sessionReverificationJSON(scopeOf(c), dev.reverifications, row, session));
  });

  routes.post('/v1/client/sessions/:id/verify/attempt_second_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const { session, user } = sessionAndUser(c);
    const row = dev.reverifications.attemptSecondFactor(session, user, {
      strategy: params.string('strategy') ?? undefined,
      code: params.string('code') ?? undefined,
    });
    const fresh = dev.sessions.get(session.id) ?? session;
    return envelope(c, await sessionReverificationJSON(scopeOf(c), dev.reverifications, row, fresh));
  });

  return routes;
}
