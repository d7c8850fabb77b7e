import { Hono } from 'hono';
import type { FapiEnv } from '../types.js';

/** POST /v1/dev_browser: a bare `{object, id}` body whose `id` is the token for `?__clerk_db_jwt=`. */
export function devBrowserRoutes() {
  const routes = new Hono<FapiEnv>();
  routes.post('/v1/dev_browser', (c) => {
    const { row, token } = c.get('dev').devBrowsers.create();
    return c.json({ object: 'dev_browser', id: token, created_at: row.created_at });
  });
  return routes;
}
