import type { SignUpRow } from '../domain/sign-ups.js';
import type { SerializeScope } from './scope.js';
import { verificationJSON } from './verification.js';

/**
 * Client.SignUp. The email (and phone) verification is null until a code has been prepared: the spec's OTP shape requires
 * a numeric `expire_at`, which only exists once a code does. `unverified_fields` still says it must be verified.
 */
export function signUpJSON(scope: SerializeScope, row: SignUpRow) {
  const { ctx } = scope;
  const requirements = ctx.signUps.requirements(row);
  const verificationOf = (id: string | null, strategies: string[]) => {
    const verification = ctx.verifications.get(id);
    return verification
      ? {
          ...verificationJSON(verification),
          next_action: verification.status === 'verified' ? '' : 'needs_attempt',
          supported_strategies: strategies,
        }
      : null;
  };
  const external = ctx.verifications.get(row.external_verification_id ?? null);
  return {
    object: 'sign_up_attempt',
    id: row.id,
    status: row.status,
    ...requirements,
    verifications: {
      email_address: verificationOf(row.email_verification_id, ['email_code']),
      phone_number: verificationOf(row.phone_verification_id, ['phone_code']),
      web3_wallet: null,
      external_account: external ? verificationJSON(external) : null,
    },
    username: row.username,
    email_address: row.email_address,
    phone_number: row.phone_number,
    web3_wallet: null,
    password_enabled: row.password_digest !== null,
    first_name: row.first_name,
    last_name: row.last_name,
    unsafe_metadata: JSON.parse(row.unsafe_metadata) as Record<string, unknown>,
    public_metadata: {},
    custom_action: false,
    external_id: null,
    created_session_id: row.created_session_id,
    created_user_id: row.created_user_id,
    abandon_at: row.abandon_at,
    legal_accepted_at: row.legal_accepted_at,
  };
}
