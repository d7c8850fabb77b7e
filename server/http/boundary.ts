import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errors, FapiError } from '../errors.js';

/**
 * The server's one error boundary. Whatever a request does, the answer is Clerk's error envelope
 * (`{errors:[{code,message,long_message,meta}], clerk_trace_id}`) with a 4xx for bad input and a 500 only for a
 * real bug. It sits at three levels, because each catches what the one above cannot:
 * - hono `onError`/`notFound` on every app (errors thrown by routes and middleware, unknown paths);
 * - the Node request listener's error handler (requests Node's `Request` refuses to build, errors outside hono);
 * - the HTTP server's `clientError`/`connect` events (requests Node's parser refuses, CONNECT tunnels).
 */

/** Methods some route may answer; anything else (TRACE, PROPFIND, …) is refused before routing. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);

const JSON_TYPE = 'application/json; charset=UTF-8';

/** The FapiError an arbitrary thrown value stands for; anything unexpected is logged and becomes a 500. */
export function asFapiError(err: unknown): FapiError {
  if (err instanceof FapiError) return err;
  console.error('[latch dev server] unexpected error', err);
  return errors.internal();
}

export function errorResponse(err: unknown): Response {
  const error = asFapiError(err);
  return new Response(JSON.stringify(error.toJSON()), {
    status: error.status,
    headers: { 'Content-Type': JSON_TYPE, ...error.headers },
  });
}

/** hono `onError`: answers through the context so headers set before the failure (e.g. a new `__client` cookie) survive. */
export function onErrorEnvelope(err: Error, c: Context): Response {
  const error = asFapiError(err);
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.toJSON(), error.status as ContentfulStatusCode);
}

export function notFoundEnvelope(): Response {
  return errorResponse(errors.notFound('Resource'));
}

/** Refuses methods outside ALLOWED_METHODS with 405 before any route or sub-app can trip over them. */
export function methodGuard(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (!ALLOWED.has(method)) throw errors.methodNotAllowed(method.slice(0, 32), ALLOWED_METHODS);
    await next();
  };
}

/** A raw HTTP/1.1 response on a socket Node has not turned into a request (bad request line, CONNECT). */
function writeRawEnvelope(socket: Duplex, error: FapiError, reason: string): void {
  if (!socket.writable) return;
  const body = JSON.stringify(error.toJSON());
  const extra = Object.entries(error.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(
    `HTTP/1.1 ${error.status} ${reason}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `${extra.join('')}Connection: close\r\n\r\n${body}`,
  );
}

/** An HTTP server for `fetch` whose every failure mode answers the error envelope. */
export function createBoundedServer(fetch: (request: Request, env?: unknown) => Response | Promise<Response>): Server {
  const listener = getRequestListener(fetch, {
    // RequestError: the adapter could not build a Request from what the client sent (bad URL or Host header).
    errorHandler: (err) =>
      errorResponse(
        err instanceof RequestError ? errors.requestBodyInvalid('the request URL or Host is malformed') : err,
      ),
  });
  const server = createServer(listener);
  // Node's 5 s default races clients that pause between calls (a test validating a response, a user reading a
  // form): they reuse a socket the server is closing and get ECONNRESET. A dev server can keep idle sockets longer.
  server.keepAliveTimeout = 65_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const detail =
      err.code === 'HPE_HEADER_OVERFLOW' ? 'the request headers are too large' : 'the HTTP request is malformed';
    writeRawEnvelope(socket, errors.requestBodyInvalid(detail), 'Bad Request');
  });
  server.on('connect', (_req, socket: Duplex) => {
    writeRawEnvelope(socket, errors.methodNotAllowed('CONNECT', ALLOWED_METHODS), 'Method Not Allowed');
  });
  return server;
}
