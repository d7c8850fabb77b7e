/**
 * The in-memory instance's state (plain records) and their FAPI JSON form. Serializers emit the full wire
 * shape and run it through the same schemas as the HTTP adapter, so memory-backed stories and tests see
 * exactly what a real server would send.
 */
// The memory adapter parses clients with sessions synchronously: the account module must be registered first
// (src/api/account-kit.ts).
import '../../resources/account.js';
import {
  type ClientJSON,
  clientSchema,
  type PasskeyJSON,
  passkeySchema,
  type SessionJSON,
  type SignInJSON,
  type SignUpJSON,
  sessionSchema,
  signInSchema,
  signUpSchema,
  type UserJSON,
  userSchema,
} from '../schemas/index.js';
import { parseOrThrow } from '../validate.js';
import {
  type EnterpriseAccountRecord,
  type EnterpriseConnectionRecord,
  enterpriseAccountWire,
  enterpriseFactorWire,
  samlAccountWire,
} from './memory-enterprise-sso.js';
import { hasPasskey, type PasskeyRecord } from './memory-passkeys.js';

export interface VerificationRecord {
  status: 'unverified' | 'verified' | 'failed' | 'expired' | 'transferable';
  strategy: string;
  attempts: number;
  expireAt: number | null;
  /** OAuth: the provider's page the browser is sent to. */
  externalVerificationRedirectUrl?: string;
  /** The code sent for this verification (email_code only). */
  code?: string;
  /** passkey: the WebAuthn options JSON. */
  nonce?: string;
}

export interface UserRecord {
  id: string;
  /** Null for a user who signed up with a phone number only (an instance with email addresses off). */
  emailAddressId: string | null;
  emailAddress: string | null;
  emailVerifiedAt: number;
  password: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  /** E.164; the phone identifier and its SMS code factors. */
  phoneNumber: string | null;
  phoneNumberId: string | null;
  imageUrl: string;
  unsafeMetadata: Record<string, unknown>;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** Second factors the user has turned on (a sign-in then needs one of them after the first factor). */
  secondFactors?: SecondFactorsRecord;
  /** True once the user uploaded an image (`imageUrl` then points at it). */
  hasImage?: boolean;
  /** Email addresses and phone numbers added on the profile besides the primary ones (verified or not). */
  otherEmailAddresses?: IdentificationRecord[];
  otherPhoneNumbers?: IdentificationRecord[];
  passkeys?: PasskeyRecord[];
  /** The user's organization memberships; each points at a shared OrganizationRecord. */
  organizationMemberships?: MembershipRecord[];
  /** Provider accounts connected to the user (the profile's Connected accounts). */
  externalAccounts?: ExternalAccountRecord[];
  /** Accounts at the enterprise identity provider the user signed in through. */
  enterpriseAccounts?: EnterpriseAccountRecord[];
}

/** A provider account connected to a user; `verification` is unverified while the provider is being asked. */
export interface ExternalAccountRecord {
  id: string;
  /** `oauth_github`, … */
  provider: string;
  emailAddress: string;
  verification: VerificationRecord;
  createdAt: number;
}

/** An email address or phone number the user added from the profile. */
export interface IdentificationRecord {
  id: string;
  value: string;
  verification: VerificationRecord | null;
  createdAt: number;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  imageUrl: string;
  /** Kept by the memory adapter as members join and leave. */
  membersCount: number;
  /** An uploaded logo (organization profile); `imageUrl` is then its object URL. */
  hasImage?: boolean;
  pendingInvitationsCount?: number;
  createdAt: number;
  updatedAt: number;
}

export interface MembershipRecord {
  id: string;
  organization: OrganizationRecord;
  role: string;
  permissions: string[];
  createdAt: number;
  updatedAt: number;
}

export interface SecondFactorsRecord {
  totp: boolean;
  phoneNumberId: string | null;
  phoneNumber: string | null;
  /** Unused backup codes; each is removed when used. */
  backupCodes: string[];
  /** The user's own phone numbers reserved for SMS codes (the profile's two-step section); `phoneNumberId` is the default. */
  reservedPhoneNumberIds?: string[];
}

/** `reserved_for_second_factor` / `default_second_factor` of one of the user's phone numbers. */
export function phoneFactorWire(user: UserRecord, id: string | null) {
  const factors = user.secondFactors;
  const reserved = id !== null && (factors?.reservedPhoneNumberIds ?? []).includes(id);
  return { reserved_for_second_factor: reserved, default_second_factor: reserved && factors?.phoneNumberId === id };
}

/** The strategies a user's second factors offer, in the order the card shows them (as the dev server). */
export function secondFactorStrategies(factors: SecondFactorsRecord | undefined): string[] {
  if (!factors) return [];
  return [
    ...(factors.totp ? ['totp'] : []),
    ...(factors.phoneNumber ? ['phone_code'] : []),
    ...(factors.backupCodes.length > 0 ? ['backup_code'] : []),
  ];
}

export interface SessionRecord {
  id: string;
  userId: string;
  status: 'active' | 'ended' | 'removed';
  lastActiveOrganizationId: string | null;
  lastActiveAt: number;
  expireAt: number;
  abandonAt: number;
  createdAt: number;
  updatedAt: number;
}

export interface SignInRecord {
  id: string;
  status: 'needs_identifier' | 'needs_first_factor' | 'needs_second_factor' | 'needs_new_password' | 'complete';
  identifier: string | null;
  userId: string | null;
  firstFactorVerification: VerificationRecord | null;
  secondFactorVerification?: VerificationRecord | null;
  createdSessionId: string | null;
  abandonAt: number;
  /** Set when the identifier is an address of an enterprise domain: its one factor is that connection. */
  enterpriseConnection?: EnterpriseConnectionRecord;
  /** The identity a provider vouched for when no user had it (`transferable`): what a transfer to a sign-up takes. */
  providerIdentity?: ProviderIdentityRecord;
}

/** Who the OAuth provider or the enterprise identity provider says the person is. */
export interface ProviderIdentityRecord {
  emailAddress: string;
  firstName: string | null;
  lastName: string | null;
  /** The strategy the sign-in went through (`oauth_github`, …, or `enterprise_sso`). */
  strategy: string;
  /** Enterprise SSO: the connection whose identity provider answered. */
  connection: EnterpriseConnectionRecord | null;
}

export interface SignUpRecord {
  id: string;
  status: 'missing_requirements' | 'complete';
  emailAddress: string | null;
  password: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  /** E.164. */
  phoneNumber: string | null;
  unsafeMetadata: Record<string, unknown>;
  legalAcceptedAt: number | null;
  emailVerification: VerificationRecord | null;
  phoneVerification: VerificationRecord | null;
  createdSessionId: string | null;
  createdUserId: string | null;
  abandonAt: number;
  /** A sign-up transferred from a provider's sign-in: that identity and its (verified) verification. */
  external?: { identity: ProviderIdentityRecord; verification: VerificationRecord };
}

export interface ClientRecord {
  id: string;
  sessions: SessionRecord[];
  signIn: SignInRecord | null;
  signUp: SignUpRecord | null;
  lastActiveSessionId: string | null;
  lastAuthenticationStrategy: string | null;
  createdAt: number;
  updatedAt: number;
}

export type UserLookup = (userId: string) => UserRecord;

const VERIFICATION_OBJECTS: Record<string, string> = {
  password: 'verification_password',
  totp: 'verification_totp',
  backup_code: 'verification_backup_code',
  email_link: 'verification_email_link',
  passkey: 'verification_passkey',
  saml: 'verification_saml',
};

function verificationJSON(record: VerificationRecord | null, extra: Record<string, unknown> = {}) {
  if (!record) return null;
  return {
    object: record.strategy.startsWith('oauth_')
      ? 'verification_oauth'
      : (VERIFICATION_OBJECTS[record.strategy] ?? 'verification_otp'),
    status: record.status,
    strategy: record.strategy,
    attempts: record.attempts,
    expire_at: record.expireAt,
    ...(record.nonce && record.status === 'unverified' ? { nonce: record.nonce } : {}),
    ...(record.externalVerificationRedirectUrl
      ? { external_verification_redirect_url: record.externalVerificationRedirectUrl }
      : {}),
    ...extra,
  };
}

/** How the user is named where one identifier is shown: the email address, else the phone number, else the username. */
export function identifierOf(user: UserRecord): string {
  return user.emailAddress ?? user.phoneNumber ?? user.username ?? user.id;
}

function fullName(user: UserRecord) {
  return {
    first_name: user.firstName,
    last_name: user.lastName,
    image_url: user.imageUrl,
    has_image: user.hasImage === true,
  };
}

/** An added (non-primary) email address or phone number on the wire. */
function identificationWire(kind: 'email_address' | 'phone_number', record: IdentificationRecord) {
  return {
    object: kind,
    id: record.id,
    [kind]: record.value,
    reserved: false,
    verification: verificationJSON(record.verification),
    linked_to: [],
    created_at: record.createdAt,
    updated_at: record.createdAt,
  };
}

export function organizationWire(org: OrganizationRecord) {
  return {
    object: 'organization',
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: org.imageUrl,
    has_image: org.hasImage ?? false,
    members_count: org.membersCount,
    pending_invitations_count: org.pendingInvitationsCount ?? 0,
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    public_metadata: {},
    created_at: org.createdAt,
    updated_at: org.updatedAt,
  };
}

export function membershipWire(membership: MembershipRecord, user: UserRecord) {
  return {
    object: 'organization_membership',
    id: membership.id,
    public_metadata: {},
    role: membership.role,
    permissions: membership.permissions,
    organization: organizationWire(membership.organization),
    public_user_data: {
      ...fullName(user),
      identifier: identifierOf(user),
      user_id: user.id,
    },
    created_at: membership.createdAt,
    updated_at: membership.updatedAt,
  };
}

function userWire(user: UserRecord) {
  return {
    object: 'user',
    id: user.id,
    username: user.username,
    ...fullName(user),
    primary_email_address_id: user.emailAddressId,
    primary_phone_number_id: user.phoneNumberId,
    primary_web3_wallet_id: null,
    password_enabled: user.password !== null,
    two_factor_enabled: secondFactorStrategies(user.secondFactors).length > 0,
    totp_enabled: user.secondFactors?.totp === true,
    backup_code_enabled: (user.secondFactors?.backupCodes.length ?? 0) > 0,
    email_addresses: [
      ...(user.emailAddress
        ? [
            {
              object: 'email_address',
              id: user.emailAddressId,
              email_address: user.emailAddress,
              reserved: false,
              verification: {
                object: 'verification_otp',
                status: 'verified',
                strategy: 'email_code',
                attempts: 1,
                expire_at: user.emailVerifiedAt,
              },
              linked_to: [],
              matches_sso_connection: false,
              created_at: user.createdAt,
              updated_at: user.updatedAt,
            },
          ]
        : []),
      ...(user.otherEmailAddresses ?? []).map((e) => identificationWire('email_address', e)),
    ],
    phone_numbers: (user.phoneNumber
      ? [
          {
            object: 'phone_number',
            id: user.phoneNumberId,
            phone_number: user.phoneNumber,
            reserved: false,
            ...phoneFactorWire(user, user.phoneNumberId),
            verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1 },
            linked_to: [],
            created_at: user.createdAt,
            updated_at: user.updatedAt,
          },
        ]
      : []
    ).concat(
      (user.otherPhoneNumbers ?? []).map((p) => ({
        ...identificationWire('phone_number', p),
        ...phoneFactorWire(user, p.id),
      })) as never[],
    ),
    web3_wallets: [],
    passkeys: (user.passkeys ?? []).filter((p) => p.credentialId !== null).map(passkeyWire),
    external_accounts: (user.externalAccounts ?? []).map(externalAccountWire),
    saml_accounts: (user.enterpriseAccounts ?? []).map(samlAccountWire),
    enterprise_accounts: (user.enterpriseAccounts ?? []).map(enterpriseAccountWire),
    organization_memberships: (user.organizationMemberships ?? []).map((m) => membershipWire(m, user)),
    public_metadata: {},
    unsafe_metadata: user.unsafeMetadata,
    external_id: null,
    last_sign_in_at: user.lastSignInAt,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 10,
    delete_self_enabled: true,
    create_organization_enabled: false,
    password_last_updated_at: user.password === null ? null : user.createdAt,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: null,
    last_active_at: user.lastSignInAt,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

function sessionWire(session: SessionRecord, user: UserRecord) {
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    last_active_at: session.lastActiveAt,
    last_active_token: null,
    last_active_organization_id: session.lastActiveOrganizationId,
    actor: null,
    user: userWire(user),
    public_user_data: {
      ...fullName(user),
      identifier: identifierOf(user),
      user_id: user.id,
      username: user.username,
    },
    factor_verification_age: [0, -1],
    tasks: [],
    current_task: null,
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  };
}

export function secondFactorsWire(user: UserRecord) {
  return secondFactorStrategies(user.secondFactors).map((strategy) =>
    strategy === 'phone_code'
      ? {
          strategy,
          safe_identifier: user.secondFactors?.phoneNumber,
          phone_number_id: user.secondFactors?.phoneNumberId,
        }
      : { strategy },
  );
}

/** The user's first factors as FAPI lists them: password, the codes/links the instance turns on, resets last. */
function firstFactorsWire(user: UserRecord, ctx: SerializeContext, byPhone: boolean) {
  const email = (user.emailAddress ? ctx.emailFirstFactors : []).map((strategy) => ({
    strategy,
    safe_identifier: user.emailAddress,
    email_address_id: user.emailAddressId,
    primary: true,
  }));
  const phone = user.phoneNumber
    ? ctx.phoneFirstFactors.map((strategy) => ({
        strategy,
        safe_identifier: user.phoneNumber,
        phone_number_id: user.phoneNumberId,
        primary: true,
      }))
    : [];
  const password = ctx.passwordEnabled && user.password !== null ? [{ strategy: 'password' }] : [];
  const passkey = ctx.passkeyEnabled && hasPasskey(user) ? [{ strategy: 'passkey' }] : [];
  const resets = ctx.passwordEnabled
    ? [
        ...(user.emailAddress
          ? [
              {
                strategy: 'reset_password_email_code',
                safe_identifier: user.emailAddress,
                email_address_id: user.emailAddressId,
                primary: true,
              },
            ]
          : []),
        ...(user.phoneNumber && ctx.phoneFirstFactors.length
          ? [
              {
                strategy: 'reset_password_phone_code',
                safe_identifier: user.phoneNumber,
                phone_number_id: user.phoneNumberId,
                primary: true,
              },
            ]
          : []),
      ]
    : [];
  return [...passkey, ...password, ...(byPhone ? [...phone, ...email] : [...email, ...phone]), ...resets];
}

function signInWire(signIn: SignInRecord, ctx: SerializeContext) {
  const user = signIn.userId ? ctx.user(signIn.userId) : null;
  const factors = signIn.enterpriseConnection
    ? [enterpriseFactorWire(signIn.enterpriseConnection, signIn.identifier ?? '')]
    : user
      ? firstFactorsWire(user, ctx, signIn.identifier?.startsWith('+') === true)
      : [];
  return {
    object: 'sign_in_attempt',
    id: signIn.id,
    status: signIn.status,
    supported_identifiers: ctx.identifiers,
    identifier: signIn.identifier,
    supported_first_factors: factors,
    supported_second_factors: signIn.status === 'needs_second_factor' && user ? secondFactorsWire(user) : null,
    first_factor_verification: verificationJSON(signIn.firstFactorVerification),
    second_factor_verification: verificationJSON(signIn.secondFactorVerification ?? null),
    user_data: user ? fullName(user) : null,
    created_session_id: signIn.createdSessionId,
    abandon_at: signIn.abandonAt,
    client_trust_state: null,
  };
}

/** Fields a sign-up still lacks, in the order FAPI lists them. */
/** Sign-up fields by their FAPI name, and whether this sign-up has each. */
function providedSignUpFields(signUp: SignUpRecord): Record<string, boolean> {
  return {
    email_address: signUp.emailAddress !== null,
    phone_number: signUp.phoneNumber !== null,
    username: signUp.username !== null,
    password: signUp.password !== null,
    first_name: signUp.firstName !== null,
    last_name: signUp.lastName !== null,
    legal_accepted: signUp.legalAcceptedAt !== null,
  };
}

/** The instance's sign-up fields for this sign-up: a provider's account is the way back in, so no password. */
function signUpFieldsOf(signUp: SignUpRecord, fields: SignUpFieldSettings): SignUpFieldSettings {
  if (!signUp.external) return fields;
  const notPassword = (name: string) => name !== 'password';
  return { required: fields.required.filter(notPassword), optional: fields.optional.filter(notPassword) };
}

export function missingSignUpFields(signUp: SignUpRecord, instanceFields: SignUpFieldSettings): string[] {
  const provided = providedSignUpFields(signUp);
  return signUpFieldsOf(signUp, instanceFields).required.filter((name) => !provided[name]);
}

/** Fields whose verification is still pending (a phone number is always verified, as on the dev server). */
export function unverifiedSignUpFields(signUp: SignUpRecord): string[] {
  const pending = (v: VerificationRecord | null) => v !== null && v.status !== 'verified';
  return [
    ...(pending(signUp.emailVerification) ? ['email_address'] : []),
    ...(signUp.phoneNumber && signUp.phoneVerification?.status !== 'verified' ? ['phone_number'] : []),
  ];
}

const nextActionOf = (verification: VerificationRecord | null) =>
  !verification || verification.status === 'verified' ? '' : verification.code ? 'needs_attempt' : 'needs_prepare';

function signUpWire(signUp: SignUpRecord, instanceFields: SignUpFieldSettings) {
  const verification = signUp.emailVerification;
  const fields = signUpFieldsOf(signUp, instanceFields);
  return {
    object: 'sign_up_attempt',
    id: signUp.id,
    status: signUp.status,
    required_fields: fields.required,
    optional_fields: fields.optional,
    missing_fields: missingSignUpFields(signUp, instanceFields),
    unverified_fields: unverifiedSignUpFields(signUp),
    verifications: {
      email_address: verificationJSON(verification, {
        next_action: nextActionOf(verification),
        supported_strategies: ['email_code'],
      }),
      phone_number: signUp.phoneVerification?.code
        ? verificationJSON(signUp.phoneVerification, {
            next_action: nextActionOf(signUp.phoneVerification),
            supported_strategies: ['phone_code'],
          })
        : null,
      web3_wallet: null,
      external_account: verificationJSON(signUp.external?.verification ?? null),
    },
    username: signUp.username,
    email_address: signUp.emailAddress,
    phone_number: signUp.phoneNumber,
    web3_wallet: null,
    password_enabled: signUp.password !== null,
    first_name: signUp.firstName,
    last_name: signUp.lastName,
    unsafe_metadata: signUp.unsafeMetadata,
    public_metadata: {},
    custom_action: false,
    external_id: null,
    created_session_id: signUp.createdSessionId,
    created_user_id: signUp.createdUserId,
    abandon_at: signUp.abandonAt,
    legal_accepted_at: signUp.legalAcceptedAt,
  };
}

/** Serialization context: how to find users and what the environment requires. */
export interface SignUpFieldSettings {
  required: string[];
  optional: string[];
}

export interface SerializeContext {
  user: UserLookup;
  passwordEnabled: boolean;
  passwordRequired: boolean;
  /** Which sign-up fields the instance turns on, required or optional (FAPI names). */
  signUpFields: SignUpFieldSettings;
  /** From the environment: which identifiers sign in, and the code/link strategies of email and phone. */
  identifiers: string[];
  emailFirstFactors: string[];
  phoneFirstFactors: string[];
  /** The environment's `attributes.passkey.enabled`. */
  passkeyEnabled: boolean;
}

export function passkeyWire(passkey: PasskeyRecord) {
  return {
    object: 'passkey',
    id: passkey.id,
    name: passkey.name,
    last_used_at: passkey.lastUsedAt,
    verification: verificationJSON(passkey.verification),
    created_at: passkey.createdAt,
    updated_at: passkey.updatedAt,
  };
}

export function toPasskeyJSON(passkey: PasskeyRecord): PasskeyJSON {
  return parseOrThrow(passkeySchema, passkeyWire(passkey), 'memory passkey');
}

export function externalAccountWire(account: ExternalAccountRecord) {
  return {
    object: 'external_account',
    id: account.id,
    provider: account.provider,
    identification_id: `idn_${account.id}`,
    provider_user_id: account.id,
    approved_scopes: 'openid email profile',
    email_address: account.emailAddress,
    first_name: '',
    last_name: '',
    public_metadata: {},
    verification: verificationJSON(account.verification),
    created_at: account.createdAt,
    updated_at: account.createdAt,
  };
}

export function toUserJSON(user: UserRecord): UserJSON {
  return parseOrThrow(userSchema, userWire(user), 'memory user');
}

export function toSessionJSON(session: SessionRecord, ctx: SerializeContext): SessionJSON {
  return parseOrThrow(sessionSchema, sessionWire(session, ctx.user(session.userId)), 'memory session');
}

export function toSignInJSON(signIn: SignInRecord, ctx: SerializeContext): SignInJSON {
  return parseOrThrow(signInSchema, signInWire(signIn, ctx), 'memory sign-in');
}

export function toSignUpJSON(signUp: SignUpRecord, ctx: SerializeContext): SignUpJSON {
  return parseOrThrow(signUpSchema, signUpWire(signUp, ctx.signUpFields), 'memory sign-up');
}

/** Like FAPI, the client lists only live sessions; ended and removed ones drop out. */
export function toClientJSON(client: ClientRecord, ctx: SerializeContext): ClientJSON {
  const wire = {
    object: 'client',
    id: client.id,
    sessions: client.sessions
      .filter((session) => session.status === 'active')
      .map((session) => sessionWire(session, ctx.user(session.userId))),
    sign_in: client.signIn ? signInWire(client.signIn, ctx) : null,
    sign_up: client.signUp ? signUpWire(client.signUp, ctx.signUpFields) : null,
    last_active_session_id: client.lastActiveSessionId,
    last_authentication_strategy: client.lastAuthenticationStrategy,
    cookie_expires_at: client.createdAt + 365 * 24 * 60 * 60 * 1000,
    captcha_bypass: false,
    created_at: client.createdAt,
    updated_at: client.updatedAt,
  };
  return parseOrThrow(clientSchema, wire, 'memory client');
}
