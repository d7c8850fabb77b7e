import type { RelyingParty } from '../domain/passkeys.js';
import { OPAQUE_ORIGIN } from './origin.js';
import type { FapiContext } from './types.js';

/**
 * The WebAuthn relying party of a request: the page's origin (its Origin header, which originGuard has
 * already checked against the allowed origins; this server's own when there is none) and its host as RP id.
 * A page without an origin of its own (file://, sandboxed frames) cannot use passkeys: null.
 */
export function relyingParty(c: FapiContext): RelyingParty | null {
  const origin = c.req.header('Origin') ?? new URL(c.req.url).origin;
  if (origin === OPAQUE_ORIGIN) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { id: url.hostname, origin: url.origin, name: c.get('dev').instance.application_name };
}
