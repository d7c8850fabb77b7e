import { Hono } from 'hono';
import { signInJSON } from '../../serialize/sign-in.js';
import { ensureClient, requireClient } from '../identity.js';
import { Params } from '../params.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiEnv } from '../types.js';

export function signInRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/client/sign_ins', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const client = ensureClient(c);
    const signIn = await c.get('dev').signIns.create(client, {
      strategy: params.string('strategy'),
      identifier: params.string('identifier'),
      password: params.string('password'),
    });
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.get('/v1/client/sign_ins/:id', async (c) => {
    const signIn = c.get('dev').signIns.get(requireClient(c), c.req.param('id'));
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/prepare_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = c.get('dev').signIns.prepareFirstFactor(requireClient(c), c.req.param('id'), {
      strategy: params.string('strategy'),
      email_address_id: params.string('email_address_id'),
    });
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/attempt_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = await c.get('dev').signIns.attemptFirstFactor(requireClient(c), c.req.param('id'), {
      strategy: params.string('strategy'),
      password: params.string('password'),
      code: params.string('code'),
    });
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/prepare_second_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = c.get('dev').signIns.prepareSecondFactor(requireClient(c), c.req.param('id'), {
      strategy: params.string('strategy'),
      phone_number_id: params.string('phone_number_id'),
    });
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/attempt_second_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = c.get('dev').signIns.attemptSecondFactor(requireClient(c), c.req.param('id'), {
      strategy: params.string('strategy'),
      code: params.string('code'),
    });
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  return routes;
}
