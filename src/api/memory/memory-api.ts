/**
 * `MemoryFrontendApi`: an in-memory Clerk instance for stories and component tests.
 *
 * It plays the email + password slice the way FAPI does: the same statuses, factors, error codes and
 * `param_name`s, the `{response, client}` envelope, live sessions only in `client.sessions`. Everything it
 * returns goes through the zod schemas (see ./records.ts). Test hooks: `failNext()` injects a fault,
 * `sentCodes` lists the verification codes "emailed", `calls` logs every method call.
 */
import { LatchApiError, type LatchRuntimeError } from '../errors.js';
import type {
  FapiResult,
  FrontendApi,
  JoinWaitlistParams,
  SessionTokenParams,
  SessionTouchParams,
  SignInAttemptFirstFactorParams,
  SignInAttemptSecondFactorParams,
  SignInCreateParams,
  SignInPrepareFirstFactorParams,
  SignInPrepareSecondFactorParams,
  SignInResetPasswordParams,
  SignUpAttemptVerificationParams,
  SignUpCreateParams,
  SignUpPrepareVerificationParams,
  SignUpUpdateParams,
} from '../fapi.js';
import { type EnvironmentJSON, environmentSchema } from '../schemas/index.js';
import { parseOrThrow } from '../validate.js';
import { defaultEnvironment } from './default-environment.js';
import {
  type ClientRecord,
  missingSignUpFields,
  type SerializeContext,
  type SessionRecord,
  type SignInRecord,
  type SignUpRecord,
  secondFactorStrategies,
  toClientJSON,
  toSessionJSON,
  toSignInJSON,
  toSignUpJSON,
  toUserJSON,
  type UserRecord,
} from './records.js';
import { unsignedSessionJwt } from './unsigned-jwt.js';

export interface MemoryUserSeed {
  emailAddress: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  /** E.164; signs in with `phone_code` when the environment turns phone numbers on. */
  phoneNumber?: string;
  imageUrl?: string;
  /**
   * Second factors: TOTP (which accepts the verification code, as every code here does), an SMS phone, and
   * backup codes (each accepted once).
   */
  secondFactors?: { totp?: boolean; phoneNumber?: string; backupCodes?: string[] };
}

export interface MemoryFrontendApiOptions {
  environment?: EnvironmentJSON;
  users?: MemoryUserSeed[];
  /** Delay before every answer, to show loading states in stories. */
  latencyMs?: number;
  /** The code every email_code verification expects (default `424242`). */
  verificationCode?: string;
  /** `signed-in` starts with an active session for the first user (a demo user is created if none is given). */
  clientState?: 'signed-out' | 'signed-in';
  /** With `signed-in` on a multi-session environment: how many of the users start signed in (default 1); the last is active. */
  signedInUsers?: number;
}

/** A verification code the instance "sent". */
export interface SentCode {
  /** `email_code`, `phone_code`, `reset_password_email_code`, `reset_password_phone_code`, or `email_link`. */
  strategy: string;
  /** Where it went: the email address, or the phone number for SMS strategies. */
  emailAddress: string;
  code: string;
  purpose: 'sign_in' | 'sign_up';
}

/** An SMS the instance "sent" (second-factor phone codes). */
export interface SentSms {
  phoneNumber: string;
  code: string;
}

export type FrontendApiMethod = keyof FrontendApi;

export interface MemoryCall {
  method: FrontendApiMethod;
  params: unknown[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Used for `clientState: 'signed-in'` when no users are given. */
export const DEMO_USER: MemoryUserSeed = {
  emailAddress: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

function formError(code: string, message: string, longMessage: string, paramName?: string, status = 422) {
  return new LatchApiError({
    status,
    errors: [{ code, message, longMessage, meta: paramName ? { paramName } : {} }],
  });
}

const strategyForUserInvalid = () =>
  formError(
    'strategy_for_user_invalid',
    'Invalid verification strategy',
    'This strategy is not available for this account.',
    'strategy',
  );

const notFound = (what: string) =>
  formError('resource_not_found', 'not found', `No ${what} was found with this id.`, undefined, 404);

export class MemoryFrontendApi implements FrontendApi {
  readonly sentCodes: SentCode[] = [];
  readonly sentSms: SentSms[] = [];
  readonly calls: MemoryCall[] = [];
  readonly #environment: EnvironmentJSON;
  readonly #latencyMs: number;
  readonly #code: string;
  readonly #users = new Map<string, UserRecord>();
  readonly #faults = new Map<FrontendApiMethod, Array<LatchApiError | LatchRuntimeError>>();
  #client: ClientRecord | null = null;
  #nextId = 1;

  constructor(options: MemoryFrontendApiOptions = {}) {
    this.#environment = options.environment
      ? parseOrThrow(environmentSchema, structuredClone(options.environment), 'memory environment')
      : defaultEnvironment();
    this.#latencyMs = options.latencyMs ?? 0;
    this.#code = options.verificationCode ?? '424242';
    const seeds = options.users?.length ? options.users : options.clientState === 'signed-in' ? [DEMO_USER] : [];
    for (const seed of seeds) this.#addUser(seed);
    if (options.clientState === 'signed-in') {
      const users = [...this.#users.values()].slice(0, Math.max(1, options.signedInUsers ?? 1));
      for (const user of users) this.#startSession(this.#ensureClient(), user, 'password');
    }
  }

  /** Makes the next call of `method` fail with `error` (queued: several calls fail in order). */
  failNext(method: FrontendApiMethod, error: LatchApiError | LatchRuntimeError): void {
    const queue = this.#faults.get(method) ?? [];
    queue.push(error);
    this.#faults.set(method, queue);
  }

  // ---- environment and client -------------------------------------------------------------------------

  getEnvironment(): Promise<EnvironmentJSON> {
    return this.#run('getEnvironment', [], () => structuredClone(this.#environment));
  }

  getClient() {
    return this.#run('getClient', [], () => {
      const client = this.#client ? this.#clientJSON() : null;
      return { response: client, client };
    });
  }

  createClient() {
    return this.#run('createClient', [], () => {
      this.#ensureClient();
      return this.#result(this.#clientJSON());
    });
  }

  destroyClient() {
    return this.#run('destroyClient', [], () => {
      this.#client = null;
      return { response: null, client: null };
    });
  }

  // ---- sign-in ----------------------------------------------------------------------------------------

  createSignIn(params: SignInCreateParams) {
    return this.#run('createSignIn', [params], () => {
      const client = this.#ensureClient();
      this.#assertNoActiveSessionInSingleSessionMode(client);
      const signIn: SignInRecord = {
        id: this.#id('sia'),
        status: 'needs_identifier',
        identifier: null,
        userId: null,
        firstFactorVerification: null,
        createdSessionId: null,
        abandonAt: Date.now() + DAY,
      };
      if (params.strategy?.startsWith('oauth_')) {
        // The "provider" is this page's `#/mock-oauth` fragment: following it never unloads a story or a test.
        const provider = new URL(globalThis.location.href);
        provider.hash = `/mock-oauth?strategy=${params.strategy}`;
        signIn.firstFactorVerification = {
          status: 'unverified',
          strategy: params.strategy,
          attempts: 0,
          expireAt: Date.now() + 10 * MINUTE,
          externalVerificationRedirectUrl: provider.href,
        };
      }
      if (params.identifier !== undefined) {
        const user = this.#findUser(params.identifier);
        if (!user) {
          throw formError(
            'form_identifier_not_found',
            "Couldn't find your account.",
            "Couldn't find your account.",
            'identifier',
          );
        }
        Object.assign(signIn, { status: 'needs_first_factor', identifier: params.identifier, userId: user.id });
      }
      client.signIn = signIn;
      this.#touchClient();
      if (params.password !== undefined && signIn.userId) {
        this.#verifyPassword(signIn, params.password);
      }
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  getSignIn(signInId: string) {
    return this.#run('getSignIn', [signInId], () => this.#result(toSignInJSON(this.#signIn(signInId), this.#ctx())));
  }

  prepareSignInFirstFactor(signInId: string, params: SignInPrepareFirstFactorParams) {
    return this.#run('prepareSignInFirstFactor', [signInId, params], () => {
      const signIn = this.#signIn(signInId);
      const user = this.#signInUser(signIn);
      const factor = toSignInJSON(signIn, this.#ctx()).supported_first_factors.find(
        (f) => f.strategy === params.strategy && f.strategy !== 'password',
      );
      if (!factor?.safe_identifier) {
        throw formError(
          'strategy_for_user_invalid',
          'Invalid verification strategy',
          `The ${params.strategy} strategy is not available for this account.`,
          'strategy',
        );
      }
      signIn.firstFactorVerification =
        params.strategy === 'email_link'
          ? this.#sendLink(user.emailAddress)
          : this.#sendCode(factor.safe_identifier, 'sign_in', params.strategy);
      this.#touchClient();
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  attemptSignInFirstFactor(signInId: string, params: SignInAttemptFirstFactorParams) {
    return this.#run('attemptSignInFirstFactor', [signInId, params], () => {
      const signIn = this.#signIn(signInId);
      this.#signInUser(signIn);
      const codeStrategies = ['email_code', 'phone_code', 'reset_password_email_code', 'reset_password_phone_code'];
      if (params.strategy === 'password') {
        this.#verifyPassword(signIn, params.password ?? '');
      } else if (codeStrategies.includes(params.strategy)) {
        const verification = signIn.firstFactorVerification;
        if (verification?.strategy !== params.strategy) {
          throw formError(
            'verification_missing',
            'not prepared',
            'Call prepare_first_factor before attempting it.',
            'code',
            400,
          );
        }
        this.#checkCode(verification, params.code);
        if (params.strategy.startsWith('reset_password')) signIn.status = 'needs_new_password';
        else this.#completeSignIn(signIn, params.strategy);
      } else {
        throw formError(
          'form_param_value_invalid',
          'is invalid',
          `Strategy ${params.strategy} is not supported.`,
          'strategy',
        );
      }
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  prepareSignInSecondFactor(signInId: string, params: SignInPrepareSecondFactorParams) {
    return this.#run('prepareSignInSecondFactor', [signInId, params], () => {
      const signIn = this.#pendingSecondFactor(signInId);
      const factors = this.#signInUser(signIn).secondFactors;
      if (params.strategy !== 'phone_code') {
        throw formError(
          'form_param_value_invalid',
          'is invalid',
          `Strategy ${params.strategy} cannot be prepared.`,
          'strategy',
        );
      }
      if (!factors?.phoneNumber) throw strategyForUserInvalid();
      this.sentSms.push({ phoneNumber: factors.phoneNumber, code: this.#code });
      signIn.secondFactorVerification = {
        status: 'unverified',
        strategy: 'phone_code',
        attempts: 0,
        expireAt: Date.now() + 10 * MINUTE,
        code: this.#code,
      };
      this.#touchClient();
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  resetSignInPassword(signInId: string, params: SignInResetPasswordParams) {
    return this.#run('resetSignInPassword', [signInId, params], () => {
      const signIn = this.#signIn(signInId);
      const user = this.#signInUser(signIn);
      if (signIn.status !== 'needs_new_password') {
        throw formError('sign_in_status_invalid', 'invalid status', 'No password reset is pending.', undefined, 400);
      }
      this.#checkNewPassword(params.password);
      user.password = params.password;
      if (params.signOutOfOtherSessions) {
        for (const session of this.#client?.sessions ?? []) session.status = 'ended';
      }
      this.#completeSignIn(signIn, signIn.firstFactorVerification?.strategy ?? 'password');
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  attemptSignInSecondFactor(signInId: string, params: SignInAttemptSecondFactorParams) {
    return this.#run('attemptSignInSecondFactor', [signInId, params], () => {
      const signIn = this.#pendingSecondFactor(signInId);
      const factors = this.#signInUser(signIn).secondFactors;
      const { strategy, code = '' } = params;
      if (!secondFactorStrategies(factors).includes(strategy)) throw strategyForUserInvalid();
      if (strategy === 'phone_code') {
        const verification = signIn.secondFactorVerification;
        if (verification?.strategy !== 'phone_code') {
          throw formError('verification_missing', 'not prepared', 'Call prepare_second_factor first.', 'code', 400);
        }
        this.#checkCode(verification, code);
      } else {
        const used = factors?.backupCodes.indexOf(code.trim().toLowerCase()) ?? -1;
        const ok = strategy === 'totp' ? code === this.#code : used >= 0;
        signIn.secondFactorVerification = {
          status: ok ? 'verified' : 'unverified',
          strategy,
          attempts: 1,
          expireAt: null,
        };
        if (!ok) throw formError('form_code_incorrect', 'Incorrect code', 'Incorrect code. Try again.', 'code');
        if (strategy === 'backup_code') factors?.backupCodes.splice(used, 1);
      }
      this.#completeSignIn(signIn, signIn.firstFactorVerification?.strategy ?? strategy);
      this.#touchClient();
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  /**
   * Test hook: the user opens the email link of the pending sign-in "in another tab". Its next `getSignIn`
   * (the polling) reads `complete`. `outcome` plays an expired link instead.
   */
  openEmailLink(outcome: 'verified' | 'expired' = 'verified'): void {
    const signIn = this.#client?.signIn;
    const verification = signIn?.firstFactorVerification;
    if (!signIn || verification?.strategy !== 'email_link') throw new Error('no email link is pending');
    verification.status = outcome;
    if (outcome === 'verified') this.#completeSignIn(signIn, 'email_link');
  }

  /**
   * Test hook: the browser comes back from the provider of the pending OAuth sign-in. `emailAddress` of a known
   * user signs that user in; an unknown one leaves the sign-in `transferable`; `denied` fails it (cancelled).
   */
  returnFromProvider(outcome: { emailAddress: string } | 'denied'): void {
    const signIn = this.#client?.signIn;
    const verification = signIn?.firstFactorVerification;
    if (!signIn || !verification?.strategy.startsWith('oauth_')) throw new Error('no OAuth sign-in is pending');
    if (outcome === 'denied') {
      verification.status = 'failed';
      return;
    }
    const user = this.#findUser(outcome.emailAddress);
    if (!user) {
      verification.status = 'transferable';
      return;
    }
    verification.status = 'verified';
    Object.assign(signIn, { identifier: outcome.emailAddress, userId: user.id, status: 'needs_first_factor' });
    this.#completeSignIn(signIn, verification.strategy);
  }

  // ---- sign-up ----------------------------------------------------------------------------------------

  createSignUp(params: SignUpCreateParams) {
    return this.#run('createSignUp', [params], () => {
      const client = this.#ensureClient();
      this.#assertNoActiveSessionInSingleSessionMode(client);
      const signUp: SignUpRecord = {
        id: this.#id('sua'),
        status: 'missing_requirements',
        emailAddress: null,
        password: null,
        firstName: null,
        lastName: null,
        username: null,
        unsafeMetadata: {},
        legalAcceptedAt: null,
        emailVerification: null,
        createdSessionId: null,
        createdUserId: null,
        abandonAt: Date.now() + DAY,
      };
      this.#applySignUpParams(signUp, params);
      client.signUp = signUp;
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  updateSignUp(signUpId: string, params: SignUpUpdateParams) {
    return this.#run('updateSignUp', [signUpId, params], () => {
      const signUp = this.#signUp(signUpId);
      if (signUp.status === 'complete') {
        throw formError('sign_up_cannot_be_updated', 'cannot be updated', 'This sign up is complete.', undefined, 400);
      }
      this.#applySignUpParams(signUp, params);
      this.#maybeCompleteSignUp(signUp);
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  getSignUp(signUpId: string) {
    return this.#run('getSignUp', [signUpId], () => this.#result(toSignUpJSON(this.#signUp(signUpId), this.#ctx())));
  }

  prepareSignUpVerification(signUpId: string, params: SignUpPrepareVerificationParams) {
    return this.#run('prepareSignUpVerification', [signUpId, params], () => {
      const signUp = this.#signUp(signUpId);
      if (params.strategy !== 'email_code') {
        throw formError(
          'form_param_value_invalid',
          'is invalid',
          `Strategy ${params.strategy} is not supported.`,
          'strategy',
        );
      }
      if (!signUp.emailAddress) {
        throw formError('form_param_missing', 'is missing', 'Enter an email address first.', 'email_address');
      }
      signUp.emailVerification = this.#sendCode(signUp.emailAddress, 'sign_up');
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  attemptSignUpVerification(signUpId: string, params: SignUpAttemptVerificationParams) {
    return this.#run('attemptSignUpVerification', [signUpId, params], () => {
      const signUp = this.#signUp(signUpId);
      const verification = signUp.emailVerification;
      if (params.strategy !== 'email_code' || !verification?.code) {
        throw formError('verification_missing', 'not prepared', 'Call prepare_verification first.', 'code', 400);
      }
      this.#checkCode(verification, params.code);
      this.#maybeCompleteSignUp(signUp);
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  // ---- sessions and user ------------------------------------------------------------------------------

  touchSession(sessionId: string, params: SessionTouchParams = {}) {
    return this.#run('touchSession', [sessionId, params], () => {
      const session = this.#activeSession(sessionId);
      session.lastActiveAt = Date.now();
      session.updatedAt = session.lastActiveAt;
      if (params.activeOrganizationId !== undefined) session.lastActiveOrganizationId = params.activeOrganizationId;
      const client = this.#ensureClient();
      client.lastActiveSessionId = session.id;
      this.#touchClient();
      return this.#result(toSessionJSON(session, this.#ctx()));
    });
  }

  createSessionToken(sessionId: string, params: SessionTokenParams = {}) {
    return this.#run('createSessionToken', [sessionId, params], () => {
      const session = this.#activeSession(sessionId);
      const organizationId = params.organizationId ?? session.lastActiveOrganizationId;
      return { jwt: unsignedSessionJwt({ sessionId: session.id, userId: session.userId, organizationId }) };
    });
  }

  endSession(sessionId: string) {
    return this.#run('endSession', [sessionId], () => this.#closeSession(sessionId, 'ended'));
  }

  removeSession(sessionId: string) {
    return this.#run('removeSession', [sessionId], () => this.#closeSession(sessionId, 'removed'));
  }

  endAllSessions() {
    return this.#run('endAllSessions', [], () => {
      if (!this.#client) return { response: null, client: null };
      for (const session of this.#client.sessions) if (session.status === 'active') session.status = 'ended';
      this.#client.lastActiveSessionId = null;
      this.#touchClient();
      const client = this.#clientJSON();
      return { response: client, client };
    });
  }

  getMe() {
    return this.#run('getMe', [], () => {
      const sessionId = this.#client?.lastActiveSessionId;
      const session = this.#client?.sessions.find((s) => s.id === sessionId && s.status === 'active');
      if (!session) throw formError('signed_out', 'Signed out', 'You are signed out.', undefined, 401);
      return this.#result(toUserJSON(this.#user(session.userId)));
    });
  }

  // ---- waitlist ---------------------------------------------------------------------------------------

  /** Addresses on the waitlist → entry id (joining twice returns the same entry, as on the server). */
  readonly waitlist = new Map<string, string>();

  joinWaitlist(params: JoinWaitlistParams) {
    return this.#run('joinWaitlist', [params], () => {
      const email = (params.emailAddress ?? '').trim().toLowerCase();
      if (!email) throw formError('form_param_missing', 'is missing', 'Enter an email address.', 'email_address');
      if (!EMAIL_PATTERN.test(email)) {
        throw formError(
          'form_param_format_invalid',
          'is invalid',
          'Email address must be a valid email address.',
          'email_address',
        );
      }
      if (this.#findUser(email)) {
        throw formError(
          'form_identifier_exists',
          'That email address is taken. Please try another.',
          'That email address is taken. Please try another.',
          'email_address',
        );
      }
      let id = this.waitlist.get(email);
      if (!id) {
        id = this.#id('wle');
        this.waitlist.set(email, id);
      }
      return { id };
    });
  }

  // ---- internals --------------------------------------------------------------------------------------

  /** Logs the call, waits the latency, throws an injected fault, or runs the operation. */
  async #run<T>(method: FrontendApiMethod, params: unknown[], operation: () => T): Promise<T> {
    this.calls.push({ method, params: structuredClone(params) });
    await new Promise<void>((resolve) => setTimeout(resolve, this.#latencyMs));
    const fault = this.#faults.get(method)?.shift();
    if (fault) throw fault;
    return operation();
  }

  #result<T>(response: T): FapiResult<T> {
    return { response, client: this.#client ? this.#clientJSON() : null };
  }

  #ctx(): SerializeContext {
    const { attributes } = this.#environment.user_settings;
    const on = (name: 'email_address' | 'phone_number' | 'username') => (attributes[name].enabled ? [name] : []);
    return {
      user: (id) => this.#user(id),
      passwordEnabled: attributes.password.enabled,
      passwordRequired: attributes.password.required,
      identifiers: [...on('email_address'), ...on('phone_number'), ...on('username')],
      emailFirstFactors: attributes.email_address.used_for_first_factor ? attributes.email_address.first_factors : [],
      phoneFirstFactors: attributes.phone_number.enabled ? attributes.phone_number.first_factors : [],
    };
  }

  #clientJSON() {
    return toClientJSON(this.#ensureClient(), this.#ctx());
  }

  #id(prefix: string): string {
    return `${prefix}_memory${this.#nextId++}`;
  }

  #addUser(seed: MemoryUserSeed): UserRecord {
    const now = Date.now();
    const user: UserRecord = {
      id: this.#id('user'),
      emailAddressId: this.#id('idn'),
      emailAddress: seed.emailAddress,
      emailVerifiedAt: now,
      password: seed.password ?? null,
      firstName: seed.firstName ?? null,
      lastName: seed.lastName ?? null,
      username: seed.username ?? null,
      phoneNumber: seed.phoneNumber ?? null,
      phoneNumberId: seed.phoneNumber ? this.#id('idn') : null,
      imageUrl: seed.imageUrl ?? '',
      unsafeMetadata: {},
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const mfa = seed.secondFactors;
    if (mfa) {
      user.secondFactors = {
        totp: mfa.totp === true,
        phoneNumberId: mfa.phoneNumber ? this.#id('idn') : null,
        phoneNumber: mfa.phoneNumber ?? null,
        backupCodes: [...(mfa.backupCodes ?? [])],
      };
    }
    this.#users.set(user.id, user);
    return user;
  }

  #user(userId: string): UserRecord {
    const user = this.#users.get(userId);
    if (!user) throw notFound('user');
    return user;
  }

  #findUser(identifier: string): UserRecord | undefined {
    const wanted = identifier.trim().toLowerCase();
    for (const user of this.#users.values()) {
      if (user.emailAddress.toLowerCase() === wanted || user.username?.toLowerCase() === wanted) return user;
      if (user.phoneNumber && user.phoneNumber === wanted.replace(/[\s().-]/g, '')) return user;
    }
    return undefined;
  }

  #ensureClient(): ClientRecord {
    if (!this.#client) {
      const now = Date.now();
      this.#client = {
        id: this.#id('client'),
        sessions: [],
        signIn: null,
        signUp: null,
        lastActiveSessionId: null,
        lastAuthenticationStrategy: null,
        createdAt: now,
        updatedAt: now,
      };
    }
    return this.#client;
  }

  #touchClient(): void {
    if (this.#client) this.#client.updatedAt = Date.now();
  }

  #assertNoActiveSessionInSingleSessionMode(client: ClientRecord): void {
    if (!this.#environment.auth_config.single_session_mode) return;
    if (client.sessions.some((session) => session.status === 'active')) {
      throw formError('session_exists', "You're already signed in.", "You're already signed in.", undefined, 400);
    }
  }

  #signIn(signInId: string): SignInRecord {
    const signIn = this.#client?.signIn;
    if (!signIn || signIn.id !== signInId) throw notFound('sign in');
    return signIn;
  }

  #signInUser(signIn: SignInRecord): UserRecord {
    if (!signIn.userId) {
      throw formError('form_param_missing', 'is missing', 'Enter an identifier first.', 'identifier');
    }
    return this.#user(signIn.userId);
  }

  #pendingSecondFactor(signInId: string): SignInRecord {
    const signIn = this.#signIn(signInId);
    if (signIn.status !== 'needs_second_factor') {
      throw formError(
        'sign_in_status_invalid',
        'not awaiting a second factor',
        'This sign in is not awaiting a second factor.',
        undefined,
        400,
      );
    }
    return signIn;
  }

  #signUp(signUpId: string): SignUpRecord {
    const signUp = this.#client?.signUp;
    if (!signUp || signUp.id !== signUpId) throw notFound('sign up');
    return signUp;
  }

  #verifyPassword(signIn: SignInRecord, password: string): void {
    const user = this.#signInUser(signIn);
    if (user.password === null || user.password !== password) {
      throw formError(
        'form_password_incorrect',
        'Password is incorrect.',
        'Password is incorrect. Try again, or use another method.',
        'password',
      );
    }
    signIn.firstFactorVerification = { status: 'verified', strategy: 'password', attempts: 1, expireAt: Date.now() };
    this.#completeSignIn(signIn, 'password');
  }

  /** A verified factor: signed in, unless this was the first factor and the user has second factors. */
  #completeSignIn(signIn: SignInRecord, strategy: string): void {
    const user = this.#signInUser(signIn);
    if (signIn.status !== 'needs_second_factor' && secondFactorStrategies(user.secondFactors).length > 0) {
      signIn.status = 'needs_second_factor';
      return;
    }
    const session = this.#startSession(this.#ensureClient(), user, strategy);
    signIn.status = 'complete';
    signIn.createdSessionId = session.id;
  }

  #startSession(client: ClientRecord, user: UserRecord, strategy: string): SessionRecord {
    const now = Date.now();
    const session: SessionRecord = {
      id: this.#id('sess'),
      userId: user.id,
      status: 'active',
      lastActiveOrganizationId: null,
      lastActiveAt: now,
      expireAt: now + 7 * DAY,
      abandonAt: now + 30 * DAY,
      createdAt: now,
      updatedAt: now,
    };
    client.sessions.push(session);
    client.lastActiveSessionId = session.id;
    client.lastAuthenticationStrategy = strategy;
    user.lastSignInAt = now;
    return session;
  }

  #activeSession(sessionId: string): SessionRecord {
    const session = this.#client?.sessions.find((s) => s.id === sessionId);
    if (!session) throw notFound('session');
    if (session.status !== 'active') {
      throw formError('session_not_active', 'not active', 'This session is no longer active.', undefined, 401);
    }
    return session;
  }

  #closeSession(sessionId: string, status: 'ended' | 'removed') {
    const session = this.#activeSession(sessionId);
    const client = this.#ensureClient();
    session.status = status;
    session.updatedAt = Date.now();
    if (client.lastActiveSessionId === session.id) {
      client.lastActiveSessionId = client.sessions.find((s) => s.status === 'active')?.id ?? null;
    }
    this.#touchClient();
    return this.#result(toSessionJSON(session, this.#ctx()));
  }

  #sendLink(emailAddress: string) {
    this.sentCodes.push({ strategy: 'email_link', emailAddress, code: '', purpose: 'sign_in' });
    return { status: 'unverified' as const, strategy: 'email_link', attempts: 0, expireAt: Date.now() + 10 * MINUTE };
  }

  #sendCode(emailAddress: string, purpose: SentCode['purpose'], strategy = 'email_code') {
    this.sentCodes.push({ strategy, emailAddress, code: this.#code, purpose });
    return {
      status: 'unverified' as const,
      strategy,
      attempts: 0,
      expireAt: Date.now() + 10 * MINUTE,
      code: this.#code,
    };
  }

  #checkCode(verification: NonNullable<SignInRecord['firstFactorVerification']>, code: string | undefined): void {
    verification.attempts += 1;
    if (code !== verification.code) {
      throw formError('form_code_incorrect', 'Incorrect code', 'Incorrect code. Try again.', 'code');
    }
    verification.status = 'verified';
  }

  #applySignUpParams(signUp: SignUpRecord, params: SignUpCreateParams): void {
    if (params.emailAddress !== undefined) {
      const email = params.emailAddress.trim();
      if (!EMAIL_PATTERN.test(email)) {
        throw formError(
          'form_param_format_invalid',
          'is invalid',
          'Email address must be a valid email address.',
          'email_address',
        );
      }
      if (this.#findUser(email)) {
        throw formError(
          'form_identifier_exists',
          'That email address is taken. Please try another.',
          'That email address is taken. Please try another.',
          'email_address',
        );
      }
      if (email !== signUp.emailAddress) {
        signUp.emailAddress = email;
        signUp.emailVerification = { status: 'unverified', strategy: 'email_code', attempts: 0, expireAt: null };
      }
    }
    if (params.password !== undefined) {
      this.#checkNewPassword(params.password);
      signUp.password = params.password;
    }
    if (params.firstName !== undefined) signUp.firstName = params.firstName || null;
    if (params.lastName !== undefined) signUp.lastName = params.lastName || null;
    if (params.username !== undefined) signUp.username = params.username || null;
    if (params.unsafeMetadata !== undefined) signUp.unsafeMetadata = structuredClone(params.unsafeMetadata);
    if (params.legalAccepted) signUp.legalAcceptedAt = Date.now();
  }

  /** The instance's length rules, with FAPI's codes (sign-up and password reset). */
  #checkNewPassword(password: string): void {
    const { min_length, max_length } = this.#environment.user_settings.password_settings;
    if (password.length < min_length) {
      throw formError(
        'form_password_length_too_short',
        `Passwords must be ${min_length} characters or more.`,
        `Passwords must be ${min_length} characters or more.`,
        'password',
      );
    }
    if (password.length > max_length) {
      throw formError(
        'form_password_length_too_long',
        `Passwords must be less than ${max_length} characters.`,
        `Passwords must be less than ${max_length} characters.`,
        'password',
      );
    }
  }

  /** Complete once nothing is missing and the email address is verified: create the user and a session. */
  #maybeCompleteSignUp(signUp: SignUpRecord): void {
    const passwordRequired = this.#environment.user_settings.attributes.password.required;
    if (signUp.status === 'complete' || missingSignUpFields(signUp, passwordRequired).length > 0) return;
    if (signUp.emailVerification?.status !== 'verified' || !signUp.emailAddress) return;
    const user = this.#addUser({
      emailAddress: signUp.emailAddress,
      password: signUp.password ?? undefined,
      firstName: signUp.firstName ?? undefined,
      lastName: signUp.lastName ?? undefined,
      username: signUp.username ?? undefined,
    });
    user.unsafeMetadata = signUp.unsafeMetadata;
    const session = this.#startSession(this.#ensureClient(), user, 'email_code');
    signUp.status = 'complete';
    signUp.createdUserId = user.id;
    signUp.createdSessionId = session.id;
  }
}
