import { errors, type FapiError } from '../errors.js';
import { readBody } from './params.js';

const OVERRIDABLE = new Set(['PATCH', 'PUT', 'DELETE']);

/**
 * clerk-js sends PATCH/PUT/DELETE as POST with `?_method=` so browsers skip the CORS preflight. This turns such
 * a request back into the real method before routing. Returns a FapiError for an unusable `_method`.
 */
export async function applyMethodOverride(request: Request): Promise<Request | FapiError> {
  if (request.method !== 'POST') return request;
  const url = new URL(request.url);
  const override = url.searchParams.get('_method');
  if (override === null) return request;
  const method = override.toUpperCase();
  if (!OVERRIDABLE.has(method)) {
    return errors.paramValueInvalid('_method', '_method must be one of PATCH, PUT or DELETE.', 400);
  }
  // Bounded like every other body read; a FapiError thrown here reaches the error boundary.
  const body = await readBody(request);
  return new Request(url, { method, headers: request.headers, body: body.byteLength > 0 ? body : undefined });
}
