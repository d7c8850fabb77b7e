import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { type Clock, MINUTE } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';

export const CODE_TTL_MS = 10 * MINUTE;
/** Wrong codes allowed per verification; the last one flips it to `failed` and a new code must be prepared. */
export const CODE_MAX_ATTEMPTS = 3;
/** Clerk's test mode: addresses with the `+clerk_test` subaddress accept this code and get no email. */
export const TEST_MODE_CODE = '424242';

export type VerificationStatus = 'unverified' | 'verified' | 'failed' | 'expired' | 'transferable';

export interface VerificationRow {
  id: string;
  strategy: string;
  status: VerificationStatus;
  target: string | null;
  code_hash: string | null;
  attempts: number;
  expire_at: number | null;
  /** email_link: where the verify endpoint sends the browser afterwards. */
  redirect_url?: string | null;
  /** passkey: the WebAuthn options JSON handed to the browser (its challenge is what the answer must sign). */
  nonce?: string | null;
  created_at: number;
  updated_at: number;
}

export function isTestModeEmail(email: string): boolean {
  return email.toLowerCase().includes('+clerk_test');
}

/** Clerk's test numbers: +1 (XXX) 555-0100 to 555-0199 accept the test code and get no SMS. */
export function isTestModePhone(phone: string): boolean {
  return /^\+1\d{3}55501\d{2}$/.test(phone);
}

export function isTestModeTarget(target: string): boolean {
  return target.startsWith('+') ? isTestModePhone(target) : isTestModeEmail(target);
}

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * One-time-code verifications (email_code) and password verifications. Codes are 6 random digits, stored only
 * as sha256, valid 10 minutes, single use, limited attempts.
 */
export class Verifications {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  get(id: string | null): VerificationRow | null {
    if (!id) return null;
    const row = this.db.prepare('SELECT * FROM verifications WHERE id = ?').get(id) as VerificationRow | undefined;
    if (!row) return null;
    // Expiry is evaluated lazily so a clock jump is reflected the next time anyone looks.
    if (row.status === 'unverified' && row.expire_at !== null && this.clock.now() > row.expire_at) {
      this.update(row.id, { status: 'expired' });
      return { ...row, status: 'expired' };
    }
    return row;
  }

  /** Creates a fresh code for `target`; the plain code is returned once, for the mailbox. */
  createCode(strategy: string, target: string): { verification: VerificationRow; code: string } {
    const code = isTestModeTarget(target) ? TEST_MODE_CODE : randomInt(0, 1_000_000).toString().padStart(6, '0');
    const now = this.clock.now();
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy,
      status: 'unverified',
      target,
      code_hash: hashCode(code),
      attempts: 0,
      expire_at: now + CODE_TTL_MS,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return { verification, code };
  }

  /**
   * An email link: a random 256-bit token, stored only as sha256, valid 10 minutes, single use. The plain token
   * is returned once, for the email.
   */
  createLink(target: string, redirectUrl: string | null): { verification: VerificationRow; token: string } {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy: 'email_link',
      status: 'unverified',
      target,
      code_hash: hashCode(token),
      attempts: 0,
      expire_at: now + CODE_TTL_MS,
      redirect_url: redirectUrl,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return { verification, token };
  }

  /** The email-link verification a token belongs to, without using it (null: no such link). */
  findLink(token: string): VerificationRow | null {
    const row = this.db
      .prepare("SELECT id FROM verifications WHERE code_hash = ? AND strategy = 'email_link'")
      .get(hashCode(token)) as { id: string } | undefined;
    return row ? this.get(row.id) : null;
  }

  /**
   * Opens an email link: the verification it belongs to, now verified; or why it cannot be used (unknown,
   * already used, expired). Never throws: the verify page reports the outcome.
   */
  useLink(token: string): { verification: VerificationRow | null; outcome: 'verified' | 'expired' | 'failed' } {
    const row = this.db
      .prepare("SELECT id FROM verifications WHERE code_hash = ? AND strategy = 'email_link'")
      .get(hashCode(token)) as { id: string } | undefined;
    const verification = row ? this.get(row.id) : null;
    if (!verification) return { verification: null, outcome: 'failed' };
    if (verification.status === 'expired') return { verification, outcome: 'expired' };
    if (verification.status !== 'unverified') return { verification, outcome: 'failed' };
    this.update(verification.id, { status: 'verified', attempts: verification.attempts + 1 });
    return { verification: { ...verification, status: 'verified' }, outcome: 'verified' };
  }

  /**
   * A WebAuthn ceremony (strategy `passkey`): `nonce` is the options JSON whose challenge the browser's answer
   * must sign. The challenge is good once, until `ttlMs` has passed (see useChallenge).
   */
  createChallenge(nonce: string, ttlMs: number): VerificationRow {
    const now = this.clock.now();
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy: 'passkey',
      status: 'unverified',
      target: null,
      code_hash: null,
      attempts: 0,
      expire_at: now + ttlMs,
      nonce,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return verification;
  }

  /**
   * A verification the user completes elsewhere (an OAuth provider): `target` is the URL the browser is sent to
   * (`external_verification_redirect_url`), valid as long as the provider's authorization would be.
   */
  createExternal(strategy: string, target: string, ttlMs = CODE_TTL_MS): VerificationRow {
    const now = this.clock.now();
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy,
      status: 'unverified',
      target,
      code_hash: null,
      attempts: 0,
      expire_at: now + ttlMs,
      nonce: null,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return verification;
  }

  /**
   * Spends a passkey challenge and returns it for the signature check: from now on it counts as `failed` until
   * `challengeAnswered` marks it verified, so a captured answer can never be replayed, and two racing answers
   * cannot both pass. Throws when the challenge is expired or already spent.
   */
  spendChallenge(id: string | null): string {
    const row = this.get(id);
    if (row?.strategy !== 'passkey' || !row.nonce) throw errors.verificationMissing('passkey');
    if (row.status === 'expired') throw errors.verificationExpired();
    if (row.status === 'verified') throw errors.verificationAlreadyVerified();
    if (row.status === 'failed') throw errors.verificationFailed();
    this.update(row.id, { status: 'failed', attempts: row.attempts + 1 });
    return (JSON.parse(row.nonce) as { challenge: string }).challenge;
  }

  /** The answer to a spent challenge checked out. */
  challengeAnswered(id: string): void {
    this.update(id, { status: 'verified' });
  }

  /** Sets an external verification's outcome (verified, failed, or transferable to the other flow). */
  setStatus(id: string, status: VerificationStatus): void {
    this.update(id, { status });
  }

  /** Records the outcome of a password check (no code, no expiry). */
  recordPassword(existingId: string | null, verified: boolean): VerificationRow {
    const existing = this.get(existingId);
    const now = this.clock.now();
    if (existing && existing.strategy === 'password') {
      const attempts = existing.attempts + 1;
      const status: VerificationStatus = verified ? 'verified' : 'unverified';
      this.update(existing.id, { status, attempts });
      return { ...existing, status, attempts, updated_at: now };
    }
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy: 'password',
      status: verified ? 'verified' : 'unverified',
      target: null,
      code_hash: null,
      attempts: 1,
      expire_at: null,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return verification;
  }

  /**
   * Records one check of a factor that has no code of its own to send (an authenticator app's code, a backup
   * code): the same verification counts its attempts until it is verified.
   */
  recordCheck(existingId: string | null, strategy: string, verified: boolean): VerificationRow {
    const existing = this.get(existingId);
    if (existing && existing.strategy === strategy && existing.status === 'unverified') {
      const attempts = existing.attempts + 1;
      const status: VerificationStatus = verified ? 'verified' : 'unverified';
      this.update(existing.id, { status, attempts });
      return { ...existing, status, attempts, updated_at: this.clock.now() };
    }
    const now = this.clock.now();
    const verification: VerificationRow = {
      id: newId('ver'),
      strategy,
      status: verified ? 'verified' : 'unverified',
      target: null,
      code_hash: null,
      attempts: 1,
      expire_at: null,
      created_at: now,
      updated_at: now,
    };
    this.insert(verification);
    return verification;
  }

  /**
   * Checks `code` against the verification. Throws the FAPI error for expired, already used, failed and wrong
   * codes; on success marks it verified, which also makes it single use.
   */
  attemptCode(id: string, code: string): VerificationRow {
    const row = this.get(id);
    if (!row || row.code_hash === null) throw errors.verificationMissing('code');
    if (row.status === 'verified') throw errors.verificationAlreadyVerified();
    if (row.status === 'expired') throw errors.verificationExpired();
    if (row.status === 'failed') throw errors.verificationFailed();

    const given = Buffer.from(hashCode(code.trim()));
    const expected = Buffer.from(row.code_hash);
    if (timingSafeEqual(given, expected)) {
      const attempts = row.attempts + 1;
      this.update(row.id, { status: 'verified', attempts });
      return { ...row, status: 'verified', attempts };
    }
    const attempts = row.attempts + 1;
    if (attempts >= CODE_MAX_ATTEMPTS) {
      this.update(row.id, { status: 'failed', attempts });
      throw errors.verificationFailed();
    }
    this.update(row.id, { attempts });
    throw errors.codeIncorrect();
  }

  private insert(row: VerificationRow): void {
    this.db
      .prepare(
        `INSERT INTO verifications (id, strategy, status, target, code_hash, attempts, expire_at, redirect_url,
           nonce, created_at, updated_at)
         VALUES (@id, @strategy, @status, @target, @code_hash, @attempts, @expire_at, @redirect_url, @nonce,
           @created_at, @updated_at)`,
      )
      .run({ redirect_url: null, nonce: null, ...row });
  }

  private update(id: string, patch: { status?: VerificationStatus; attempts?: number }): void {
    const row = this.db.prepare('SELECT status, attempts FROM verifications WHERE id = ?').get(id) as
      | { status: VerificationStatus; attempts: number }
      | undefined;
    if (!row) return;
    this.db
      .prepare('UPDATE verifications SET status = ?, attempts = ?, updated_at = ? WHERE id = ?')
      .run(patch.status ?? row.status, patch.attempts ?? row.attempts, this.clock.now(), id);
  }
}
