import type { SignInRow } from '../domain/sign-ins.js';
import { signInSettings } from './environment.js';
import type { SerializeScope } from './scope.js';
import { secondFactorVerificationJSON, supportedSecondFactorsJSON } from './second-factors.js';
import { userImageUrl } from './user.js';
import { verificationJSON } from './verification.js';

/** Client.SignIn. `supported_first_factors` lists only strategies this server really implements. */
export function signInJSON(scope: SerializeScope, row: SignInRow) {
  const { ctx } = scope;
  const user = row.user_id ? ctx.users.get(row.user_id) : null;
  const email = user ? ctx.users.primaryEmail(user) : null;
  const verification = ctx.verifications.get(row.first_factor_verification_id);

  // A sign-in for an enterprise address may have no user yet: it still lists its one factor (`enterprise_sso`).
  const factors = user || row.status === 'needs_first_factor' ? ctx.signIns.supportedFirstFactors(row, user) : null;

  return {
    object: 'sign_in_attempt',
    id: row.id,
    status: row.status,
    supported_identifiers: signInSettings(ctx.instance).identifiers,
    supported_first_factors: factors,
    supported_second_factors: supportedSecondFactorsJSON(scope, row, user),
    first_factor_verification: verification ? verificationJSON(verification) : null,
    second_factor_verification: secondFactorVerificationJSON(scope, row),
    identifier: row.identifier,
    user_data: user
      ? {
          first_name: user.first_name,
          last_name: user.last_name,
          image_url: userImageUrl(user, email?.email_address ?? ''),
          has_image: false,
        }
      : null,
    created_session_id: row.created_session_id,
    abandon_at: row.abandon_at,
  };
}
