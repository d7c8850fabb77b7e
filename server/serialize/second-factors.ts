import { maskPhone } from '../domain/second-factors.js';
import type { SignInRow } from '../domain/sign-ins.js';
import type { UserRow } from '../domain/users.js';
import type { SerializeScope } from './scope.js';
import { verificationJSON } from './verification.js';

/** `supported_second_factors` (Stubs.SignInFactor) of a sign-in waiting for one; null before and after. */
export function supportedSecondFactorsJSON(scope: SerializeScope, row: SignInRow, user: UserRow | null) {
  if (row.status !== 'needs_second_factor' || !user) return null;
  return userSecondFactorsJSON(scope, user);
}

/** The user's second factors as Stubs.SignInFactor, in the order a card offers them (sign-in, reverification). */
export function userSecondFactorsJSON(scope: SerializeScope, user: UserRow) {
  const { secondFactors } = scope.ctx;
  return secondFactors.strategiesFor(user).map((strategy) => {
    if (strategy !== 'phone_code') return { strategy };
    const phone = secondFactors.phone(user.id);
    return { strategy, safe_identifier: maskPhone(phone?.phone_number ?? ''), phone_number_id: phone?.id };
  });
}

export function secondFactorVerificationJSON(scope: SerializeScope, row: SignInRow) {
  const verification = scope.ctx.verifications.get(row.second_factor_verification_id ?? null);
  return verification ? verificationJSON(verification) : null;
}
