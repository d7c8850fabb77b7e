import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { DevContext } from '../context.js';
import type { ClientRow } from '../domain/clients.js';
import { errors } from '../errors.js';
import { OPAQUE_ORIGIN } from './origin.js';
import type { FapiContext, FapiEnv } from './types.js';

export const CLIENT_COOKIE = '__client';
const COOKIE_PURPOSE = 'client_cookie';

/**
 * Resolves the calling browser's client. Order: a valid `__clerk_db_jwt` (dev browser) → the signed `__client`
 * cookie → none. A dev-browser token that is present but invalid is rejected with 401
 * dev_browser_unauthenticated, which tells clerk-js to fetch a new one.
 */
export function identify(dev: DevContext): MiddlewareHandler<FapiEnv> {
  return async (c, next) => {
    c.set('dev', dev);
    const token = c.req.query('__clerk_db_jwt') ?? c.req.query('__dev_session');
    const isDevBrowserCreation = c.req.method === 'POST' && c.req.path.endsWith('/v1/dev_browser');
    let devBrowser = null;
    if (token !== undefined && !isDevBrowserCreation) {
      devBrowser = dev.devBrowsers.resolve(token);
      if (!devBrowser) throw errors.devBrowserUnauthenticated();
    }

    // An opaque origin (file://, sandboxed frame) is identified by its dev-browser token alone, never by the
    // cookie: any page can send a `null` Origin, and it must not act as the browser's signed-in client.
    const opaque = c.req.header('Origin') === OPAQUE_ORIGIN;
    let client = dev.clients.get(devBrowser?.client_id);
    if (!client && !opaque) {
      const cookie = getCookie(c, CLIENT_COOKIE);
      const clientId = cookie ? dev.signer.verify(COOKIE_PURPOSE, cookie) : null;
      client = dev.clients.get(clientId);
      // A dev browser without a client adopts the one this browser already has via its cookie.
      if (client && devBrowser) dev.devBrowsers.attachClient(devBrowser.id, client.id);
    }
    c.set('identity', { devBrowser, client });
    await next();
  };
}

/** The current client, re-read so handlers see changes made earlier in the same request. */
export function currentClient(c: FapiContext): ClientRow | null {
  const { client } = c.get('identity');
  return client ? c.get('dev').clients.get(client.id) : null;
}

/** The current client, creating one (and its cookie, and the dev-browser link) when the browser has none. */
export function ensureClient(c: FapiContext): ClientRow {
  const existing = currentClient(c);
  if (existing) return existing;
  return startNewClient(c);
}

export function startNewClient(c: FapiContext): ClientRow {
  const dev = c.get('dev');
  const identity = c.get('identity');
  const client = dev.clients.create();
  if (identity.devBrowser) dev.devBrowsers.attachClient(identity.devBrowser.id, client.id);
  identity.client = client;
  if (c.req.header('Origin') === OPAQUE_ORIGIN) return client;
  setCookie(c, CLIENT_COOKIE, dev.signer.sign(COOKIE_PURPOSE, client.id), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: new Date(client.cookie_expires_at),
  });
  return client;
}

/** Forgets the client on this browser: cookie cleared, dev browser detached. */
export function forgetClient(c: FapiContext): void {
  const dev = c.get('dev');
  const identity = c.get('identity');
  if (identity.devBrowser) dev.devBrowsers.attachClient(identity.devBrowser.id, null);
  identity.client = null;
  deleteCookie(c, CLIENT_COOKIE, { path: '/' });
}

/** The client, or 404 for endpoints that operate on an existing client's resources. */
export function requireClient(c: FapiContext): ClientRow {
  const client = currentClient(c);
  if (!client) throw errors.notFound('Client');
  return client;
}
