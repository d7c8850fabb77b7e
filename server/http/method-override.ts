import { errors, type FapiError } from '../errors.js';
import { readBody } from './params.js';

const OVERRIDABLE = new Set(['PATCH', 'PUT', 'DELETE']);

/**
 * clerk-js sends PATCH/PUT/DELETE as POST with `?_method=` so browsers skip the CORS preflight. This turns such
 * a request back into the real method before routing. Returns a FapiError for an unusable `_method` on a path
 * the FAPI serves (`serves`); elsewhere the request goes on untouched and gets the router's 404, as any request
 * to an unknown path does (a 400 there would claim the path exists, with an error shape the spec may not give it).
 */
export async function applyMethodOverride(
  request: Request,
  serves: (pathname: string) => boolean,
): Promise<Request | FapiError> {
  if (request.method !== 'POST') return request;
  const url = new URL(request.url);
  const override = url.searchParams.get('_method');
  if (override === null) return request;
  const method = override.toUpperCase();
  if (!OVERRIDABLE.has(method)) {
    if (!serves(url.pathname)) return request;
    return errors.paramValueInvalid('_method', '_method must be one of PATCH, PUT or DELETE.', 400);
  }
  // Bounded like every other body read; a FapiError thrown here reaches the error boundary.
  const body = await readBody(request);
  return new Request(url, { method, headers: request.headers, body: body.byteLength > 0 ? body : undefined });
}

/** Whether one of the app's routes (not a `*` middleware) has this path, whatever its method. */
export function routePathMatcher(
  routes: ReadonlyArray<{ method: string; path: string }>,
): (pathname: string) => boolean {
  const patterns = routes
    .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
    .map((route) => {
      const source = route.path
        .split('/')
        .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return new RegExp(`^${source}/?$`);
    });
  return (pathname) => patterns.some((pattern) => pattern.test(pathname));
}
