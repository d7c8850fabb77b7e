import { Hono } from 'hono';
import { Params } from '../params.js';
import type { FapiEnv } from '../types.js';

/** `POST /v1/waitlist`: a bare `{object: "waitlist_entry", id}` body (no client envelope, as the spec says). */
export function waitlistRoutes() {
  const routes = new Hono<FapiEnv>();
  routes.post('/v1/waitlist', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const entry = c.get('dev').waitlist.join({ email_address: params.string('email_address') });
    return c.json({ object: 'waitlist_entry', id: entry.id });
  });
  return routes;
}
