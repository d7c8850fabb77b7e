import { Hono } from 'hono';
import { MINUTE } from '../clock.js';
import type { DevContext } from '../context.js';
import { errors } from '../errors.js';
import { refuseCrossSiteDevWrite } from './dev-mfa-routes.js';

/**
 * `POST /__dev/sessions/{session_id}/age` with `{"minutes": 15}`: makes the session's last factor proofs (first,
 * and second if any) that much older, so a test (or someone trying the demo) meets the reverification prompt without waiting for
 * `reverification.after_minutes` to pass. Answers with the session's id and its new `first_factor_verified_at`.
 */
export function devSessionRoutes(dev: DevContext) {
  const routes = new Hono();
  routes.post('/sessions/:session_id/age', async (c) => {
    refuseCrossSiteDevWrite(c);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw errors.requestBodyInvalid('Send a JSON object: {"minutes": 15}.');
    }
    const minutes = (body as { minutes?: unknown } | null)?.minutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 60 * 24 * 365) {
      throw errors.paramValueInvalid('minutes', 'minutes must be a positive number of minutes, at most a year.');
    }
    const id = c.req.param('session_id');
    if (!dev.sessions.get(id)) throw errors.notFound('Session', id);
    const aged = dev.sessions.ageFactorVerifications(id, minutes * MINUTE);
    return c.json({ id, first_factor_verified_at: aged?.first_factor_verified_at ?? null });
  });
  return routes;
}
