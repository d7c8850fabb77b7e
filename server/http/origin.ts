import type { MiddlewareHandler } from 'hono';
import { errors } from '../errors.js';

/** A dev server: any localhost / 127.0.0.1 / [::1] page may call it, on any port. */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '');
}

/**
 * The serialized opaque origin: pages opened from disk (file://) and sandboxed frames. Allowed, because a plain
 * HTML file loading latch.js is a first-class way in; safe, because identify() never lets such a request ride
 * the `__client` cookie: it is known only by its dev-browser token, which another page cannot read.
 */
export const OPAQUE_ORIGIN = 'null';

export function isOriginAllowed(origin: string, ownOrigin: string, configured: ReadonlySet<string>): boolean {
  const normalized = normalizeOrigin(origin);
  return (
    normalized === ownOrigin ||
    normalized === OPAQUE_ORIGIN ||
    LOCAL_ORIGIN.test(normalized) ||
    configured.has(normalized)
  );
}

/**
 * Origin check and CORS. A request with a foreign Origin is refused (403 origin_invalid) before it reaches
 * any handler; allowed origins get credentialed CORS headers (clerk-js always uses `credentials: 'include'`),
 * and preflights are answered here.
 */
export function originGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const configured = new Set(allowedOrigins.map(normalizeOrigin));
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined) return next();
    const ownOrigin = new URL(c.req.url).origin;
    if (!isOriginAllowed(origin, ownOrigin, configured)) {
      const error = errors.originInvalid();
      return c.json(error.toJSON(), 403);
    }

    const cors: Record<string, string> = {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    };
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': c.req.header('Access-Control-Request-Headers') ?? 'Content-Type',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    await next();
    // Responses from mounted sub-apps may have immutable headers; copy before adding ours.
    c.res = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(cors)) c.res.headers.set(name, value);
  };
}
