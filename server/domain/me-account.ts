import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import type { InstanceConfig } from '../instance.js';
import { emailAddressParam, personNameParam, requireParam, type WireString } from './inputs.js';
import type { Mailbox } from './mailbox.js';
import { usernameParam } from './usernames.js';
import type { EmailAddressRow, PhoneNumberRow, UserRow, Users } from './users.js';
import { isTestModeTarget, type Verifications } from './verifications.js';

/** Clerk's username rules as the environment advertises them (server/serialize/environment.ts username_settings). */
const E164 = /^\+[1-9]\d{6,14}$/;
/** Longest first or last name accepted, as on Clerk. */
const NAME_MAX = 256;

export interface AccountDeps {
  db: Db;
  clock: Clock;
  users: Users;
  verifications: Verifications;
  mailbox: Mailbox;
  instance: () => InstanceConfig;
}

/** PATCH /v1/me, as parsed: absent = leave as is, null = clear (names and username only). */
export interface ProfileUpdate {
  first_name?: WireString;
  last_name?: WireString;
  username?: WireString;
  primary_email_address_id?: WireString;
  primary_phone_number_id?: WireString;
}

type Kind = 'email_address' | 'phone_number';

/** Where an email link points (this server's verify endpoint) and where that sends the browser afterwards. */
export interface EmailLinkTarget {
  verifyUrl: string;
  redirectUrl: string | null;
}

/**
 * The signed-in user's own account (`/v1/me`): names, username, and the email addresses and phone numbers they
 * add, verify by a one-time code, make primary and remove. Every method acts for one user and never touches an
 * identification that belongs to someone else (a foreign id is "not found", not "forbidden").
 */
export class Account {
  constructor(private readonly deps: AccountDeps) {}

  update(user: UserRow, input: ProfileUpdate): UserRow {
    const { db, users, clock } = this.deps;
    const patch: Partial<Pick<UserRow, 'first_name' | 'last_name' | 'username'>> = {};
    for (const param of ['first_name', 'last_name'] as const) {
      const value = input[param];
      if (value === undefined) continue;
      if (value === null || value.trim() === '') {
        patch[param] = null;
        continue;
      }
      const name = personNameParam(param, value);
      if ([...name].length > NAME_MAX) throw errors.paramTooLong(param, NAME_MAX);
      patch[param] = name;
    }
    if (input.username !== undefined) patch.username = this.username(user, input.username);

    let primaryEmail: string | undefined;
    if (input.primary_email_address_id) {
      primaryEmail = this.verifiedOwn(user, 'email_address', input.primary_email_address_id).id;
    } else if (input.primary_email_address_id === null) {
      throw errors.paramNil('primary_email_address_id');
    }
    let primaryPhone: string | undefined;
    if (input.primary_phone_number_id) {
      primaryPhone = this.verifiedOwn(user, 'phone_number', input.primary_phone_number_id).id;
    } else if (input.primary_phone_number_id === null) {
      throw errors.paramNil('primary_phone_number_id');
    }

    db.transaction(() => {
      const now = clock.now();
      for (const [column, value] of Object.entries(patch)) {
        db.prepare(`UPDATE users SET ${column} = ? WHERE id = ?`).run(value, user.id);
      }
      if (primaryEmail)
        db.prepare('UPDATE users SET primary_email_address_id = ? WHERE id = ?').run(primaryEmail, user.id);
      if (primaryPhone)
        db.prepare('UPDATE users SET primary_phone_number_id = ? WHERE id = ?').run(primaryPhone, user.id);
      db.prepare('UPDATE users SET updated_at = ? WHERE id = ?').run(now, user.id);
    })();
    return users.get(user.id) as UserRow;
  }

  /** A new username: the instance must have usernames on, Clerk's length and character rules, unique. */
  private username(user: UserRow, value: string | null): string | null {
    if (!this.deps.instance().username.enabled) {
      throw errors.paramUnknown('username');
    }
    if (value === null || value.trim() === '') return null;
    const username = usernameParam(value);
    const taken = this.deps.users.findByUsername(username);
    if (taken && taken.id !== user.id) throw errors.identifierExists('username', 'username');
    return username;
  }

  createEmailAddress(user: UserRow, raw: WireString): EmailAddressRow {
    const email = emailAddressParam('email_address', requireParam(raw, 'email_address'));
    if (this.deps.users.emailExists(email)) throw errors.identifierExists('email_address', 'email address');
    const now = this.deps.clock.now();
    const id = newId('idn');
    this.deps.db
      .prepare(
        `INSERT INTO email_addresses (id, user_id, email_address, verification_strategy, verification_attempts,
           verification_expire_at, verified_at, created_at, updated_at)
         VALUES (?, ?, ?, 'email_code', NULL, ?, NULL, ?, ?)`,
      )
      .run(id, user.id, email, now, now, now);
    return this.own(user, 'email_address', id) as EmailAddressRow;
  }

  createPhoneNumber(user: UserRow, raw: WireString): PhoneNumberRow {
    const phone = requireParam(raw, 'phone_number').replace(/[\s().-]/g, '');
    if (!E164.test(phone)) {
      throw errors.paramFormatInvalid(
        'phone_number',
        'phone_number must be in international format, e.g. +15555550123.',
      );
    }
    if (this.deps.users.findByPhone(phone)) throw errors.identifierExists('phone_number', 'phone number');
    const now = this.deps.clock.now();
    const id = newId('idn');
    this.deps.db
      .prepare(
        `INSERT INTO phone_numbers (id, user_id, phone_number, verified_at, created_at, updated_at)
         VALUES (?, ?, ?, NULL, ?, ?)`,
      )
      .run(id, user.id, phone, now, now);
    return this.own(user, 'phone_number', id) as PhoneNumberRow;
  }

  /**
   * Sends a fresh one-time code (email, or SMS to the dev mailbox), or for an email address on an instance that
   * verifies by link, `email_link`: a link (see prepareEmailLink). The previous code or link stops working.
   */
  prepareVerification(
    user: UserRow,
    kind: Kind,
    id: string,
    strategy: WireString,
    link?: EmailLinkTarget,
  ): EmailAddressRow | PhoneNumberRow {
    const expected = kind === 'email_address' ? 'email_code' : 'phone_code';
    const given = requireParam(strategy, 'strategy');
    if (kind === 'email_address' && given === 'email_link') return this.prepareEmailLink(user, id, link);
    if (given !== expected) {
      throw errors.paramValueInvalid('strategy', `strategy must be ${expected} for this ${kind.replace('_', ' ')}.`);
    }
    const row = this.own(user, kind, id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    const target = 'email_address' in row ? row.email_address : row.phone_number;
    const { verification, code } = this.deps.verifications.createCode(expected, target);
    const app = this.deps.instance().application_name;
    // Test-mode addresses and numbers take the fixed test code and are sent nothing, as on Clerk.
    if (!isTestModeTarget(target)) {
      this.deps.mailbox.send(
        kind === 'email_address'
          ? {
              to: target,
              subject: `${code} is your ${app} verification code`,
              text: `Your code to add this address to your ${app} account is ${code}. It expires in 10 minutes.`,
              code,
            }
          : {
              to: target,
              subject: `SMS: ${code} is your ${app} verification code`,
              text: `${code} is your code to add this number to your ${app} account. It expires in 10 minutes.`,
              code,
            },
      );
    }
    this.deps.db
      .prepare(`UPDATE ${table(kind)} SET verification_id = ?, updated_at = ? WHERE id = ?`)
      .run(verification.id, this.deps.clock.now(), row.id);
    if (kind === 'email_address') {
      this.deps.db
        .prepare(
          `UPDATE email_addresses SET verification_strategy = 'email_code', verification_attempts = 0,
             verification_expire_at = ? WHERE id = ?`,
        )
        .run(verification.expire_at, row.id);
    }
    return this.own(user, kind, id);
  }

  /**
   * `email_link` for an added address: mails a single-use link (10 minutes, stored hashed). Opening it
   * (openEmailLink) verifies the address; the page that asked sees it by re-reading the address.
   */
  private prepareEmailLink(user: UserRow, id: string, link: EmailLinkTarget | undefined): EmailAddressRow {
    if (!this.deps.instance().email_address.verifications.includes('email_link') || !link) {
      throw errors.paramValueInvalid('strategy', 'The strategy email_link is not supported by this instance.');
    }
    const row = this.own(user, 'email_address', id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    const { verification, token } = this.deps.verifications.createLink(row.email_address, link.redirectUrl);
    const app = this.deps.instance().application_name;
    const url = `${link.verifyUrl}?token=${encodeURIComponent(token)}`;
    this.deps.mailbox.send({
      to: row.email_address,
      subject: `Confirm this address for your ${app} account`,
      text: `Open this link to add this address to your ${app} account: ${url}\nIt works once and expires in 10 minutes. If you did not ask for it, ignore this email.`,
    });
    this.deps.db
      .prepare(
        `UPDATE email_addresses SET verification_id = ?, verification_strategy = 'email_link',
           verification_attempts = 0, verification_expire_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(verification.id, verification.expire_at, this.deps.clock.now(), row.id);
    return this.own(user, 'email_address', id);
  }

  /** Whether an email-link token was sent to verify an added address (`GET /v1/verify` serves several flows). */
  ownsEmailLink(token: string): boolean {
    const verification = this.deps.verifications.findLink(token);
    if (!verification) return false;
    return this.deps.db.prepare('SELECT 1 FROM email_addresses WHERE verification_id = ?').get(verification.id) != null;
  }

  /** `GET /v1/verify` for an added address's link: verifies it. Never throws: the landing says how it went. */
  openEmailLink(token: string): { outcome: 'verified' | 'expired' | 'failed'; redirectUrl: string | null } {
    const { verification, outcome } = this.deps.verifications.useLink(token);
    const redirectUrl = verification?.redirect_url ?? null;
    if (outcome !== 'verified' || !verification) return { outcome, redirectUrl };
    const now = this.deps.clock.now();
    const changed = this.deps.db
      .prepare(
        'UPDATE email_addresses SET verified_at = ?, updated_at = ? WHERE verification_id = ? AND verified_at IS NULL',
      )
      .run(now, now, verification.id);
    return { outcome: changed.changes > 0 ? 'verified' : 'failed', redirectUrl };
  }

  /** Checks the code; a right one verifies the identification (single use, expiring, limited attempts). */
  attemptVerification(user: UserRow, kind: Kind, id: string, code: WireString): EmailAddressRow | PhoneNumberRow {
    const given = requireParam(code, 'code');
    const row = this.own(user, kind, id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    const verificationId = this.verificationId(row.id, kind);
    if (!verificationId) throw errors.verificationMissing(kind === 'email_address' ? 'email_code' : 'phone_code');
    try {
      this.deps.verifications.attemptCode(verificationId, given);
    } finally {
      if (kind === 'email_address') {
        const attempts = this.deps.verifications.get(verificationId)?.attempts ?? null;
        this.deps.db.prepare('UPDATE email_addresses SET verification_attempts = ? WHERE id = ?').run(attempts, row.id);
      }
    }
    const now = this.deps.clock.now();
    // Someone else may have verified the same address meanwhile only if it was never unique; it is (UNIQUE column).
    this.deps.db
      .prepare(`UPDATE ${table(kind)} SET verified_at = ?, updated_at = ? WHERE id = ?`)
      .run(now, now, row.id);
    if (kind === 'phone_number' && !user.primary_phone_number_id) {
      this.deps.db.prepare('UPDATE users SET primary_phone_number_id = ? WHERE id = ?').run(row.id, user.id);
    }
    return this.own(user, kind, id);
  }

  /** Removes an identification; the primary email address stays (the account must keep a way in). */
  destroy(user: UserRow, kind: Kind, id: string): void {
    const row = this.own(user, kind, id);
    if (kind === 'email_address' && this.deps.users.primaryEmail(user)?.id === row.id) {
      throw new FapiError({
        status: 400,
        code: 'cannot_delete_primary_identification',
        message: 'The primary email address cannot be deleted',
        longMessage: 'Make another verified email address primary before removing this one.',
        meta: { param_name: 'email_id' },
      });
    }
    this.deps.db.transaction(() => {
      this.deps.db.prepare(`DELETE FROM ${table(kind)} WHERE id = ?`).run(row.id);
      if (kind === 'phone_number' && user.primary_phone_number_id === row.id) {
        // The next verified number, if any, becomes primary.
        const next = this.deps.users.phoneNumbers(user.id).find((p) => p.verified_at !== null);
        this.deps.db
          .prepare('UPDATE users SET primary_phone_number_id = ? WHERE id = ?')
          .run(next?.id ?? null, user.id);
      }
      this.deps.db.prepare('UPDATE users SET updated_at = ? WHERE id = ?').run(this.deps.clock.now(), user.id);
    })();
  }

  own(user: UserRow, kind: 'email_address', id: string): EmailAddressRow;
  own(user: UserRow, kind: 'phone_number', id: string): PhoneNumberRow;
  own(user: UserRow, kind: Kind, id: string): EmailAddressRow | PhoneNumberRow;
  own(user: UserRow, kind: Kind, id: string): EmailAddressRow | PhoneNumberRow {
    const rows =
      kind === 'email_address' ? this.deps.users.emailAddresses(user.id) : this.deps.users.phoneNumbers(user.id);
    const row = rows.find((r) => r.id === id);
    if (!row) throw errors.notFound(kind === 'email_address' ? 'Email address' : 'Phone number', id);
    return row;
  }

  private verifiedOwn(user: UserRow, kind: Kind, id: string): EmailAddressRow | PhoneNumberRow {
    const param = kind === 'email_address' ? 'primary_email_address_id' : 'primary_phone_number_id';
    const row = (
      kind === 'email_address' ? this.deps.users.emailAddresses(user.id) : this.deps.users.phoneNumbers(user.id)
    ).find((r) => r.id === id);
    if (!row) throw errors.paramValueInvalid(param, `${param} does not belong to this account.`);
    if (row.verified_at === null) throw errors.paramValueInvalid(param, `Verify the ${kind.replace('_', ' ')} first.`);
    return row;
  }

  private verificationId(id: string, kind: Kind): string | null {
    const row = this.deps.db.prepare(`SELECT verification_id FROM ${table(kind)} WHERE id = ?`).get(id) as
      | { verification_id: string | null }
      | undefined;
    return row?.verification_id ?? null;
  }
}

function table(kind: Kind): 'email_addresses' | 'phone_numbers' {
  return kind === 'email_address' ? 'email_addresses' : 'phone_numbers';
}
