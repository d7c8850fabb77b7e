import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import type { InstanceConfig } from '../instance.js';
import { requireParam, type WireString } from './inputs.js';
import type { Lockout } from './lockout.js';
import { assertPasswordAllowed, hashPassword, verifyPassword } from './passwords.js';
import { newTotpSecret, type SecondFactors, totpCounterOf } from './second-factors.js';
import type { SessionRow, Sessions } from './sessions.js';
import type { PhoneNumberRow, UserRow, Users } from './users.js';

export interface SecurityDeps {
  db: Db;
  clock: Clock;
  users: Users;
  sessions: Sessions;
  lockout: Lockout;
  secondFactors: SecondFactors;
  instance: () => InstanceConfig;
}

export interface PasswordChange {
  current_password: WireString;
  new_password: WireString;
  sign_out_of_other_sessions: boolean | null | undefined;
}

/** TOTP as the FAPI returns it: the secret and URI only while it waits for its first code. */
export interface TotpView {
  id: string;
  secret: string | null;
  uri: string | null;
  verified: boolean;
  backup_codes: string[] | null;
  created_at: number;
}

interface PendingTotpRow {
  user_id: string;
  id: string;
  secret: string;
  created_at: number;
}

/** The same error with its param renamed: the shared password rules speak of `password`, this form of others. */
function atParam(err: unknown, param: string): unknown {
  if (!(err instanceof FapiError) || err.meta.param_name === undefined) return err;
  return new FapiError({
    status: err.status,
    code: err.code,
    message: err.message,
    longMessage: err.longMessage,
    meta: { ...err.meta, param_name: param },
  });
}

const securityErrors = {
  totpExists: () =>
    new FapiError({
      status: 400,
      code: 'totp_already_enabled',
      message: 'Authenticator app already set up',
      longMessage: 'An authenticator app is already set up for this account. Remove it before adding another.',
    }),
  noSecondFactor: () =>
    new FapiError({
      status: 400,
      code: 'backup_codes_require_second_factor',
      message: 'No second factor',
      longMessage: 'Backup codes need a second factor: set up an authenticator app first.',
    }),
  deleteSelfDisabled: () =>
    new FapiError({
      status: 403,
      code: 'delete_self_disabled',
      message: 'Account deletion is disabled',
      longMessage: 'This application does not let users delete their own account.',
    }),
};

/**
 * The signed-in user's security settings (`/v1/me` security page): password change or first password,
 * authenticator app (a secret pending until a code from the app proves it), backup codes (stored hashed, shown
 * once), other sessions signed out, and the account deleted. Wrong current passwords count toward the same
 * lockout as sign-in.
 */
export class Security {
  constructor(private readonly deps: SecurityDeps) {}

  async changePassword(user: UserRow, session: SessionRow, input: PasswordChange): Promise<UserRow> {
    const { lockout, users } = this.deps;
    const next = requireParam(input.new_password, 'new_password');
    if (user.password_digest !== null) {
      lockout.assertNotLocked(user);
      const current = requireParam(input.current_password, 'current_password');
      if (!(await verifyPassword(current, user.password_digest))) {
        lockout.recordFailure(user);
        throw atParam(errors.passwordIncorrect(), 'current_password');
      }
      lockout.recordSuccess(user);
    }
    try {
      assertPasswordAllowed(next, this.deps.instance().password);
    } catch (err) {
      throw atParam(err, 'new_password');
    }
    users.setPassword(user.id, await hashPassword(next));
    if (input.sign_out_of_other_sessions) this.revokeOtherSessions(user.id, session.id);
    return users.get(user.id) as UserRow;
  }

  /** A new secret for the user's authenticator app, not in force until `verifyTotp` sees a code from it. */
  createTotp(user: UserRow, label: string): TotpView {
    const { db, clock, secondFactors } = this.deps;
    if (secondFactors.hasTotp(user.id)) throw securityErrors.totpExists();
    const { secret, uri } = newTotpSecret(this.deps.instance().application_name, label);
    const row: PendingTotpRow = { user_id: user.id, id: newId('totp'), secret, created_at: clock.now() };
    db.prepare(
      `INSERT INTO pending_totp_secrets (user_id, id, secret, created_at) VALUES (@user_id, @id, @secret, @created_at)
       ON CONFLICT(user_id) DO UPDATE SET id = excluded.id, secret = excluded.secret, created_at = excluded.created_at`,
    ).run(row);
    return { id: row.id, secret, uri, verified: false, backup_codes: null, created_at: row.created_at };
  }

  /** Puts the pending secret in force; the first second factor of an account comes with a set of backup codes. */
  verifyTotp(user: UserRow, code: WireString): TotpView {
    const { db, clock, secondFactors } = this.deps;
    const given = requireParam(code, 'code');
    const pending = db.prepare('SELECT * FROM pending_totp_secrets WHERE user_id = ?').get(user.id) as
      | PendingTotpRow
      | undefined;
    if (!pending) throw errors.notFound('TOTP');
    const counter = totpCounterOf(pending.secret, given, clock.now());
    if (counter === null) throw errors.codeIncorrect();
    const firstFactor = !secondFactors.hasAny(user);
    let backupCodes: string[] | null = null;
    db.transaction(() => {
      secondFactors.installTotp(user.id, pending.secret, counter);
      db.prepare('DELETE FROM pending_totp_secrets WHERE user_id = ?').run(user.id);
      if (firstFactor) backupCodes = this.newBackupCodes(user);
    })();
    return {
      id: pending.id,
      secret: null,
      uri: null,
      verified: true,
      backup_codes: backupCodes,
      created_at: clock.now(),
    };
  }

  disableTotp(user: UserRow): void {
    const { db, secondFactors } = this.deps;
    db.prepare('DELETE FROM pending_totp_secrets WHERE user_id = ?').run(user.id);
    if (!secondFactors.removeTotp(user.id)) throw errors.notFound('TOTP');
  }

  /**
   * `PATCH /v1/me/phone_numbers/{id}`: reserves a verified number for SMS second-factor codes (or frees it) and
   * makes it the default one. The first reserved number becomes the default, and, when it is the account's first
   * second factor, comes with a set of backup codes (returned once, as for the authenticator app).
   */
  updatePhoneSecondFactor(
    user: UserRow,
    phone: PhoneNumberRow,
    input: { reserved: boolean | null | undefined; isDefault: boolean | null | undefined },
  ): string[] | null {
    const { db, clock, secondFactors } = this.deps;
    const reserved = input.reserved ?? phone.reserved_for_second_factor === 1;
    if (reserved && phone.verified_at === null) {
      throw errors.paramValueInvalid(
        'reserved_for_second_factor',
        'Verify the phone number before using it for two-step verification.',
      );
    }
    if (input.isDefault && !reserved) {
      throw errors.paramValueInvalid(
        'default_second_factor',
        'Only a number reserved for two-step verification can be the default.',
      );
    }
    const firstFactor = reserved && !secondFactors.hasAny(user);
    let backupCodes: string[] | null = null;
    db.transaction(() => {
      const others = db
        .prepare(
          'SELECT COUNT(*) AS n FROM phone_numbers WHERE user_id = ? AND id != ? AND reserved_for_second_factor = 1 AND default_second_factor = 1',
        )
        .get(user.id, phone.id) as { n: number };
      // One default at a time; a reserved number is the default when it is asked to be or no other one is.
      const isDefault = reserved && (input.isDefault === true || (others.n === 0 && input.isDefault !== false));
      if (isDefault) db.prepare('UPDATE phone_numbers SET default_second_factor = 0 WHERE user_id = ?').run(user.id);
      db.prepare(
        'UPDATE phone_numbers SET reserved_for_second_factor = ?, default_second_factor = ?, updated_at = ? WHERE id = ?',
      ).run(reserved ? 1 : 0, isDefault ? 1 : 0, clock.now(), phone.id);
      if (!reserved) this.dropOrphanBackupCodes(user);
      else if (firstFactor) backupCodes = this.newBackupCodes(user);
    })();
    return backupCodes;
  }

  /** Backup codes only stand in for a second factor: when the last one is gone (a phone removed), so are they. */
  dropOrphanBackupCodes(user: UserRow): void {
    const { db, secondFactors } = this.deps;
    if (!secondFactors.hasTotp(user.id) && !secondFactors.phone(user.id)) {
      db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(user.id);
    }
  }

  /** A fresh set of backup codes replacing the old ones; only a user with a second factor may have them. */
  regenerateBackupCodes(user: UserRow): string[] {
    const { secondFactors } = this.deps;
    if (!secondFactors.hasTotp(user.id) && !secondFactors.phone(user.id)) throw securityErrors.noSecondFactor();
    return this.newBackupCodes(user);
  }

  /** Signs one of the user's own sessions out (a device in the active-devices list). */
  revokeSession(user: UserRow, sessionId: string): SessionRow {
    const { sessions } = this.deps;
    const session = sessions.get(sessionId);
    if (!session || session.user_id !== user.id) throw errors.notFound('Session', sessionId);
    if (session.status !== 'active') return session;
    return sessions.setStatus(session.id, 'revoked') as SessionRow;
  }

  /** The user's live sessions, on every device. */
  activeSessions(user: UserRow): SessionRow[] {
    const rows = this.deps.db
      .prepare("SELECT id FROM sessions WHERE user_id = ? AND status = 'active' ORDER BY last_active_at DESC, rowid")
      .all(user.id) as Array<{ id: string }>;
    return rows.map((r) => this.deps.sessions.get(r.id)).filter((s): s is SessionRow => s?.status === 'active');
  }

  get deleteSelfEnabled(): boolean {
    return this.deps.instance().actions.delete_self;
  }

  /**
   * Deletes the account: every identifier, credential and factor goes, every session ends, and the user row
   * stays as an anonymous tombstone (`deleted_at`) so past sign-ins and sessions keep their foreign keys.
   */
  deleteUser(user: UserRow): void {
    if (!this.deleteSelfEnabled) throw securityErrors.deleteSelfDisabled();
    const { db, clock } = this.deps;
    const now = clock.now();
    db.transaction(() => {
      for (const table of [
        'email_addresses',
        'phone_numbers',
        'passkeys',
        'totp_secrets',
        'pending_totp_secrets',
        'backup_codes',
        'mfa_phone_numbers',
        'profile_images',
        'organization_memberships',
        'external_accounts',
      ]) {
        db.prepare(`DELETE FROM ${table} WHERE user_id = ?`).run(user.id);
      }
      db.prepare(
        `UPDATE users SET first_name = NULL, last_name = NULL, username = NULL, password_digest = NULL,
           primary_email_address_id = NULL, primary_phone_number_id = NULL, public_metadata = '{}',
           unsafe_metadata = '{}', deleted_at = ?, updated_at = ? WHERE id = ?`,
      ).run(now, now, user.id);
      db.prepare("UPDATE sessions SET status = 'removed', updated_at = ? WHERE user_id = ? AND status = 'active'").run(
        now,
        user.id,
      );
    })();
  }

  private revokeOtherSessions(userId: string, keepSessionId: string): void {
    this.deps.db
      .prepare(
        "UPDATE sessions SET status = 'revoked', updated_at = ? WHERE user_id = ? AND status = 'active' AND id != ?",
      )
      .run(this.deps.clock.now(), userId, keepSessionId);
  }

  private newBackupCodes(user: UserRow): string[] {
    return this.deps.secondFactors.enroll(user, { backupCodes: true }, '', '').backupCodes ?? [];
  }
}
