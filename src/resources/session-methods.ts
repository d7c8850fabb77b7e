/**
 * A session's token and lifecycle calls (Clerk's `Session` methods), loaded on the first call: a signed-out page
 * never makes one, so it does not carry them. `Session` defines each from its name (./session.ts).
 */
import { notifyUnauthenticated, type ResourceHost, runFapi } from './host.js';
import type { LazyTable } from './lazy-methods.js';
import type { GetTokenOptions, Session, SessionMethods } from './session.js';
import { TokenCache, type TokenCacheKey } from './token-cache.js';

type Host = ResourceHost;

export const sessionMethods = {
  /**
   * A JWT for this session, from the shared cache while it has more than 15 s to live, else freshly minted.
   * Concurrent calls share one request. Resolves to null when the session is no longer active.
   */
  async getToken(session: Session, host: Host, options: GetTokenOptions = {}): Promise<string | null> {
    if (session.status !== 'active') return null;
    const { template } = options;
    const organizationId =
      options.organizationId === undefined ? session.lastActiveOrganizationId : options.organizationId;
    const key: TokenCacheKey = { sessionId: session.id, organizationId, template };
    host.tokenCache ??= new TokenCache();
    const cache = host.tokenCache;
    // The server may hand the session's current token along (`last_active_token`): it saves the first round trip.
    // Seeding skips a token that is stale or already cached.
    const handed = session.lastActiveToken?.jwt;
    if (handed) cache.seed({ sessionId: session.id, organizationId: session.lastActiveOrganizationId }, handed);
    if (!options.skipCache) {
      const cached = cache.get(key);
      if (cached) return cached;
    }
    // Template tokens carry the template's claims only; the session token carries the organization.
    const request = host.api
      .createSessionToken(session.id, template ? { template } : { organizationId: organizationId ?? null })
      .then((token) => token.jwt);
    cache.set(key, request);
    try {
      return await request;
    } catch (error) {
      await notifyUnauthenticated(host, error);
      throw error;
    }
  },

  /**
   * Marks the session as recently active (`POST …/touch`); `intent` tells the server why; `organizationId`
   * switches the active organization (`null` = personal account).
   */
  async touch(
    session: Session,
    host: Host,
    params: { intent?: 'focus' | 'select_session' | 'select_org'; organizationId?: string | null } = {},
  ): Promise<Session> {
    // Without `organizationId` the active organization stays as it is; `null` selects the personal account.
    const activeOrganizationId =
      params.organizationId === undefined ? session.lastActiveOrganizationId : params.organizationId;
    const response = await runFapi(host, (api) =>
      api.touchSession(session.id, { activeOrganizationId, intent: params.intent }),
    );
    return session.fromJSON(response);
  },

  /** Ends the session: the user is signed out of it, it stays listed as ended. */
  async end(session: Session, host: Host): Promise<Session> {
    const response = await runFapi(host, (api) => api.endSession(session.id));
    host.tokenCache?.clear(session.id);
    return session.fromJSON(response);
  },

  /** Removes the session from the client (multi-session sign-out of one account). */
  async remove(session: Session, host: Host): Promise<Session> {
    const response = await runFapi(host, (api) => api.removeSession(session.id));
    host.tokenCache?.clear(session.id);
    return session.fromJSON(response);
  },
} satisfies LazyTable<Session, SessionMethods>;
