import { account } from '../api/account-kit.js';
import type { ClientJSON } from '../api/schemas/index.js';
import type { ResourceHost } from './host.js';
import type { Session } from './session.js';
import { SignIn } from './sign-in.js';
import { SignUp } from './sign-up.js';
import { assignView, toView, type View } from './view.js';

type ClientFields = Omit<View<ClientJSON>, 'id' | 'sessions' | 'signIn' | 'signUp'>;

export interface Client extends Readonly<ClientFields> {}

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

  constructor(host: ResourceHost, json: ClientJSON | null) {
    assignView(
      this,
      json ? toView(json) : { lastActiveSessionId: null, lastAuthenticationStrategy: null, cookieExpiresAt: null },
    );
    this.id = json?.id ?? null;
    // Sessions are the account module's (src/api/account-kit.ts): a client without any never needs it.
    const sessions = json?.sessions ?? [];
    this.sessions = sessions.length > 0 ? sessions.map((session) => new (account().Session)(host, session)) : [];
    this.signIn = new SignIn(host, json?.sign_in);
    this.signUp = new SignUp(host, json?.sign_up);
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
