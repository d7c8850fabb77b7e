/**
 * Reverification (Clerk's step-up for sensitive actions). Two halves:
 *
 * - the guard, `requireRecentVerification(deps, session, preset)`: call it first in any sensitive `/v1/me` write.
 *   It throws 403 `session_reverification_required` when the session's factors were verified longer ago than the
 *   preset allows (Clerk's presets below; the `/v1/me` writes use `strict`, as Clerk's user profile does);
 * - the session verification flow (`POST /v1/client/sessions/{id}/verify`, then `…/verify/prepare_first_factor` and
 *   `…/verify/attempt_first_factor`): the user proves a first factor again (password, or a code mailed to an
 *   address of theirs), which makes the session freshly verified, and the client retries the action.
 *
 * The levels `second_factor` and `multi_factor` ask a user who has a second factor (authenticator app, SMS code,
 * backup codes) for both: after the first factor the status is `needs_second_factor`, and
 * `…/verify/prepare_second_factor` (an SMS code) and `…/verify/attempt_second_factor` complete it. A user without
 * one is served `first_factor`, Clerk's graceful downgrade, in the guard and in the flow alike.
 */
import { DAY, HOUR, MINUTE } from '../clock.js';
import type { FlowDeps } from '../context.js';
import { errors, FapiError } from '../errors.js';
import type { InstanceConfig } from '../instance.js';
import { verifyPassword } from './passwords.js';
import type { SessionRow } from './sessions.js';
import type { SignInFactor } from './sign-ins.js';
import type { UserRow } from './users.js';
import { isTestModeTarget, type VerificationRow } from './verifications.js';

export type ReverificationStatus = 'needs_first_factor' | 'needs_second_factor' | 'complete';

export const REVERIFICATION_LEVELS = ['first_factor', 'second_factor', 'multi_factor'] as const;
export type ReverificationLevel = (typeof REVERIFICATION_LEVELS)[number];

/**
 * Clerk's presets: how recent the verification must be, and of which factors. `second_factor` checks the second
 * factor of a user who has one (the first otherwise); `multi_factor` checks both.
 */
export const REVERIFICATION_PRESETS = {
  strict_mfa: { level: 'multi_factor', window: 10 * MINUTE },
  strict: { level: 'second_factor', window: 10 * MINUTE },
  moderate: { level: 'second_factor', window: HOUR },
  lax: { level: 'second_factor', window: DAY },
} as const satisfies Record<string, { level: ReverificationLevel; window: number }>;
export type ReverificationPreset = keyof typeof REVERIFICATION_PRESETS;

/** The 403 a client answers with its reverification prompt; `meta` says what would satisfy the server. */
export function reverificationRequired(level: ReverificationLevel, afterMinutes: number): FapiError {
  const factors = level === 'first_factor' ? 'a first factor' : 'your factors';
  return new FapiError({
    status: 403,
    code: 'session_reverification_required',
    message: 'You need to verify your identity again',
    longMessage: `This action needs ${factors} verified in the last ${afterMinutes} minutes. Verify again, then retry.`,
    meta: { session_verification: { level, after_minutes: afterMinutes } },
  });
}

/**
 * The preset's window on this instance: the strict ones follow the dev setting `reverification.after_minutes`
 * (10 by default, as Clerk's; tests shrink it), the others keep Clerk's hour and day.
 */
function windowOf(instance: InstanceConfig, preset: ReverificationPreset): number {
  const strict = preset === 'strict' || preset === 'strict_mfa';
  return strict ? instance.reverification.after_minutes * MINUTE : REVERIFICATION_PRESETS[preset].window;
}

/**
 * The guard for sensitive writes (removing a connected account, changing the primary email address, the
 * password, second factors, deleting the account, …): throws `reverificationRequired` unless the session's
 * verification is recent enough for the preset. Apply it right after finding the request's session:
 * `requireRecentVerification(c.get('dev'), requestSession(c))`.
 */
export function requireRecentVerification(
  deps: Pick<FlowDeps, 'instance' | 'clock' | 'users' | 'secondFactors'>,
  session: SessionRow,
  preset: ReverificationPreset = 'strict',
): void {
  const { level } = REVERIFICATION_PRESETS[preset];
  const window = windowOf(deps.instance, preset);
  const now = deps.clock.now();
  const fresh = (at: number | null) => at !== null && now - at <= window;
  const user = deps.users.get(session.user_id);
  const hasSecondFactor = user !== null && deps.secondFactors.hasAny(user);
  const first = fresh(session.first_factor_verified_at);
  const second = fresh(session.second_factor_verified_at);
  const ok = !hasSecondFactor ? first : level === 'multi_factor' ? first && second : second;
  if (!ok) throw reverificationRequired(level, window / MINUTE);
}

export interface ReverificationRow {
  session_id: string;
  level: string;
  status: ReverificationStatus;
  first_factor_verification_id: string | null;
  second_factor_verification_id: string | null;
  completed_at: number | null;
  created_at: number;
}

export type ReverificationDeps = Pick<
  FlowDeps,
  'db' | 'clock' | 'instance' | 'users' | 'verifications' | 'mailbox' | 'lockout' | 'sessions' | 'secondFactors'
>;

/** The session verification flow, one in progress per session. */
export class Reverifications {
  constructor(private readonly deps: ReverificationDeps) {}

  /** `POST …/verify`: starts (or restarts) a reverification of the session. */
  start(session: SessionRow, user: UserRow, level: string | undefined): ReverificationRow {
    if (!level) throw errors.paramMissing('level');
    if (!(REVERIFICATION_LEVELS as readonly string[]).includes(level)) {
      throw errors.paramValueInvalid('level', `level must be one of ${REVERIFICATION_LEVELS.join(', ')}.`);
    }
    const served = level !== 'first_factor' && this.deps.secondFactors.hasAny(user) ? level : 'first_factor';
    this.deps.db
      .prepare(
        `INSERT INTO session_reverifications (session_id, level, status, first_factor_verification_id,
           second_factor_verification_id, completed_at, created_at)
         VALUES (?, ?, 'needs_first_factor', NULL, NULL, NULL, ?)
         ON CONFLICT(session_id) DO UPDATE SET level = excluded.level, status = 'needs_first_factor',
           first_factor_verification_id = NULL, second_factor_verification_id = NULL, completed_at = NULL,
           created_at = excluded.created_at`,
      )
      .run(session.id, served, this.deps.clock.now());
    return this.current(session);
  }

  /** The user's ways to verify again: the password if they have one, then a code to each verified address. */
  supportedFirstFactors(user: UserRow): SignInFactor[] {
    const { instance, users } = this.deps;
    const password = user.password_digest && instance.password.enabled ? [{ strategy: 'password' }] : [];
    const codes = users
      .emailAddresses(user.id)
      .filter((email) => email.verified_at !== null)
      .map((email) => ({
        strategy: 'email_code',
        safe_identifier: email.email_address,
        email_address_id: email.id,
        primary: email.id === user.primary_email_address_id,
      }));
    return [...password, ...codes];
  }

  /** `…/verify/prepare_first_factor` with `email_code`: mails a code to one of the user's verified addresses. */
  prepareFirstFactor(session: SessionRow, user: UserRow, strategy: string | undefined, emailAddressId?: string) {
    const row = this.pending(session, 'needs_first_factor');
    if (strategy !== 'email_code') throw errors.strategyNotAllowed(strategy ?? '');
    const factor = this.supportedFirstFactors(user).find(
      (f) => f.strategy === 'email_code' && (emailAddressId ? f.email_address_id === emailAddressId : f.primary),
    );
    if (!factor?.safe_identifier) throw errors.paramValueInvalid('email_address_id', 'No such verified address.');
    const target = factor.safe_identifier;
    const { verification, code } = this.deps.verifications.createCode('email_code', target);
    if (!isTestModeTarget(target)) {
      const appName = this.deps.instance.application_name;
      this.deps.mailbox.send({
        to: target,
        subject: `${code} is your ${appName} verification code`,
        text: `Your code to confirm it is you is ${code}. It expires in 10 minutes. If you did not ask for it, ignore this message.`,
        code,
      });
    }
    this.setVerification(row, verification);
    return this.current(session);
  }

  /**
   * `…/verify/attempt_first_factor`: the password, or the mailed code. Success freshens the session, unless the
   * level also asks for the second factor, which comes next.
   */
  async attemptFirstFactor(
    session: SessionRow,
    user: UserRow,
    input: { strategy?: string; password?: string; code?: string },
  ): Promise<ReverificationRow> {
    const row = this.pending(session, 'needs_first_factor');
    this.deps.lockout.assertNotLocked(user);
    if (input.strategy === 'password') {
      if (!input.password) throw errors.paramMissing('password');
      if (!user.password_digest || !this.deps.instance.password.enabled) throw errors.strategyNotAllowed('password');
      const ok = await verifyPassword(input.password, user.password_digest);
      this.setVerification(row, this.deps.verifications.recordPassword(row.first_factor_verification_id, ok));
      if (!ok) {
        this.deps.lockout.recordFailure(user);
        throw errors.passwordIncorrect();
      }
      this.deps.lockout.recordSuccess(user);
    } else if (input.strategy === 'email_code') {
      if (!input.code) throw errors.paramMissing('code');
      const verification = this.deps.verifications.get(row.first_factor_verification_id);
      if (verification?.strategy !== 'email_code') throw errors.verificationMissing('email_code');
      this.deps.verifications.attemptCode(verification.id, input.code);
    } else {
      throw errors.strategyNotAllowed(input.strategy ?? '');
    }
    if (row.level !== 'first_factor') {
      this.deps.db
        .prepare(`UPDATE session_reverifications SET status = 'needs_second_factor' WHERE session_id = ?`)
        .run(session.id);
      return this.current(session);
    }
    return this.complete(session);
  }

  /** `…/verify/prepare_second_factor` with `phone_code`: texts a code to the user's second-factor phone. */
  prepareSecondFactor(session: SessionRow, user: UserRow, strategy: string | undefined, phoneNumberId?: string) {
    this.pending(session, 'needs_second_factor');
    if (strategy !== 'phone_code') throw errors.strategyNotAllowed(strategy ?? '');
    this.deps.lockout.assertNotLocked(user);
    const phone = this.deps.secondFactors.phone(user.id);
    if (!phone) throw errors.strategyNotAllowed(strategy);
    if (phoneNumberId && phoneNumberId !== phone.id) {
      throw errors.paramValueInvalid('phone_number_id', 'phone_number_id does not belong to this account.');
    }
    const { verification, code } = this.deps.verifications.createCode('phone_code', phone.phone_number);
    this.deps.mailbox.send({
      to: phone.phone_number,
      subject: `SMS: ${code} is your ${this.deps.instance.application_name} verification code`,
      text: `${code} is your code to confirm it is you. It expires in 10 minutes.`,
      code,
    });
    this.setSecondFactorVerification(session, verification);
    return this.current(session);
  }

  /**
   * `…/verify/attempt_second_factor`: an authenticator code, a backup code (used up) or the texted code; success
   * completes the reverification. Wrong codes count towards the lockout, as at sign-in.
   */
  attemptSecondFactor(session: SessionRow, user: UserRow, input: { strategy?: string; code?: string }) {
    const row = this.pending(session, 'needs_second_factor');
    this.deps.lockout.assertNotLocked(user);
    if (!input.strategy) throw errors.paramMissing('strategy');
    if (!input.code) throw errors.paramMissing('code');
    const { secondFactors, verifications, lockout } = this.deps;
    if (input.strategy === 'phone_code') {
      const verification = verifications.get(row.second_factor_verification_id);
      if (verification?.strategy !== 'phone_code') throw errors.verificationMissing('phone_code');
      try {
        verifications.attemptCode(verification.id, input.code);
      } catch (err) {
        if (err instanceof FapiError && ['form_code_incorrect', 'verification_failed'].includes(err.code)) {
          lockout.recordFailure(user);
        }
        throw err;
      }
    } else if (input.strategy === 'totp' || input.strategy === 'backup_code') {
      const ok =
        input.strategy === 'totp'
          ? secondFactors.verifyTotp(user, input.code)
          : secondFactors.consumeBackupCode(user, input.code);
      const verification = verifications.recordCheck(row.second_factor_verification_id, input.strategy, ok);
      this.setSecondFactorVerification(session, verification);
      if (!ok) {
        lockout.recordFailure(user);
        throw errors.codeIncorrect();
      }
    } else {
      throw errors.strategyNotAllowed(input.strategy);
    }
    lockout.recordSuccess(user);
    return this.complete(session);
  }
  current(session: SessionRow): ReverificationRow {
    const row = this.deps.db.prepare('SELECT * FROM session_reverifications WHERE session_id = ?').get(session.id) as
      | ReverificationRow
      | undefined;
    if (!row) throw errors.notFound('Session reverification');
    return row;
  }

  /** Every factor asked for is proven: the session counts as freshly verified. */
  private complete(session: SessionRow): ReverificationRow {
    this.deps.sessions.firstFactorVerified(session.id);
    if (this.current(session).level !== 'first_factor') this.deps.sessions.secondFactorVerified(session.id);
    this.deps.db
      .prepare(`UPDATE session_reverifications SET status = 'complete', completed_at = ? WHERE session_id = ?`)
      .run(this.deps.clock.now(), session.id);
    return this.current(session);
  }

  /** The reverification in progress, at the step the request is for. */
  private pending(session: SessionRow, step: Exclude<ReverificationStatus, 'complete'>): ReverificationRow {
    const row = this.current(session);
    if (row.status === 'complete') {
      throw errors.paramValueInvalid('session_id', 'This reverification is complete; start a new one.', 400);
    }
    if (row.status !== step) {
      throw errors.paramValueInvalid('session_id', `This reverification is in status ${row.status}.`, 400);
    }
    return row;
  }

  private setSecondFactorVerification(session: SessionRow, verification: VerificationRow): void {
    this.deps.db
      .prepare('UPDATE session_reverifications SET second_factor_verification_id = ? WHERE session_id = ?')
      .run(verification.id, session.id);
  }

  private setVerification(row: ReverificationRow, verification: VerificationRow): void {
    this.deps.db
      .prepare('UPDATE session_reverifications SET first_factor_verification_id = ? WHERE session_id = ?')
      .run(verification.id, row.session_id);
  }
}
