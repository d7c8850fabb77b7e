import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import type { UserRow } from './users.js';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 s steps. */
const TOTP_PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Steps either side of now that are still accepted (clock drift between phone and server). */
const TOTP_WINDOW = 1;
const BACKUP_CODE_COUNT = 10;
/** 10 characters from 32 unambiguous ones: 50 bits each, so a fast salted hash is enough (unlike passwords). */
const BACKUP_CODE_LENGTH = 10;
const BACKUP_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type SecondFactorStrategy = 'totp' | 'phone_code' | 'backup_code';

export interface MfaPhoneRow {
  id: string;
  user_id: string;
  phone_number: string;
  created_at: number;
}

interface TotpRow {
  user_id: string;
  secret: string;
  last_used_counter: number | null;
  created_at: number;
}

interface BackupCodeRow {
  id: string;
  user_id: string;
  salt: string;
  code_hash: string;
  used_at: number | null;
}

export interface MfaEnrollment {
  totp?: boolean;
  phone?: string;
  backupCodes?: boolean;
}

export interface MfaEnrolled {
  totp: { secret: string; uri: string } | null;
  phone: MfaPhoneRow | null;
  backupCodes: string[] | null;
}

function hashBackupCode(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('hex');
}

/** Backup codes are typed by hand: case, spaces and dashes do not matter. */
function normalizeBackupCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/**
 * A user's second factors: an authenticator app (TOTP, verified with `otpauth`; each step's code is accepted
 * once), a phone for SMS codes, and single-use backup codes stored hashed. Checks return true/false; what a
 * failure means for the sign-in (error, lockout) is the sign-in's business.
 */
export class SecondFactors {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The strategies this user can complete a second factor with, in the order a card should offer them. */
  strategiesFor(user: UserRow): SecondFactorStrategy[] {
    const strategies: SecondFactorStrategy[] = [];
    if (this.totpRow(user.id)) strategies.push('totp');
    if (this.phone(user.id)) strategies.push('phone_code');
    if (this.unusedBackupCodes(user.id).length > 0) strategies.push('backup_code');
    return strategies;
  }

  hasAny(user: UserRow): boolean {
    return this.strategiesFor(user).length > 0;
  }

  /**
   * The phone a second-factor SMS goes to: the user's default reserved phone number (set on the profile), else
   * the first reserved one, else one enrolled by the dev route.
   */
  phone(userId: string): MfaPhoneRow | null {
    const reserved = this.db
      .prepare(
        `SELECT id, user_id, phone_number, created_at FROM phone_numbers
         WHERE user_id = ? AND reserved_for_second_factor = 1 AND verified_at IS NOT NULL
         ORDER BY default_second_factor DESC, created_at, rowid LIMIT 1`,
      )
      .get(userId) as MfaPhoneRow | undefined;
    if (reserved) return reserved;
    const row = this.db
      .prepare('SELECT * FROM mfa_phone_numbers WHERE user_id = ? ORDER BY created_at, rowid LIMIT 1')
      .get(userId) as MfaPhoneRow | undefined;
    return row ?? null;
  }

  /**
   * Turns on the asked-for factors for a user (the dev route; the profile page will do it later). A new TOTP
   * secret or a new set of backup codes replaces the old one; the plain secret and codes are returned once.
   */
  enroll(user: UserRow, input: MfaEnrollment, issuer: string, label: string): MfaEnrolled {
    const now = this.clock.now();
    const enrolled: MfaEnrolled = { totp: null, phone: null, backupCodes: null };
    this.db.transaction(() => {
      if (input.totp) {
        const { secret, uri } = newTotpSecret(issuer, label);
        this.db
          .prepare(
            `INSERT INTO totp_secrets (user_id, secret, last_used_counter, created_at) VALUES (?, ?, NULL, ?)
             ON CONFLICT(user_id) DO UPDATE SET secret = excluded.secret, last_used_counter = NULL,
               created_at = excluded.created_at`,
          )
          .run(user.id, secret, now);
        enrolled.totp = { secret, uri };
      }
      if (input.phone) {
        this.db.prepare('DELETE FROM mfa_phone_numbers WHERE user_id = ?').run(user.id);
        const row: MfaPhoneRow = { id: newId('idn'), user_id: user.id, phone_number: input.phone, created_at: now };
        this.db
          .prepare(
            'INSERT INTO mfa_phone_numbers (id, user_id, phone_number, created_at) VALUES (@id, @user_id, @phone_number, @created_at)',
          )
          .run(row);
        enrolled.phone = row;
      }
      if (input.backupCodes) {
        this.db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(user.id);
        const insert = this.db.prepare(
          'INSERT INTO backup_codes (id, user_id, salt, code_hash, used_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
        );
        enrolled.backupCodes = Array.from({ length: BACKUP_CODE_COUNT }, () => {
          const code = Array.from(
            { length: BACKUP_CODE_LENGTH },
            () => BACKUP_CODE_ALPHABET[randomInt(BACKUP_CODE_ALPHABET.length)],
          ).join('');
          const salt = randomBytes(16).toString('hex');
          insert.run(newId('bkc'), user.id, salt, hashBackupCode(salt, code), now);
          return code;
        });
      }
    })();
    return enrolled;
  }

  /**
   * True when `code` is the authenticator app's code for now (± one step) and that step's code has not been
   * accepted before: a code seen once (e.g. shoulder-surfed or replayed) cannot sign in a second time.
   */
  verifyTotp(user: UserRow, code: string): boolean {
    const row = this.totpRow(user.id);
    if (!row) throw errors.strategyNotAllowed('totp');
    const counter = totpCounterOf(row.secret, code, this.clock.now());
    if (counter === null) return false;
    if (row.last_used_counter !== null && counter <= row.last_used_counter) return false;
    this.db.prepare('UPDATE totp_secrets SET last_used_counter = ? WHERE user_id = ?').run(counter, user.id);
    return true;
  }

  /** True when `code` is one of the user's unused backup codes, which is then used up. */
  consumeBackupCode(user: UserRow, code: string): boolean {
    const codes = this.unusedBackupCodes(user.id);
    if (codes.length === 0) throw errors.strategyNotAllowed('backup_code');
    const given = normalizeBackupCode(code);
    // Compare against every code, so the time taken does not say which one (if any) matched.
    let match: BackupCodeRow | undefined;
    for (const row of codes) {
      const ok = timingSafeEqual(Buffer.from(hashBackupCode(row.salt, given)), Buffer.from(row.code_hash));
      if (ok) match = row;
    }
    if (!match) return false;
    const used = this.db
      .prepare('UPDATE backup_codes SET used_at = ? WHERE id = ? AND used_at IS NULL')
      .run(this.clock.now(), match.id);
    // Two requests racing with the same code: only the one that flipped it wins.
    return used.changes === 1;
  }

  // ---- profile security page (server/domain/me-security.ts) ----

  hasTotp(userId: string): boolean {
    return this.totpRow(userId) !== null;
  }

  hasBackupCodes(userId: string): boolean {
    return this.unusedBackupCodes(userId).length > 0;
  }

  /** Makes a secret the user has proven (a code from their app matched it) their authenticator app. */
  installTotp(userId: string, secret: string, verifiedCounter: number): void {
    this.db
      .prepare(
        `INSERT INTO totp_secrets (user_id, secret, last_used_counter, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(user_id) DO UPDATE SET secret = excluded.secret, last_used_counter = excluded.last_used_counter,
           created_at = excluded.created_at`,
      )
      .run(userId, secret, verifiedCounter, this.clock.now());
  }

  /** Removes the authenticator app; backup codes go with it when no other second factor remains. */
  removeTotp(userId: string): boolean {
    const removed = this.db.prepare('DELETE FROM totp_secrets WHERE user_id = ?').run(userId).changes > 0;
    if (removed && !this.phone(userId)) this.db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(userId);
    return removed;
  }

  private totpRow(userId: string): TotpRow | null {
    return (this.db.prepare('SELECT * FROM totp_secrets WHERE user_id = ?').get(userId) as TotpRow | undefined) ?? null;
  }

  private unusedBackupCodes(userId: string): BackupCodeRow[] {
    return this.db
      .prepare('SELECT * FROM backup_codes WHERE user_id = ? AND used_at IS NULL')
      .all(userId) as BackupCodeRow[];
  }
}

/** The 30-second step `code` belongs to for this secret (now ± one step), or null when it is not a valid code. */
export function totpCounterOf(secret: string, code: string, now: number): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    ...TOTP_PARAMS,
    token,
    secret: Secret.fromBase32(secret),
    timestamp: now,
    window: TOTP_WINDOW,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_PARAMS.period, timestamp: now }) + delta;
}

/** A new random secret and the otpauth:// URI an authenticator app scans (issuer and account label shown in it). */
export function newTotpSecret(issuer: string, label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: new TOTP({ ...TOTP_PARAMS, issuer, label, secret: Secret.fromBase32(secret) }).toString() };
}

/** What a sign-in shows of the phone: enough to recognise it (last two digits), not enough to learn it. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${'•'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}
