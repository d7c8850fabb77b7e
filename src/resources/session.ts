import type { SessionJSON } from '../api/schemas/index.js';
import { type AuthorizationMembership, type CheckAuthorizationParams, checkAuthorization } from './authorization.js';
import { notifyUnauthenticated, type ResourceHost, runFapi } from './host.js';
import type { TokenCacheKey } from './token-cache.js';
import { User } from './user.js';
import { assignView, toView, type View } from './view.js';

export type SessionStatus = SessionJSON['status'];

export type PublicUserData = NonNullable<View<SessionJSON>['publicUserData']>;

export interface GetTokenOptions {
  /** A JWT template name: mints `/tokens/{template}` instead of the session token. */
  template?: string;
  /** Organization to put in the token; defaults to the session's active organization, `null` = personal. */
  organizationId?: string | null;
  /** Ignore the cache and mint a new token. */
  skipCache?: boolean;
}

export interface Session extends Omit<View<SessionJSON>, 'user'> {}

/** One session of the client (Clerk's `Session`). */
export class Session {
  user: User | null = null;

  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: SessionJSON) {
    this.#host = host;
    this.fromJSON(json);
  }

  /**
   * A JWT for this session, from the shared cache while it has more than 15 s to live, else freshly minted.
   * Concurrent calls share one request. Resolves to null when the session is no longer active.
   */
  async getToken(options: GetTokenOptions = {}): Promise<string | null> {
    if (this.status !== 'active') return null;
    const { template } = options;
    const organizationId =
      options.organizationId === undefined ? this.lastActiveOrganizationId : options.organizationId;
    const key: TokenCacheKey = { sessionId: this.id, organizationId, template };
    const cache = this.#host.tokenCache;
    if (!options.skipCache) {
      const cached = cache.get(key);
      if (cached) return cached;
    }
    // Template tokens carry the template's claims only; the session token carries the organization.
    const request = this.#host.api
      .createSessionToken(this.id, template ? { template } : { organizationId: organizationId ?? null })
      .then((token) => token.jwt);
    cache.set(key, request);
    try {
      return await request;
    } catch (error) {
      await notifyUnauthenticated(this.#host, error);
      throw error;
    }
  }

  /** The user's membership in the session's active organization, or null for the personal account. */
  get activeMembership(): AuthorizationMembership | null {
    const orgId = this.lastActiveOrganizationId;
    if (!orgId || !this.user) return null;
    return this.user.organizationMemberships.find((m) => m.organization.id === orgId) ?? null;
  }

  /** Clerk's `session.checkAuthorization({role} | {permission})`, against the active organization. */
  checkAuthorization(params: CheckAuthorizationParams): boolean {
    return checkAuthorization(this.activeMembership, params);
  }

  /**
   * Marks the session as recently active (`POST …/touch`); `intent` tells the server why; `organizationId`
   * switches the active organization (`null` = personal account).
   */
  async touch(
    params: { intent?: 'focus' | 'select_session' | 'select_org'; organizationId?: string | null } = {},
  ): Promise<this> {
    // Without `organizationId` the active organization stays as it is; `null` selects the personal account.
    const activeOrganizationId =
      params.organizationId === undefined ? this.lastActiveOrganizationId : params.organizationId;
    const response = await runFapi(this.#host, (api) =>
      api.touchSession(this.id, { activeOrganizationId, intent: params.intent }),
    );
    return this.fromJSON(response);
  }

  /** Ends the session: the user is signed out of it, it stays listed as ended. */
  async end(): Promise<this> {
    const response = await runFapi(this.#host, (api) => api.endSession(this.id));
    this.#host.tokenCache.clear(this.id);
    return this.fromJSON(response);
  }

  /** Removes the session from the client (multi-session sign-out of one account). */
  async remove(): Promise<this> {
    const response = await runFapi(this.#host, (api) => api.removeSession(this.id));
    this.#host.tokenCache.clear(this.id);
    return this.fromJSON(response);
  }

  /** @internal Replaces this object's fields with a fresh JSON snapshot. */
  fromJSON(json: SessionJSON): this {
    assignView(this, toView(json));
    this.user = json.user ? new User(this.#host, json.user) : null;
    // The server may hand the session's current token along; it saves a round trip on the first getToken().
    const jwt = json.last_active_token?.jwt;
    if (jwt && this.status === 'active') {
      this.#host.tokenCache.seed({ sessionId: this.id, organizationId: this.lastActiveOrganizationId }, jwt);
    }
    return this;
  }
}
