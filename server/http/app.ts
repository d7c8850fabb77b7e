import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import { methodGuard, notFoundEnvelope, onErrorEnvelope } from './boundary.js';
import { demoRoutes } from './demo.js';
import { devRoutes } from './dev-routes.js';
import { createFapiApp, type FapiAppOptions } from './fapi-app.js';
import { originGuard } from './origin.js';

export interface AppOptions extends FapiAppOptions {
  /** Serve the demo page at `/` and `/dist/**`; the FAPI then lives only under `/__clerk`. */
  demo?: boolean;
  /** Where index.html and dist/ are (demo mode). */
  repoRoot?: string;
  /** Origins allowed besides this server's own and any http://localhost / 127.0.0.1 port. */
  allowedOrigins?: string[];
}

/** Mount prefix of the FAPI for clients configured with `proxyUrl: '/__clerk'`. */
export const FAPI_PREFIX = '/__clerk';

/**
 * The whole dev server as one hono app: the error boundary (server/http/boundary.ts), origin/CORS guard, dev mailbox at `/__dev`, the FAPI under `/__clerk`
 * (and at the root unless in demo mode), and the demo page.
 */
export function createApp(dev: DevContext, options: AppOptions = {}): Hono {
  const app = new Hono();
  const fapi = createFapiApp(dev, options);
  const toFapi = (request: Request, env?: unknown) => fapi.fetch(request, env);

  app.onError(onErrorEnvelope);
  app.notFound(notFoundEnvelope);
  app.use('*', methodGuard());
  app.use('*', originGuard(options.allowedOrigins ?? []));
  app.route('/__dev', devRoutes(dev));
  app.mount(FAPI_PREFIX, toFapi);

  if (options.demo) {
    // The JWKS also sits at the root so `iss` (this origin) + /.well-known/jwks.json resolves.
    app.get('/.well-known/jwks.json', (c) => toFapi(c.req.raw, c.env));
    app.route('/', demoRoutes(options.repoRoot ?? process.cwd()));
  } else {
    app.all('/v1/*', (c) => toFapi(c.req.raw, c.env));
    app.all('/.well-known/*', (c) => toFapi(c.req.raw, c.env));
  }
  return app;
}
