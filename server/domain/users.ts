import { normalizeEmailAddress } from '../../src/core/identifiers.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';

export interface UserRow {
  id: string;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  password_digest: string | null;
  password_updated_at: number | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  public_metadata: string;
  unsafe_metadata: string;
  failed_password_attempts: number;
  locked_until: number | null;
  /** 1 when the password is known to be breached: it must be replaced (reset) before it signs in again. */
  password_compromised: number;
  legal_accepted_at: number | null;
  last_sign_in_at: number | null;
  last_active_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface EmailAddressRow {
  id: string;
  user_id: string;
  email_address: string;
  verification_strategy: string;
  verification_attempts: number | null;
  verification_expire_at: number;
  verified_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface PhoneNumberRow {
  id: string;
  user_id: string;
  /** E.164, e.g. +15555550123. */
  phone_number: string;
  verified_at: number | null;
  /** 1 when the number receives the user's second-factor SMS codes (server/domain/me-security.ts). */
  reserved_for_second_factor: number;
  /** 1 for the reserved number a sign-in texts first. */
  default_second_factor: number;
  created_at: number;
  updated_at: number;
}

export interface NewUser {
  /** Null for a phone-only instance (email off): the phone number is then the user's only identifier. */
  emailAddress: string | null;
  /** How the address was verified at sign-up (null: not verified). */
  emailVerification: { strategy: string; attempts: number | null; expireAt: number; verified: boolean };
  passwordDigest: string | null;
  firstName: string | null;
  lastName: string | null;
  unsafeMetadata: string;
  legalAcceptedAt: number | null;
  /** Optional identifiers (sign-up collects them when the instance turns them on; the dev seeding route too). */
  username?: string | null;
  /** E.164, stored verified. */
  phoneNumber?: string | null;
}

/**
 * An email address as stored and looked up (src/core/identifiers.ts: NFC, trimmed, lower-cased), or null when it
 * holds characters no stored address can contain, so a look-alike never matches, and never gets created.
 */
export function normalizeEmail(email: string): string | null {
  const check = normalizeEmailAddress(email);
  return check.ok ? check.value : null;
}

export class Users {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  get(id: string): UserRow | null {
    return (this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined) ?? null;
  }

  findByEmail(email: string): UserRow | null {
    const normalized = normalizeEmail(email);
    if (normalized === null) return null;
    const row = this.db
      .prepare(
        'SELECT users.* FROM users JOIN email_addresses e ON e.user_id = users.id WHERE e.email_address = ? COLLATE NOCASE',
      )
      .get(normalized) as UserRow | undefined;
    return row ?? null;
  }

  findByUsername(username: string): UserRow | null {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ? COLLATE NOCASE').get(username.trim()) as
      | UserRow
      | undefined;
    return row ?? null;
  }

  findByPhone(phoneNumber: string): UserRow | null {
    const row = this.db
      .prepare('SELECT users.* FROM users JOIN phone_numbers p ON p.user_id = users.id WHERE p.phone_number = ?')
      .get(phoneNumber) as UserRow | undefined;
    return row ?? null;
  }

  phoneNumbers(userId: string): PhoneNumberRow[] {
    return this.db
      .prepare('SELECT * FROM phone_numbers WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as PhoneNumberRow[];
  }

  primaryPhone(user: UserRow): PhoneNumberRow | null {
    const all = this.phoneNumbers(user.id);
    return all.find((p) => p.id === user.primary_phone_number_id) ?? all[0] ?? null;
  }

  /** A new password (reset); failed attempts, any lock and a breached mark are cleared with it. */
  setPassword(userId: string, digest: string): void {
    const now = this.clock.now();
    this.db
      .prepare(
        `UPDATE users SET password_digest = ?, password_updated_at = ?, failed_password_attempts = 0,
           locked_until = NULL, password_compromised = 0, updated_at = ? WHERE id = ?`,
      )
      .run(digest, now, now, userId);
  }

  /** Marks the user's password as breached (dev tools): the next password sign-in must reset it instead. */
  markPasswordCompromised(userId: string): void {
    this.db
      .prepare('UPDATE users SET password_compromised = 1, updated_at = ? WHERE id = ?')
      .run(this.clock.now(), userId);
  }

  emailExists(email: string): boolean {
    const normalized = normalizeEmail(email);
    return (
      normalized !== null &&
      !!this.db.prepare('SELECT 1 FROM email_addresses WHERE email_address = ? COLLATE NOCASE').get(normalized)
    );
  }

  emailAddresses(userId: string): EmailAddressRow[] {
    return this.db
      .prepare('SELECT * FROM email_addresses WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as EmailAddressRow[];
  }

  primaryEmail(user: UserRow): EmailAddressRow | null {
    const all = this.emailAddresses(user.id);
    return all.find((e) => e.id === user.primary_email_address_id) ?? all[0] ?? null;
  }

  create(input: NewUser): UserRow {
    const emailAddress = input.emailAddress === null ? null : normalizeEmail(input.emailAddress);
    if (input.emailAddress !== null && emailAddress === null) {
      throw errors.paramFormatInvalid('email_address', 'email_address contains hidden or control characters.');
    }
    if (emailAddress === null && !input.phoneNumber) throw errors.paramMissing('email_address');
    if (emailAddress !== null && this.emailExists(emailAddress)) {
      throw errors.identifierExists('email_address', 'email address');
    }
    if (input.username && this.findByUsername(input.username)) throw errors.identifierExists('username', 'username');
    if (input.phoneNumber && this.findByPhone(input.phoneNumber)) {
      throw errors.identifierExists('phone_number', 'phone number');
    }
    const now = this.clock.now();
    const userId = newId('user');
    const emailId = emailAddress === null ? null : newId('idn');
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO users (id, first_name, last_name, password_digest, password_updated_at, primary_email_address_id,
             unsafe_metadata, legal_accepted_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          userId,
          input.firstName,
          input.lastName,
          input.passwordDigest,
          input.passwordDigest ? now : null,
          emailId,
          input.unsafeMetadata,
          input.legalAcceptedAt,
          now,
          now,
        );
      if (emailAddress !== null) {
        this.db
          .prepare(
            `INSERT INTO email_addresses (id, user_id, email_address, verification_strategy, verification_attempts,
               verification_expire_at, verified_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            emailId,
            userId,
            emailAddress,
            input.emailVerification.strategy,
            input.emailVerification.attempts,
            input.emailVerification.expireAt,
            input.emailVerification.verified ? now : null,
            now,
            now,
          );
      }
      if (input.username) {
        this.db.prepare('UPDATE users SET username = ? WHERE id = ?').run(input.username.trim().toLowerCase(), userId);
      }
      if (input.phoneNumber) {
        const phoneId = newId('idn');
        this.db
          .prepare(
            `INSERT INTO phone_numbers (id, user_id, phone_number, verified_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(phoneId, userId, input.phoneNumber, now, now, now);
        this.db.prepare('UPDATE users SET primary_phone_number_id = ? WHERE id = ?').run(phoneId, userId);
      }
    })();
    return this.get(userId) as UserRow;
  }

  recordSignIn(userId: string): void {
    const now = this.clock.now();
    this.db
      .prepare('UPDATE users SET last_sign_in_at = ?, last_active_at = ?, updated_at = ? WHERE id = ?')
      .run(now, now, now, userId);
  }

  recordActivity(userId: string): void {
    this.db.prepare('UPDATE users SET last_active_at = ? WHERE id = ?').run(this.clock.now(), userId);
  }
}
