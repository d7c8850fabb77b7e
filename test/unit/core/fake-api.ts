/**
 * A small scripted FrontendApi for core and resource tests: an email+password instance with one user, a
 * call log, per-method gates (hold a response until the test releases it) and one-shot injected failures.
 * Every answer goes through the real zod schemas, so the resources see exactly what the adapters produce.
 */
// Clients with sessions are parsed and built with the account module: registered here, as the ES build does.
import '../../../src/resources/account.js';
import { LatchApiError } from '../../../src/api/errors.js';
import type {
  CreateExternalAccountParams,
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
} from '../../../src/api/fapi.js';
import {
  type ClientJSON,
  clientSchema,
  type EnvironmentJSON,
  environmentSchema,
  type SessionJSON,
  type SignInJSON,
  type SignUpJSON,
  sessionSchema,
  signInSchema,
  signUpSchema,
  type UserJSON,
  userSchema,
} from '../../../src/api/schemas/index.js';

export const T0 = 1_767_225_600_000;
export const VERIFICATION_CODE = '424242';

type Method = keyof FrontendApi;

export interface Deferred {
  promise: Promise<void>;
  release(): void;
}

function deferred(): Deferred {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** An unsigned JWT with the given claims (the client never verifies signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  // JWT segments are base64url of UTF-8 JSON.
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.sig`;
}

export function apiError(status: number, code: string, paramName?: string): LatchApiError {
  return new LatchApiError({
    status,
    errors: [{ code, message: code, longMessage: code, meta: paramName ? { paramName } : {} }],
  });
}

export const rawEnvironment = () => ({
  object: 'environment',
  id: 'env_1',
  auth_config: { single_session_mode: false },
  display_config: {
    application_name: 'Acme',
    instance_environment_type: 'development',
    sign_in_url: 'https://accounts.acme.test/sign-in',
    sign_up_url: 'https://accounts.acme.test/sign-up',
  },
  user_settings: {
    attributes: {
      email_address: {
        enabled: true,
        required: true,
        used_for_first_factor: true,
        first_factors: ['email_code'],
        verifications: ['email_code'],
        verify_at_sign_up: true,
      },
      password: { enabled: true, required: true },
    },
    password_settings: { min_length: 10 },
    sign_up: { mode: 'public' },
  },
});

interface FakeUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
}

interface FakeSession {
  id: string;
  userId: string;
  status: 'active' | 'ended' | 'removed';
}

export class FakeFrontendApi implements FrontendApi {
  /** Every call, in order: method name and arguments. */
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  /** Seconds a minted token lives. */
  tokenTtlSeconds = 60;
  /** Clock used for token `exp` and timestamps. */
  now: () => number = () => T0;
  environment: unknown = rawEnvironment();
  /** When false, mutations answer without the piggybacked client. */
  piggyback = true;
  /** Claims added to every minted session token (e.g. the active organization's `o`). */
  tokenClaims: Record<string, unknown> = {};

  readonly #gates = new Map<Method, Deferred>();
  readonly #failures = new Map<Method, unknown>();
  readonly #users: FakeUser[] = [
    { id: 'user_1', email: 'ada@example.com', password: 'correct-horse', firstName: 'Ada' },
  ];
  #sessions: FakeSession[] = [];
  #clientExists = false;
  #signIn: Record<string, unknown> | null = null;
  #signUp: (Record<string, unknown> & { password?: string }) | null = null;
  #lastActiveSessionId: string | null = null;
  #ids = 0;
  #tokens = 0;

  /** Holds the next answers of `method` until `release()` is called. */
  hold(method: Method): Deferred {
    const gate = deferred();
    this.#gates.set(method, gate);
    return gate;
  }

  /** Makes the next call of `method` fail with `error`. */
  failNext(method: Method, error: unknown): void {
    this.#failures.set(method, error);
  }

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  /** Seeds a signed-in client with `count` active sessions of the one user (last one is the last active). */
  signInDirectly(count = 1): void {
    this.#clientExists = true;
    for (let i = 0; i < count; i++) {
      const id = this.#id('sess');
      this.#sessions.push({ id, userId: 'user_1', status: 'active' });
      this.#lastActiveSessionId = id;
    }
  }

  get sessionIds(): string[] {
    return this.#sessions.map((s) => s.id);
  }

  async #enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const gate = this.#gates.get(method);
    if (gate) await gate.promise;
    await Promise.resolve();
    if (this.#failures.has(method)) {
      const error = this.#failures.get(method);
      this.#failures.delete(method);
      throw error;
    }
  }

  #id(prefix: string): string {
    return `${prefix}_${++this.#ids}`;
  }

  #userJSON(userId: string): UserJSON {
    const user = this.#users.find((u) => u.id === userId);
    if (!user) throw new Error(`fake: no user ${userId}`);
    return userSchema.parse({
      object: 'user',
      id: user.id,
      first_name: user.firstName,
      last_name: 'Lovelace',
      primary_email_address_id: `idn_${user.id}`,
      password_enabled: true,
      email_addresses: [
        {
          object: 'email_address',
          id: `idn_${user.id}`,
          email_address: user.email,
          verification: { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: T0 },
          linked_to: [],
        },
      ],
      created_at: T0,
      updated_at: T0,
    });
  }

  #sessionJSON(session: FakeSession): SessionJSON {
    return sessionSchema.parse({
      object: 'session',
      id: session.id,
      status: session.status,
      expire_at: T0 + 7 * 86_400_000,
      abandon_at: T0 + 30 * 86_400_000,
      last_active_at: this.now(),
      last_active_organization_id: null,
      user: this.#userJSON(session.userId),
      public_user_data: { first_name: 'Ada', identifier: 'ada@example.com', user_id: session.userId },
      created_at: T0,
      updated_at: this.now(),
    });
  }

  #clientJSON(): ClientJSON | null {
    if (!this.#clientExists) return null;
    return clientSchema.parse({
      object: 'client',
      id: 'client_1',
      sessions: this.#sessions.filter((s) => s.status === 'active').map((s) => this.#sessionJSON(s)),
      sign_in: this.#signIn,
      sign_up: this.#signUp ? { ...this.#signUp, password: undefined } : null,
      last_active_session_id: this.#lastActiveSessionId,
      created_at: T0,
      updated_at: this.now(),
    });
  }

  #result<T>(response: T): FapiResult<T> {
    return this.piggyback ? { response, client: this.#clientJSON() } : { response };
  }

  #startSession(userId: string): string {
    const id = this.#id('sess');
    this.#sessions.push({ id, userId, status: 'active' });
    this.#lastActiveSessionId = id;
    return id;
  }

  // ---- FrontendApi ----------------------------------------------------------------------------------

  async getEnvironment(): Promise<EnvironmentJSON> {
    await this.#enter('getEnvironment', []);
    return environmentSchema.parse(this.environment);
  }

  async getClient(): Promise<FapiResult<ClientJSON | null>> {
    await this.#enter('getClient', []);
    const client = this.#clientJSON();
    return { response: client, client };
  }

  async createClient(): Promise<FapiResult<ClientJSON>> {
    await this.#enter('createClient', []);
    this.#clientExists = true;
    const client = this.#clientJSON() as ClientJSON;
    return { response: client, client };
  }

  async destroyClient(): Promise<FapiResult<ClientJSON | null>> {
    await this.#enter('destroyClient', []);
    this.#clientExists = false;
    this.#sessions = [];
    return { response: null, client: null };
  }

  async createSignIn(params: SignInCreateParams): Promise<FapiResult<SignInJSON>> {
    await this.#enter('createSignIn', [params]);
    this.#clientExists = true;
    const user = this.#users.find((u) => u.email === params.identifier);
    if (!user) throw apiError(422, 'form_identifier_not_found', 'identifier');
    const signIn: Record<string, unknown> = {
      object: 'sign_in_attempt',
      id: this.#id('sia'),
      status: 'needs_first_factor',
      identifier: user.email,
      supported_identifiers: ['email_address'],
      supported_first_factors: [
        { strategy: 'password' },
        { strategy: 'email_code', safe_identifier: user.email, email_address_id: `idn_${user.id}` },
      ],
      user_data: { first_name: user.firstName },
      created_session_id: null,
      abandon_at: T0 + 86_400_000,
    };
    if (params.password !== undefined) {
      if (params.password !== user.password) throw apiError(422, 'form_password_incorrect', 'password');
      signIn.status = 'complete';
      signIn.created_session_id = this.#startSession(user.id);
      this.#signIn = null;
    } else {
      this.#signIn = signIn;
    }
    return this.#result(signInSchema.parse(signIn));
  }

  async getSignIn(signInId: string): Promise<FapiResult<SignInJSON>> {
    await this.#enter('getSignIn', [signInId]);
    if (!this.#signIn || this.#signIn.id !== signInId) throw apiError(404, 'resource_not_found');
    return this.#result(signInSchema.parse(this.#signIn));
  }

  async prepareSignInFirstFactor(
    signInId: string,
    params: SignInPrepareFirstFactorParams,
  ): Promise<FapiResult<SignInJSON>> {
    await this.#enter('prepareSignInFirstFactor', [signInId, params]);
    if (!this.#signIn || this.#signIn.id !== signInId) throw apiError(404, 'resource_not_found');
    this.#signIn.first_factor_verification = {
      status: 'unverified',
      strategy: params.strategy,
      attempts: 0,
      expire_at: this.now() + 600_000,
    };
    return this.#result(signInSchema.parse(this.#signIn));
  }

  async resetSignInPassword(signInId: string, params: SignInResetPasswordParams): Promise<FapiResult<SignInJSON>> {
    await this.#enter('resetSignInPassword', [signInId, params]);
    // The core tests never reach a reset; a call here is a test bug.
    throw apiError(400, 'sign_in_status_invalid');
  }

  async attemptSignInFirstFactor(
    signInId: string,
    params: SignInAttemptFirstFactorParams,
  ): Promise<FapiResult<SignInJSON>> {
    await this.#enter('attemptSignInFirstFactor', [signInId, params]);
    const signIn = this.#signIn;
    if (!signIn || signIn.id !== signInId) throw apiError(404, 'resource_not_found');
    const user = this.#users.find((u) => u.email === signIn.identifier);
    if (!user) throw apiError(404, 'resource_not_found');
    const ok = params.strategy === 'password' ? params.password === user.password : params.code === VERIFICATION_CODE;
    if (!ok) {
      throw params.strategy === 'password'
        ? apiError(422, 'form_password_incorrect', 'password')
        : apiError(422, 'form_code_incorrect', 'code');
    }
    const done = {
      ...signIn,
      status: 'complete',
      first_factor_verification: { status: 'verified', strategy: params.strategy, attempts: 1, expire_at: null },
      created_session_id: this.#startSession(user.id),
    };
    this.#signIn = null;
    return this.#result(signInSchema.parse(done));
  }

  /** Core tests' users have no second factors: the second-factor calls refuse, as the server does for them. */
  async prepareSignInSecondFactor(signInId: string, params: SignInPrepareSecondFactorParams): Promise<never> {
    await this.#enter('prepareSignInSecondFactor', [signInId, params]);
    throw apiError(422, 'strategy_for_user_invalid', 'strategy');
  }

  async attemptSignInSecondFactor(signInId: string, params: SignInAttemptSecondFactorParams): Promise<never> {
    await this.#enter('attemptSignInSecondFactor', [signInId, params]);
    throw apiError(422, 'strategy_for_user_invalid', 'strategy');
  }

  async createSignUp(params: SignUpCreateParams): Promise<FapiResult<SignUpJSON>> {
    await this.#enter('createSignUp', [params]);
    this.#clientExists = true;
    if (this.#users.some((u) => u.email === params.emailAddress)) {
      throw apiError(422, 'form_identifier_exists', 'email_address');
    }
    this.#signUp = {
      object: 'sign_up_attempt',
      id: this.#id('sua'),
      status: 'missing_requirements',
      required_fields: ['email_address', 'password'],
      optional_fields: ['first_name'],
      missing_fields: [],
      unverified_fields: ['email_address'],
      verifications: {
        email_address: { status: 'unverified', strategy: 'email_code', attempts: 0, expire_at: null },
      },
      email_address: params.emailAddress ?? null,
      first_name: params.firstName ?? null,
      password_enabled: params.password !== undefined,
      password: params.password,
      created_session_id: null,
      created_user_id: null,
      abandon_at: T0 + 86_400_000,
    };
    return this.#result(signUpSchema.parse({ ...this.#signUp, password: undefined }));
  }

  async updateSignUp(signUpId: string, params: SignUpCreateParams): Promise<FapiResult<SignUpJSON>> {
    await this.#enter('updateSignUp', [signUpId, params]);
    if (!this.#signUp || this.#signUp.id !== signUpId) throw apiError(404, 'resource_not_found');
    if (params.firstName !== undefined) this.#signUp.first_name = params.firstName;
    return this.#result(signUpSchema.parse({ ...this.#signUp, password: undefined }));
  }

  async getSignUp(signUpId: string): Promise<FapiResult<SignUpJSON>> {
    await this.#enter('getSignUp', [signUpId]);
    if (!this.#signUp || this.#signUp.id !== signUpId) throw apiError(404, 'resource_not_found');
    return this.#result(signUpSchema.parse({ ...this.#signUp, password: undefined }));
  }

  async prepareSignUpVerification(
    signUpId: string,
    params: SignUpPrepareVerificationParams,
  ): Promise<FapiResult<SignUpJSON>> {
    await this.#enter('prepareSignUpVerification', [signUpId, params]);
    if (!this.#signUp || this.#signUp.id !== signUpId) throw apiError(404, 'resource_not_found');
    this.#signUp.verifications = {
      email_address: {
        status: 'unverified',
        strategy: params.strategy,
        attempts: 0,
        expire_at: this.now() + 600_000,
        next_action: 'needs_attempt',
      },
    };
    return this.#result(signUpSchema.parse({ ...this.#signUp, password: undefined }));
  }

  async attemptSignUpVerification(
    signUpId: string,
    params: SignUpAttemptVerificationParams,
  ): Promise<FapiResult<SignUpJSON>> {
    await this.#enter('attemptSignUpVerification', [signUpId, params]);
    const signUp = this.#signUp;
    if (!signUp || signUp.id !== signUpId) throw apiError(404, 'resource_not_found');
    if (params.code !== VERIFICATION_CODE) throw apiError(422, 'form_code_incorrect', 'code');
    const user: FakeUser = {
      id: this.#id('user'),
      email: String(signUp.email_address),
      password: String(signUp.password ?? ''),
      firstName: String(signUp.first_name ?? ''),
    };
    this.#users.push(user);
    const done = {
      ...signUp,
      password: undefined,
      status: 'complete',
      unverified_fields: [],
      verifications: { email_address: { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: null } },
      created_user_id: user.id,
      created_session_id: this.#startSession(user.id),
    };
    this.#signUp = null;
    return this.#result(signUpSchema.parse(done));
  }

  #session(sessionId: string): FakeSession {
    const session = this.#sessions.find((s) => s.id === sessionId);
    if (!session) throw apiError(404, 'resource_not_found');
    return session;
  }

  async touchSession(sessionId: string, params?: SessionTouchParams): Promise<FapiResult<SessionJSON>> {
    await this.#enter('touchSession', [sessionId, params]);
    const session = this.#session(sessionId);
    this.#lastActiveSessionId = sessionId;
    return this.#result(this.#sessionJSON(session));
  }

  async createSessionToken(sessionId: string, params?: SessionTokenParams): Promise<{ jwt: string }> {
    await this.#enter('createSessionToken', [sessionId, params]);
    const session = this.#session(sessionId);
    if (session.status !== 'active') throw apiError(401, 'signed_out');
    const iat = Math.floor(this.now() / 1000);
    return {
      jwt: makeJwt({
        sid: sessionId,
        sub: session.userId,
        iat,
        exp: iat + this.tokenTtlSeconds,
        n: ++this.#tokens,
        ...this.tokenClaims,
      }),
    };
  }

  async endSession(sessionId: string): Promise<FapiResult<SessionJSON>> {
    await this.#enter('endSession', [sessionId]);
    const session = this.#session(sessionId);
    session.status = 'ended';
    return this.#result(this.#sessionJSON(session));
  }

  async removeSession(sessionId: string): Promise<FapiResult<SessionJSON>> {
    await this.#enter('removeSession', [sessionId]);
    const session = this.#session(sessionId);
    session.status = 'removed';
    if (this.#lastActiveSessionId === sessionId) {
      this.#lastActiveSessionId = this.#sessions.filter((s) => s.status === 'active').at(-1)?.id ?? null;
    }
    return this.#result(this.#sessionJSON(session));
  }

  async endAllSessions(): Promise<FapiResult<ClientJSON | null>> {
    await this.#enter('endAllSessions', []);
    for (const session of this.#sessions) session.status = 'ended';
    this.#lastActiveSessionId = null;
    const client = this.#clientJSON();
    return { response: client, client };
  }

  async getMe(): Promise<FapiResult<UserJSON>> {
    await this.#enter('getMe', []);
    const session = this.#sessions.find((s) => s.id === this.#lastActiveSessionId);
    if (!session) throw apiError(401, 'signed_out');
    return this.#result(this.#userJSON(session.userId));
  }

  // The core tests play no passkey: these answer as a server without the feature would.
  async createPasskey(): Promise<never> {
    await this.#enter('createPasskey', []);
    throw apiError(422, 'strategy_for_user_invalid');
  }

  async attemptPasskeyVerification(passkeyId: string): Promise<never> {
    await this.#enter('attemptPasskeyVerification', [passkeyId]);
    throw apiError(404, 'resource_not_found');
  }

  async updatePasskey(passkeyId: string): Promise<never> {
    await this.#enter('updatePasskey', [passkeyId]);
    throw apiError(404, 'resource_not_found');
  }

  async deletePasskey(passkeyId: string): Promise<never> {
    await this.#enter('deletePasskey', [passkeyId]);
    throw apiError(404, 'resource_not_found');
  }

  async joinWaitlist(params: JoinWaitlistParams): Promise<{ id: string }> {
    await this.#enter('joinWaitlist', [params]);
    return { id: `wle_${params.emailAddress}` };
  }

  // ---- connected accounts ----

  async createExternalAccount(params: CreateExternalAccountParams): Promise<never> {
    await this.#enter('createExternalAccount', [params]);
    throw apiError(422, 'form_param_value_invalid');
  }

  async deleteExternalAccount(externalAccountId: string): Promise<never> {
    await this.#enter('deleteExternalAccount', [externalAccountId]);
    throw apiError(404, 'resource_not_found');
  }

  // ---- reverification ----

  async startSessionVerification(sessionId: string, params: { level: string }): Promise<never> {
    await this.#enter('startSessionVerification', [sessionId, params]);
    throw apiError(404, 'resource_not_found');
  }

  async prepareSessionVerificationFirstFactor(sessionId: string, params: { strategy: string }): Promise<never> {
    await this.#enter('prepareSessionVerificationFirstFactor', [sessionId, params]);
    throw apiError(404, 'resource_not_found');
  }

  async attemptSessionVerificationFirstFactor(sessionId: string, params: { strategy: string }): Promise<never> {
    await this.#enter('attemptSessionVerificationFirstFactor', [sessionId, params]);
    throw apiError(404, 'resource_not_found');
  }

  async prepareSessionVerificationSecondFactor(sessionId: string, params: { strategy: string }): Promise<never> {
    await this.#enter('prepareSessionVerificationSecondFactor', [sessionId, params]);
    throw apiError(404, 'resource_not_found');
  }

  async attemptSessionVerificationSecondFactor(sessionId: string, params: { strategy: string }): Promise<never> {
    await this.#enter('attemptSessionVerificationSecondFactor', [sessionId, params]);
    throw apiError(404, 'resource_not_found');
  }

  async updateMe(params: { firstName?: string | null }): Promise<FapiResult<UserJSON>> {
    await this.#enter('updateMe', [params]);
    const session = this.#sessions.find((s) => s.id === this.#lastActiveSessionId);
    const user = this.#users.find((u) => u.id === session?.userId);
    if (!session || !user) throw apiError(401, 'signed_out');
    if (params.firstName != null) user.firstName = params.firstName;
    return this.#result(this.#userJSON(user.id));
  }

  // The core tests do not exercise the profile's identifications: the memory adapter and the dev server do.
  setProfileImage = () => this.#notModelled('setProfileImage');
  deleteProfileImage = () => this.#notModelled('deleteProfileImage');
  createEmailAddress = () => this.#notModelled('createEmailAddress');
  prepareEmailAddressVerification = () => this.#notModelled('prepareEmailAddressVerification');
  attemptEmailAddressVerification = () => this.#notModelled('attemptEmailAddressVerification');
  deleteEmailAddress = () => this.#notModelled('deleteEmailAddress');
  createPhoneNumber = () => this.#notModelled('createPhoneNumber');
  preparePhoneNumberVerification = () => this.#notModelled('preparePhoneNumberVerification');
  attemptPhoneNumberVerification = () => this.#notModelled('attemptPhoneNumberVerification');
  deletePhoneNumber = () => this.#notModelled('deletePhoneNumber');
  updatePhoneNumber = () => this.#notModelled('updatePhoneNumber');

  #notModelled(method: Method): Promise<never> {
    return Promise.reject(new Error(`fake: ${method} is not modelled`));
  }

  // The fake holds no organizations (organization flows are tested on the memory adapter and the dev server):
  // every organization call is recorded, then answered as the server answers an unknown organization.
  async #noOrganization(method: Method, args: unknown[]): Promise<never> {
    await this.#enter(method, args);
    throw apiError(404, 'resource_not_found');
  }

  getUserOrganizationMemberships(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getUserOrganizationMemberships', args);
  }
  createOrganization(...args: unknown[]): Promise<never> {
    return this.#noOrganization('createOrganization', args);
  }
  updateOrganization(...args: unknown[]): Promise<never> {
    return this.#noOrganization('updateOrganization', args);
  }
  deleteOrganization(...args: unknown[]): Promise<never> {
    return this.#noOrganization('deleteOrganization', args);
  }
  getOrganizationMemberships(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getOrganizationMemberships', args);
  }
  updateOrganizationMembership(...args: unknown[]): Promise<never> {
    return this.#noOrganization('updateOrganizationMembership', args);
  }
  removeOrganizationMember(...args: unknown[]): Promise<never> {
    return this.#noOrganization('removeOrganizationMember', args);
  }
  leaveOrganization(...args: unknown[]): Promise<never> {
    return this.#noOrganization('leaveOrganization', args);
  }

  // ---- organization domains, membership requests, suggestions and the user's invitations ----
  getOrganizationDomains(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getOrganizationDomains', args);
  }
  createOrganizationDomain(...args: unknown[]): Promise<never> {
    return this.#noOrganization('createOrganizationDomain', args);
  }
  deleteOrganizationDomain(...args: unknown[]): Promise<never> {
    return this.#noOrganization('deleteOrganizationDomain', args);
  }
  updateOrganizationDomainEnrollmentMode(...args: unknown[]): Promise<never> {
    return this.#noOrganization('updateOrganizationDomainEnrollmentMode', args);
  }
  prepareOrganizationDomainAffiliationVerification(...args: unknown[]): Promise<never> {
    return this.#noOrganization('prepareOrganizationDomainAffiliationVerification', args);
  }
  attemptOrganizationDomainAffiliationVerification(...args: unknown[]): Promise<never> {
    return this.#noOrganization('attemptOrganizationDomainAffiliationVerification', args);
  }
  getOrganizationMembershipRequests(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getOrganizationMembershipRequests', args);
  }
  acceptOrganizationMembershipRequest(...args: unknown[]): Promise<never> {
    return this.#noOrganization('acceptOrganizationMembershipRequest', args);
  }
  rejectOrganizationMembershipRequest(...args: unknown[]): Promise<never> {
    return this.#noOrganization('rejectOrganizationMembershipRequest', args);
  }
  getUserOrganizationSuggestions(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getUserOrganizationSuggestions', args);
  }
  acceptOrganizationSuggestion(...args: unknown[]): Promise<never> {
    return this.#noOrganization('acceptOrganizationSuggestion', args);
  }
  getUserOrganizationInvitations(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getUserOrganizationInvitations', args);
  }
  acceptUserOrganizationInvitation(...args: unknown[]): Promise<never> {
    return this.#noOrganization('acceptUserOrganizationInvitation', args);
  }

  // ---- security page ----
  // The core tests play no security page: these answer as a server without the account would.
  #noSecurity(method: Method, args: unknown[]): Promise<never> {
    return this.#noOrganization(method, args);
  }
  changePassword(...args: unknown[]): Promise<never> {
    return this.#noSecurity('changePassword', args);
  }
  createTotp(...args: unknown[]): Promise<never> {
    return this.#noSecurity('createTotp', args);
  }
  verifyTotp(...args: unknown[]): Promise<never> {
    return this.#noSecurity('verifyTotp', args);
  }
  deleteTotp(...args: unknown[]): Promise<never> {
    return this.#noSecurity('deleteTotp', args);
  }
  createBackupCodes(...args: unknown[]): Promise<never> {
    return this.#noSecurity('createBackupCodes', args);
  }
  getActiveSessions(...args: unknown[]): Promise<never> {
    return this.#noSecurity('getActiveSessions', args);
  }
  revokeSession(...args: unknown[]): Promise<never> {
    return this.#noSecurity('revokeSession', args);
  }
  deleteMe(...args: unknown[]): Promise<never> {
    return this.#noSecurity('deleteMe', args);
  }

  // ---- organization profile ----
  getOrganizationInvitations(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getOrganizationInvitations', args);
  }
  createOrganizationInvitations(...args: unknown[]): Promise<never> {
    return this.#noOrganization('createOrganizationInvitations', args);
  }
  revokeOrganizationInvitation(...args: unknown[]): Promise<never> {
    return this.#noOrganization('revokeOrganizationInvitation', args);
  }
  setOrganizationLogo(...args: unknown[]): Promise<never> {
    return this.#noOrganization('setOrganizationLogo', args);
  }
  deleteOrganizationLogo(...args: unknown[]): Promise<never> {
    return this.#noOrganization('deleteOrganizationLogo', args);
  }
  getOrganizationRoles(...args: unknown[]): Promise<never> {
    return this.#noOrganization('getOrganizationRoles', args);
  }
}
