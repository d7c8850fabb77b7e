import type { FlowDeps } from '../context.js';
import { errors } from '../errors.js';
import type { SessionRow } from './sessions.js';

/** In single-session mode a client may hold one active session; a second sign-in is refused, as Clerk does. */
export function assertNoActiveSession(deps: FlowDeps, clientId: string): void {
  if (!deps.instance.single_session_mode) return;
  if (deps.sessions.activeForClient(clientId).length > 0) throw errors.sessionExists();
}

/** Final step of every sign-in and sign-up: create the session and make it the client's active one. */
export function startSession(deps: FlowDeps, clientId: string, userId: string, strategy: string): SessionRow {
  assertNoActiveSession(deps, clientId);
  const session = deps.sessions.create(clientId, userId);
  deps.clients.update(clientId, { last_active_session_id: session.id, last_authentication_strategy: strategy });
  deps.users.recordSignIn(userId);
  return session;
}
