import { Hono } from 'hono';
import { errors } from '../../errors.js';
import { type OAuthUrls, type StartParams, socialProviderOf } from '../../oauth/flows.js';
import type { Params } from '../params.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { checkRedirectUrl, publicFapiUrl } from './sign-ins.js';

/** Where the mock provider lives (`/__dev/oauth`, beside the mailbox) and where it sends the browser back. */
export function oauthUrls(c: FapiContext): OAuthUrls {
  return {
    providerBase: `${new URL(c.req.url).origin}/__dev/oauth`,
    callbackUrl: `${publicFapiUrl(c)}/v1/oauth_callback`,
  };
}

/**
 * `strategy=oauth_*` (or `enterprise_sso`) params: `redirect_url` is required (where the browser returns after the provider, to finish
 * or transfer), `action_complete_redirect_url` optional (where it goes when the flow completes at once). Both
 * must be on the page's origin (or this server's), so the callback is never an open redirect.
 */
export function oauthStart(c: FapiContext, params: Params, strategy: string): StartParams {
  // A provider the instance has off is refused first, whatever else is (not) sent.
  if (strategy !== 'enterprise_sso') socialProviderOf(c.get('dev'), strategy);
  const redirectUrl = params.string('redirect_url');
  if (!redirectUrl) throw errors.paramMissing('redirect_url');
  const actionCompleteRedirectUrl = params.string('action_complete_redirect_url') ?? null;
  checkRedirectUrl(c, redirectUrl);
  checkRedirectUrl(c, actionCompleteRedirectUrl);
  return { strategy, redirectUrl, actionCompleteRedirectUrl };
}

/** `GET /v1/oauth_callback`: the provider sends the browser here; 303 back to the app (Clerk's 303). */
export function oauthRoutes() {
  const routes = new Hono<FapiEnv>();
  routes.get('/v1/oauth_callback', (c) => {
    const target = c
      .get('dev')
      .oauth.callback(
        { state: c.req.query('state'), code: c.req.query('code'), error: c.req.query('error') },
        oauthUrls(c),
      );
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(target, 303);
  });
  return routes;
}
