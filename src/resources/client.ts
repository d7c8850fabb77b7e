import { toDate } from './dates.js';
import type { ResourceHost } from './host.js';
import { Session } from './session.js';
import { SignIn } from './sign-in.js';
import { SignUp } from './sign-up.js';
import type { ClientWire } from './wire.js';

/**
 * This browser's client (Clerk's `Client`): its sessions and the in-flight sign-in / sign-up. Built from a
 * snapshot; the core replaces it whenever the server sends a new one. A client the server has not created yet
 * is represented by an empty one (`id: null`), so `client.signIn` / `client.signUp` always exist.
 */
export class Client {
  readonly id: string | null;
  readonly sessions: Session[];
  readonly signIn: SignIn;
  readonly signUp: SignUp;
  readonly lastActiveSessionId: string | null;
  readonly lastAuthenticationStrategy: string | null;
  readonly cookieExpiresAt: Date | null;
  readonly createdAt: Date | null;
  readonly updatedAt: Date | null;

  constructor(host: ResourceHost, json: ClientWire | null) {
    this.id = json?.id ?? null;
    this.sessions = (json?.sessions ?? []).map((session) => new Session(host, session));
    this.signIn = new SignIn(host, json?.sign_in);
    this.signUp = new SignUp(host, json?.sign_up);
    this.lastActiveSessionId = json?.last_active_session_id ?? null;
    this.lastAuthenticationStrategy = json?.last_authentication_strategy ?? null;
    this.cookieExpiresAt = toDate(json?.cookie_expires_at);
    this.createdAt = toDate(json?.created_at);
    this.updatedAt = toDate(json?.updated_at);
  }

  /** Sessions the user can switch to (status `active`). */
  get activeSessions(): Session[] {
    return this.sessions.filter((session) => session.status === 'active');
  }

  /** True until the server has created a client for this browser. */
  get isNew(): boolean {
    return this.id === null;
  }
}
