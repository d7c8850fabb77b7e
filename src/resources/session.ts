import { toDate } from './dates.js';
import { notifyUnauthenticated, type ResourceHost, runFapi } from './host.js';
import type { TokenCacheKey } from './token-cache.js';
import { User } from './user.js';
import type { PublicUserDataWire, SessionWire } from './wire.js';

export type SessionStatus =
  | 'active'
  | 'pending'
  | 'revoked'
  | 'ended'
  | 'expired'
  | 'removed'
  | 'abandoned'
  | 'replaced'
  | (string & {});

export interface PublicUserData {
  firstName: string | null;
  lastName: string | null;
  imageUrl: string;
  hasImage: boolean;
  identifier: string;
  userId: string | null;
  username: string | null;
}

export interface GetTokenOptions {
  /** A JWT template name: mints `/tokens/{template}` instead of the session token. */
  template?: string;
  /** Organization to put in the token; defaults to the session's active organization, `null` = personal. */
  organizationId?: string | null;
  /** Ignore the cache and mint a new token. */
  skipCache?: boolean;
}

function toPublicUserData(json: PublicUserDataWire | null | undefined): PublicUserData {
  return {
    firstName: json?.first_name ?? null,
    lastName: json?.last_name ?? null,
    imageUrl: json?.image_url ?? '',
    hasImage: json?.has_image ?? false,
    identifier: json?.identifier ?? '',
    userId: json?.user_id ?? null,
    username: json?.username ?? null,
  };
}

/** One session of the client (Clerk's `Session`). */
export class Session {
  id = '';
  status: SessionStatus = 'active';
  expireAt: Date | null = null;
  abandonAt: Date | null = null;
  lastActiveAt: Date | null = null;
  lastActiveOrganizationId: string | null = null;
  actor: Record<string, unknown> | null = null;
  user: User | null = null;
  publicUserData: PublicUserData = toPublicUserData(null);
  /** Minutes since the last first- and second-factor verification (`-1` or null: never). */
  factorVerificationAge: [number | null, number | null] | null = null;
  createdAt: Date | null = null;
  updatedAt: Date | null = null;

  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: SessionWire) {
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

  /** Marks the session as recently active (`POST …/touch`); `intent` tells the server why. */
  async touch(params: { intent?: 'focus' | 'select_session' | 'select_org' } = {}): Promise<this> {
    const response = await runFapi(this.#host, (api) =>
      api.touchSession(this.id, { activeOrganizationId: this.lastActiveOrganizationId, intent: params.intent }),
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
  fromJSON(json: SessionWire): this {
    this.id = json.id;
    this.status = json.status ?? 'active';
    this.expireAt = toDate(json.expire_at);
    this.abandonAt = toDate(json.abandon_at);
    this.lastActiveAt = toDate(json.last_active_at);
    this.lastActiveOrganizationId = json.last_active_organization_id || null;
    this.actor = json.actor ?? null;
    this.user = json.user ? new User(this.#host, json.user) : null;
    this.publicUserData = toPublicUserData(json.public_user_data);
    const age = json.factor_verification_age;
    this.factorVerificationAge = age ? [age[0] ?? null, age[1] ?? null] : null;
    this.createdAt = toDate(json.created_at);
    this.updatedAt = toDate(json.updated_at);
    // The server may hand the session's current token along; it saves a round trip on the first getToken().
    const jwt = json.last_active_token?.jwt;
    if (jwt && this.status === 'active') {
      this.#host.tokenCache.seed({ sessionId: this.id, organizationId: this.lastActiveOrganizationId }, jwt);
    }
    return this;
  }
}
