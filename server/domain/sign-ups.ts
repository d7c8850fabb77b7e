import { DAY } from '../clock.js';
import type { FlowDeps } from '../context.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import type { ProviderIdentity } from '../oauth/mock-provider.js';
import type { ClientRow } from './clients.js';
import { emailAddressParam, metadataParam, personNameParam, requireParam, type WireString } from './inputs.js';
import { assertPasswordAllowed, hashPassword } from './passwords.js';
import { assertIdentifierAllowed } from './sign-up-restrictions.js';
import { assertNoActiveSession, startSession } from './start-session.js';
import { phoneNumberParam, usernameParam } from './usernames.js';
import { isTestModeEmail, isTestModePhone } from './verifications.js';

export type SignUpStatus = 'missing_requirements' | 'complete' | 'abandoned';

export interface SignUpRow {
  id: string;
  client_id: string;
  status: SignUpStatus;
  email_address: string | null;
  email_verification_id: string | null;
  username: string | null;
  /** E.164. */
  phone_number: string | null;
  phone_verification_id: string | null;
  password_digest: string | null;
  first_name: string | null;
  last_name: string | null;
  unsafe_metadata: string;
  legal_accepted_at: number | null;
  created_user_id: string | null;
  created_session_id: string | null;
  /** OAuth: the provider's verification (`verifications.external_account`). */
  external_verification_id?: string | null;
  /** OAuth: the identity the provider vouched for (JSON ProviderIdentity), linked to the user on completion. */
  external_identity?: string | null;
  abandon_at: number;
  created_at: number;
  updated_at: number;
}

export interface SignUpInput {
  email_address?: WireString;
  password?: WireString;
  first_name?: WireString;
  last_name?: WireString;
  /** JSON object, already parsed by the HTTP layer (or a JSON string). */
  unsafe_metadata?: unknown;
  legal_accepted?: boolean | null;
  strategy?: WireString;
  /** Accepted when the instance turns them on (form_param_unknown otherwise). */
  username?: WireString;
  phone_number?: WireString;
  /** Identifiers this instance does not support: rejected when sent non-empty. */
  web3_wallet?: WireString;
  email_address_or_phone_number?: WireString;
}

export interface SignUpRequirements {
  required_fields: string[];
  optional_fields: string[];
  missing_fields: string[];
  unverified_fields: string[];
}

const SIGN_UP_ABANDON_MS = DAY;

/**
 * Sign-up state machine: collect fields (create/update) → verify the email and/or the phone with a code →
 * complete, which creates the user and its session in one step. With email off (a phone-only instance) the
 * verified phone number is the user's identifier.
 */
export class SignUps {
  constructor(private readonly deps: FlowDeps) {}

  get(client: ClientRow, id: string): SignUpRow {
    const row = this.deps.db.prepare('SELECT * FROM sign_ups WHERE id = ? AND client_id = ?').get(id, client.id) as
      | SignUpRow
      | undefined;
    if (!row || row.status === 'abandoned' || this.deps.clock.now() >= row.abandon_at) {
      throw errors.notFound('Sign up', id);
    }
    return row;
  }

  requirements(row: SignUpRow): SignUpRequirements {
    const { instance } = this.deps;
    // A provider's account is the way back in: no password is asked for on top of it, as on Clerk.
    const external = externalIdentityOf(row) !== null;
    const fields: Array<[string, boolean, boolean]> = [
      // [name, enabled, required]
      ['email_address', instance.email_address.enabled, instance.email_address.required ?? true],
      ['username', instance.username.enabled, instance.username.required ?? false],
      ['phone_number', instance.phone_number.enabled, instance.phone_number.required ?? false],
      ['password', instance.password.enabled && !external, instance.password.required ?? true],
      ['first_name', instance.first_name.enabled, instance.first_name.required ?? false],
      ['last_name', instance.last_name.enabled, instance.last_name.required ?? false],
      ['legal_accepted', instance.legal_consent_enabled, true],
    ];
    const provided: Record<string, boolean> = {
      email_address: row.email_address !== null,
      username: row.username !== null,
      phone_number: row.phone_number !== null,
      password: row.password_digest !== null,
      first_name: row.first_name !== null,
      last_name: row.last_name !== null,
      legal_accepted: row.legal_accepted_at !== null,
    };
    const enabled = fields.filter(([, on]) => on);
    const required = enabled.filter(([, , req]) => req).map(([name]) => name);
    const emailVerification = this.deps.verifications.get(row.email_verification_id);
    const emailNeedsVerification =
      row.email_address !== null &&
      instance.email_address.verify_at_sign_up &&
      emailVerification?.status !== 'verified';
    // A phone number is always verified before it becomes a way to sign in.
    const phoneNeedsVerification =
      row.phone_number !== null && this.deps.verifications.get(row.phone_verification_id)?.status !== 'verified';
    return {
      required_fields: required,
      optional_fields: enabled.filter(([, , req]) => !req).map(([name]) => name),
      missing_fields: required.filter((name) => !provided[name]),
      unverified_fields: [
        ...(emailNeedsVerification ? ['email_address'] : []),
        ...(phoneNeedsVerification ? ['phone_number'] : []),
      ],
    };
  }

  async create(client: ClientRow, input: SignUpInput): Promise<SignUpRow> {
    this.assertSignUpAllowed();
    assertNoActiveSession(this.deps, client.id);
    const empty = this.emptyRow(client, this.deps.clock.now());
    const row = { ...empty, ...(await this.applyInput(empty, input)) };
    this.insert(client, row);
    return this.completeIfReady(client, row, 'password');
  }

  /**
   * `strategy=ticket`: a sign-up opened by an invitation link (a waitlist invitation). It may proceed while
   * sign-ups are closed; the ticket is redeemed at once (single use) and stands for the address it was issued
   * to, which counts as verified. Other params (password, names) are applied as in `create`, and an email
   * address, if sent, is ignored: the invitation decides it. `redeem` checks the ticket and returns its address.
   */
  async createWithTicket(
    client: ClientRow,
    input: SignUpInput & { ticket?: WireString },
    redeem: (ticket: string, signUpId: string) => string,
  ): Promise<SignUpRow> {
    assertNoActiveSession(this.deps, client.id);
    const ticket = requireParam(input.ticket, 'ticket');
    const { email_address: _ignored, strategy: _ticket, ...rest } = input;
    const now = this.deps.clock.now();
    const empty = this.emptyRow(client, now);
    const patch = await this.applyInput(empty, rest);
    const email = redeem(ticket, empty.id);
    const verification = this.deps.verifications.recordCheck(null, 'ticket', true);
    const row: SignUpRow = { ...empty, ...patch, email_address: email, email_verification_id: verification.id };
    this.insert(client, row);
    return this.completeIfReady(client, row, 'ticket');
  }

  /** `strategy=oauth_*`: a sign-up that waits for the provider (its verification given, nothing else yet). */
  createExternal(client: ClientRow, verificationId: string): SignUpRow {
    this.assertSignUpAllowed();
    assertNoActiveSession(this.deps, client.id);
    const row = { ...this.emptyRow(client, this.deps.clock.now()), external_verification_id: verificationId };
    this.insert(client, row);
    return row;
  }

  /**
   * The provider vouched for `identity` (the OAuth callback, or `transfer=true` from a sign-in): its address,
   * verified when the provider says so, and its names fill the sign-up, which completes unless the instance
   * needs more (then `missing_requirements` lists it).
   */
  applyExternal(client: ClientRow, row: SignUpRow, identity: ProviderIdentity, verificationId: string): SignUpRow {
    this.assertSignUpAllowed();
    const email = emailAddressParam('email_address', identity.email_address);
    assertIdentifierAllowed(this.deps.instance.restrictions, 'email_address', email);
    if (this.deps.users.emailExists(email)) throw errors.identifierExists('email_address', 'email address');
    const emailVerification = identity.email_verified
      ? this.deps.verifications.recordCheck(null, `from_oauth_${identity.provider}`, true).id
      : null;
    const next = this.save({
      ...row,
      email_address: email,
      email_verification_id: emailVerification,
      first_name: row.first_name ?? identity.first_name,
      last_name: row.last_name ?? identity.last_name,
      external_verification_id: verificationId,
      external_identity: JSON.stringify(identity),
    });
    return this.completeIfReady(client, next, `oauth_${identity.provider}`);
  }

  /** A sign-up by id, whatever its client (the OAuth callback names it by the flow it started). */
  byId(id: string): SignUpRow | null {
    return (this.deps.db.prepare('SELECT * FROM sign_ups WHERE id = ?').get(id) as SignUpRow | undefined) ?? null;
  }

  /** `transfer=true`: a new sign-up for the identity a sign-in could not match to any user. */
  createTransfer(client: ClientRow, identity: ProviderIdentity, verificationId: string): SignUpRow {
    this.assertSignUpAllowed();
    assertNoActiveSession(this.deps, client.id);
    const row = this.emptyRow(client, this.deps.clock.now());
    this.insert(client, row);
    return this.applyExternal(client, row, identity, verificationId);
  }

  private emptyRow(client: ClientRow, now: number): SignUpRow {
    return {
      id: newId('sua'),
      client_id: client.id,
      status: 'missing_requirements',
      email_address: null,
      email_verification_id: null,
      username: null,
      phone_number: null,
      phone_verification_id: null,
      password_digest: null,
      first_name: null,
      last_name: null,
      unsafe_metadata: '{}',
      legal_accepted_at: null,
      created_user_id: null,
      created_session_id: null,
      external_verification_id: null,
      external_identity: null,
      abandon_at: now + SIGN_UP_ABANDON_MS,
      created_at: now,
      updated_at: now,
    };
  }

  private insert(client: ClientRow, row: SignUpRow): void {
    this.deps.db
      .prepare(
        `INSERT INTO sign_ups (id, client_id, status, email_address, email_verification_id, username, phone_number,
           phone_verification_id, password_digest, first_name, last_name, unsafe_metadata, legal_accepted_at,
           created_user_id, created_session_id, external_verification_id, external_identity, abandon_at, created_at,
           updated_at)
         VALUES (@id, @client_id, @status, @email_address, @email_verification_id, @username, @phone_number,
           @phone_verification_id, @password_digest, @first_name, @last_name, @unsafe_metadata, @legal_accepted_at,
           @created_user_id, @created_session_id, @external_verification_id, @external_identity, @abandon_at,
           @created_at, @updated_at)`,
      )
      .run({ external_verification_id: null, external_identity: null, ...row });
    this.deps.clients.update(client.id, { sign_up_id: row.id });
  }

  async update(client: ClientRow, id: string, input: SignUpInput): Promise<SignUpRow> {
    const row = this.get(client, id);
    if (row.status !== 'missing_requirements') throw errors.signUpCannotBeUpdated();
    const next = this.save({ ...row, ...(await this.applyInput(row, input)) });
    return this.completeIfReady(client, next, 'password');
  }

  /** Sends a code to the sign-up's email address (`email_code`) or, by "SMS" to the dev mailbox, its phone (`phone_code`). */
  prepareVerification(
    client: ClientRow,
    id: string,
    input: { strategy?: WireString; redirect_url?: WireString },
    verifyUrl?: string,
  ): SignUpRow {
    const strategy = requireParam(input.strategy, 'strategy');
    const row = this.get(client, id);
    if (row.status !== 'missing_requirements') throw errors.signUpCannotBeUpdated();
    if (strategy === 'email_link') return this.sendEmailLink(row, input.redirect_url?.trim() || null, verifyUrl);
    if (strategy === 'phone_code') {
      if (!row.phone_number) throw errors.paramMissing('phone_number');
      const { code, verification } = this.deps.verifications.createCode('phone_code', row.phone_number);
      if (!isTestModePhone(row.phone_number)) {
        this.deps.mailbox.send({
          to: row.phone_number,
          subject: `SMS: ${code} is your ${this.deps.instance.application_name} verification code`,
          text: `${code} is your verification code. It expires in 10 minutes.`,
          code,
        });
      }
      return this.save({ ...row, phone_verification_id: verification.id });
    }
    if (strategy !== 'email_code' || !this.deps.instance.email_address.verifications.includes('email_code')) {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
    }
    if (!row.email_address) throw errors.paramMissing('email_address');
    const { code, verification } = this.deps.verifications.createCode('email_code', row.email_address);
    if (!isTestModeEmail(row.email_address)) {
      this.deps.mailbox.send({
        to: row.email_address,
        subject: `${code} is your ${this.deps.instance.application_name} verification code`,
        text: `Welcome! Your verification code is ${code}. It expires in 10 minutes.`,
        code,
      });
    }
    return this.save({ ...row, email_verification_id: verification.id });
  }

  /**
   * `email_link`: mails a single-use link (10 minutes) to the sign-up's address. Opening it verifies the address
   * and completes the sign-up on its own client (openEmailLink), so the tab that asked, polling, finishes.
   */
  private sendEmailLink(row: SignUpRow, redirectUrl: string | null, verifyUrl?: string): SignUpRow {
    if (!this.deps.instance.email_address.verifications.includes('email_link') || !verifyUrl) {
      throw errors.paramValueInvalid('strategy', 'The strategy email_link is not supported by this instance.');
    }
    if (!row.email_address) throw errors.paramMissing('email_address');
    if (redirectUrl !== null && !/^https?:\/\//i.test(redirectUrl)) {
      throw errors.paramFormatInvalid('redirect_url', 'redirect_url must be an absolute http(s) URL.');
    }
    const { verification, token } = this.deps.verifications.createLink(row.email_address, redirectUrl);
    const url = `${verifyUrl}?token=${encodeURIComponent(token)}`;
    this.deps.mailbox.send({
      to: row.email_address,
      subject: `Confirm your email for ${this.deps.instance.application_name}`,
      text: `Open this link to confirm your address and finish signing up: ${url}\nIt works once and expires in 10 minutes. If you did not sign up, ignore this email.`,
    });
    return this.save({ ...row, email_verification_id: verification.id });
  }

  /** Whether an email-link token was sent for a sign-up (the verify endpoint serves sign-ins and sign-ups). */
  ownsEmailLink(token: string): boolean {
    const verification = this.deps.verifications.findLink(token);
    if (!verification) return false;
    return this.deps.db.prepare('SELECT 1 FROM sign_ups WHERE email_verification_id = ?').get(verification.id) != null;
  }

  /**
   * `GET /v1/verify` for a sign-up's link: verifies the address and completes the sign-up if nothing else is
   * missing, on the sign-up's own client (the original tab sees it by polling). Never throws: the landing says how it went.
   */
  openEmailLink(token: string): { outcome: 'verified' | 'expired' | 'failed'; redirectUrl: string | null } {
    const { verification, outcome } = this.deps.verifications.useLink(token);
    const redirectUrl = verification?.redirect_url ?? null;
    if (outcome !== 'verified' || !verification) return { outcome, redirectUrl };
    const row = this.deps.db
      .prepare("SELECT * FROM sign_ups WHERE email_verification_id = ? AND status = 'missing_requirements'")
      .get(verification.id) as SignUpRow | undefined;
    const client = row ? this.deps.clients.get(row.client_id) : null;
    if (!row || !client || this.deps.clock.now() >= row.abandon_at) return { outcome: 'failed', redirectUrl };
    try {
      this.completeIfReady(client, this.save(row), 'email_link');
    } catch (error) {
      if (error instanceof FapiError) return { outcome: 'failed', redirectUrl };
      throw error;
    }
    return { outcome: 'verified', redirectUrl };
  }

  attemptVerification(client: ClientRow, id: string, input: { strategy?: WireString; code?: WireString }): SignUpRow {
    const strategy = requireParam(input.strategy, 'strategy');
    const row = this.get(client, id);
    if (row.status !== 'missing_requirements') throw errors.signUpCannotBeUpdated();
    if (strategy !== 'email_code' && strategy !== 'phone_code') {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
    }
    const code = requireParam(input.code, 'code');
    const verification = this.deps.verifications.get(
      strategy === 'phone_code' ? row.phone_verification_id : row.email_verification_id,
    );
    if (!verification) throw errors.verificationMissing(strategy);
    this.deps.verifications.attemptCode(verification.id, code);
    return this.completeIfReady(client, this.save(row), strategy);
  }

  private assertSignUpAllowed(): void {
    const mode = this.deps.instance.sign_up_mode;
    if (mode !== 'public') throw errors.signUpRestricted(mode === 'waitlist');
  }

  /** Validates the given params and returns the columns they change; unspecified params leave fields alone. */
  private async applyInput(row: SignUpRow, input: SignUpInput): Promise<Partial<SignUpRow>> {
    const { instance } = this.deps;
    for (const param of ['web3_wallet', 'email_address_or_phone_number'] as const) {
      if (input[param] != null) throw errors.paramUnknown(param);
    }
    if (input.email_address != null && !instance.email_address.enabled) throw errors.paramUnknown('email_address');
    if (input.username != null && !instance.username.enabled) throw errors.paramUnknown('username');
    if (input.phone_number != null && !instance.phone_number.enabled) throw errors.paramUnknown('phone_number');
    if (input.strategy != null && input.strategy !== 'email_code') {
      throw errors.paramValueInvalid('strategy', `The strategy ${input.strategy} is not supported by this instance.`);
    }
    if (input.first_name != null && !instance.first_name.enabled) throw errors.paramUnknown('first_name');
    if (input.last_name != null && !instance.last_name.enabled) throw errors.paramUnknown('last_name');

    const patch: Partial<SignUpRow> = {};
    if (input.email_address !== undefined) {
      const email = input.email_address === null ? null : emailAddressParam('email_address', input.email_address);
      if (email !== null) {
        assertIdentifierAllowed(instance.restrictions, 'email_address', email);
        if (this.deps.users.emailExists(email)) throw errors.identifierExists('email_address', 'email address');
      }
      if (email !== row.email_address) {
        patch.email_address = email;
        // A new address voids any code sent to the old one.
        patch.email_verification_id = null;
      }
    }
    if (input.username !== undefined) {
      const username = input.username === null || !input.username.trim() ? null : usernameParam(input.username);
      if (username !== null && this.deps.users.findByUsername(username)) {
        throw errors.identifierExists('username', 'username');
      }
      patch.username = username;
    }
    if (input.phone_number !== undefined) {
      const phone =
        input.phone_number === null || !input.phone_number.trim() ? null : phoneNumberParam(input.phone_number);
      if (phone !== null) assertIdentifierAllowed(instance.restrictions, 'phone_number', phone);
      if (phone !== null && this.deps.users.findByPhone(phone)) {
        throw errors.identifierExists('phone_number', 'phone number');
      }
      if (phone !== row.phone_number) {
        patch.phone_number = phone;
        // A new number voids any code sent to the old one.
        patch.phone_verification_id = null;
      }
    }
    if (input.password !== undefined) {
      if (input.password === null) patch.password_digest = null;
      else {
        if (!instance.password.enabled) throw errors.paramUnknown('password');
        assertPasswordAllowed(input.password, instance.password);
        patch.password_digest = await hashPassword(input.password);
      }
    }
    if (input.first_name !== undefined) patch.first_name = personName('first_name', input.first_name);
    if (input.last_name !== undefined) patch.last_name = personName('last_name', input.last_name);
    if (input.unsafe_metadata !== undefined)
      patch.unsafe_metadata = metadataParam('unsafe_metadata', input.unsafe_metadata);
    if (input.legal_accepted !== undefined) {
      patch.legal_accepted_at = input.legal_accepted ? this.deps.clock.now() : null;
    }
    return patch;
  }

  private completeIfReady(client: ClientRow, row: SignUpRow, strategy: string): SignUpRow {
    const req = this.requirements(row);
    if (req.missing_fields.length > 0 || req.unverified_fields.length > 0) return row;
    // A user needs a way back in: an email address or, on a phone-only instance, a (verified) phone number.
    if (!row.email_address && !row.phone_number) return row;

    // User, email, session and the sign-up's completion commit together or not at all: a crash in between
    // must never leave a user without its session's sign-up, or a completed sign-up without its user.
    return this.deps.db.transaction(() => this.complete(client, row, strategy))();
  }

  private complete(client: ClientRow, row: SignUpRow, strategy: string): SignUpRow {
    const verification = this.deps.verifications.get(row.email_verification_id);
    const user = this.deps.users.create({
      emailAddress: row.email_address,
      emailVerification: {
        strategy: verification?.strategy ?? 'email_code',
        attempts: verification?.attempts ?? null,
        expireAt: verification?.expire_at ?? this.deps.clock.now(),
        verified: verification?.status === 'verified',
      },
      passwordDigest: row.password_digest,
      username: row.username,
      phoneNumber: row.phone_number,
      firstName: row.first_name,
      lastName: row.last_name,
      unsafeMetadata: row.unsafe_metadata,
      legalAcceptedAt: row.legal_accepted_at,
    });
    const identity = externalIdentityOf(row);
    if (identity) this.deps.externalAccounts.link(user.id, identity);
    this.deps.onSignUpComplete?.(row.id, user.id);
    const session = startSession(this.deps, client.id, user.id, strategy);
    const done = this.save({ ...row, status: 'complete', created_user_id: user.id, created_session_id: session.id });
    this.deps.clients.update(client.id, { sign_up_id: null });
    return done;
  }

  private save(row: SignUpRow): SignUpRow {
    const next = { ...row, updated_at: this.deps.clock.now() };
    this.deps.db
      .prepare(
        `UPDATE sign_ups SET status = @status, email_address = @email_address, email_verification_id = @email_verification_id,
           username = @username, phone_number = @phone_number, phone_verification_id = @phone_verification_id,
           password_digest = @password_digest, first_name = @first_name, last_name = @last_name,
           unsafe_metadata = @unsafe_metadata, legal_accepted_at = @legal_accepted_at, created_user_id = @created_user_id,
           created_session_id = @created_session_id, external_verification_id = @external_verification_id,
           external_identity = @external_identity, updated_at = @updated_at WHERE id = @id`,
      )
      .run({ external_verification_id: null, external_identity: null, ...next });
    return next;
  }
}

/** Longest first or last name accepted, in characters (a name is shown in menus and emails, not stored as prose). */
export const MAX_NAME_LENGTH = 256;

/** A first or last name as stored: normalized (personNameParam), empty → null, too long → 422 naming the field. */
function personName(param: 'first_name' | 'last_name', value: string | null): string | null {
  const name = value === null ? null : personNameParam(param, value) || null;
  if (name && [...name].length > MAX_NAME_LENGTH) throw errors.paramTooLong(param, MAX_NAME_LENGTH);
  return name;
}

/** The provider identity a sign-up carries (OAuth), or null. */
export function externalIdentityOf(row: SignUpRow): ProviderIdentity | null {
  return row.external_identity ? (JSON.parse(row.external_identity) as ProviderIdentity) : null;
}
