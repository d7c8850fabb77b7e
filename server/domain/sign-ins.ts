import { DAY } from '../clock.js';
import type { FlowDeps } from '../context.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import { signInSettings } from '../serialize/environment.js';
import type { ClientRow } from './clients.js';
import { enterpriseConnectionFor, enterpriseFactor } from './enterprise-sso.js';
import { identifierParam, requireParam, type WireString } from './inputs.js';
import type { RelyingParty } from './passkeys.js';
import { assertPasswordAllowed, hashPassword, verifyPassword } from './passwords.js';
import { assertNoActiveSession, startSession } from './start-session.js';
import type { UserRow } from './users.js';
import { isTestModeTarget } from './verifications.js';

export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_new_password'
  | 'complete'
  | 'abandoned';

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
  redirect_url?: WireString;
}

export interface PrepareFirstFactorInput {
  strategy?: WireString;
  email_address_id?: WireString;
  phone_number_id?: WireString;
  redirect_url?: WireString;
}

export interface AttemptFirstFactorInput {
  strategy?: WireString;
  password?: WireString;
  code?: WireString;
  /** passkey: the browser's assertion, as JSON (base64url fields). */
  public_key_credential?: WireString;
}

export interface PrepareSecondFactorInput {
  strategy?: WireString;
  phone_number_id?: WireString;
}

export interface AttemptSecondFactorInput {
  strategy?: WireString;
  code?: WireString;
}

export interface ResetPasswordInput {
  password?: WireString;
  sign_out_of_other_sessions?: boolean | null;
}

/**
 * What a step may need to know about the page: where email links point (this server's `GET /v1/verify`, as
 * the browser reaches it, prefix included) and, for passkeys, the relying party the page is.
 */
export interface LinkContext {
  verifyUrl: string;
  relyingParty?: RelyingParty | null;
}

/** One entry of `supported_first_factors` (Stubs.SignInFactor). */
export interface SignInFactor {
  strategy: string;
  safe_identifier?: string;
  email_address_id?: string;
  phone_number_id?: string;
  primary?: boolean;
  enterprise_connection_id?: string;
  enterprise_connection_name?: string;
}

/** First-factor strategies this server implements; anything else is refused rather than faked. */
export const SIGN_IN_STRATEGIES = [
  'password',
  'email_code',
  'email_link',
  'phone_code',
  'reset_password_email_code',
  'reset_password_phone_code',
  'passkey',
] as const;
const CODE_STRATEGIES = ['email_code', 'phone_code', 'reset_password_email_code', 'reset_password_phone_code'];
const SIGN_IN_ABANDON_MS = DAY;
const E164 = /^\+[1-9]\d{6,14}$/;

/** Which kind of identifier a string is: `+` and digits is a phone, `@` an email, anything else a username. */
export function identifierKind(identifier: string): 'email_address' | 'phone_number' | 'username' {
  if (identifier.includes('@')) return 'email_address';
  if (/^\+[\d\s().-]+$/.test(identifier)) return 'phone_number';
  return 'username';
}

/** Phones compare in E.164 (spaces, dots, dashes and brackets dropped); emails and usernames in lower case. */
export function normalizeIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return identifierKind(trimmed) === 'phone_number' ? trimmed.replace(/[\s().-]/g, '') : trimmed.toLowerCase();
}

function statusInvalid(row: SignInRow, awaiting: string): FapiError {
  return new FapiError({
    status: 400,
    code: 'sign_in_status_invalid',
    message: `Sign in is not awaiting ${awaiting}`,
    longMessage: `This sign in is in status ${row.status} and cannot accept ${awaiting}.`,
  });
}

/** The right password, but a breached one (`form_password_pwned` on sign-in): reset it to go on. */
function passwordCompromised(): FapiError {
  return new FapiError({
    status: 422,
    code: 'form_password_pwned',
    message: 'Password has been found in an online data breach.',
    longMessage: 'This password has been found in an online data breach. Reset your password to sign in.',
    meta: { param_name: 'password' },
  });
}

/**
 * Sign-in state machine: identify (email, phone or username) → first factor (password, email code or link,
 * phone code) → [second factor: TOTP, SMS code or backup code, for users who have one] → complete (session).
 * A reset code leads to `needs_new_password`, then `reset_password` completes.
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

  async create(client: ClientRow, input: SignInCreateInput, link?: LinkContext): Promise<SignInRow> {
    const strategy = input.strategy ?? null;
    if (strategy !== null && !(SIGN_IN_STRATEGIES as readonly string[]).includes(strategy)) {
      throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
    }
    // A passkey names its account itself (discoverable credentials): the only strategy without an identifier.
    if (strategy !== null && strategy !== 'passkey') requireParam(input.identifier, 'identifier');
    if (strategy === 'password') requireParam(input.password, 'password');
    if (input.password != null && input.identifier == null) requireParam(input.identifier, 'identifier');
    assertNoActiveSession(this.deps, client.id);

    const identifier = input.identifier?.trim()
      ? normalizeIdentifier(identifierParam('identifier', input.identifier))
      : null;
    let user: UserRow | null = null;
    // An address of an enterprise domain goes to its identity provider, account or not: a new one signs up there.
    const enterprise = enterpriseConnectionFor(this.deps.instance, identifier) !== null;
    if (identifier) {
      user = this.findUser(identifier);
      if (!user && !enterprise) throw errors.identifierNotFound();
    }

    const now = this.deps.clock.now();
    const row: SignInRow = {
      id: newId('sia'),
      client_id: client.id,
      status: user || enterprise ? 'needs_first_factor' : 'needs_identifier',
      identifier,
      user_id: user?.id ?? null,
      first_factor_verification_id: null,
      created_session_id: null,
      abandon_at: now + SIGN_IN_ABANDON_MS,
      created_at: now,
      updated_at: now,
    };
    this.insert(client, row);

    if (input.password != null)
      return this.attemptFirstFactor(client, row.id, { strategy: 'password', password: input.password });
    if (strategy === 'passkey' && !user) return this.startPasskey(row, null, link);
    if (strategy !== null && strategy !== 'password') {
      return this.prepareFirstFactor(client, row.id, { strategy, redirect_url: input.redirect_url }, link);
    }
    return row;
  }

  /**
   * A sign-in whose identity is proven elsewhere (an OAuth provider): no identifier yet (`needs_identifier`, as
   * Clerk's are), only the external verification the browser is about to complete.
   */
  startExternal(client: ClientRow, verificationId: string): SignInRow {
    assertNoActiveSession(this.deps, client.id);
    const now = this.deps.clock.now();
    const row: SignInRow = {
      id: newId('sia'),
      client_id: client.id,
      status: 'needs_identifier',
      identifier: null,
      user_id: null,
      first_factor_verification_id: verificationId,
      created_session_id: null,
      abandon_at: now + SIGN_IN_ABANDON_MS,
      created_at: now,
      updated_at: now,
    };
    this.insert(client, row);
    return row;
  }

  /** Any sign-in by id (the OAuth callback arrives without the client's cookie on some browsers' first hop). */
  byId(id: string): SignInRow | null {
    return (this.deps.db.prepare('SELECT * FROM sign_ins WHERE id = ?').get(id) as SignInRow | undefined) ?? null;
  }

  /**
   * The provider vouched for `user` (a known external account, a verified email, or a transfer from a sign-up):
   * the sign-in names the user and completes like any first factor, second factors included.
   */
  completeExternal(client: ClientRow, row: SignInRow, user: UserRow, strategy: string): SignInRow {
    const identifier = this.deps.users.primaryEmail(user)?.email_address ?? null;
    this.deps.db
      .prepare('UPDATE sign_ins SET user_id = ?, identifier = ?, status = ?, updated_at = ? WHERE id = ?')
      .run(user.id, identifier, 'needs_first_factor', this.deps.clock.now(), row.id);
    this.deps.lockout.assertNotLocked(user);
    return this.complete(
      client,
      { ...row, user_id: user.id, identifier, status: 'needs_first_factor' },
      user,
      strategy,
    );
  }

  /**
   * The user's ways in, as `supported_first_factors` lists them: the password first when the instance prefers
   * it, the codes of the kind of identifier typed before the others, the reset strategies last. An address of an
   * enterprise domain has one way in, its identity provider (whose policies then apply, not the instance's).
   */
  supportedFirstFactors(row: SignInRow, user: UserRow | null): SignInFactor[] {
    const { instance, users } = this.deps;
    const connection = enterpriseConnectionFor(instance, row.identifier);
    if (connection && row.identifier) return [enterpriseFactor(connection, row.identifier)];
    if (!user) return [];
    const settings = signInSettings(instance);
    const email = users.primaryEmail(user);
    const phone = settings.phone.enabled ? users.primaryPhone(user) : null;
    const emailFactors: SignInFactor[] = email
      ? settings.email.firstFactors.map((strategy) => ({
          strategy,
          safe_identifier: email.email_address,
          email_address_id: email.id,
          primary: true,
        }))
      : [];
    const phoneFactors: SignInFactor[] = phone
      ? settings.phone.firstFactors.map((strategy) => ({
          strategy,
          safe_identifier: phone.phone_number,
          phone_number_id: phone.id,
          primary: true,
        }))
      : [];
    const password = user.password_digest && instance.password.enabled ? [{ strategy: 'password' }] : [];
    const passkey = instance.passkey.enabled && this.deps.passkeys.hasAny(user.id) ? [{ strategy: 'passkey' }] : [];
    const byPhone = row.identifier !== null && identifierKind(row.identifier) === 'phone_number';
    const codes = byPhone ? [...phoneFactors, ...emailFactors] : [...emailFactors, ...phoneFactors];
    const resets: SignInFactor[] = [];
    if (instance.password.enabled) {
      if (email) {
        resets.push({
          strategy: 'reset_password_email_code',
          safe_identifier: email.email_address,
          email_address_id: email.id,
          primary: true,
        });
      }
      if (phone) {
        resets.push({
          strategy: 'reset_password_phone_code',
          safe_identifier: phone.phone_number,
          phone_number_id: phone.id,
          primary: true,
        });
      }
    }
    const ordered =
      instance.preferred_sign_in_strategy === 'password' ? [...password, ...codes] : [...codes, ...password];
    return [...passkey, ...ordered, ...resets];
  }

  prepareFirstFactor(client: ClientRow, id: string, input: PrepareFirstFactorInput, link?: LinkContext): SignInRow {
    const strategy = requireParam(input.strategy, 'strategy');
    this.refuseEnterprise(client, id, strategy);
    const { row, user } = this.pendingFirstFactor(client, id);
    if (strategy === 'password') {
      throw errors.paramValueInvalid('strategy', 'The password strategy needs no preparation.');
    }
    const factor = this.supportedFirstFactors(row, user).find((f) => f.strategy === strategy);
    if (!factor) throw errors.strategyNotAllowed(strategy);
    if (input.email_address_id != null && input.email_address_id !== factor.email_address_id) {
      throw errors.paramValueInvalid('email_address_id', 'email_address_id does not belong to this account.');
    }
    if (input.phone_number_id != null && input.phone_number_id !== factor.phone_number_id) {
      throw errors.paramValueInvalid('phone_number_id', 'phone_number_id does not belong to this account.');
    }
    this.deps.lockout.assertNotLocked(user);
    if (strategy === 'passkey') return this.startPasskey(row, user, link);
    const target = factor.safe_identifier as string;
    const appName = this.deps.instance.application_name;

    if (strategy === 'email_link') {
      if (!link) throw errors.strategyNotAllowed(strategy);
      const redirectUrl = input.redirect_url?.trim() || null;
      if (redirectUrl !== null && !/^https?:\/\//i.test(redirectUrl)) {
        throw errors.paramFormatInvalid('redirect_url', 'redirect_url must be an absolute http(s) URL.');
      }
      const { verification, token } = this.deps.verifications.createLink(target, redirectUrl);
      const url = `${link.verifyUrl}?token=${encodeURIComponent(token)}`;
      this.deps.mailbox.send({
        to: target,
        subject: `Your ${appName} sign-in link`,
        text: `Open this link to sign in: ${url}\nIt works once and expires in 10 minutes. If you did not try to sign in, ignore this email.`,
      });
      return this.update(row, { first_factor_verification_id: verification.id });
    }

    const { verification, code } = this.deps.verifications.createCode(strategy, target);
    // Test-mode addresses and numbers take the fixed test code and are sent nothing, as on Clerk.
    if (!isTestModeTarget(target)) {
      const reset = strategy.startsWith('reset_password');
      const purpose = reset ? 'reset your password' : 'sign in';
      this.deps.mailbox.send({
        to: target,
        subject: target.startsWith('+') ? `SMS: ${appName} code` : `${code} is your ${appName} verification code`,
        text: `Your code to ${purpose} is ${code}. It expires in 10 minutes. If you did not ask for it, ignore this message.`,
        code,
      });
    }
    return this.update(row, { first_factor_verification_id: verification.id });
  }

  async attemptFirstFactor(
    client: ClientRow,
    id: string,
    input: AttemptFirstFactorInput,
    link?: LinkContext,
  ): Promise<SignInRow> {
    const strategy = requireParam(input.strategy, 'strategy');
    if (strategy === 'passkey') return this.attemptPasskey(client, id, input, link);
    this.refuseEnterprise(client, id, strategy);
    const { row, user } = this.pendingFirstFactor(client, id);
    this.deps.lockout.assertNotLocked(user);

    if (strategy === 'password') {
      const password = requireParam(input.password, 'password');
      if (!user.password_digest || !this.deps.instance.password.enabled) throw errors.strategyNotAllowed('password');
      const ok = await verifyPassword(password, user.password_digest);
      const verification = this.deps.verifications.recordPassword(row.first_factor_verification_id, ok);
      const updated = this.update(row, { first_factor_verification_id: verification.id });
      if (!ok) {
        this.deps.lockout.recordFailure(user);
        throw errors.passwordIncorrect();
      }
      this.deps.lockout.recordSuccess(user);
      // A breached password proves nothing: the user resets it (a code, then `needs_new_password`), as on Clerk.
      // Without a way to reset (no email or phone to send a code to), Clerk lets it in, and so does this server.
      const canReset = this.supportedFirstFactors(updated, user).some((f) => f.strategy.startsWith('reset_password'));
      if (user.password_compromised && canReset) throw passwordCompromised();
      return this.complete(client, updated, user, 'password');
    }

    if (CODE_STRATEGIES.includes(strategy)) {
      const code = requireParam(input.code, 'code');
      const verification = this.deps.verifications.get(row.first_factor_verification_id);
      if (verification?.strategy !== strategy) throw errors.verificationMissing(strategy);
      this.deps.verifications.attemptCode(verification.id, code);
      // A reset code proves the identity but leaves the old password behind: a new one comes next.
      if (strategy.startsWith('reset_password')) return this.update(row, { status: 'needs_new_password' });
      return this.complete(client, this.update(row, {}), user, strategy);
    }

    if (strategy === 'email_link') {
      throw errors.paramValueInvalid('strategy', 'An email link is verified by opening it, not by an attempt.');
    }
    throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not supported by this instance.`);
  }

  /** `POST …/reset_password`: the new password after a reset code; signs in (and out elsewhere, if asked). */
  async resetPassword(client: ClientRow, id: string, input: ResetPasswordInput): Promise<SignInRow> {
    const password = requireParam(input.password, 'password');
    const row = this.get(client, id);
    const user = row.user_id ? this.deps.users.get(row.user_id) : null;
    if (row.status !== 'needs_new_password' || !user) throw statusInvalid(row, 'a new password');
    assertPasswordAllowed(password, this.deps.instance.password);
    this.deps.users.setPassword(user.id, await hashPassword(password));
    if (input.sign_out_of_other_sessions) this.deps.sessions.revokeAllForUser(user.id);
    const strategy = this.deps.verifications.get(row.first_factor_verification_id)?.strategy ?? 'password';
    return this.complete(client, row, user, strategy);
  }

  /**
   * `GET /v1/verify`: an email link was opened. Completes the sign-in it was sent for (on that sign-in's
   * client, so the tab that asked for it finishes by polling). Returns where to send the browser and how it went.
   */
  openEmailLink(token: string): { outcome: 'verified' | 'expired' | 'failed'; redirectUrl: string | null } {
    const { verification, outcome } = this.deps.verifications.useLink(token);
    const redirectUrl = verification?.redirect_url ?? null;
    if (outcome !== 'verified' || !verification) return { outcome, redirectUrl };
    const row = this.deps.db
      .prepare("SELECT * FROM sign_ins WHERE first_factor_verification_id = ? AND status = 'needs_first_factor'")
      .get(verification.id) as SignInRow | undefined;
    const user = row?.user_id ? this.deps.users.get(row.user_id) : null;
    const client = row ? this.deps.clients.get(row.client_id) : null;
    if (!row || !user || !client || this.deps.clock.now() >= row.abandon_at) return { outcome: 'failed', redirectUrl };
    try {
      this.complete(client, row, user, 'email_link');
    } catch (error) {
      if (error instanceof FapiError) return { outcome: 'failed', redirectUrl };
      throw error;
    }
    return { outcome: 'verified', redirectUrl };
  }

  // ---- enterprise SSO -----------------------------------------------------------------------------------------

  /**
   * `prepare_first_factor` with `enterprise_sso`: the sign-in must await a first factor for an address of an
   * enterprise domain. Returns it and its user (null: nobody has that address yet; the provider's answer decides).
   */
  pendingEnterprise(client: ClientRow, id: string): { row: SignInRow; user: UserRow | null } {
    const row = this.get(client, id);
    if (row.status !== 'needs_first_factor') throw statusInvalid(row, 'a first factor');
    if (!enterpriseConnectionFor(this.deps.instance, row.identifier)) throw errors.strategyNotAllowed('enterprise_sso');
    const user = row.user_id ? this.deps.users.get(row.user_id) : null;
    if (user) this.deps.lockout.assertNotLocked(user);
    return { row, user };
  }

  /** The provider's verification the browser is about to complete becomes the sign-in's first factor. */
  awaitExternal(row: SignInRow, verificationId: string): SignInRow {
    return this.update(row, { first_factor_verification_id: verificationId });
  }

  /** An address of an enterprise domain proves itself at its identity provider only: no password, code or link. */
  private refuseEnterprise(client: ClientRow, id: string, strategy: string): void {
    const row = this.get(client, id);
    if (enterpriseConnectionFor(this.deps.instance, row.identifier)) throw errors.strategyNotAllowed(strategy);
  }

  // ---- passkey ----------------------------------------------------------------------------------------------

  /** Request options in the first-factor verification's nonce: any passkey of this RP, or only `user`'s. */
  private startPasskey(row: SignInRow, user: UserRow | null, link?: LinkContext): SignInRow {
    if (!this.deps.instance.passkey.enabled) throw errors.strategyNotAllowed('passkey');
    const rp = link?.relyingParty;
    if (!rp) throw errors.paramValueInvalid('strategy', 'Passkeys need a page origin (an http(s) page).', 400);
    if (user && !this.deps.passkeys.hasAny(user.id)) throw errors.strategyNotAllowed('passkey');
    const verificationId = this.deps.passkeys.startAuthentication(rp, user);
    return this.update(row, { first_factor_verification_id: verificationId });
  }

  /**
   * The assertion: the passkey names the account (a sign-in still waiting for an identifier takes it from
   * there; one that has an identifier must get a passkey of that user). A passkey is possession and the
   * device's own user verification in one, so it skips the second factor (`satisfies_second_factor`).
   */
  private async attemptPasskey(
    client: ClientRow,
    id: string,
    input: AttemptFirstFactorInput,
    link?: LinkContext,
  ): Promise<SignInRow> {
    const credential = requireParam(input.public_key_credential, 'public_key_credential');
    const row = this.get(client, id);
    if (row.status !== 'needs_first_factor' && row.status !== 'needs_identifier') {
      throw statusInvalid(row, 'a first factor');
    }
    const rp = link?.relyingParty;
    if (!this.deps.instance.passkey.enabled || !rp) throw errors.strategyNotAllowed('passkey');
    const verification = this.deps.verifications.get(row.first_factor_verification_id);
    if (verification?.strategy !== 'passkey') throw errors.verificationMissing('passkey');
    const { userId } = await this.deps.passkeys.verifyAuthentication(verification.id, credential, rp);
    const user = this.deps.users.get(userId);
    if (!user) throw errors.passkeyNotFound();
    if (row.user_id !== null && row.user_id !== user.id)
      throw errors.passkeyFailed('This passkey is for another account.');
    this.deps.lockout.assertNotLocked(user);
    const identifier = row.identifier ?? this.deps.users.primaryEmail(user)?.email_address ?? user.username;
    this.deps.db
      .prepare('UPDATE sign_ins SET user_id = ?, identifier = ? WHERE id = ?')
      .run(user.id, identifier, row.id);
    return this.startSessionFor(client, { ...row, user_id: user.id, identifier }, user, 'passkey');
  }

  private findUser(identifier: string): UserRow | null {
    const { instance, users } = this.deps;
    const kind = identifierKind(identifier);
    if (kind === 'email_address') return instance.email_address.enabled ? users.findByEmail(identifier) : null;
    if (kind === 'phone_number') {
      return instance.phone_number.enabled && E164.test(identifier) ? users.findByPhone(identifier) : null;
    }
    return instance.username.enabled ? users.findByUsername(identifier) : null;
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
      // A passkey is two factors in one (the device, and its lock); otherwise the second step, if there was one.
      if (row.second_factor_verification_id || strategy === 'passkey')
        this.deps.sessions.secondFactorVerified(session.id);
      const done = this.update(row, { status: 'complete', created_session_id: session.id });
      this.deps.clients.update(client.id, { sign_in_id: null });
      return done;
    })();
  }

  private pendingFirstFactor(client: ClientRow, id: string): { row: SignInRow; user: UserRow } {
    const row = this.get(client, id);
    const user = row.user_id ? this.deps.users.get(row.user_id) : null;
    if (row.status !== 'needs_first_factor' || !user) throw statusInvalid(row, 'a first factor');
    return { row, user };
  }

  /** Stores a new sign-in, which replaces the old one on the client (and the old sign-up: one flow at a time). */
  private insert(client: ClientRow, row: SignInRow): void {
    this.deps.db
      .prepare(
        `INSERT INTO sign_ins (id, client_id, status, identifier, user_id, first_factor_verification_id,
           created_session_id, abandon_at, created_at, updated_at)
         VALUES (@id, @client_id, @status, @identifier, @user_id, @first_factor_verification_id,
           @created_session_id, @abandon_at, @created_at, @updated_at)`,
      )
      .run(row);
    this.deps.clients.update(client.id, { sign_in_id: row.id });
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
