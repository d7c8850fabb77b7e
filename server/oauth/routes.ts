import type { Context } from 'hono';
import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import { emailAddressParam } from '../domain/inputs.js';
import { FapiError } from '../errors.js';
import { devError } from '../http/dev-errors.js';
import { Params } from '../http/params.js';
import { AUTHORIZE_CSP, AUTHORIZE_CSS, type AuthorizeRequest, authorizePage } from './authorize-page.js';
import { isMockProvider } from './mock-provider.js';

/** The only OAuth client the mock provider knows: the FAPI of this same server. */
export const MOCK_CLIENT_ID = 'latch-dev';
const MAX_NAME = 256;

/**
 * The authorization request, checked as a provider would before showing anything: a known provider, the
 * authorization-code flow with S256 PKCE, a state, and a redirect URI that is this server's FAPI callback
 * (the one registered redirect URI: a code is never sent anywhere else).
 */
function authorizeRequest(c: Context, get: (name: string) => string | null | undefined): AuthorizeRequest | string {
  const provider = c.req.param('provider') ?? '';
  if (!isMockProvider(provider)) return `unknown provider ${provider}`;
  const redirectUri = get('redirect_uri') ?? '';
  let callback: URL;
  try {
    callback = new URL(redirectUri);
  } catch {
    return 'redirect_uri must be an absolute URL';
  }
  const own = new URL(c.req.url).origin;
  if (callback.origin !== own || !/^(\/__clerk)?\/v1\/oauth_callback$/.test(callback.pathname) || callback.search) {
    return "redirect_uri must be this server's /v1/oauth_callback";
  }
  const state = get('state');
  const codeChallenge = get('code_challenge');
  if (!state) return 'state is required';
  if (!codeChallenge || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) return 'code_challenge must be an S256 challenge';
  return { provider, redirectUri, state, codeChallenge };
}

function backToClient(request: AuthorizeRequest, params: Record<string, string>): string {
  const target = new URL(request.redirectUri);
  for (const [key, value] of Object.entries({ ...params, state: request.state })) target.searchParams.set(key, value);
  return target.href;
}

function optionalName(value: string | null | undefined): string | null {
  const name = value?.trim() ?? '';
  return name ? [...name].slice(0, MAX_NAME).join('') : null;
}

/** The mock OAuth provider at `/__dev/oauth`: its authorize page, the page's stylesheet, and the decision. */
export function mockOAuthRoutes(dev: DevContext) {
  const routes = new Hono();

  routes.get('/authorize.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(AUTHORIZE_CSS);
  });

  routes.get('/:provider/authorize', (c) => {
    const query = (name: string) => c.req.query(name);
    if (query('response_type') !== 'code') return devError(c, 400, 'response_type must be code');
    if (query('client_id') !== MOCK_CLIENT_ID) return devError(c, 400, `client_id must be ${MOCK_CLIENT_ID}`);
    if (query('code_challenge_method') !== 'S256') return devError(c, 400, 'code_challenge_method must be S256');
    const request = authorizeRequest(c, query);
    if (typeof request === 'string') return devError(c, 400, request);
    c.header('Content-Security-Policy', AUTHORIZE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    const action = new URL(c.req.url).pathname;
    const loginHint = query('login_hint') ?? '';
    return c.html(authorizePage(request, dev.oauthProvider.identities(request.provider), action, loginHint));
  });

  // The tester's decision: an existing identity, a new one, or "cancel" (OAuth's access_denied).
  routes.post('/:provider/authorize', async (c) => {
    let params: Params;
    try {
      params = await Params.fromRequest(c.req.raw);
    } catch (error) {
      if (error instanceof FapiError) return c.json(error.toJSON(), error.status as 400);
      throw error;
    }
    const get = (name: string) => {
      try {
        return params.string(name);
      } catch {
        return null;
      }
    };
    const request = authorizeRequest(c, get);
    if (typeof request === 'string') return devError(c, 400, request);
    if (get('deny')) return c.redirect(backToClient(request, { error: 'access_denied' }), 303);

    let identity = get('identity_id') ? dev.oauthProvider.identity(request.provider, get('identity_id') ?? '') : null;
    if (!identity && get('new')) {
      let email: string;
      try {
        email = emailAddressParam('email_address', get('email_address') ?? '');
      } catch (error) {
        if (error instanceof FapiError) return c.json(error.toJSON(), 422);
        throw error;
      }
      identity = dev.oauthProvider.createIdentity(request.provider, {
        email,
        emailVerified: get('email_verified') === 'true',
        firstName: optionalName(get('first_name')),
        lastName: optionalName(get('last_name')),
      });
    }
    if (!identity) return devError(c, 400, 'choose an identity (identity_id) or make one (new=1)');
    const code = dev.oauthProvider.issueCode(identity, request.redirectUri, request.codeChallenge);
    return c.redirect(backToClient(request, { code, scope: 'openid email profile' }), 303);
  });

  return routes;
}
