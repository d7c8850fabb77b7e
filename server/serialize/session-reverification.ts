import type { ReverificationRow, Reverifications } from '../domain/reverification.js';
import type { SessionRow } from '../domain/sessions.js';
import type { SerializeScope } from './scope.js';
import { userSecondFactorsJSON } from './second-factors.js';
import { sessionJSON } from './session.js';
import { verificationJSON } from './verification.js';

/** Client.SessionReverification: what is left to prove, how, and the session it is for. */
export async function sessionReverificationJSON(
  scope: SerializeScope,
  reverifications: Reverifications,
  row: ReverificationRow,
  session: SessionRow,
) {
  const user = scope.ctx.users.get(session.user_id);
  const verification = scope.ctx.verifications.get(row.first_factor_verification_id);
  const second = scope.ctx.verifications.get(row.second_factor_verification_id);
  return {
    object: 'session_reverification',
    level: row.level,
    status: row.status,
    supported_first_factors: user ? reverifications.supportedFirstFactors(user) : [],
    supported_second_factors: row.status === 'needs_second_factor' && user ? userSecondFactorsJSON(scope, user) : null,
    first_factor_verification: verification ? verificationJSON(verification) : null,
    second_factor_verification: second ? verificationJSON(second) : null,
    session: await sessionJSON(scope, session),
  };
}
