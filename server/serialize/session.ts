import { MINUTE } from '../clock.js';
import type { SessionRow } from '../domain/sessions.js';
import { organizationClaims } from './organization.js';
import type { SerializeScope } from './scope.js';
import { publicUserDataJSON, userJSON } from './user.js';

/** Minutes since the first and the second factor were verified (-1: no second factor yet), as Clerk's `fva` claim. */
export function factorVerificationAge(scope: SerializeScope, session: SessionRow): [number, number] {
  const minutesSince = (at: number) => Math.floor((scope.ctx.clock.now() - at) / MINUTE);
  const second = session.second_factor_verified_at;
  return [minutesSince(session.first_factor_verified_at), second === null ? -1 : minutesSince(second)];
}

/** A session JWT; `organizationId` defaults to the session's active organization (null = personal account). */
export async function mintSessionToken(
  scope: SerializeScope,
  session: SessionRow,
  organizationId = scope.ctx.organizations.activeForSession(session.id),
): Promise<string> {
  return scope.ctx.keys.mintSessionToken({
    issuer: scope.issuer,
    userId: session.user_id,
    sessionId: session.id,
    azp: scope.azp,
    factorVerificationAge: factorVerificationAge(scope, session),
    organization: organizationClaims(scope.ctx, session.user_id, organizationId),
  });
}

/** Client.Session. Active sessions carry a fresh `last_active_token` so the client needs no extra round trip. */
export async function sessionJSON(scope: SerializeScope, session: SessionRow) {
  const user = scope.ctx.users.get(session.user_id);
  if (!user) throw new Error(`session ${session.id} has no user`);
  const token = session.status === 'active' ? await mintSessionToken(scope, session) : null;
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.expire_at,
    abandon_at: session.abandon_at,
    last_active_at: session.last_active_at,
    last_active_token: token ? { object: 'token', jwt: token } : null,
    last_active_organization_id: scope.ctx.organizations.activeForSession(session.id),
    actor: null,
    tasks: null,
    user: userJSON(scope.ctx, user),
    public_user_data: publicUserDataJSON(scope.ctx, user),
    factor_verification_age: factorVerificationAge(scope, session),
    created_at: session.created_at,
    updated_at: session.updated_at,
  };
}
