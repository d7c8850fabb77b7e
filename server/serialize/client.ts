import type { ClientRow } from '../domain/clients.js';
import type { SerializeScope } from './scope.js';
import { sessionJSON } from './session.js';
import { signInJSON } from './sign-in.js';
import { signUpJSON } from './sign-up.js';

/** Client.Client: live sessions plus the in-progress sign-in/sign-up (if not abandoned). */
export async function clientJSON(scope: SerializeScope, client: ClientRow) {
  const { ctx } = scope;
  const sessions = await Promise.all(ctx.sessions.activeForClient(client.id).map((s) => sessionJSON(scope, s)));
  const signIn = client.sign_in_id ? tryGet(() => ctx.signIns.get(client, client.sign_in_id as string)) : null;
  const signUp = client.sign_up_id ? tryGet(() => ctx.signUps.get(client, client.sign_up_id as string)) : null;
  const lastActive = sessions.some((s) => s.id === client.last_active_session_id)
    ? client.last_active_session_id
    : null;
  return {
    object: 'client',
    id: client.id,
    sessions,
    sign_in: signIn ? signInJSON(scope, signIn) : null,
    sign_up: signUp ? signUpJSON(scope, signUp) : null,
    last_active_session_id: lastActive,
    last_authentication_strategy: client.last_authentication_strategy,
    cookie_expires_at: client.cookie_expires_at,
    captcha_bypass: false,
    created_at: client.created_at,
    updated_at: client.updated_at,
  };
}

/** Abandoned sign-ins/sign-ups throw not-found on read; on the client they simply disappear. */
function tryGet<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
