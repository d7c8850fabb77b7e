import type { Context } from 'hono';
import { FapiError } from '../errors.js';

/**
 * An error answer of a /__dev tool in Clerk's error envelope, like every other answer of the server (the fuzzer
 * holds every route to it), so one client-side error path reads them all.
 */
export function devError(c: Context, status: 400 | 403 | 404 | 415, message: string): Response {
  const code = {
    400: 'form_param_format_invalid',
    403: 'forbidden',
    404: 'resource_not_found',
    415: 'request_body_invalid',
  }[status];
  return c.json(new FapiError({ status, code, message, longMessage: message }).toJSON(), status);
}

/** A FapiError thrown by a domain call, answered as it would be on the FAPI. */
export function devFapiError(c: Context, error: FapiError): Response {
  return c.json(error.toJSON(), error.status as 400);
}
