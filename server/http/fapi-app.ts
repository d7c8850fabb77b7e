import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import { FapiError } from '../errors.js';
import { errorResponse, notFoundEnvelope, onErrorEnvelope } from './boundary.js';
import { identify } from './identity.js';
import { applyMethodOverride } from './method-override.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { clientRoutes } from './routes/client.js';
import { devBrowserRoutes } from './routes/dev-browser.js';
import { environmentRoutes } from './routes/environment.js';
import { jwksRoutes } from './routes/jwks.js';
import { meRoutes } from './routes/me.js';
import { meAccountRoutes, meIdentificationRoutes } from './routes/me-account.js';
import { meExternalAccountRoutes } from './routes/me-external-accounts.js';
import { oauthRoutes } from './routes/oauth.js';
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

/** The FAPI itself, with paths as on Clerk (`/v1/...`, `/.well-known/jwks.json`). */
export function createFapiApp(dev: DevContext, options: FapiAppOptions = {}) {
  const app = new Hono<FapiEnv>();
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, dev.clock);

  app.onError(onErrorEnvelope);
  app.notFound(notFoundEnvelope);

  app.use('*', async (c, next) => {
    if (limiter && c.req.method !== 'GET' && RATE_LIMITED.test(c.req.path)) {
      const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
      limiter.hit(env?.incoming?.socket?.remoteAddress ?? 'local');
    }
    await next();
  });
  app.use('*', identify(dev));

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
    meExternalAccountRoutes(),
    passkeyRoutes(),
    waitlistRoutes(),
    organizationRoutes(),
    oauthRoutes(),
  ]) {
    app.route('/', routes);
  }
  // Same key set under /v1 for clients that look for it there.
  app.get('/v1/jwks', (c) => c.json(dev.keys.jwks()));

  /** Entry point that honours `?_method=` before routing (routing cannot be changed from middleware). */
  const fetch = async (request: Request, env?: unknown): Promise<Response> => {
    try {
      const rewritten = await applyMethodOverride(request);
      if (rewritten instanceof FapiError) return errorResponse(rewritten);
      return await app.fetch(rewritten, env);
    } catch (err) {
      return errorResponse(err);
    }
  };
  return { app, fetch };
}
