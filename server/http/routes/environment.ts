import { Hono } from 'hono';
import { environmentJSON } from '../../serialize/environment.js';
import { OPAQUE_ORIGIN } from '../origin.js';
import type { FapiContext, FapiEnv } from '../types.js';

/** GET and PATCH (clerk-js' dev "touch") both return the bare Environment. */
export function environmentRoutes() {
  const routes = new Hono<FapiEnv>();
  const handler = (c: FapiContext) => {
    // URLs point at the page that asked (the Origin guard has already vetted it), else at this server; a page
    // opened from disk has no origin of its own (`null`) to point at.
    const origin = c.req.header('Origin');
    const pageOrigin = origin && origin !== OPAQUE_ORIGIN ? origin : new URL(c.req.url).origin;
    return c.json(environmentJSON(c.get('dev').instance, pageOrigin));
  };
  routes.get('/v1/environment', handler);
  routes.patch('/v1/environment', handler);
  return routes;
}
