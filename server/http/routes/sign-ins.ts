import { Hono } from 'hono';
import type { LinkContext } from '../../domain/sign-ins.js';
import { errors } from '../../errors.js';
import { signInJSON } from '../../serialize/sign-in.js';
import { ensureClient, requireClient } from '../identity.js';
import { OPAQUE_ORIGIN } from '../origin.js';
import { Params } from '../params.js';
import { relyingParty } from '../relying-party.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { oauthStart, oauthUrls } from './oauth.js';
import { signInWithTicket } from './organization-invitations.js';

/**
 * The FAPI as the browser reaches it, mount prefix included (`/__clerk` in demo mode): a mounted app sees its
 * own path only, so the prefix is what the raw Node request path has in front of it.
 */
export function publicFapiUrl(c: FapiContext): string {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url?.split('?')[0];
  const prefix = incoming?.endsWith(c.req.path) ? incoming.slice(0, incoming.length - c.req.path.length) : '';
  return `${new URL(c.req.url).origin}${prefix}`;
}

function linkContext(c: FapiContext): LinkContext {
  return { verifyUrl: `${publicFapiUrl(c)}/v1/verify`, relyingParty: relyingParty(c) };
}

/**
 * An email link may send the browser back only to the page that asked for it (or this server): never an open
 * redirect to a third site.
 */
export function checkRedirectUrl(c: FapiContext, redirectUrl: string | null | undefined): void {
  if (!redirectUrl) return;
  let origin: string;
  try {
    origin = new URL(redirectUrl).origin;
  } catch {
    throw errors.paramFormatInvalid('redirect_url', 'redirect_url must be an absolute URL.');
  }
  const pageOrigin = c.req.header('Origin');
  const allowed = origin === new URL(c.req.url).origin || (pageOrigin !== OPAQUE_ORIGIN && origin === pageOrigin);
  if (!allowed) throw errors.paramValueInvalid('redirect_url', 'redirect_url must be on the origin of this page.');
}

/** The small page an email link lands on when the sign-in gave no redirect URL. */
function verifyPage(outcome: 'verified' | 'expired' | 'failed'): string {
  const text = {
    verified: 'Done. Return to the tab where you asked for the link: it continues by itself.',
    expired: 'This link has expired. Ask for a new one in the tab where you signed in.',
    failed: 'This link is not valid or has already been used. Ask for a new one.',
  }[outcome];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Email link</title></head><body><main><h1>Email link</h1><p data-status="${outcome}">${text}</p></main></body></html>`;
}

export function signInRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/client/sign_ins', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const client = ensureClient(c);
    const redirectUrl = params.string('redirect_url');
    checkRedirectUrl(c, redirectUrl);
    const dev = c.get('dev');
    const strategy = params.string('strategy');
    if (params.boolean('transfer')) return envelope(c, signInJSON(scopeOf(c), dev.oauth.transferToSignIn(client)));
    if (strategy?.startsWith('oauth_')) {
      const signIn = dev.oauth.startSignIn(client, oauthStart(c, params, strategy), oauthUrls(c));
      return envelope(c, signInJSON(scopeOf(c), signIn));
    }
    if (strategy === 'ticket') {
      return envelope(c, signInJSON(scopeOf(c), signInWithTicket(c, client, params.string('ticket'))));
    }
    const signIn = await c.get('dev').signIns.create(
      client,
      {
        strategy: params.string('strategy'),
        identifier: params.string('identifier'),
        password: params.string('password'),
        redirect_url: redirectUrl,
      },
      linkContext(c),
    );
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.get('/v1/client/sign_ins/:id', async (c) => {
    const signIn = c.get('dev').signIns.get(requireClient(c), c.req.param('id'));
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/prepare_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const redirectUrl = params.string('redirect_url');
    checkRedirectUrl(c, redirectUrl);
    if (params.string('strategy') === 'enterprise_sso') {
      const start = oauthStart(c, params, 'enterprise_sso');
      const signIn = c.get('dev').oauth.startEnterprise(requireClient(c), c.req.param('id'), start, oauthUrls(c));
      return envelope(c, signInJSON(scopeOf(c), signIn));
    }
    const signIn = c.get('dev').signIns.prepareFirstFactor(
      requireClient(c),
      c.req.param('id'),
      {
        strategy: params.string('strategy'),
        email_address_id: params.string('email_address_id'),
        phone_number_id: params.string('phone_number_id'),
        redirect_url: redirectUrl,
      },
      linkContext(c),
    );
    return envelope(c, signInJSON(scopeOf(c), signIn));
  });

  routes.post('/v1/client/sign_ins/:id/attempt_first_factor', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = await c.get('dev').signIns.attemptFirstFactor(
      requireClient(c),
      c.req.param('id'),
      {
        strategy: params.string('strategy'),
        password: params.string('password'),
        code: params.string('code'),
        public_key_credential: params.string('public_key_credential'),
      },
      linkContext(c),
    );
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

  routes.post('/v1/client/sign_ins/:id/reset_password', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const signIn = await c.get('dev').signIns.resetPassword(requireClient(c), c.req.param('id'), {
      password: params.string('password'),
      sign_out_of_other_sessions: params.boolean('sign_out_of_other_sessions'),
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

  // The email link itself (opened from the mailbox, often in another tab): 303 back to the app with
  // `__clerk_status`, as Clerk's does; without a redirect URL, a page that says how it went.
  routes.get('/v1/verify', (c) => {
    const token = c.req.query('token');
    if (!token) throw errors.paramMissing('token');
    const dev = c.get('dev');
    // One endpoint for every flow's links: a sign-up's link verifies its address, a sign-in's signs in, and an
    // address added in the user profile is verified.
    const { outcome, redirectUrl } = dev.signUps.ownsEmailLink(token)
      ? dev.signUps.openEmailLink(token)
      : dev.account.ownsEmailLink(token)
        ? dev.account.openEmailLink(token)
        : dev.signIns.openEmailLink(token);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    if (redirectUrl) {
      const target = new URL(redirectUrl);
      target.searchParams.set('__clerk_status', outcome);
      return c.redirect(target.toString(), 303);
    }
    return c.html(verifyPage(outcome), outcome === 'verified' ? 200 : 400);
  });

  return routes;
}
