import { Hono } from 'hono';
import type { FapiEnv } from '../types.js';

/** The public signing key, for verifying session JWTs (RS256, matched by `kid`). */
export function jwksRoutes() {
  const routes = new Hono<FapiEnv>();
  routes.get('/.well-known/jwks.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(c.get('dev').keys.jwks());
  });
  return routes;
}
