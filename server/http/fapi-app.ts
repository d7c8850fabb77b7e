import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import { errors, FapiError } from '../errors.js';
import { errorResponse, notFoundEnvelope, onErrorEnvelope } from './boundary.js';
import { recordClientActivity, remoteAddress } from './client-activity.js';
import { identify } from './identity.js';
import { applyMethodOverride, routePathMatcher } from './method-override.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { clientRoutes } from './routes/client.js';
import { devBrowserRoutes } from './routes/dev-browser.js';
import { environmentRoutes } from './routes/environment.js';
import { jwksRoutes } from './routes/jwks.js';
import { meRoutes } from './routes/me.js';
import { meAccountRoutes, meIdentificationRoutes } from './routes/me-account.js';
import { meExternalAccountRoutes } from './routes/me-external-accounts.js';
import { meSecurityRoutes } from './routes/me-security.js';
import { oauthRoutes } from './routes/oauth.js';
import { organizationDomainRoutes } from './routes/organization-domains.js';
import { organizationInvitationRoutes } from './routes/organization-invitations.js';
import { organizationRoutes } from './routes/organizations.js';
import { passkeyRoutes } from './routes/passkeys.js';
import { sessionReverificationRoutes } from './routes/session-reverification.js';
import { sessionRoutes } from './routes/sessions.js';
import { signInRoutes } from './routes/sign-ins.js';
import { signUpRoutes } from './routes/sign-ups.js';
import { waitlistRoutes } from './routes/waitlist.js';
import type { FapiEnv } from './types.js';

export interface FapiAppOptions {
  /** Per-IP limit on credential endpoints; `false` disables it. */
  rateLimit?: RateLimitOptions | false;
}

/** Credential endpoints: every non-GET under sign_ins / sign_ups (create, update, prepare, attempt). */
const RATE_LIMITED = /^\/v1\/client\/sign_(ins|ups)(\/|$)/;
/**
 * What still changes state during maintenance: sessions kept alive and their tokens (as on Clerk), and the
 * dev-browser handshake, so a page still loads and can say why nothing else works.
 */
const WORKS_IN_MAINTENANCE = /^\/v1\/(client\/sessions\/[^/]+\/(touch|tokens(\/[^/]+)?)|dev_browser)$/;

/** The FAPI itself, with paths as on Clerk (`/v1/...`, `/.well-known/jwks.json`). */
export function createFapiApp(dev: DevContext, options: FapiAppOptions = {}) {
  const app = new Hono<FapiEnv>();
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, dev.clock);

  app.onError(onErrorEnvelope);
  app.notFound(notFoundEnvelope);

  app.use('*', async (c, next) => {
    if (limiter && c.req.method !== 'GET' && RATE_LIMITED.test(c.req.path)) {
      limiter.hit(remoteAddress(c.env));
    }
    await next();
  });
  app.use('*', async (c, next) => {
    if (dev.instance.maintenance_mode && c.req.method !== 'GET' && !WORKS_IN_MAINTENANCE.test(c.req.path)) {
      throw errors.maintenanceMode();
    }
    await next();
  });
  app.use('*', identify(dev));
  app.use('*', recordClientActivity());

  for (const routes of [
    jwksRoutes(),
    devBrowserRoutes(),
    environmentRoutes(),
    clientRoutes(),
    signInRoutes(),
    signUpRoutes(),
    sessionRoutes(),
    sessionReverificationRoutes(),
    meRoutes(),
    meAccountRoutes(),
    meIdentificationRoutes(),
    meSecurityRoutes(),
    meExternalAccountRoutes(),
    passkeyRoutes(),
    waitlistRoutes(),
    organizationRoutes(),
    organizationDomainRoutes(),
    organizationInvitationRoutes(),
    oauthRoutes(),
  ]) {
    app.route('/', routes);
  }
  // Same key set under /v1 for clients that look for it there.
  app.get('/v1/jwks', (c) => c.json(dev.keys.jwks()));

  const serves = routePathMatcher(app.routes);
  /** Entry point that honours `?_method=` before routing (routing cannot be changed from middleware). */
  const fetch = async (request: Request, env?: unknown): Promise<Response> => {
    try {
      const rewritten = await applyMethodOverride(request, serves);
      if (rewritten instanceof FapiError) return errorResponse(rewritten);
      return await app.fetch(rewritten, env);
    } catch (err) {
      return errorResponse(err);
    }
  };
  return { app, fetch };
}
