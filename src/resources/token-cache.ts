/**
 * Session-token cache: one entry per session + organization + template. A token is served from the cache
 * until 15 s before its `exp`, so callers always get a JWT with some life left; concurrent callers share the
 * one in-flight request.
 */

/** How long before `exp` a cached token stops being served (and the background refresh fires). */
export const TOKEN_REFRESH_LEAD_MS = 15_000;

export interface JwtClaims {
  exp?: number;
  iat?: number;
  sid?: string;
  sub?: string;
  [claim: string]: unknown;
}

/** Reads a JWT's payload without verifying it (the server verifies; the client only needs `exp`). */
export function decodeJwtClaims(jwt: string): JwtClaims | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? (claims as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** Epoch ms of a JWT's `exp`, or null when it has none. */
export function jwtExpiresAt(jwt: string): number | null {
  const exp = decodeJwtClaims(jwt)?.exp;
  return typeof exp === 'number' ? exp * 1000 : null;
}

export interface TokenCacheKey {
  sessionId: string;
  organizationId?: string | null;
  template?: string;
}

interface Entry {
  /** Resolves to the JWT; shared by concurrent callers. */
  jwt: Promise<string>;
  /** Epoch ms of `exp`, known once the request resolved; null while in flight or when the JWT has none. */
  expiresAt: number | null;
  settled: boolean;
}

export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  static keyOf({ sessionId, organizationId, template }: TokenCacheKey): string {
    return `${sessionId}|${organizationId ?? ''}|${template ?? ''}`;
  }

  /**
   * The cached (or in-flight) token for `key`, if it is still fresh: valid for more than
   * TOKEN_REFRESH_LEAD_MS. Tokens without `exp` are never served from the cache once settled.
   */
  get(key: TokenCacheKey): Promise<string> | undefined {
    const id = TokenCache.keyOf(key);
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (!entry.settled) return entry.jwt;
    if (entry.expiresAt !== null && entry.expiresAt - TOKEN_REFRESH_LEAD_MS > this.#now()) return entry.jwt;
    this.#entries.delete(id);
    return undefined;
  }

  /** Stores a pending token request; a failed request removes itself so the next caller retries. */
  set(key: TokenCacheKey, jwt: Promise<string>): void {
    const id = TokenCache.keyOf(key);
    const entry: Entry = { jwt, expiresAt: null, settled: false };
    this.#entries.set(id, entry);
    jwt.then(
      (value) => {
        entry.settled = true;
        entry.expiresAt = jwtExpiresAt(value);
      },
      () => {
        if (this.#entries.get(id) === entry) this.#entries.delete(id);
      },
    );
  }

  /** Seeds the cache with a token the server already sent (a session's `last_active_token`). */
  seed(key: TokenCacheKey, jwt: string): void {
    const expiresAt = jwtExpiresAt(jwt);
    if (expiresAt === null || expiresAt - TOKEN_REFRESH_LEAD_MS <= this.#now()) return;
    if (this.get(key)) return;
    this.#entries.set(TokenCache.keyOf(key), { jwt: Promise.resolve(jwt), expiresAt, settled: true });
  }

  /** Epoch ms at which the cached token of `key` expires, when known. */
  expiresAt(key: TokenCacheKey): number | null {
    return this.#entries.get(TokenCache.keyOf(key))?.expiresAt ?? null;
  }

  /** Drops every token of a session (sign-out, session ended), or everything. */
  clear(sessionId?: string): void {
    if (sessionId === undefined) {
      this.#entries.clear();
      return;
    }
    for (const id of [...this.#entries.keys()]) {
      if (id.startsWith(`${sessionId}|`)) this.#entries.delete(id);
    }
  }
}
