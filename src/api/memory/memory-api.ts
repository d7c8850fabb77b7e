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
  ChangePasswordParams,
  CreateEmailAddressParams,
  CreateExternalAccountParams,
  CreateOrganizationDomainParams,
  CreateOrganizationInvitationsParams,
  CreateOrganizationParams,
  CreatePhoneNumberParams,
  FapiResult,
  FrontendApi,
  IdentificationAttemptParams,
  IdentificationPrepareParams,
  JoinWaitlistParams,
  OrganizationDomainsParams,
  OrganizationInvitationsParams,
  OrganizationMembershipsParams,
  PasskeyAttemptVerificationParams,
  PasskeyUpdateParams,
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
  StatusPageParams,
  UpdateEnrollmentModeParams,
  UpdateOrganizationParams,
  UpdatePhoneNumberParams,
  UserUpdateParams,
} from '../fapi.js';
import {
  type EnvironmentJSON,
  environmentSchema,
  externalAccountSchema,
  organizationMembershipPageSchema,
  organizationMembershipSchema,
  organizationSchema,
  sessionReverificationSchema,
} from '../schemas/index.js';
import type { OrganizationInvitationJSON } from '../schemas/organization-invitation.js';
import {
  type ActiveSessionJSON,
  activeSessionListSchema,
  backupCodesSchema,
  secondFactorPhoneNumberSchema,
  totpSchema,
} from '../schemas/security.js';
import { parseOrThrow } from '../validate.js';
import { defaultEnvironment } from './default-environment.js';
import {
  type DomainRecord,
  domainJSON,
  type EnrollmentRecords,
  invitationJSON,
  type MemoryEnrollmentSeed,
  requestJSON,
  statusPage,
  suggestionJSON,
} from './memory-enrollment.js';
import {
  enterpriseConnectionOf,
  enterpriseProviderUrl,
  type MemoryEnterpriseSsoSeed,
} from './memory-enterprise-sso.js';
import {
  creationOptions,
  credentialIdOf,
  hasPasskey,
  memoryPasskeyId,
  type PasskeyRecord,
  passkeyVerification,
  requestOptions,
} from './memory-passkeys.js';
import {
  type ClientRecord,
  type ExternalAccountRecord,
  externalAccountWire,
  type IdentificationRecord,
  identifierOf,
  type MembershipRecord,
  membershipWire,
  missingSignUpFields,
  type OrganizationRecord,
  organizationWire,
  type ProviderIdentityRecord,
  type SerializeContext,
  type SessionRecord,
  type SignInRecord,
  type SignUpFieldSettings,
  type SignUpRecord,
  secondFactorStrategies,
  secondFactorsWire,
  toClientJSON,
  toPasskeyJSON,
  toSessionJSON,
  toSignInJSON,
  toSignUpJSON,
  toUserJSON,
  type UserRecord,
  unverifiedSignUpFields,
  type VerificationRecord,
} from './records.js';
import { unsignedSessionJwt } from './unsigned-jwt.js';

export interface MemoryUserSeed {
  /** Left out for a phone-only user (see `phoneNumber`). */
  emailAddress?: string;
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
  /**
   * Registered passkeys, by name. Each answers to the credential id `memoryPasskeyId(email, index)`: a stubbed
   * `navigator.credentials.get` that returns that id signs this user in.
   */
  passkeys?: string[];
  /** Connected provider accounts (`oauth_github`, …) and the email address each carries. */
  externalAccounts?: Array<{ provider: string; emailAddress: string }>;
}

/** An organization the memory instance starts with, and who belongs to it with which role. */
export interface MemoryOrganizationSeed {
  name: string;
  slug?: string;
  imageUrl?: string;
  /** Members by email address (they must be among `users`). */
  members: Array<{ emailAddress: string; role: string }>;
  /** Pending invitations (addresses of people who are not users yet). */
  invitations?: Array<{ emailAddress: string; role: string }>;
}

/** The built-in roles' permissions (as the dev server's), and custom roles given in `roles`. */
const BUILT_IN_ROLE_PERMISSIONS: Record<string, string[]> = {
  'org:admin': [
    'org:sys_profile:manage',
    'org:sys_profile:delete',
    'org:sys_memberships:read',
    'org:sys_memberships:manage',
    'org:sys_domains:read',
    'org:sys_domains:manage',
  ],
  'org:member': ['org:sys_memberships:read', 'org:sys_domains:read'],
};

/** Another browser the signed-in user is signed in on (what the active-devices list shows of it). */
export interface MemoryDeviceSeed {
  browser_name: string;
  browser_version: string;
  device_type: string;
  is_mobile: boolean;
  ip_address: string;
  city: string;
  country: string;
}

export interface MemoryFrontendApiOptions extends MemoryEnrollmentSeed {
  /** Organizations and their members; the signed-in session starts in `activeOrganization` (a slug) if given. */
  organizations?: MemoryOrganizationSeed[];
  activeOrganization?: string;
  /** Custom roles → their permissions (`org:billing` → `['org:invoices:read']`). */
  roles?: Record<string, string[]>;
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
  /** The signed-in user's sessions on other devices, for the profile's active-devices list. */
  otherDevices?: MemoryDeviceSeed[];
  /** An enterprise connection: addresses of its domains sign in at its identity provider only. */
  enterpriseSso?: MemoryEnterpriseSsoSeed;
}

/** A verification code the instance "sent". */
export interface SentCode {
  /** `email_code`, `phone_code`, `reset_password_email_code`, `reset_password_phone_code`, or `email_link`. */
  strategy: string;
  /** Where it went: the email address, or the phone number for SMS strategies. */
  emailAddress: string;
  code: string;
  purpose: 'sign_in' | 'sign_up' | 'profile';
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
const USERNAME_PATTERN = /^[a-z0-9_-]{4,64}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
/** Largest profile image accepted, as on the dev server. */
const PROFILE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const PROFILE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const DAY = 24 * 60 * MINUTE;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Used for `clientState: 'signed-in'` when no users are given. */
export const DEMO_USER: MemoryUserSeed = {
  emailAddress: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

/** As the server: at most 2 MB, and an image type (the memory instance trusts the declared type). */
function checkImage(file: Blob): void {
  if (file.size > PROFILE_IMAGE_MAX_BYTES) {
    throw formError('image_too_large', 'Image too large', 'The image must be at most 2 MB.', 'file');
  }
  if (!PROFILE_IMAGE_TYPES.includes(file.type)) {
    throw formError(
      'form_param_format_invalid',
      'is invalid',
      'The image must be a PNG, JPEG, GIF or WebP file.',
      'file',
    );
  }
}

/** `org:billing_admin` → `Billing admin`: the memory instance's role names (ASCII keys). */
function roleName(key: string): string {
  return key
    .replace(/^org:/, '')
    .replace(/_/g, ' ')
    .replace(/^[a-z]/, (first) => first.toUpperCase());
}

function formError(code: string, message: string, longMessage: string, paramName?: string, status = 422) {
  return new LatchApiError({
    status,
    errors: [{ code, message, longMessage, meta: paramName ? { paramName } : {} }],
  });
}

/** A phone number as stored (E.164, spaces and punctuation dropped), or FAPI's format error naming `phone_number`. */
function normalizedPhone(value: string): string {
  const phone = value.replace(/[\s().-]/g, '');
  if (!E164.test(phone)) {
    throw formError(
      'form_param_format_invalid',
      'is invalid',
      'Enter the number in international format, e.g. +15555550123.',
      'phone_number',
    );
  }
  return phone;
}

/** A sign-up's `phone_number` param: left alone (undefined), cleared (blank → null), or a checked number. */
function phoneNumberParam(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value.trim() ? normalizedPhone(value) : null;
}

/** The user's two kinds of identification: where the primary one and the added ones are kept, and their words. */
const IDENTIFICATIONS = {
  email_address: {
    primary: 'emailAddress',
    primaryId: 'emailAddressId',
    others: 'otherEmailAddresses',
    strategy: 'email_code',
    label: 'email address',
  },
  phone_number: {
    primary: 'phoneNumber',
    primaryId: 'phoneNumberId',
    others: 'otherPhoneNumbers',
    strategy: 'phone_code',
    label: 'phone number',
  },
} as const;
type IdentificationKind = keyof typeof IDENTIFICATIONS;

/** The sign-up's code channels: the field each code verifies and where that verification is kept. */
const SIGN_UP_CHANNELS = {
  email_code: { field: 'emailAddress', verification: 'emailVerification', param: 'email_address' },
  phone_code: { field: 'phoneNumber', verification: 'phoneVerification', param: 'phone_number' },
} as const;

/** The channel of a sign-up verification strategy, or FAPI's error for a strategy the sign-up does not offer. */
function signUpChannel(strategy: string) {
  if (strategy === 'email_code' || strategy === 'phone_code') return SIGN_UP_CHANNELS[strategy];
  throw formError('form_param_value_invalid', 'is invalid', `Strategy ${strategy} is not supported.`, 'strategy');
}

/** "Acme Inc." → "acme-inc", as the dev server generates slugs. */
function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'organization';
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
  #roles: Record<string, string[]> = {};
  readonly #organizations: OrganizationRecord[] = [];
  readonly #enterpriseSso: MemoryEnterpriseSsoSeed | undefined;
  /** The level the session reverification in progress is served at (`first_factor` for a user without 2FA). */
  #reverificationLevel = 'first_factor';

  constructor(options: MemoryFrontendApiOptions = {}) {
    this.#enterpriseSso = options.enterpriseSso;
    this.#environment = options.environment
      ? parseOrThrow(environmentSchema, structuredClone(options.environment), 'memory environment')
      : defaultEnvironment();
    this.#latencyMs = options.latencyMs ?? 0;
    this.#code = options.verificationCode ?? '424242';
    const seeds = options.users?.length ? options.users : options.clientState === 'signed-in' ? [DEMO_USER] : [];
    for (const seed of seeds) this.#addUser(seed);
    this.#roles = { ...BUILT_IN_ROLE_PERMISSIONS, ...options.roles };
    for (const org of options.organizations ?? []) this.#seedOrganization(org);
    if (options.clientState === 'signed-in') {
      const users = [...this.#users.values()].slice(0, Math.max(1, options.signedInUsers ?? 1));
      for (const user of users) this.#startSession(this.#ensureClient(), user, 'password');
      const active = this.#organizations.find((o) => o.slug === options.activeOrganization);
      for (const session of this.#client?.sessions ?? []) session.lastActiveOrganizationId = active?.id ?? null;
    }
    this.#seedEnrollment(options);
    this.#otherDevices = (options.otherDevices ?? []).map((activity, i) => ({
      id: `sess_device_${i + 1}`,
      status: 'active',
      last_active_at: Date.now() - (i + 1) * 3_600_000,
      latest_activity: { id: `act_device_${i + 1}`, ...activity },
    }));
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
      if (params.strategy === 'passkey' && params.identifier === undefined) {
        if (!this.#environment.user_settings.attributes.passkey.enabled) throw strategyForUserInvalid();
        signIn.firstFactorVerification = passkeyVerification(requestOptions(null));
      } else if (params.strategy?.startsWith('oauth_')) {
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
      const enterprise = params.identifier ? enterpriseConnectionOf(this.#enterpriseSso, params.identifier) : null;
      if (params.identifier !== undefined && enterprise) {
        // Account or not, the identity provider decides; nothing else proves an address of its domain.
        if (params.password !== undefined) throw strategyForUserInvalid();
        const identifier = params.identifier.trim().toLowerCase();
        const user = this.#findUser(identifier);
        Object.assign(signIn, { status: 'needs_first_factor', identifier, userId: user?.id ?? null });
        signIn.enterpriseConnection = enterprise;
      } else if (params.identifier !== undefined) {
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
      if (params.strategy === 'ticket') this.#signInWithTicket(signIn, params.ticket ?? '');
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
      if (signIn.enterpriseConnection || params.strategy === 'enterprise_sso') {
        this.#prepareEnterpriseSso(signIn, params.strategy);
        return this.#result(toSignInJSON(signIn, this.#ctx()));
      }
      const user = this.#signInUser(signIn);
      if (params.strategy === 'passkey') {
        if (!hasPasskey(user) || !this.#ctx().passkeyEnabled) throw strategyForUserInvalid();
        signIn.firstFactorVerification = passkeyVerification(requestOptions(user));
        this.#touchClient();
        return this.#result(toSignInJSON(signIn, this.#ctx()));
      }
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
          ? this.#sendLink(factor.safe_identifier ?? '')
          : this.#sendCode(factor.safe_identifier, 'sign_in', params.strategy);
      this.#touchClient();
      return this.#result(toSignInJSON(signIn, this.#ctx()));
    });
  }

  attemptSignInFirstFactor(signInId: string, params: SignInAttemptFirstFactorParams) {
    return this.#run('attemptSignInFirstFactor', [signInId, params], () => {
      const signIn = this.#signIn(signInId);
      if (signIn.enterpriseConnection) throw strategyForUserInvalid();
      if (params.strategy === 'passkey') {
        this.#attemptPasskey(signIn, params.publicKeyCredential);
        return this.#result(toSignInJSON(signIn, this.#ctx()));
      }
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
   * Test hook: the user opens the email link of the pending sign-up "in another tab": its address is verified
   * and the sign-up completes, so its next `getSignUp` (the polling) reads `complete`. `outcome` plays an
   * expired link instead.
   */
  openSignUpEmailLink(outcome: 'verified' | 'expired' = 'verified'): void {
    const signUp = this.#client?.signUp;
    const verification = signUp?.emailVerification;
    if (!signUp || verification?.strategy !== 'email_link') throw new Error('no sign-up email link is pending');
    verification.status = outcome;
    if (outcome === 'verified') this.#maybeCompleteSignUp(signUp);
  }

  /**
   * Test hook: the user opens the link mailed to `emailAddress`, added in the user profile, "in another tab":
   * the address is verified, and the profile's next read of the user (its polling) sees it.
   */
  openProfileEmailLink(emailAddress: string): void {
    const record = [...this.#users.values()]
      .flatMap((user) => user.otherEmailAddresses ?? [])
      .find((r) => r.value === emailAddress && r.verification?.strategy === 'email_link');
    if (!record?.verification) throw new Error(`no email link is pending for ${emailAddress}`);
    record.verification = { ...record.verification, status: 'verified' };
  }

  /**
   * Test hook: the browser comes back from the provider of the pending OAuth sign-in. `emailAddress` of a known
   * user signs that user in; an unknown one leaves the sign-in `transferable`; `denied` fails it (cancelled).
   */
  returnFromProvider(outcome: { emailAddress: string; firstName?: string; lastName?: string } | 'denied'): void {
    const signIn = this.#client?.signIn;
    const verification = signIn?.firstFactorVerification;
    const enterprise = verification?.strategy === 'saml';
    if (!signIn || !(verification?.strategy.startsWith('oauth_') || enterprise)) {
      throw new Error('no OAuth or enterprise sign-in is pending');
    }
    if (outcome === 'denied') {
      verification.status = 'failed';
      return;
    }
    // An identity provider vouches only for addresses of its own domains.
    const connection = enterprise ? enterpriseConnectionOf(this.#enterpriseSso, outcome.emailAddress) : null;
    if (enterprise && !connection) {
      verification.status = 'failed';
      return;
    }
    const user = this.#findUser(outcome.emailAddress);
    if (!user) {
      verification.status = 'transferable';
      signIn.providerIdentity = {
        emailAddress: outcome.emailAddress.trim().toLowerCase(),
        firstName: outcome.firstName ?? null,
        lastName: outcome.lastName ?? null,
        strategy: enterprise ? 'enterprise_sso' : verification.strategy,
        connection,
      };
      return;
    }
    if (connection && !user.enterpriseAccounts?.some((account) => account.connection.id === connection.id)) {
      const account = { id: this.#id('eac'), emailAddress: outcome.emailAddress, connection, createdAt: Date.now() };
      user.enterpriseAccounts = [...(user.enterpriseAccounts ?? []), account];
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
        phoneNumber: null,
        unsafeMetadata: {},
        legalAcceptedAt: null,
        emailVerification: null,
        phoneVerification: null,
        createdSessionId: null,
        createdUserId: null,
        abandonAt: Date.now() + DAY,
      };
      if (params.transfer) this.#openTransferredSignUp(client, signUp);
      else if (params.strategy === 'ticket') this.#openInvitedSignUp(signUp, params);
      else this.#applySignUpParams(signUp, params);
      client.signUp = signUp;
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  /** Invitation tickets → the invited address; each opens one sign-up (see `invite`). */
  readonly #tickets = new Map<string, string>();

  /** Invites an address, as /__dev/waitlist does on the dev server: returns the ticket of its sign-up link. */
  invite(emailAddress: string): string {
    const ticket = `ticket_${this.#id('inv')}`;
    this.#tickets.set(ticket, emailAddress.trim().toLowerCase());
    return ticket;
  }

  /** `strategy=ticket`: the ticket's address, verified by the ticket; the ticket is spent. */
  #openInvitedSignUp(signUp: SignUpRecord, params: SignUpCreateParams): void {
    const { strategy: _ticketStrategy, ticket = '', emailAddress: _ignored, ...rest } = params;
    const email = this.#tickets.get(ticket);
    if (!email) {
      throw formError(
        'form_param_value_invalid',
        'is invalid',
        'This invitation link is invalid or has already been used.',
        'ticket',
      );
    }
    this.#tickets.delete(ticket);
    this.#applySignUpParams(signUp, rest);
    signUp.emailAddress = email;
    signUp.emailVerification = { status: 'verified', strategy: 'ticket', attempts: 0, expireAt: null };
    this.#maybeCompleteSignUp(signUp);
  }

  /**
   * `transfer=true`: the identity the client's sign-in got from a provider (OAuth or enterprise SSO) and no user
   * had: its address, verified by the provider, and its names; the sign-in is spent. Completes unless the
   * instance needs more (a username, legal consent…), as on the dev server.
   */
  #openTransferredSignUp(client: ClientRecord, signUp: SignUpRecord): void {
    const signIn = client.signIn;
    const verification = signIn?.firstFactorVerification;
    const identity = signIn?.providerIdentity;
    if (verification?.status !== 'transferable' || !identity) {
      throw formError(
        'form_param_value_invalid',
        'is invalid',
        'There is no sign-in or sign-up to transfer on this client.',
        'transfer',
        400,
      );
    }
    if (this.#findUser(identity.emailAddress)) {
      throw formError(
        'form_identifier_exists',
        'That email address is taken. Please try another.',
        'That email address is taken. Please try another.',
        'email_address',
      );
    }
    const provider = identity.connection ? 'enterprise' : identity.strategy.replace(/^oauth_/, '');
    Object.assign(signUp, {
      emailAddress: identity.emailAddress,
      emailVerification: { status: 'verified', strategy: `from_oauth_${provider}`, attempts: 0, expireAt: null },
      firstName: identity.firstName,
      lastName: identity.lastName,
      external: { identity, verification: { ...verification, status: 'verified' } },
    });
    verification.status = 'verified';
    client.signIn = null;
    this.#maybeCompleteSignUp(signUp, identity.strategy);
  }

  /** `strategy=ticket` on a sign-in: the ticket's address belongs to an account, which signs in; the ticket is spent. */
  #signInWithTicket(signIn: SignInRecord, ticket: string): void {
    const email = this.#tickets.get(ticket);
    if (!email) {
      throw formError('form_param_value_invalid', 'is invalid', 'This invitation link is not valid.', 'ticket');
    }
    const user = this.#findUser(email);
    if (!user) {
      throw formError('form_identifier_not_found', "Couldn't find your account.", "Couldn't find your account.");
    }
    this.#tickets.delete(ticket);
    Object.assign(signIn, { status: 'needs_first_factor', identifier: email, userId: user.id });
    this.#completeSignIn(signIn, 'ticket');
  }

  updateSignUp(signUpId: string, params: SignUpUpdateParams) {
    return this.#run('updateSignUp', [signUpId, params], () => {
      const signUp = this.#openSignUp(signUpId);
      this.#applySignUpParams(signUp, params);
      this.#maybeCompleteSignUp(signUp);
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  getSignUp(signUpId: string) {
    return this.#run('getSignUp', [signUpId], () => this.#result(toSignUpJSON(this.#signUp(signUpId), this.#ctx())));
  }

  /** Sends a code to the sign-up's email address (`email_code`, or a link: `email_link`) or its phone (`phone_code`). */
  prepareSignUpVerification(signUpId: string, params: SignUpPrepareVerificationParams) {
    return this.#run('prepareSignUpVerification', [signUpId, params], () => {
      const signUp = this.#openSignUp(signUpId);
      const link = params.strategy === 'email_link';
      const channel = signUpChannel(link ? 'email_code' : params.strategy);
      const to = signUp[channel.field];
      if (!to) throw formError('form_param_missing', 'is missing', `${channel.param} must be included.`, channel.param);
      signUp[channel.verification] = link
        ? this.#sendLink(to, 'sign_up')
        : this.#sendCode(to, 'sign_up', params.strategy);
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  attemptSignUpVerification(signUpId: string, params: SignUpAttemptVerificationParams) {
    return this.#run('attemptSignUpVerification', [signUpId, params], () => {
      const signUp = this.#openSignUp(signUpId);
      const verification = signUp[signUpChannel(params.strategy).verification];
      if (!verification?.code) {
        throw formError('verification_missing', 'not prepared', 'Call prepare_verification first.', 'code', 400);
      }
      this.#checkCode(verification, params.code);
      this.#maybeCompleteSignUp(signUp, params.strategy);
      this.#touchClient();
      return this.#result(toSignUpJSON(signUp, this.#ctx()));
    });
  }

  /** A sign-up that can still change: a complete one is refused, as the dev server does. */
  #openSignUp(signUpId: string): SignUpRecord {
    const signUp = this.#signUp(signUpId);
    if (signUp.status === 'complete') {
      throw formError('sign_up_cannot_be_updated', 'cannot be updated', 'This sign up is complete.', undefined, 400);
    }
    return signUp;
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

  // ---- passkeys ---------------------------------------------------------------------------------------

  createPasskey() {
    return this.#run('createPasskey', [], () => {
      const user = this.#meUser();
      const now = Date.now();
      const passkey: PasskeyRecord = {
        id: this.#id('pk'),
        name: 'Passkey',
        credentialId: null,
        lastUsedAt: null,
        verification: passkeyVerification(creationOptions(user, this.#environment.display_config.application_name)),
        createdAt: now,
        updatedAt: now,
      };
      user.passkeys = [...(user.passkeys ?? []), passkey];
      return this.#result(toPasskeyJSON(passkey));
    });
  }

  attemptPasskeyVerification(passkeyId: string, params: PasskeyAttemptVerificationParams) {
    return this.#run('attemptPasskeyVerification', [passkeyId, params], () => {
      const passkey = this.#passkey(passkeyId);
      const credentialId = credentialIdOf(params.publicKeyCredential);
      if (!credentialId || passkey.verification?.status !== 'unverified') {
        throw formError('verification_failed', 'Passkey verification failed', 'The passkey could not be registered.');
      }
      passkey.credentialId = credentialId;
      passkey.verification = { ...passkey.verification, status: 'verified' };
      passkey.updatedAt = Date.now();
      this.#touchClient();
      return this.#result(toPasskeyJSON(passkey));
    });
  }

  updatePasskey(passkeyId: string, params: PasskeyUpdateParams) {
    return this.#run('updatePasskey', [passkeyId, params], () => {
      const passkey = this.#passkey(passkeyId);
      const name = params.name.trim();
      if (!name) throw formError('form_param_nil', 'must not be empty', 'name must not be empty.', 'name');
      passkey.name = name;
      passkey.updatedAt = Date.now();
      this.#touchClient();
      return this.#result(toPasskeyJSON(passkey));
    });
  }

  deletePasskey(passkeyId: string) {
    return this.#run('deletePasskey', [passkeyId], () => {
      this.#passkey(passkeyId);
      const user = this.#meUser();
      user.passkeys = (user.passkeys ?? []).filter((p) => p.id !== passkeyId);
      this.#touchClient();
      return this.#result({ id: passkeyId, object: 'passkey', deleted: true });
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

  // ---- the signed-in user's account (/v1/me) ----------------------------------------------------------

  updateMe(params: UserUpdateParams) {
    return this.#run('updateMe', [params], () => {
      const user = this.#meUser();
      const name = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value.trim());
      if (params.firstName !== undefined) user.firstName = name(params.firstName);
      if (params.lastName !== undefined) user.lastName = name(params.lastName);
      if (params.username !== undefined) user.username = this.#checkUsername(user, params.username);
      if (params.primaryEmailAddressId) this.#makePrimary(user, 'email_address', params.primaryEmailAddressId);
      if (params.primaryPhoneNumberId) this.#makePrimary(user, 'phone_number', params.primaryPhoneNumberId);
      user.updatedAt = Date.now();
      return this.#result(toUserJSON(user));
    });
  }

  setProfileImage(file: Blob) {
    return this.#run('setProfileImage', [], () => {
      const user = this.#meUser();
      checkImage(file);
      const id = this.#id('img');
      user.imageUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : user.imageUrl;
      user.hasImage = true;
      user.updatedAt = Date.now();
      const name = file instanceof File ? file.name : 'image';
      return this.#result({ id, name, public_url: user.imageUrl });
    });
  }

  deleteProfileImage() {
    return this.#run('deleteProfileImage', [], () => {
      const user = this.#meUser();
      if (!user.hasImage) throw notFound('profile image');
      user.hasImage = false;
      user.imageUrl = '';
      return this.#result({ object: 'image', id: user.id, deleted: true });
    });
  }

  createEmailAddress(params: CreateEmailAddressParams) {
    return this.#run('createEmailAddress', [params], () => {
      const user = this.#meUser();
      const email = (params.emailAddress ?? '').trim().toLowerCase();
      if (!email) throw formError('form_param_nil', 'is missing', 'Enter an email address.', 'email_address');
      if (!EMAIL_PATTERN.test(email)) {
        throw formError(
          'form_param_format_invalid',
          'is invalid',
          'Email address must be a valid email address.',
          'email_address',
        );
      }
      return this.#addIdentification(user, 'email_address', email);
    });
  }

  prepareEmailAddressVerification(emailAddressId: string, params: IdentificationPrepareParams) {
    return this.#run('prepareEmailAddressVerification', [emailAddressId, params], () =>
      this.#prepareIdentification('email_address', emailAddressId, params.strategy),
    );
  }

  attemptEmailAddressVerification(emailAddressId: string, params: IdentificationAttemptParams) {
    return this.#run('attemptEmailAddressVerification', [emailAddressId, params], () =>
      this.#attemptIdentification('email_address', emailAddressId, params.code),
    );
  }

  deleteEmailAddress(emailAddressId: string) {
    return this.#run('deleteEmailAddress', [emailAddressId], () => {
      const user = this.#meUser();
      if (user.emailAddressId === emailAddressId) {
        throw formError(
          'cannot_delete_primary_identification',
          'The primary email address cannot be deleted',
          'Make another verified email address primary before removing this one.',
          'email_id',
          400,
        );
      }
      return this.#removeIdentification(user, 'email_address', emailAddressId);
    });
  }

  createPhoneNumber(params: CreatePhoneNumberParams) {
    return this.#run('createPhoneNumber', [params], () => {
      const user = this.#meUser();
      return this.#addIdentification(user, 'phone_number', normalizedPhone(params.phoneNumber ?? ''));
    });
  }

  preparePhoneNumberVerification(phoneNumberId: string, params: IdentificationPrepareParams) {
    return this.#run('preparePhoneNumberVerification', [phoneNumberId, params], () =>
      this.#prepareIdentification('phone_number', phoneNumberId, params.strategy),
    );
  }

  attemptPhoneNumberVerification(phoneNumberId: string, params: IdentificationAttemptParams) {
    return this.#run('attemptPhoneNumberVerification', [phoneNumberId, params], () =>
      this.#attemptIdentification('phone_number', phoneNumberId, params.code),
    );
  }

  deletePhoneNumber(phoneNumberId: string) {
    return this.#run('deletePhoneNumber', [phoneNumberId], () => {
      const user = this.#meUser();
      if (user.phoneNumberId === phoneNumberId) {
        // The next verified number, if any, becomes primary.
        const next = (user.otherPhoneNumbers ?? []).find((p) => p.verification?.status === 'verified');
        user.phoneNumber = next?.value ?? null;
        user.phoneNumberId = next?.id ?? null;
        user.otherPhoneNumbers = (user.otherPhoneNumbers ?? []).filter((p) => p !== next);
        return this.#result({ object: 'phone_number', id: phoneNumberId, deleted: true });
      }
      return this.#removeIdentification(user, 'phone_number', phoneNumberId);
    });
  }

  // ---- organizations ----------------------------------------------------------------------------------

  getUserOrganizationMemberships(params: OrganizationMembershipsParams = {}) {
    return this.#run('getUserOrganizationMemberships', [params], () => {
      const user = this.#meUser();
      const page = (user.organizationMemberships ?? []).map((m) => membershipWire(m, user));
      return this.#result(this.#page(page, params));
    });
  }

  createOrganization(params: CreateOrganizationParams) {
    return this.#run('createOrganization', [params], () => {
      const user = this.#meUser();
      const name = (params.name ?? '').trim();
      if (!name) throw formError('form_param_missing', 'is missing', 'Enter a name.', 'name');
      const slug = params.slug?.trim() || slugify(name);
      if (this.#organizations.some((o) => o.slug === slug)) {
        throw formError('form_identifier_exists', 'is taken', 'This slug is already taken.', 'slug');
      }
      const org = this.#addOrganization(name, slug, '');
      this.#addMembership(org, user, 'org:admin');
      this.#touchClient();
      return this.#result(parseOrThrow(organizationSchema, organizationWire(org), 'memory organization'));
    });
  }

  updateOrganization(organizationId: string, params: UpdateOrganizationParams) {
    return this.#run('updateOrganization', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_profile:manage');
      if (params.name !== undefined) org.name = params.name.trim() || org.name;
      if (params.slug !== undefined) org.slug = params.slug.trim() || org.slug;
      org.updatedAt = Date.now();
      return this.#result(parseOrThrow(organizationSchema, organizationWire(org), 'memory organization'));
    });
  }

  deleteOrganization(organizationId: string) {
    return this.#run('deleteOrganization', [organizationId], () => {
      const { org } = this.#acting(organizationId, 'org:sys_profile:delete');
      for (const [member] of this.#members(org)) this.#dropMembership(org, member);
      this.#organizations.splice(this.#organizations.indexOf(org), 1);
      for (const session of this.#client?.sessions ?? []) {
        if (session.lastActiveOrganizationId === org.id) session.lastActiveOrganizationId = null;
      }
      return this.#result({ object: 'organization', id: org.id, deleted: true });
    });
  }

  getOrganizationMemberships(organizationId: string, params: OrganizationMembershipsParams = {}) {
    return this.#run('getOrganizationMemberships', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:read');
      const query = params.query?.trim().toLowerCase();
      const matches = this.#members(org)
        .filter(([, m]) => !params.role?.length || params.role.includes(m.role))
        .filter(
          ([user]) => !query || `${user.firstName} ${user.lastName} ${user.emailAddress}`.toLowerCase().includes(query),
        )
        .map(([user, m]) => membershipWire(m, user));
      return this.#result(this.#page(matches, params));
    });
  }

  updateOrganizationMembership(organizationId: string, userId: string, params: { role: string }) {
    return this.#run('updateOrganizationMembership', [organizationId, userId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      const [user, membership] = this.#memberOf(org, userId);
      if (!this.#roles[params.role]) throw formError('form_param_value_invalid', 'is invalid', 'No such role.', 'role');
      this.#keepOneManager(org, user, params.role);
      membership.role = params.role;
      membership.permissions = [...(this.#roles[params.role] ?? [])];
      membership.updatedAt = Date.now();
      return this.#result(this.#membershipJSON(membership, user));
    });
  }

  removeOrganizationMember(organizationId: string, userId: string) {
    return this.#run('removeOrganizationMember', [organizationId, userId], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      const [user, membership] = this.#memberOf(org, userId);
      this.#keepOneManager(org, user, null);
      this.#dropMembership(org, user);
      return this.#result(this.#membershipJSON(membership, user));
    });
  }

  leaveOrganization(organizationId: string) {
    return this.#run('leaveOrganization', [organizationId], () => {
      const { org, user, membership } = this.#acting(organizationId, null);
      this.#keepOneManager(org, user, null);
      this.#dropMembership(org, user);
      return this.#result({ object: 'organization_membership', id: membership.id, deleted: true });
    });
  }

  #seedOrganization(seed: MemoryOrganizationSeed): void {
    const org = this.#addOrganization(seed.name, seed.slug ?? slugify(seed.name), seed.imageUrl ?? '');
    for (const member of seed.members) {
      const user = this.#findUser(member.emailAddress);
      if (!user) throw new Error(`memory organization ${seed.name}: no user ${member.emailAddress}`);
      this.#addMembership(org, user, member.role);
    }
    for (const invitation of seed.invitations ?? [])
      this.#addInvitations(org, [invitation.emailAddress], invitation.role);
  }

  #addOrganization(name: string, slug: string, imageUrl: string): OrganizationRecord {
    const now = Date.now();
    const org = { id: this.#id('org'), name, slug, imageUrl, membersCount: 0, createdAt: now, updatedAt: now };
    this.#organizations.push(org);
    return org;
  }

  #addMembership(org: OrganizationRecord, user: UserRecord, role: string): void {
    const now = Date.now();
    const permissions = [...(this.#roles[role] ?? [])];
    user.organizationMemberships ??= [];
    user.organizationMemberships.push({
      id: this.#id('orgmem'),
      organization: org,
      role,
      permissions,
      createdAt: now,
      updatedAt: now,
    });
    org.membersCount++;
  }

  #dropMembership(org: OrganizationRecord, user: UserRecord): void {
    user.organizationMemberships = (user.organizationMemberships ?? []).filter((m) => m.organization !== org);
    org.membersCount--;
    this.#touchClient();
  }

  #members(org: OrganizationRecord): Array<[UserRecord, MembershipRecord]> {
    const members: Array<[UserRecord, MembershipRecord]> = [];
    for (const user of this.#users.values()) {
      const membership = user.organizationMemberships?.find((m) => m.organization === org);
      if (membership) members.push([user, membership]);
    }
    return members;
  }

  #memberOf(org: OrganizationRecord, userId: string): [UserRecord, MembershipRecord] {
    const found = this.#members(org).find(([user]) => user.id === userId);
    if (!found) throw notFound('membership');
    return found;
  }

  /** As the server: an organization keeps at least one member who can manage the members. */
  #keepOneManager(org: OrganizationRecord, changing: UserRecord, newRole: string | null): void {
    const manages = (role: string | null) =>
      role !== null && (this.#roles[role] ?? []).includes('org:sys_memberships:manage');
    const others = this.#members(org).filter(([user, m]) => user !== changing && manages(m.role));
    const changingManages = manages(this.#memberOf(org, changing.id)[1].role);
    if (changingManages && !manages(newRole) && others.length === 0) {
      throw formError(
        'organization_minimum_permissions_needed',
        'At least one admin is needed',
        'The organization must keep at least one member who can manage its members.',
        undefined,
        403,
      );
    }
  }

  /** The signed-in user's membership in `organizationId`, holding `permission` (null: any member). */
  #acting(organizationId: string, permission: string | null) {
    const user = this.#meUser();
    const membership = user.organizationMemberships?.find((m) => m.organization.id === organizationId);
    if (!membership) throw notFound('organization');
    if (permission && !membership.permissions.includes(permission)) {
      throw formError(
        'not_allowed_access',
        'You are not authorized to perform this request',
        `This action needs the ${permission} permission in the organization.`,
        undefined,
        403,
      );
    }
    return { org: membership.organization, user, membership };
  }

  /** The signed-in user, for `/me` and organization calls. */
  #meUser(): UserRecord {
    const sessionId = this.#client?.lastActiveSessionId;
    const session = this.#client?.sessions.find((s) => s.id === sessionId && s.status === 'active');
    if (!session) throw formError('signed_out', 'Signed out', 'You are signed out.', undefined, 401);
    return this.#user(session.userId);
  }

  /** The instance's username rules and uniqueness, with FAPI's codes (sign-up and PATCH /v1/me); '' is none. */
  #checkUsername(user: UserRecord | null, raw: string | null): string | null {
    if (raw === null || raw.trim() === '') return null;
    const username = raw.trim().toLowerCase();
    if (username.length < 4 || username.length > 64) {
      throw formError(
        'form_username_invalid_length',
        'invalid length',
        'Username must be between 4 and 64 characters long.',
        'username',
      );
    }
    if (!USERNAME_PATTERN.test(username) || /^\d+$/.test(username)) {
      throw formError(
        'form_username_invalid_character',
        'invalid character',
        'Username can only contain letters, numbers, underscores and dashes.',
        'username',
      );
    }
    const owner = this.#findUser(username);
    if (owner && owner !== user) {
      throw formError('form_identifier_exists', 'taken', 'That username is taken. Please try another.', 'username');
    }
    return username;
  }

  #identificationTaken(value: string): boolean {
    if (this.#findUser(value)) return true;
    for (const user of this.#users.values()) {
      const others = [...(user.otherEmailAddresses ?? []), ...(user.otherPhoneNumbers ?? [])];
      if (others.some((o) => o.value.toLowerCase() === value)) return true;
    }
    return false;
  }

  #ownIdentification(user: UserRecord, kind: IdentificationKind, id: string): IdentificationRecord {
    const record = user[IDENTIFICATIONS[kind].others]?.find((r) => r.id === id);
    if (!record) throw notFound(IDENTIFICATIONS[kind].label);
    return record;
  }

  /** Adds an (unverified) email address or phone number to the user, unless someone has it already. */
  #addIdentification(user: UserRecord, kind: IdentificationKind, value: string) {
    const { others, label } = IDENTIFICATIONS[kind];
    if (this.#identificationTaken(value)) {
      throw formError('form_identifier_exists', 'taken', `That ${label} is taken. Please try another.`, kind);
    }
    const record: IdentificationRecord = { id: this.#id('idn'), value, verification: null, createdAt: Date.now() };
    user[others] = [...(user[others] ?? []), record];
    return this.#result(this.#identificationJSON(user, kind, record.id));
  }

  /** Removes one of the user's added (non-primary) email addresses or phone numbers. */
  #removeIdentification(user: UserRecord, kind: IdentificationKind, id: string) {
    const { others } = IDENTIFICATIONS[kind];
    this.#ownIdentification(user, kind, id);
    user[others] = (user[others] ?? []).filter((r) => r.id !== id);
    return this.#result({ object: kind, id, deleted: true });
  }

  #identificationJSON(user: UserRecord, kind: IdentificationKind, id: string) {
    const json = toUserJSON(user);
    const list: Array<{ id: string }> = kind === 'email_address' ? json.email_addresses : json.phone_numbers;
    return list.find((item) => item.id === id) as never;
  }

  #prepareIdentification(kind: IdentificationKind, id: string, strategy: string) {
    const user = this.#meUser();
    const record = this.#ownIdentification(user, kind, id);
    const expected = IDENTIFICATIONS[kind].strategy;
    // An added address on an instance that verifies by link gets a link (see openProfileEmailLink).
    const link =
      kind === 'email_address' &&
      strategy === 'email_link' &&
      this.#environment.user_settings.attributes.email_address?.verifications.includes('email_link');
    if (strategy !== expected && !link) {
      throw formError('form_param_value_invalid', 'is invalid', `strategy must be ${expected}.`, 'strategy');
    }
    if (record.verification?.status === 'verified') {
      throw formError(
        'verification_already_verified',
        'already verified',
        'This has already been verified.',
        'code',
        400,
      );
    }
    record.verification = link
      ? this.#sendLink(record.value, 'profile')
      : this.#sendCode(record.value, 'profile', strategy);
    if (kind === 'phone_number') this.sentSms.push({ phoneNumber: record.value, code: this.#code });
    return this.#result(this.#identificationJSON(user, kind, id));
  }

  #attemptIdentification(kind: IdentificationKind, id: string, code: string) {
    const user = this.#meUser();
    const record = this.#ownIdentification(user, kind, id);
    const verification = record.verification;
    if (!verification) {
      throw formError('verification_missing', 'not prepared', 'Send a code first.', 'code', 400);
    }
    if (verification.status === 'verified') {
      throw formError(
        'verification_already_verified',
        'already verified',
        'This has already been verified.',
        'code',
        400,
      );
    }
    this.#checkCode(verification, code);
    return this.#result(this.#identificationJSON(user, kind, id));
  }

  /** Swaps a verified added email address or phone number with the primary one (the old primary joins the others). */
  #makePrimary(user: UserRecord, kind: IdentificationKind, id: string): void {
    const { primary, primaryId, others, strategy, label } = IDENTIFICATIONS[kind];
    if (user[primaryId] === id) return;
    const record = (user[others] ?? []).find((r) => r.id === id);
    if (record?.verification?.status !== 'verified') {
      throw formError('form_param_value_invalid', 'is invalid', `Verify the ${label} first.`, `primary_${kind}_id`);
    }
    const email = kind === 'email_address';
    const rest = (user[others] ?? []).filter((r) => r !== record);
    const [previousId, previous] = [user[primaryId], user[primary]];
    if (previousId && previous) {
      const expireAt = email ? user.emailVerifiedAt : null;
      const verification = { status: 'verified' as const, strategy, attempts: 1, expireAt };
      rest.unshift({ id: previousId, value: previous, verification, createdAt: user.createdAt });
    }
    user[primaryId] = record.id;
    user[primary] = record.value;
    if (email) user.emailVerifiedAt = Date.now();
    user[others] = rest;
  }

  #membershipJSON(membership: MembershipRecord, user: UserRecord) {
    return parseOrThrow(organizationMembershipSchema, membershipWire(membership, user), 'memory membership');
  }

  #page(all: unknown[], params: OrganizationMembershipsParams) {
    const offset = params.offset ?? 0;
    const data = all.slice(offset, offset + (params.limit ?? 10));
    return parseOrThrow(organizationMembershipPageSchema, { data, total_count: all.length }, 'memory memberships');
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

  // ---- connected accounts ----

  /**
   * Connects at once, as if the provider agreed: the account is listed verified, and the pending copy returned
   * sends the browser to this page's `#/mock-oauth` fragment (following it never unloads a story or a test).
   */
  createExternalAccount(params: CreateExternalAccountParams) {
    return this.#run('createExternalAccount', [params], () => {
      const user = this.#meUser();
      const provider = params.strategy;
      if (!(this.#environment.user_settings.social as Record<string, { enabled?: boolean }>)[provider]?.enabled) {
        throw formError('form_param_value_invalid', 'is invalid', `${provider} is not enabled.`, 'strategy');
      }
      const accounts = user.externalAccounts ?? [];
      if (accounts.some((account) => account.provider === provider)) {
        throw formError('external_account_exists', 'already exists', 'This account is already connected.');
      }
      const now = Date.now();
      const record: ExternalAccountRecord = {
        id: this.#id('eac'),
        provider,
        emailAddress: identifierOf(user),
        verification: { status: 'verified', strategy: provider, attempts: 1, expireAt: now + 10 * MINUTE },
        createdAt: now,
      };
      user.externalAccounts = [...accounts, record];
      this.#touchClient();
      const redirect = new URL(globalThis.location.href);
      redirect.hash = `/mock-oauth?strategy=${provider}`;
      const pending = { ...record, verification: { ...record.verification, status: 'unverified' as const } };
      pending.verification.externalVerificationRedirectUrl = redirect.href;
      return this.#result(parseOrThrow(externalAccountSchema, externalAccountWire(pending), 'memory external account'));
    });
  }

  deleteExternalAccount(externalAccountId: string) {
    return this.#run('deleteExternalAccount', [externalAccountId], () => {
      const user = this.#meUser();
      const accounts = user.externalAccounts ?? [];
      if (!accounts.some((account) => account.id === externalAccountId)) {
        throw formError('resource_not_found', 'not found', 'External account not found.', undefined, 404);
      }
      user.externalAccounts = accounts.filter((account) => account.id !== externalAccountId);
      this.#touchClient();
      return this.#result({ object: 'external_account', id: externalAccountId, deleted: true });
    });
  }

  // ---- reverification ----

  /**
   * Starts a reverification of the active session: the password, or a code to the primary address; then, for the
   * levels `second_factor` and `multi_factor`, the user's second factor if they have one.
   */
  startSessionVerification(sessionId: string, params: { level: string }) {
    return this.#run('startSessionVerification', [sessionId, params], () => {
      const hasSecondFactor = secondFactorStrategies(this.#meUser().secondFactors).length > 0;
      this.#reverificationLevel = params.level !== 'first_factor' && hasSecondFactor ? params.level : 'first_factor';
      return this.#reverification(sessionId, null);
    });
  }

  prepareSessionVerificationFirstFactor(sessionId: string, params: { strategy: string; emailAddressId?: string }) {
    return this.#run('prepareSessionVerificationFirstFactor', [sessionId, params], () => {
      const user = this.#meUser();
      this.sentCodes.push({
        strategy: 'email_code',
        emailAddress: identifierOf(user),
        code: this.#code,
        purpose: 'profile',
      });
      const sent = {
        status: 'unverified' as const,
        strategy: 'email_code',
        attempts: 0,
        expireAt: Date.now() + 10 * MINUTE,
      };
      return this.#reverification(sessionId, sent);
    });
  }

  attemptSessionVerificationFirstFactor(
    sessionId: string,
    params: { strategy: string; password?: string; code?: string },
  ) {
    return this.#run('attemptSessionVerificationFirstFactor', [sessionId, params], () => {
      const user = this.#meUser();
      const ok = params.strategy === 'password' ? user.password === params.password : params.code === this.#code;
      if (!ok && params.strategy === 'password') {
        throw formError('form_password_incorrect', 'Password is incorrect.', 'Password is incorrect.', 'password');
      }
      if (!ok) throw formError('form_code_incorrect', 'Incorrect code', 'Incorrect code. Try again.', 'code');
      const verified = { status: 'verified' as const, strategy: params.strategy, attempts: 1, expireAt: Date.now() };
      const next = this.#reverificationLevel === 'first_factor' ? 'complete' : 'needs_second_factor';
      return this.#reverification(sessionId, verified, next);
    });
  }

  /** Texts the code (`phone_code`) to the user's second-factor phone. */
  prepareSessionVerificationSecondFactor(sessionId: string, params: { strategy: string; phoneNumberId?: string }) {
    return this.#run('prepareSessionVerificationSecondFactor', [sessionId, params], () => {
      const factors = this.#meUser().secondFactors;
      if (params.strategy !== 'phone_code' || !factors?.phoneNumber) throw strategyForUserInvalid();
      this.sentSms.push({ phoneNumber: factors.phoneNumber, code: this.#code });
      return this.#reverification(sessionId, null, 'needs_second_factor');
    });
  }

  /** The authenticator code or texted code (both the verification code here), or a backup code (used up). */
  attemptSessionVerificationSecondFactor(sessionId: string, params: { strategy: string; code: string }) {
    return this.#run('attemptSessionVerificationSecondFactor', [sessionId, params], () => {
      const factors = this.#meUser().secondFactors;
      if (!secondFactorStrategies(factors).includes(params.strategy)) throw strategyForUserInvalid();
      const used = factors?.backupCodes.indexOf(params.code.trim().toLowerCase()) ?? -1;
      const ok = params.strategy === 'backup_code' ? used >= 0 : params.code === this.#code;
      if (!ok) throw formError('form_code_incorrect', 'Incorrect code', 'Incorrect code. Try again.', 'code');
      if (params.strategy === 'backup_code') factors?.backupCodes.splice(used, 1);
      return this.#reverification(sessionId, null, 'complete');
    });
  }

  #reverification(sessionId: string, verification: VerificationRecord | null, status = 'needs_first_factor') {
    const user = this.#meUser();
    const factors = [
      ...(user.password === null ? [] : [{ strategy: 'password' }]),
      ...(user.emailAddress
        ? [
            {
              strategy: 'email_code',
              safe_identifier: user.emailAddress,
              email_address_id: user.emailAddressId,
              primary: true,
            },
          ]
        : []),
    ];
    const json = {
      object: 'session_reverification',
      level: this.#reverificationLevel,
      status,
      supported_first_factors: factors,
      supported_second_factors: status === 'needs_second_factor' ? secondFactorsWire(user) : null,
      first_factor_verification: verification && {
        status: verification.status,
        strategy: verification.strategy,
        attempts: verification.attempts,
        expire_at: verification.expireAt,
      },
      session_id: sessionId,
    };
    return this.#result(parseOrThrow(sessionReverificationSchema, json, 'memory session reverification'));
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

  #passkey(passkeyId: string): PasskeyRecord {
    const passkey = this.#meUser().passkeys?.find((p) => p.id === passkeyId);
    if (!passkey) throw notFound('passkey');
    return passkey;
  }

  /** A passkey answer names its account by its credential id; a passkey skips the second factor. */
  #attemptPasskey(signIn: SignInRecord, credential: string | undefined): void {
    const verification = signIn.firstFactorVerification;
    if (verification?.strategy !== 'passkey' || verification.status !== 'unverified') {
      throw formError('verification_missing', 'not prepared', 'Start the passkey sign-in first.', 'strategy', 400);
    }
    const credentialId = credentialIdOf(credential);
    const user = [...this.#users.values()].find((u) => u.passkeys?.some((p) => p.credentialId === credentialId));
    const passkey = user?.passkeys?.find((p) => p.credentialId === credentialId);
    if (!user || !passkey || (signIn.userId !== null && signIn.userId !== user.id)) {
      throw formError(
        'form_identifier_not_found',
        'Passkey not found',
        'No account uses this passkey.',
        'public_key_credential',
      );
    }
    verification.status = 'verified';
    passkey.lastUsedAt = Date.now();
    Object.assign(signIn, { userId: user.id, identifier: signIn.identifier ?? identifierOf(user) });
    const session = this.#startSession(this.#ensureClient(), user, 'passkey');
    signIn.status = 'complete';
    signIn.createdSessionId = session.id;
    this.#touchClient();
  }

  /** The sign-up fields the environment turns on, split into required and optional (as the dev server does). */
  #signUpFields(): SignUpFieldSettings {
    const { attributes } = this.#environment.user_settings;
    const names = ['email_address', 'username', 'phone_number', 'password', 'first_name', 'last_name'] as const;
    const on = names.filter((name) => attributes[name]?.enabled);
    const legal = this.#environment.user_settings.sign_up.legal_consent_enabled ? ['legal_accepted'] : [];
    return {
      required: [...on.filter((name) => attributes[name]?.required || name === 'email_address'), ...legal],
      optional: on.filter((name) => !attributes[name]?.required && name !== 'email_address'),
    };
  }

  #ctx(): SerializeContext {
    const { attributes } = this.#environment.user_settings;
    const on = (name: 'email_address' | 'phone_number' | 'username') => (attributes[name].enabled ? [name] : []);
    return {
      user: (id) => this.#user(id),
      passwordEnabled: attributes.password.enabled,
      passwordRequired: attributes.password.required,
      identifiers: [...on('email_address'), ...on('phone_number'), ...on('username')],
      signUpFields: this.#signUpFields(),
      emailFirstFactors: attributes.email_address.used_for_first_factor ? attributes.email_address.first_factors : [],
      phoneFirstFactors: attributes.phone_number.enabled ? attributes.phone_number.first_factors : [],
      passkeyEnabled: attributes.passkey.enabled,
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
      emailAddressId: seed.emailAddress ? this.#id('idn') : null,
      emailAddress: seed.emailAddress ?? null,
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
    user.passkeys = (seed.passkeys ?? []).map((name, index) => ({
      id: this.#id('pk'),
      name,
      credentialId: memoryPasskeyId(identifierOf(user), index),
      lastUsedAt: null,
      verification: null,
      createdAt: now,
      updatedAt: now,
    }));
    user.externalAccounts = (seed.externalAccounts ?? []).map((account) => ({
      id: this.#id('eac'),
      provider: account.provider,
      emailAddress: account.emailAddress,
      verification: { status: 'verified', strategy: account.provider, attempts: 1, expireAt: now },
      createdAt: now,
    }));
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
      if (user.emailAddress?.toLowerCase() === wanted || user.username?.toLowerCase() === wanted) return user;
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

  /**
   * `enterprise_sso`, the only factor of an address of an enterprise domain (and of no other address): the
   * verification names the identity provider's page (the server's is `verification_saml`, so is this one).
   */
  #prepareEnterpriseSso(signIn: SignInRecord, strategy: string): void {
    if (!signIn.enterpriseConnection || strategy !== 'enterprise_sso') throw strategyForUserInvalid();
    signIn.firstFactorVerification = {
      status: 'unverified',
      strategy: 'saml',
      attempts: 0,
      expireAt: Date.now() + 10 * MINUTE,
      externalVerificationRedirectUrl: enterpriseProviderUrl(),
    };
    this.#touchClient();
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

  #sendLink(emailAddress: string, purpose: SentCode['purpose'] = 'sign_in') {
    this.sentCodes.push({ strategy: 'email_link', emailAddress, code: '', purpose });
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
    if (params.username !== undefined) signUp.username = this.#checkUsername(null, params.username);
    const phone = phoneNumberParam(params.phoneNumber);
    if (phone !== undefined && phone !== signUp.phoneNumber) {
      if (phone && [...this.#users.values()].some((user) => user.phoneNumber === phone)) {
        throw formError(
          'form_identifier_exists',
          'That phone number is taken. Please try another.',
          'That phone number is taken. Please try another.',
          'phone_number',
        );
      }
      // A new number voids any code sent to the old one.
      signUp.phoneNumber = phone;
      signUp.phoneVerification = null;
    }
    if (params.unsafeMetadata !== undefined) signUp.unsafeMetadata = structuredClone(params.unsafeMetadata);
    if (params.legalAccepted) signUp.legalAcceptedAt = Date.now();
  }

  /** The instance's length rules, with FAPI's codes (sign-up and password reset; `new_password` on the profile). */
  #checkNewPassword(password: string, param = 'password'): void {
    const { min_length, max_length } = this.#environment.user_settings.password_settings;
    if (password.length < min_length) {
      throw formError(
        'form_password_length_too_short',
        `Passwords must be ${min_length} characters or more.`,
        `Passwords must be ${min_length} characters or more.`,
        param,
      );
    }
    if (password.length > max_length) {
      throw formError(
        'form_password_length_too_long',
        `Passwords must be less than ${max_length} characters.`,
        `Passwords must be less than ${max_length} characters.`,
        param,
      );
    }
  }

  /**
   * Complete once nothing is missing or unverified and the user has a way back in (an email address or, on a
   * phone-only instance, a verified phone number): create the user and a session, as the dev server does.
   */
  #maybeCompleteSignUp(signUp: SignUpRecord, strategy = 'email_code'): void {
    if (signUp.status === 'complete' || missingSignUpFields(signUp, this.#signUpFields()).length > 0) return;
    if (unverifiedSignUpFields(signUp).length > 0) return;
    if (signUp.emailAddress && signUp.emailVerification?.status !== 'verified') return;
    if (!signUp.emailAddress && !signUp.phoneNumber) return;
    const user = this.#addUser({
      emailAddress: signUp.emailAddress ?? undefined,
      password: signUp.password ?? undefined,
      firstName: signUp.firstName ?? undefined,
      lastName: signUp.lastName ?? undefined,
      username: signUp.username ?? undefined,
      phoneNumber: signUp.phoneNumber ?? undefined,
    });
    user.unsafeMetadata = signUp.unsafeMetadata;
    if (signUp.external) this.#linkProviderAccount(user, signUp.external.identity);
    const session = this.#startSession(this.#ensureClient(), user, strategy);
    signUp.status = 'complete';
    signUp.createdUserId = user.id;
    signUp.createdSessionId = session.id;
  }

  /** The provider's account on the user who signed up through it: an enterprise account, or a connected one. */
  #linkProviderAccount(user: UserRecord, identity: ProviderIdentityRecord): void {
    const now = Date.now();
    const { emailAddress, connection, strategy } = identity;
    if (connection) {
      user.enterpriseAccounts = [{ id: this.#id('eac'), emailAddress, connection, createdAt: now }];
      return;
    }
    const verification = { status: 'verified' as const, strategy, attempts: 1, expireAt: now };
    user.externalAccounts = [{ id: this.#id('eac'), provider: strategy, emailAddress, verification, createdAt: now }];
  }

  // ---- organization domains, membership requests, suggestions and the user's invitations ----

  readonly #enrollment: EnrollmentRecords = { domains: [], suggestions: [], invitations: [], requests: [] };

  getOrganizationDomains(organizationId: string, params: OrganizationDomainsParams = {}) {
    return this.#run('getOrganizationDomains', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_domains:read');
      const all = this.#enrollment.domains
        .filter((d) => d.organization === org)
        .filter((d) => params.verified === undefined || (d.verification?.status === 'verified') === params.verified)
        .map((d) => this.#domainJSON(d));
      return this.#result(statusPage(all, { limit: params.limit, offset: params.offset }));
    });
  }

  createOrganizationDomain(organizationId: string, params: CreateOrganizationDomainParams) {
    return this.#run('createOrganizationDomain', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_domains:manage');
      const name = params.name.trim().toLowerCase();
      if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(name)) {
        throw formError('form_param_format_invalid', 'is invalid', 'Enter a domain like acme.com.', 'name');
      }
      if (this.#enrollment.domains.some((d) => d.organization === org && d.name === name)) {
        throw formError('form_identifier_exists', 'is taken', 'This domain was already added.', 'name');
      }
      const now = Date.now();
      const domain: DomainRecord = {
        id: this.#id('orgdmn'),
        organization: org,
        name,
        enrollmentMode: params.enrollmentMode ?? 'manual_invitation',
        affiliationEmailAddress: null,
        verification: null,
        createdAt: now,
        updatedAt: now,
      };
      this.#enrollment.domains.push(domain);
      return this.#result(this.#domainJSON(domain));
    });
  }

  deleteOrganizationDomain(organizationId: string, domainId: string) {
    return this.#run('deleteOrganizationDomain', [organizationId, domainId], () => {
      const domain = this.#domain(organizationId, domainId, 'org:sys_domains:manage');
      this.#enrollment.domains.splice(this.#enrollment.domains.indexOf(domain), 1);
      return this.#result({ object: 'organization_domain', id: domain.id, deleted: true });
    });
  }

  updateOrganizationDomainEnrollmentMode(organizationId: string, domainId: string, params: UpdateEnrollmentModeParams) {
    return this.#run('updateOrganizationDomainEnrollmentMode', [organizationId, domainId, params], () => {
      const domain = this.#domain(organizationId, domainId, 'org:sys_domains:manage');
      domain.enrollmentMode = params.enrollmentMode;
      domain.updatedAt = Date.now();
      return this.#result(this.#domainJSON(domain));
    });
  }

  prepareOrganizationDomainAffiliationVerification(
    organizationId: string,
    domainId: string,
    params: { affiliationEmailAddress: string },
  ) {
    return this.#run('prepareOrganizationDomainAffiliationVerification', [organizationId, domainId, params], () => {
      const domain = this.#domain(organizationId, domainId, 'org:sys_domains:manage');
      const email = params.affiliationEmailAddress.trim().toLowerCase();
      if (!email.endsWith(`@${domain.name}`)) {
        throw formError(
          'form_param_value_invalid',
          'is invalid',
          `The email address must be at ${domain.name}.`,
          'affiliation_email_address',
        );
      }
      domain.affiliationEmailAddress = email;
      domain.verification = { status: 'unverified', attempts: 0, expireAt: Date.now() + 10 * MINUTE };
      this.sentCodes.push({ strategy: 'email_code', emailAddress: email, code: this.#code, purpose: 'profile' });
      return this.#result(this.#domainJSON(domain));
    });
  }

  attemptOrganizationDomainAffiliationVerification(organizationId: string, domainId: string, params: { code: string }) {
    return this.#run('attemptOrganizationDomainAffiliationVerification', [organizationId, domainId, params], () => {
      const domain = this.#domain(organizationId, domainId, 'org:sys_domains:manage');
      if (!domain.verification) {
        throw formError('verification_missing', 'is missing', 'Send a code first.', 'code', 400);
      }
      domain.verification.attempts++;
      if (params.code.trim() !== this.#code) {
        throw formError('form_code_incorrect', 'is incorrect', 'The code is incorrect.', 'code');
      }
      domain.verification.status = 'verified';
      return this.#result(this.#domainJSON(domain));
    });
  }

  getOrganizationMembershipRequests(organizationId: string, params: StatusPageParams = {}) {
    return this.#run('getOrganizationMembershipRequests', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      const all = this.#enrollment.requests.filter((r) => r.organization === org).map(requestJSON);
      return this.#result(statusPage(all, params));
    });
  }

  acceptOrganizationMembershipRequest(organizationId: string, requestId: string) {
    return this.#run('acceptOrganizationMembershipRequest', [organizationId, requestId], () => {
      const request = this.#request(organizationId, requestId);
      this.#addMembership(request.organization, request.user, 'org:member');
      request.status = 'accepted';
      return this.#result(requestJSON(request));
    });
  }

  rejectOrganizationMembershipRequest(organizationId: string, requestId: string) {
    return this.#run('rejectOrganizationMembershipRequest', [organizationId, requestId], () => {
      const request = this.#request(organizationId, requestId);
      request.status = 'rejected';
      return this.#result(requestJSON(request));
    });
  }

  getUserOrganizationSuggestions(params: StatusPageParams = {}) {
    return this.#run('getUserOrganizationSuggestions', [params], () => {
      const user = this.#meUser();
      const all = this.#enrollment.suggestions.filter((s) => s.user === user).map(suggestionJSON);
      return this.#result(statusPage(all, params));
    });
  }

  acceptOrganizationSuggestion(suggestionId: string) {
    return this.#run('acceptOrganizationSuggestion', [suggestionId], () => {
      const user = this.#meUser();
      const suggestion = this.#enrollment.suggestions.find((s) => s.id === suggestionId && s.user === user);
      if (!suggestion) throw notFound('organization suggestion');
      if (suggestion.status !== 'pending') {
        throw formError('form_param_value_invalid', 'is invalid', 'Already accepted.', 'suggestion_id', 400);
      }
      suggestion.status = 'accepted';
      const now = Date.now();
      this.#enrollment.requests.push({
        id: this.#id('orgmbrreq'),
        organization: suggestion.organization,
        user,
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      });
      return this.#result(suggestionJSON(suggestion));
    });
  }

  getUserOrganizationInvitations(params: StatusPageParams = {}) {
    return this.#run('getUserOrganizationInvitations', [params], () => {
      const user = this.#meUser();
      const all = this.#enrollment.invitations.filter((i) => i.emailAddress === user.emailAddress).map(invitationJSON);
      return this.#result(statusPage(all, params));
    });
  }

  acceptUserOrganizationInvitation(invitationId: string) {
    return this.#run('acceptUserOrganizationInvitation', [invitationId], () => {
      const user = this.#meUser();
      const invitation = this.#enrollment.invitations.find(
        (i) => i.id === invitationId && i.emailAddress === user.emailAddress,
      );
      if (!invitation) throw notFound('organization invitation');
      if (invitation.status !== 'pending') {
        throw formError('form_param_value_invalid', 'is invalid', 'Already accepted.', 'invitation_id', 400);
      }
      this.#addMembership(invitation.organization, user, invitation.role);
      this.#touchClient();
      invitation.status = 'accepted';
      return this.#result(invitationJSON(invitation));
    });
  }

  #domain(organizationId: string, domainId: string, permission: string): DomainRecord {
    const { org } = this.#acting(organizationId, permission);
    const domain = this.#enrollment.domains.find((d) => d.id === domainId && d.organization === org);
    if (!domain) throw notFound('organization domain');
    return domain;
  }

  #domainJSON(domain: DomainRecord) {
    const pending = (items: Array<{ organization: unknown; status: string }>) =>
      items.filter((i) => i.organization === domain.organization && i.status === 'pending').length;
    return domainJSON(domain, {
      invitations: pending(this.#enrollment.invitations),
      suggestions: pending(this.#enrollment.suggestions),
    });
  }

  #request(organizationId: string, requestId: string) {
    const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
    const request = this.#enrollment.requests.find((r) => r.id === requestId && r.organization === org);
    if (!request) throw notFound('membership request');
    if (request.status !== 'pending') {
      throw formError('form_param_value_invalid', 'is invalid', `Already ${request.status}.`, 'request_id', 400);
    }
    return request;
  }

  #seedEnrollment(seed: MemoryEnrollmentSeed): void {
    const now = Date.now();
    const bySlug = (slug: string) => {
      const org = this.#organizations.find((o) => o.slug === slug);
      if (!org) throw new Error(`memory enrollment: no organization ${slug}`);
      return org;
    };
    const base = () => ({ id: '', status: 'pending', createdAt: now, updatedAt: now });
    const me = [...this.#users.values()][0];
    if (me) {
      for (const slug of seed.organizationSuggestions ?? []) {
        this.#enrollment.suggestions.push({ ...base(), id: this.#id('orgsug'), organization: bySlug(slug), user: me });
      }
      for (const slug of seed.organizationInvitations ?? []) {
        const organization = bySlug(slug);
        const invitation = { id: this.#id('orginv'), organization, emailAddress: identifierOf(me), role: 'org:member' };
        this.#enrollment.invitations.push({ ...base(), ...invitation });
      }
    }
    for (const [slug, emails] of Object.entries(seed.membershipRequests ?? {})) {
      for (const email of emails) {
        const user = this.#findUser(email);
        if (!user) throw new Error(`memory enrollment: no user ${email}`);
        this.#enrollment.requests.push({ ...base(), id: this.#id('orgmbrreq'), organization: bySlug(slug), user });
      }
    }
    for (const [slug, names] of Object.entries(seed.organizationDomains ?? {})) {
      for (const name of names) {
        this.#enrollment.domains.push({
          id: this.#id('orgdmn'),
          organization: bySlug(slug),
          name,
          enrollmentMode: 'automatic_suggestion',
          affiliationEmailAddress: `admin@${name}`,
          verification: { status: 'verified', attempts: 1, expireAt: null },
          createdAt: now,
          updatedAt: now,
        });
      }
    }
  }
  // ---- security page ----

  /** Secrets waiting for their first code, by user id. */
  readonly #pendingTotp = new Map<string, string>();
  /** The signed-in user's sessions on other devices (seeded by `otherDevices`), until signed out. */
  #otherDevices: ActiveSessionJSON[];

  changePassword(params: ChangePasswordParams) {
    return this.#run('changePassword', [params], () => {
      const user = this.#meUser();
      if (user.password !== null && params.currentPassword !== user.password) {
        throw formError(
          'form_password_incorrect',
          'Password is incorrect.',
          'Password is incorrect.',
          'current_password',
        );
      }
      this.#checkNewPassword(params.newPassword, 'new_password');
      user.password = params.newPassword;
      user.updatedAt = Date.now();
      if (params.signOutOfOtherSessions) this.#otherDevices = [];
      return this.#result(toUserJSON(user));
    });
  }

  createTotp() {
    return this.#run('createTotp', [], () => {
      const user = this.#meUser();
      if (user.secondFactors?.totp) {
        throw formError(
          'totp_already_enabled',
          'Already set up',
          'An authenticator app is already set up.',
          undefined,
          400,
        );
      }
      const secret = MEMORY_TOTP_SECRET;
      this.#pendingTotp.set(user.id, secret);
      const label = encodeURIComponent(identifierOf(user));
      const issuer = encodeURIComponent(this.#environment.display_config.application_name);
      const uri = `otpauth://totp/${issuer}:${label}?secret=${secret}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`;
      const now = Date.now();
      return this.#result(
        parseOrThrow(totpSchema, totpWire({ id: this.#id('totp'), secret, uri, now }), 'memory totp'),
      );
    });
  }

  verifyTotp(params: { code: string }) {
    return this.#run('verifyTotp', [params], () => {
      const user = this.#meUser();
      if (!this.#pendingTotp.has(user.id)) throw notFound('totp');
      if (params.code.trim() !== this.#code)
        throw formError('form_code_incorrect', 'is incorrect', 'Incorrect code', 'code');
      this.#pendingTotp.delete(user.id);
      user.secondFactors ??= { totp: false, phoneNumberId: null, phoneNumber: null, backupCodes: [] };
      const factors = user.secondFactors;
      const first = secondFactorStrategies(factors).length === 0;
      factors.totp = true;
      if (first) factors.backupCodes = memoryBackupCodes();
      const wire = totpWire({ id: this.#id('totp'), secret: null, uri: null, now: Date.now() });
      const json = { ...wire, verified: true, backup_codes: first ? [...factors.backupCodes] : null };
      return this.#result(parseOrThrow(totpSchema, json, 'memory totp'));
    });
  }

  deleteTotp() {
    return this.#run('deleteTotp', [], () => {
      const factors = this.#meUser().secondFactors;
      if (!factors?.totp) throw notFound('totp');
      factors.totp = false;
      if (!factors.phoneNumber) factors.backupCodes = [];
      return this.#result({ object: 'totp', id: this.#meUser().id, deleted: true });
    });
  }

  createBackupCodes() {
    return this.#run('createBackupCodes', [], () => {
      const factors = this.#meUser().secondFactors;
      if (!factors?.totp && !factors?.phoneNumber) {
        throw formError(
          'backup_codes_require_second_factor',
          'No second factor',
          'Set up an authenticator app first.',
          undefined,
          400,
        );
      }
      factors.backupCodes = memoryBackupCodes();
      const now = Date.now();
      const json = {
        object: 'backup_code',
        id: this.#id('bkc'),
        codes: [...factors.backupCodes],
        created_at: now,
        updated_at: now,
      };
      return this.#result(parseOrThrow(backupCodesSchema, json, 'memory backup codes'));
    });
  }

  getActiveSessions() {
    return this.#run('getActiveSessions', [], () => {
      const user = this.#meUser();
      const here = (this.#client?.sessions ?? []).filter((s) => s.status === 'active' && s.userId === user.id);
      const mine = here.map((s) => ({
        object: 'session',
        id: s.id,
        status: s.status,
        last_active_at: s.lastActiveAt,
        latest_activity: { id: `act_${s.id}`, ...THIS_DEVICE },
      }));
      return parseOrThrow(activeSessionListSchema, [...mine, ...this.#otherDevices], 'memory active sessions');
    });
  }

  revokeSession(sessionId: string) {
    return this.#run('revokeSession', [sessionId], () => {
      const device = this.#otherDevices.find((d) => d.id === sessionId);
      if (!device) return this.#closeSession(sessionId, 'removed');
      this.#otherDevices = this.#otherDevices.filter((d) => d.id !== sessionId);
      const user = this.#meUser();
      const now = Date.now();
      const session: SessionRecord = {
        id: sessionId,
        userId: user.id,
        status: 'removed',
        lastActiveOrganizationId: null,
        lastActiveAt: device.last_active_at ?? now,
        expireAt: now,
        abandonAt: now,
        createdAt: now,
        updatedAt: now,
      };
      return this.#result(toSessionJSON(session, this.#ctx()));
    });
  }

  deleteMe() {
    return this.#run('deleteMe', [], () => {
      const user = this.#meUser();
      this.#users.delete(user.id);
      for (const session of this.#client?.sessions ?? []) if (session.userId === user.id) session.status = 'removed';
      const client = this.#ensureClient();
      client.lastActiveSessionId = client.sessions.find((s) => s.status === 'active')?.id ?? null;
      this.#touchClient();
      return this.#result({ object: 'user', id: user.id, deleted: true });
    });
  }

  // ---- organization profile ----

  readonly #invitations: Array<{ org: OrganizationRecord; json: OrganizationInvitationJSON }> = [];

  getOrganizationInvitations(organizationId: string, params: OrganizationInvitationsParams = {}) {
    return this.#run('getOrganizationInvitations', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      const all = this.#invitations
        .filter((i) => i.org === org && (!params.status?.length || params.status.includes(i.json.status)))
        .map((i) => i.json)
        .reverse();
      const offset = params.offset ?? 0;
      return this.#result({ data: all.slice(offset, offset + (params.limit ?? 10)), total_count: all.length });
    });
  }

  createOrganizationInvitations(organizationId: string, params: CreateOrganizationInvitationsParams) {
    return this.#run('createOrganizationInvitations', [organizationId, params], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      if (!this.#roles[params.role]) throw formError('form_param_value_invalid', 'is invalid', 'No such role.', 'role');
      const emails = [...new Set(params.emailAddresses.map((e) => e.trim().toLowerCase()))];
      for (const email of emails) {
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
          throw formError(
            'form_param_format_invalid',
            'is invalid',
            `${email} is not an email address.`,
            'email_address',
          );
        }
        if (this.#members(org).some(([user]) => user.emailAddress?.toLowerCase() === email)) {
          throw formError(
            'already_a_member_in_organization',
            'Already a member',
            `${email} is already a member.`,
            'email_address',
            400,
          );
        }
        if (
          this.#invitations.some((i) => i.org === org && i.json.status === 'pending' && i.json.email_address === email)
        ) {
          throw formError(
            'duplicate_record',
            'Invitation already pending',
            `${email} is already invited.`,
            'email_address',
            400,
          );
        }
      }
      return this.#result(this.#addInvitations(org, emails, params.role));
    });
  }

  revokeOrganizationInvitation(organizationId: string, invitationId: string) {
    return this.#run('revokeOrganizationInvitation', [organizationId, invitationId], () => {
      const { org } = this.#acting(organizationId, 'org:sys_memberships:manage');
      const invitation = this.#invitations.find((i) => i.org === org && i.json.id === invitationId);
      if (!invitation) throw notFound('invitation');
      invitation.json.status = 'revoked';
      invitation.json.updated_at = Date.now();
      org.pendingInvitationsCount = (org.pendingInvitationsCount ?? 1) - 1;
      return this.#result(invitation.json);
    });
  }

  setOrganizationLogo(organizationId: string, file: Blob) {
    return this.#run('setOrganizationLogo', [organizationId], () => {
      const { org } = this.#acting(organizationId, 'org:sys_profile:manage');
      checkImage(file);
      org.imageUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : org.imageUrl;
      org.hasImage = true;
      org.updatedAt = Date.now();
      this.#touchClient();
      return this.#result(parseOrThrow(organizationSchema, organizationWire(org), 'memory organization'));
    });
  }

  deleteOrganizationLogo(organizationId: string) {
    return this.#run('deleteOrganizationLogo', [organizationId], () => {
      const { org } = this.#acting(organizationId, 'org:sys_profile:manage');
      if (!org.hasImage) throw notFound('logo');
      org.hasImage = false;
      org.imageUrl = '';
      this.#touchClient();
      return this.#result({ object: 'image', id: org.id, deleted: true });
    });
  }

  getOrganizationRoles(organizationId: string) {
    return this.#run('getOrganizationRoles', [organizationId], () => {
      this.#acting(organizationId, null);
      const data = Object.entries(this.#roles).map(([key, permissions]) => ({
        id: `role_${key.replace(/^org:/, '')}`,
        key,
        name: roleName(key),
        description: '',
        permissions: permissions.map((permission) => ({ key: permission })),
      }));
      return this.#result({ data, total_count: data.length });
    });
  }

  #addInvitations(org: OrganizationRecord, emails: string[], role: string): OrganizationInvitationJSON[] {
    const now = Date.now();
    return emails.map((email) => {
      const json: OrganizationInvitationJSON = {
        id: this.#id('orginv'),
        email_address: email,
        role,
        role_name: roleName(role),
        organization_id: org.id,
        status: 'pending',
        created_at: now,
        updated_at: now,
      };
      this.#invitations.push({ org, json });
      org.pendingInvitationsCount = (org.pendingInvitationsCount ?? 0) + 1;
      return json;
    });
  }

  // ---- s8-profile ----

  /** Reserves one of the user's verified numbers for SMS codes (or frees it), as the dev server's PATCH does. */
  updatePhoneNumber(phoneNumberId: string, params: UpdatePhoneNumberParams) {
    return this.#run('updatePhoneNumber', [phoneNumberId, params], () => {
      const user = this.#meUser();
      // The primary number is verified by definition; an added one only once its code was typed.
      const primary = user.phoneNumberId === phoneNumberId;
      const record = primary ? null : this.#ownIdentification(user, 'phone_number', phoneNumberId);
      const verified = primary || record?.verification?.status === 'verified';
      const number = primary ? user.phoneNumber : (record?.value ?? null);
      user.secondFactors ??= { totp: false, phoneNumberId: null, phoneNumber: null, backupCodes: [] };
      const factors = user.secondFactors;
      const ids = factors.reservedPhoneNumberIds ?? [];
      const reserved = params.reservedForSecondFactor ?? ids.includes(phoneNumberId);
      if (reserved && !verified) {
        throw formError(
          'form_param_value_invalid',
          'is invalid',
          'Verify the phone number first.',
          'reserved_for_second_factor',
        );
      }
      if (params.defaultSecondFactor && !reserved) {
        throw formError('form_param_value_invalid', 'is invalid', 'Reserve the number first.', 'default_second_factor');
      }
      const first = reserved && secondFactorStrategies(factors).length === 0;
      factors.reservedPhoneNumberIds = reserved
        ? [...new Set([...ids, phoneNumberId])]
        : ids.filter((id) => id !== phoneNumberId);
      const byId = (id: string | undefined) =>
        id === user.phoneNumberId ? user.phoneNumber : (user.otherPhoneNumbers ?? []).find((p) => p.id === id)?.value;
      if (reserved && (params.defaultSecondFactor || !factors.phoneNumberId || !ids.includes(factors.phoneNumberId))) {
        [factors.phoneNumberId, factors.phoneNumber] = [phoneNumberId, number];
      } else if (!reserved && factors.phoneNumberId === phoneNumberId) {
        const next = factors.reservedPhoneNumberIds[0];
        [factors.phoneNumberId, factors.phoneNumber] = [next ?? null, byId(next) ?? null];
      }
      if (first) factors.backupCodes = memoryBackupCodes();
      if (!factors.totp && !factors.phoneNumber) factors.backupCodes = [];
      const json = {
        ...(this.#identificationJSON(user, 'phone_number', phoneNumberId) as object),
        backup_codes: first ? [...factors.backupCodes] : null,
      };
      return this.#result(parseOrThrow(secondFactorPhoneNumberSchema, json, 'memory phone number'));
    });
  }
}

/** The secret every memory authenticator app is given (any code equal to the verification code passes). */
const MEMORY_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The browser the memory instance pretends to be. */
const THIS_DEVICE = {
  browser_name: 'Chrome',
  browser_version: '131',
  device_type: 'Macintosh',
  ip_address: '192.0.2.10',
  city: 'Lyon',
  country: 'FR',
  is_mobile: false,
};

function totpWire(input: { id: string; secret: string | null; uri: string | null; now: number }) {
  const { id, secret, uri, now } = input;
  return { object: 'totp', id, secret, uri, verified: false, backup_codes: null, created_at: now, updated_at: now };
}

/** Ten codes in the dev server's alphabet, different on every call. */
function memoryBackupCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () =>
    Array.from({ length: 10 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join(''),
  );
}
