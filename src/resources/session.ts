import type { SessionJSON } from '../api/schemas/index.js';
import { type AuthorizationMembership, type CheckAuthorizationParams, checkAuthorization } from './authorization.js';
import type { ResourceHost } from './host.js';
import { type Assert, defineLazyMethods, type SameNames, type Words } from './lazy-methods.js';
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

/** Clerk's `Session` methods. Their code is in ./session-methods.ts, loaded on the first call. */
export interface SessionMethods {
  /**
   * A JWT for this session, from the shared cache while it has more than 15 s to live, else freshly minted.
   * Concurrent calls share one request. Resolves to null when the session is no longer active.
   */
  getToken(options?: GetTokenOptions): Promise<string | null>;
  /**
   * Marks the session as recently active (`POST …/touch`); `intent` tells the server why; `organizationId`
   * switches the active organization (`null` = personal account).
   */
  touch(params?: {
    intent?: 'focus' | 'select_session' | 'select_org';
    organizationId?: string | null;
  }): Promise<Session>;
  /** Ends the session: the user is signed out of it, it stays listed as ended. */
  end(): Promise<Session>;
  /** Removes the session from the client (multi-session sign-out of one account). */
  remove(): Promise<Session>;
}

/** SessionMethods by name: all the loader carries of them. */
const SESSION_METHODS = 'getToken touch end remove';
export type CheckedSessionMethods = Assert<SameNames<Words<typeof SESSION_METHODS>, keyof SessionMethods>>;

export interface Session extends Omit<View<SessionJSON>, 'user'>, SessionMethods {}

/** One session of the client (Clerk's `Session`). */
export class Session {
  user: User | null = null;

  readonly #host: ResourceHost;

  static {
    defineLazyMethods(
      Session.prototype,
      SESSION_METHODS,
      () => import('./session-methods.js').then((module) => module.sessionMethods as never),
      (session) => session.#host,
    );
  }

  constructor(host: ResourceHost, json: SessionJSON) {
    this.#host = host;
    this.fromJSON(json);
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

  /** @internal Replaces this object's fields with a fresh JSON snapshot. */
  fromJSON(json: SessionJSON): this {
    assignView(this, toView(json));
    this.user = json.user ? new User(this.#host, json.user) : null;
    return this;
  }
}
