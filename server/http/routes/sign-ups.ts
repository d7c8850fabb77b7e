import { Hono } from 'hono';
import type { SignUpInput } from '../../domain/sign-ups.js';
import { signUpJSON } from '../../serialize/sign-up.js';
import { ensureClient, requireClient } from '../identity.js';
import { Params } from '../params.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiEnv } from '../types.js';
import { oauthStart, oauthUrls } from './oauth.js';
import { checkRedirectUrl, publicFapiUrl } from './sign-ins.js';

function signUpInput(params: Params): SignUpInput {
  return {
    email_address: params.string('email_address'),
    password: params.string('password'),
    first_name: params.string('first_name'),
    last_name: params.string('last_name'),
    unsafe_metadata: params.raw('unsafe_metadata'),
    legal_accepted: params.boolean('legal_accepted'),
    strategy: params.string('strategy'),
    username: params.string('username'),
    phone_number: params.string('phone_number'),
    web3_wallet: params.string('web3_wallet'),
    email_address_or_phone_number: params.string('email_address_or_phone_number'),
  };
}

export function signUpRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/client/sign_ups', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const strategy = params.string('strategy');
    if (params.boolean('transfer'))
      return envelope(c, signUpJSON(scopeOf(c), dev.oauth.transferToSignUp(ensureClient(c))));
    if (strategy?.startsWith('oauth_')) {
      const signUp = dev.oauth.startSignUp(ensureClient(c), oauthStart(c, params, strategy), oauthUrls(c));
      return envelope(c, signUpJSON(scopeOf(c), signUp));
    }
    const signUp =
      strategy === 'ticket'
        ? await dev.signUps.createWithTicket(
            ensureClient(c),
            { ...signUpInput(params), ticket: params.string('ticket') },
            (ticket, signUpId) =>
              dev.organizationInvitations.redeemForSignUp(ticket, signUpId) ?? dev.waitlist.redeemTicket(ticket),
          )
        : await dev.signUps.create(ensureClient(c), signUpInput(params));
    return envelope(c, signUpJSON(scopeOf(c), signUp));
  });

  routes.get('/v1/client/sign_ups/:id', async (c) => {
    const signUp = c.get('dev').signUps.get(requireClient(c), c.req.param('id'));
    return envelope(c, signUpJSON(scopeOf(c), signUp));
  });

  routes.patch('/v1/client/sign_ups/:id', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signUp = await c.get('dev').signUps.update(requireClient(c), c.req.param('id'), signUpInput(params));
    return envelope(c, signUpJSON(scopeOf(c), signUp));
  });

  routes.post('/v1/client/sign_ups/:id/prepare_verification', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const redirectUrl = params.string('redirect_url');
    checkRedirectUrl(c, redirectUrl);
    const signUp = c
      .get('dev')
      .signUps.prepareVerification(
        requireClient(c),
        c.req.param('id'),
        { strategy: params.string('strategy'), redirect_url: redirectUrl },
        `${publicFapiUrl(c)}/v1/verify`,
      );
    return envelope(c, signUpJSON(scopeOf(c), signUp));
  });

  routes.post('/v1/client/sign_ups/:id/attempt_verification', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signUp = c.get('dev').signUps.attemptVerification(requireClient(c), c.req.param('id'), {
      strategy: params.string('strategy'),
      code: params.string('code'),
    });
    return envelope(c, signUpJSON(scopeOf(c), signUp));
  });

  return routes;
}
