import { DAY } from '../clock.js';
import type { FlowDeps } from '../context.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import type { ClientRow } from './clients.js';
import { identifierParam, requireParam, type WireString } from './inputs.js';
import { verifyPassword } from './passwords.js';
import { assertNoActiveSession, startSession } from './start-session.js';
import type { UserRow } from './users.js';
import { isTestModeEmail } from './verifications.js';

export type SignInStatus = 'needs_identifier' | 'needs_first_factor' | 'needs_second_factor' | 'complete' | 'abandoned';

export interface SignInRow {
  id: string;
  client_id: string;
  status: SignInStatus;
  identifier: string | null;
  user_id: string | null;
  first_factor_verification_id: string | null;
  /** Set by the second-factor steps only (its own UPDATE), so the first-factor code never has to carry it. */
  second_factor_verification_id?: string | null;
  created_session_id: string | null;
  abandon_at: number;
  created_at: number;
  updated_at: number;
}

export interface SignInCreateInput {
  strategy?: WireString;
  identifier?: WireString;
  password?: WireString;
}

export interface PrepareFirstFactorInput {
  strategy?: WireString;
  email_address_id?: WireString;
}

export interface AttemptFirstFactorInput {
  strategy?: WireString;
  password?: WireString;
  code?: WireString;
}

export interface PrepareSecondFactorInput {
  strategy?: WireString;
  phone_number_id?: WireString;
}

export interface AttemptSecondFactorInput {
  strategy?: WireString;
  code?: WireString;
}

/** First-factor strategies this server implements; anything else is refused rather than faked. */
export const SIGN_IN_STRATEGIES = ['password', 'email_code'] as const;
const SIGN_IN_ABANDON_MS = DAY;

/**
 * Sign-in state machine: identify (email) → first factor (password or email_code) → [second factor] → complete.
 * A user with second factors (TOTP, SMS code, backup codes) goes through needs_second_factor before the session.
 */
export class SignIns {
  constructor(private readonly deps: FlowDeps) {}

  /** A sign-in of this client that is not abandoned; otherwise 404, as the spec requires. */
  get(client: ClientRow, id: string): SignInRow {
    const row = this.deps.db.prepare('SELECT * FROM sign_ins WHERE id = ? AND client_id = ?').get(id, client.id) as
      | SignInRow
      | undefined;
    if (!row || row.status === 'abandoned' || this.deps.clock.now() >= row.abandon_at) {
      throw errors.notFound('Sign in', id);
    }
    return row;
  }

  async create(client: ClientRow, input: SignInCreateInput): Promise<SignInRow> {
    const strategy = input.strategy ?? null;
    if (strategy !== null && !(SIGN_IN_STRATEGIES as readonly string[]).includes(strategy)) {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
    }
    if (strategy === 'password') {
      requireParam(input.identifier, 'identifier');
      requireParam(input.password, 'password');
    }
    if (strategy === 'email_code') requireParam(input.identifier, 'identifier');
    if (input.password != null && input.identifier == null) requireParam(input.identifier, 'identifier');
    assertNoActiveSession(this.deps, client.id);

    const identifier = input.identifier?.trim() ? identifierParam('identifier', input.identifier) : null;
    let user: UserRow | null = null;
    if (identifier) {
      user = this.deps.users.findByEmail(identifier);
      if (!user) throw errors.identifierNotFound();
    }

    const now = this.deps.clock.now();
    const row: SignInRow = {
      id: newId('sia'),
      client_id: client.id,
      status: user ? 'needs_first_factor' : 'needs_identifier',
      identifier,
      user_id: user?.id ?? null,
      first_factor_verification_id: null,
      created_session_id: null,
      abandon_at: now + SIGN_IN_ABANDON_MS,
      created_at: now,
      updated_at: now,
    };
    this.deps.db
      .prepare(
        `INSERT INTO sign_ins (id, client_id, status, identifier, user_id, first_factor_verification_id,
           created_session_id, abandon_at, created_at, updated_at)
         VALUES (@id, @client_id, @status, @identifier, @user_id, @first_factor_verification_id,
           @created_session_id, @abandon_at, @created_at, @updated_at)`,
      )
      .run(row);
    // The new sign-in replaces the old one on the client (and the old sign-up: one flow at a time).
    this.deps.clients.update(client.id, { sign_in_id: row.id });

    if (input.password != null)
      return this.attemptFirstFactor(client, row.id, { strategy: 'password', password: input.password });
    if (strategy === 'email_code') return this.prepareFirstFactor(client, row.id, { strategy: 'email_code' });
    return row;
  }

  prepareFirstFactor(client: ClientRow, id: string, input: PrepareFirstFactorInput): SignInRow {
    const strategy = requireParam(input.strategy, 'strategy');
    const { row, user } = this.pendingFirstFactor(client, id);
    if (strategy !== 'email_code') {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} cannot be prepared for this sign in.`);
    }
    this.deps.lockout.assertNotLocked(user);
    const email = this.deps.users.primaryEmail(user);
    if (!email) throw errors.strategyNotAllowed(strategy);
    if (input.email_address_id != null && input.email_address_id !== email.id) {
      throw errors.paramValueInvalid('email_address_id', 'email_address_id does not belong to this account.');
    }
    const { verification, code } = this.deps.verifications.createCode('email_code', email.email_address);
    if (!isTestModeEmail(email.email_address)) {
      this.deps.mailbox.send({
        to: email.email_address,
        subject: `${code} is your ${this.deps.instance.application_name} verification code`,
        text: `Your verification code is ${code}. It expires in 10 minutes. If you did not try to sign in, ignore this email.`,
        code,
      });
    }
    return this.update(row, { first_factor_verification_id: verification.id });
  }

  async attemptFirstFactor(client: ClientRow, id: string, input: AttemptFirstFactorInput): Promise<SignInRow> {
    const strategy = requireParam(input.strategy, 'strategy');
    const { row, user } = this.pendingFirstFactor(client, id);
    this.deps.lockout.assertNotLocked(user);

    if (strategy === 'password') {
      const password = requireParam(input.password, 'password');
      if (!user.password_digest) throw errors.strategyNotAllowed('password');
      const ok = await verifyPassword(password, user.password_digest);
      const verification = this.deps.verifications.recordPassword(row.first_factor_verification_id, ok);
      const updated = this.update(row, { first_factor_verification_id: verification.id });
      if (!ok) {
        this.deps.lockout.recordFailure(user);
        throw errors.passwordIncorrect();
      }
      this.deps.lockout.recordSuccess(user);
      return this.complete(client, updated, user, 'password');
    }

    if (strategy === 'email_code') {
      const code = requireParam(input.code, 'code');
      const verification = this.deps.verifications.get(row.first_factor_verification_id);
      if (verification?.strategy !== 'email_code') throw errors.verificationMissing('email_code');
      this.deps.verifications.attemptCode(verification.id, code);
      return this.complete(client, this.update(row, {}), user, 'email_code');
    }

    throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
  }

  // ---- second factor ----------------------------------------------------------------------------------------

  /** Sends an SMS code to the user's second-factor phone (the dev mailbox); TOTP and backup codes need no prepare. */
  prepareSecondFactor(client: ClientRow, id: string, input: PrepareSecondFactorInput): SignInRow {
    const strategy = requireParam(input.strategy, 'strategy');
    const { row, user } = this.pendingSecondFactor(client, id);
    if (strategy !== 'phone_code') {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} cannot be prepared for this sign in.`);
    }
    this.deps.lockout.assertNotLocked(user);
    const phone = this.deps.secondFactors.phone(user.id);
    if (!phone) throw errors.strategyNotAllowed(strategy);
    if (input.phone_number_id != null && input.phone_number_id !== phone.id) {
      throw errors.paramValueInvalid('phone_number_id', 'phone_number_id does not belong to this account.');
    }
    const { verification, code } = this.deps.verifications.createCode('phone_code', phone.phone_number);
    this.deps.mailbox.send({
      to: phone.phone_number,
      subject: `SMS: ${code} is your ${this.deps.instance.application_name} verification code`,
      text: `${code} is your verification code. It expires in 10 minutes.`,
      code,
    });
    return this.setSecondFactorVerification(row, verification.id);
  }

  /**
   * Checks the second factor and completes the sign-in. Every wrong code counts towards the lockout, like a
   * wrong password: a stolen password must not buy unlimited guesses at a 6-digit code.
   */
  attemptSecondFactor(client: ClientRow, id: string, input: AttemptSecondFactorInput): SignInRow {
    const strategy = requireParam(input.strategy, 'strategy');
    const { row, user } = this.pendingSecondFactor(client, id);
    this.deps.lockout.assertNotLocked(user);
    const code = requireParam(input.code, 'code');
    const { secondFactors, verifications, lockout } = this.deps;

    if (strategy === 'phone_code') {
      const verification = verifications.get(row.second_factor_verification_id ?? null);
      if (verification?.strategy !== 'phone_code') throw errors.verificationMissing('phone_code');
      try {
        verifications.attemptCode(verification.id, code);
      } catch (err) {
        if (err instanceof FapiError && ['form_code_incorrect', 'verification_failed'].includes(err.code)) {
          lockout.recordFailure(user);
        }
        throw err;
      }
    } else if (strategy === 'totp' || strategy === 'backup_code') {
      const ok =
        strategy === 'totp' ? secondFactors.verifyTotp(user, code) : secondFactors.consumeBackupCode(user, code);
      const verification = verifications.recordCheck(row.second_factor_verification_id ?? null, strategy, ok);
      this.setSecondFactorVerification(row, verification.id);
      if (!ok) {
        lockout.recordFailure(user);
        throw errors.codeIncorrect();
      }
    } else {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
    }

    lockout.recordSuccess(user);
    const firstFactor = verifications.get(row.first_factor_verification_id)?.strategy ?? strategy;
    return this.startSessionFor(client, this.get(client, id), user, firstFactor);
  }

  private pendingSecondFactor(client: ClientRow, id: string): { row: SignInRow; user: UserRow } {
    const row = this.get(client, id);
    const user = row.user_id ? this.deps.users.get(row.user_id) : null;
    if (row.status !== 'needs_second_factor' || !user) {
      throw new FapiError({
        status: 400,
        code: 'sign_in_status_invalid',
        message: 'Sign in is not awaiting a second factor',
        longMessage: `This sign in is in status ${row.status} and cannot verify a second factor.`,
      });
    }
    return { row, user };
  }

  private setSecondFactorVerification(row: SignInRow, verificationId: string): SignInRow {
    const now = this.deps.clock.now();
    this.deps.db
      .prepare('UPDATE sign_ins SET second_factor_verification_id = ?, updated_at = ? WHERE id = ?')
      .run(verificationId, now, row.id);
    return { ...row, second_factor_verification_id: verificationId, updated_at: now };
  }

  // ---- completion ---------------------------------------------------------------------------------------------

  /** A verified first factor: signed in, unless the user has second factors, which come next. */
  private complete(client: ClientRow, row: SignInRow, user: UserRow, strategy: string): SignInRow {
    if (this.deps.secondFactors.hasAny(user)) return this.update(row, { status: 'needs_second_factor' });
    return this.startSessionFor(client, row, user, strategy);
  }

  /** Session and completion commit together: a crash in between never leaves a session the sign-in does not name. */
  private startSessionFor(client: ClientRow, row: SignInRow, user: UserRow, strategy: string): SignInRow {
    return this.deps.db.transaction(() => {
      const session = startSession(this.deps, client.id, user.id, strategy);
      const done = this.update(row, { status: 'complete', created_session_id: session.id });
      this.deps.clients.update(client.id, { sign_in_id: null });
      return done;
    })();
  }

  private pendingFirstFactor(client: ClientRow, id: string): { row: SignInRow; user: UserRow } {
    const row = this.get(client, id);
    const user = row.user_id ? this.deps.users.get(row.user_id) : null;
    if (row.status !== 'needs_first_factor' || !user) {
      throw new FapiError({
        status: 400,
        code: 'sign_in_status_invalid',
        message: 'Sign in is not awaiting a first factor',
        longMessage: `This sign in is in status ${row.status} and cannot verify a first factor.`,
      });
    }
    return { row, user };
  }

  private update(row: SignInRow, patch: Partial<SignInRow>): SignInRow {
    const next: SignInRow = { ...row, ...patch, updated_at: this.deps.clock.now() };
    this.deps.db
      .prepare(
        `UPDATE sign_ins SET status = @status, first_factor_verification_id = @first_factor_verification_id,
           created_session_id = @created_session_id, updated_at = @updated_at WHERE id = @id`,
      )
      .run(next);
    return next;
  }
}
