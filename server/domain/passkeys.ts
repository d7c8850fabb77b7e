import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { type Clock, MINUTE } from '../clock.js';
import type { Db } from '../db.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import { BODY_JSON_LIMITS, jsonShapeProblem } from './json-shape.js';
import type { UserRow, Users } from './users.js';
import type { Verifications } from './verifications.js';

/** How long a registration or sign-in challenge may be answered (the browser's own timeout is the same). */
export const PASSKEY_CHALLENGE_TTL_MS = 5 * MINUTE;
const NAME_MAX_LENGTH = 100;

/**
 * Who the browser is talking to: the RP id is the page's host (a passkey made on localhost works on any
 * localhost port), the origin is the page's, both checked in every answer.
 */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

export interface PasskeyRow {
  id: string;
  user_id: string;
  name: string;
  /** base64url credential id; null until the registration is verified. */
  credential_id: string | null;
  /** base64url COSE public key. */
  public_key: string | null;
  counter: number;
  /** JSON array of the authenticator's transports (usb, internal, hybrid…), as the browser reported them. */
  transports: string | null;
  verification_id: string | null;
  verified_at: number | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}

/** A readable default name from the browser that registered it ("Chrome on Linux"), as a list shows it. */
export function passkeyNameFromUserAgent(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/Firefox\//, 'Firefox'],
      [/Chrom(e|ium)\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([pattern]) => (pattern as RegExp).test(ua))?.[1] ?? null;
  const os =
    [
      [/Android/, 'Android'],
      [/iPhone|iPad/, 'iOS'],
      [/Mac OS X/, 'macOS'],
      [/Windows/, 'Windows'],
      [/Linux|CrOS/, 'Linux'],
    ].find(([pattern]) => (pattern as RegExp).test(ua))?.[1] ?? null;
  if (browser && os) return `${browser} on ${os}`;
  return (browser as string | null) ?? (os as string | null) ?? 'Passkey';
}

function parseCredential<T>(json: string): T {
  try {
    const value = JSON.parse(json) as unknown;
    const fits = jsonShapeProblem(value, BODY_JSON_LIMITS) === null;
    if (fits && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // clerk-js leaves out clientExtensionResults; the verifier reads it.
      return { clientExtensionResults: {}, ...(value as object) } as T;
    }
  } catch {
    // Falls through to the error below.
  }
  throw errors.paramFormatInvalid('public_key_credential', 'public_key_credential must be a JSON object.');
}

/**
 * WebAuthn passkeys: registration for a signed-in user (options in a verification's nonce, then the browser's
 * attestation verified with @simplewebauthn/server), rename and removal, and the sign-in ceremony (request
 * options, then the assertion: signature, challenge, origin and RP id checked, signature counter kept).
 */
export class Passkeys {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly verifications: Verifications,
    private readonly users: Users,
  ) {}

  /** The user's registered passkeys (a registration still under way is not one yet). */
  listForUser(userId: string): PasskeyRow[] {
    return this.db
      .prepare('SELECT * FROM passkeys WHERE user_id = ? AND verified_at IS NOT NULL ORDER BY created_at, id')
      .all(userId) as PasskeyRow[];
  }

  hasAny(userId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM passkeys WHERE user_id = ? AND verified_at IS NOT NULL').get(userId) !== undefined
    );
  }

  /** One of the user's passkeys, pending or registered; 404 for anyone else's. */
  get(user: UserRow, id: string): PasskeyRow {
    const row = this.db.prepare('SELECT * FROM passkeys WHERE id = ? AND user_id = ?').get(id, user.id) as
      | PasskeyRow
      | undefined;
    if (!row) throw errors.notFound('Passkey', id);
    return row;
  }

  /** `POST /v1/me/passkeys`: a pending passkey whose verification's nonce holds the creation options. */
  async startRegistration(user: UserRow, rp: RelyingParty, userAgent?: string): Promise<PasskeyRow> {
    const email = this.users.primaryEmail(user)?.email_address;
    const userName = email ?? user.username ?? user.id;
    const displayName = [user.first_name, user.last_name].filter(Boolean).join(' ') || userName;
    const options = await generateRegistrationOptions({
      rpName: rp.name,
      rpID: rp.id,
      userName,
      userDisplayName: displayName,
      // The user handle a discoverable credential gives back at sign-in: the user id, nothing personal.
      userID: new TextEncoder().encode(user.id),
      attestationType: 'none',
      timeout: PASSKEY_CHALLENGE_TTL_MS,
      excludeCredentials: this.listForUser(user.id).map((p) => ({
        id: p.credential_id as string,
        transports: p.transports ? (JSON.parse(p.transports) as string[]) : undefined,
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    const verification = this.verifications.createChallenge(JSON.stringify(options), PASSKEY_CHALLENGE_TTL_MS);
    const now = this.clock.now();
    const row: PasskeyRow = {
      id: newId('pk'),
      user_id: user.id,
      name: passkeyNameFromUserAgent(userAgent),
      credential_id: null,
      public_key: null,
      counter: 0,
      transports: null,
      verification_id: verification.id,
      verified_at: null,
      last_used_at: null,
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO passkeys (id, user_id, name, credential_id, public_key, counter, transports, verification_id,
           verified_at, last_used_at, created_at, updated_at)
         VALUES (@id, @user_id, @name, @credential_id, @public_key, @counter, @transports, @verification_id,
           @verified_at, @last_used_at, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  /** `POST /v1/me/passkeys/{id}/attempt_verification`: checks the attestation and keeps the public key. */
  async finishRegistration(user: UserRow, id: string, credentialJson: string, rp: RelyingParty): Promise<PasskeyRow> {
    const row = this.get(user, id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    const response = parseCredential<RegistrationResponseJSON>(credentialJson);
    const challenge = this.verifications.spendChallenge(row.verification_id);
    let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      result = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: false,
      });
    } catch (error) {
      throw errors.passkeyFailed(`The passkey could not be registered: ${(error as Error).message}`);
    }
    if (!result.verified) throw errors.passkeyFailed('The passkey could not be registered.');
    const { credential } = result.registrationInfo;
    const taken = this.db.prepare('SELECT 1 FROM passkeys WHERE credential_id = ?').get(credential.id);
    if (taken) {
      throw new FapiError({
        status: 422,
        code: 'form_identifier_exists',
        message: 'This passkey is already registered.',
        longMessage: 'This passkey is already registered.',
        meta: { param_name: 'public_key_credential' },
      });
    }
    this.verifications.challengeAnswered(row.verification_id as string);
    const now = this.clock.now();
    const next: PasskeyRow = {
      ...row,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: JSON.stringify(response.response.transports ?? []),
      verified_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `UPDATE passkeys SET credential_id = @credential_id, public_key = @public_key, counter = @counter,
           transports = @transports, verified_at = @verified_at, updated_at = @updated_at WHERE id = @id`,
      )
      .run(next);
    return next;
  }

  rename(user: UserRow, id: string, name: string | null | undefined): PasskeyRow {
    const row = this.get(user, id);
    if (name == null) return row;
    const trimmed = name.trim();
    if (!trimmed) throw errors.paramNil('name');
    if (trimmed.length > NAME_MAX_LENGTH) throw errors.paramTooLong('name', NAME_MAX_LENGTH);
    const now = this.clock.now();
    this.db.prepare('UPDATE passkeys SET name = ?, updated_at = ? WHERE id = ?').run(trimmed, now, id);
    return { ...row, name: trimmed, updated_at: now };
  }

  remove(user: UserRow, id: string): PasskeyRow {
    const row = this.get(user, id);
    this.db.prepare('DELETE FROM passkeys WHERE id = ?').run(id);
    return row;
  }

  /**
   * Request options for a sign-in. Without a user (discoverable and autofill flows) the browser offers every
   * passkey it holds for this RP; with one, only that user's.
   */
  startAuthentication(rp: RelyingParty, user: UserRow | null): string {
    const allow = user ? this.listForUser(user.id) : [];
    const options = {
      challenge: randomBytes(32).toString('base64url'),
      timeout: PASSKEY_CHALLENGE_TTL_MS,
      rpId: rp.id,
      allowCredentials: allow.map((p) => ({
        id: p.credential_id as string,
        type: 'public-key',
        transports: p.transports ? (JSON.parse(p.transports) as string[]) : undefined,
      })),
      userVerification: 'preferred',
    };
    return this.verifications.createChallenge(JSON.stringify(options), PASSKEY_CHALLENGE_TTL_MS).id;
  }

  /**
   * Checks a sign-in assertion against the challenge of `verificationId`; returns the passkey's owner. The
   * signature counter must grow (when the authenticator keeps one): a cloned key shows up as a step back.
   */
  async verifyAuthentication(
    verificationId: string | null,
    credentialJson: string,
    rp: RelyingParty,
  ): Promise<{ userId: string; passkey: PasskeyRow }> {
    const response = parseCredential<AuthenticationResponseJSON>(credentialJson);
    const challenge = this.verifications.spendChallenge(verificationId);
    const passkey =
      typeof response.id === 'string'
        ? (this.db
            .prepare('SELECT * FROM passkeys WHERE credential_id = ? AND verified_at IS NOT NULL')
            .get(response.id) as PasskeyRow | undefined)
        : undefined;
    if (!passkey) throw errors.passkeyNotFound();
    let newCounter: number;
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: passkey.credential_id as string,
          publicKey: new Uint8Array(Buffer.from(passkey.public_key as string, 'base64url')),
          counter: passkey.counter,
        },
        requireUserVerification: false,
      });
      if (!result.verified) throw new Error('the signature does not match');
      newCounter = result.authenticationInfo.newCounter;
    } catch (error) {
      throw errors.passkeyFailed(`The passkey could not be verified: ${(error as Error).message}`);
    }
    const handle = response.response.userHandle;
    if (handle && Buffer.from(handle, 'base64url').toString('utf8') !== passkey.user_id) {
      throw errors.passkeyFailed('The passkey answered for another account.');
    }
    if (verificationId) this.verifications.challengeAnswered(verificationId);
    const now = this.clock.now();
    this.db
      .prepare('UPDATE passkeys SET counter = ?, last_used_at = ?, updated_at = ? WHERE id = ?')
      .run(newCounter, now, now, passkey.id);
    return { userId: passkey.user_id, passkey: { ...passkey, counter: newCounter, last_used_at: now } };
  }
}
