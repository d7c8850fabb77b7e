import { readFileSync } from 'node:fs';

/**
 * Instance settings: which identifiers and strategies are on, sign-up mode, session mode, lockout.
 * The dev server reads them from a JSON file (server/instance.json by default); the Environment JSON is built
 * from them. Only what the server really implements can be switched on (validated by loadInstanceConfig).
 */
export interface AttributeToggle {
  enabled: boolean;
  required?: boolean;
}

/** First-factor strategies the server implements, per identifier (password is its own attribute). */
export const EMAIL_FIRST_FACTORS = ['email_code', 'email_link'] as const;
export const PHONE_FIRST_FACTORS = ['phone_code'] as const;
export type EmailFirstFactor = (typeof EMAIL_FIRST_FACTORS)[number];
export type PhoneFirstFactor = (typeof PHONE_FIRST_FACTORS)[number];

/** Social providers the built-in mock OAuth provider (server/oauth) can play. */
export const SOCIAL_PROVIDERS = ['google', 'github', 'microsoft', 'apple'] as const;
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

export interface InstanceConfig {
  application_name: string;
  /** Host that identifies the instance; only used to build the publishable key (clients reach us via proxyUrl). */
  frontend_api_host: string;
  email_address: AttributeToggle & {
    used_for_first_factor: boolean;
    /** Ways to sign in with the address itself (codes, links); empty means "identifier for a password only". */
    first_factors: EmailFirstFactor[];
    verify_at_sign_up: boolean;
    /** How a sign-up's address is verified (the environment's `verifications`): a code, an email link, or either. */
    verifications: EmailFirstFactor[];
  };
  /** Signs in with username + password (the username has no first factor of its own, as on Clerk). */
  username: AttributeToggle & { used_for_first_factor?: boolean };
  /** E.164 numbers; codes arrive by "SMS" in the dev mailbox. */
  phone_number: AttributeToggle & { used_for_first_factor?: boolean; first_factors?: PhoneFirstFactor[] };
  first_name: AttributeToggle;
  last_name: AttributeToggle;
  password: AttributeToggle & {
    min_length: number;
    max_length: number;
    reject_pwned: boolean;
    /** Character rules, as Clerk's `password_settings` names them (checked at sign-up and on every new password). */
    require_special_char: boolean;
    require_numbers: boolean;
    require_uppercase: boolean;
    require_lowercase: boolean;
    /** zxcvbn score (0–4) a new password must reach; 0 turns the check and the card's strength meter off. */
    min_zxcvbn_strength: number;
  };
  sign_up_mode: 'public' | 'restricted' | 'waitlist';
  /**
   * Who may sign up (Clerk's allowlist and blocklist): entries are email addresses (`ada@example.com`), email
   * domains (`example.com`, which covers its subdomains too) or E.164 phone numbers. A non-empty allowlist admits
   * only what it lists; the blocklist refuses what it lists. Checked at sign-up, never at sign-in.
   */
  restrictions: { allowlist: string[]; blocklist: string[] };
  legal_consent_enabled: boolean;
  single_session_mode: boolean;
  preferred_sign_in_strategy: 'password' | 'otp';
  user_lockout: { enabled: boolean; max_attempts: number; duration_in_minutes: number };
  support_email: string | null;
  /**
   * Passkeys: users add them once signed in (`/v1/me/passkeys`), then sign in with the button
   * (`show_sign_in_button`) or from the identifier field's autofill (`allow_autofill`).
   */
  passkey: { enabled: boolean; allow_autofill: boolean; show_sign_in_button: boolean };
  organization_settings: OrganizationSettings;
  /**
   * OAuth sign-in and sign-up (server/oauth): which providers are on, as `oauth_<provider>` → on/off. Every one
   * of them is played by the dev server's mock provider.
   */
  social: Record<`oauth_${SocialProvider}`, boolean>;
  /**
   * Enterprise SSO: an email address at one of `domains` signs in through the instance's one enterprise
   * connection (`name`), played by the mock provider's `enterprise` identity page, never with a password or code.
   */
  enterprise_sso: { enabled: boolean; name: string; domains: string[] };
  /**
   * Maintenance (Clerk's): reading, and keeping sessions alive (`/touch`, `/tokens`), work; every other change
   * is refused with a 503 `maintenance_mode`, and the Environment says so.
   */
  maintenance_mode: boolean;
  /** What a signed-in user may do to their own account (Clerk's user_settings.actions). */
  actions: { delete_self: boolean };
  /**
   * Sensitive `/v1/me` writes need the factors verified at most `after_minutes` ago (Clerk's `strict` preset:
   * 10, and the second factor too when the user has one); older sessions get `session_reverification_required`
   * (server/domain/reverification.ts).
   */
  reverification: { after_minutes: number };
  /** Paths (or absolute URLs) resolved against the page origin when the Environment is built. */
  urls: {
    home: string;
    sign_in: string;
    sign_up: string;
    user_profile: string;
    waitlist: string;
    organization_profile: string;
    create_organization: string;
    after_sign_in: string;
    after_sign_up: string;
    after_sign_out: string;
    /** Linked from the sign-up consent checkbox (with `legal_consent_enabled`); null: no such page. */
    terms: string | null;
    privacy_policy: string | null;
  };
}

/** A custom organization role: `org:<name>` key and its permissions (`org:<feature>:<action>` or `org:sys_*`). */
export interface CustomRoleConfig {
  key: string;
  name: string;
  description?: string;
  permissions: string[];
}

export interface OrganizationSettings {
  enabled: boolean;
  /** Members an organization may hold (0 = unlimited). */
  max_allowed_memberships: number;
  /** Role given to the user who creates an organization. */
  creator_role: string;
  /** Whether admins may delete their organization. */
  admin_delete: boolean;
  /** Roles beyond the built-in `org:admin` and `org:member`. */
  roles: CustomRoleConfig[];
  /** Verified domains: admins add email domains that suggest or invite users with an address there. */
  domains_enabled: boolean;
}

export const defaultInstanceConfig: InstanceConfig = {
  application_name: 'Latch Dev',
  frontend_api_host: 'latch-dev.localhost',
  email_address: {
    enabled: true,
    required: true,
    used_for_first_factor: true,
    first_factors: ['email_code'],
    verify_at_sign_up: true,
    verifications: ['email_code'],
  },
  username: { enabled: false, required: false, used_for_first_factor: true },
  phone_number: { enabled: false, required: false, used_for_first_factor: true, first_factors: ['phone_code'] },
  first_name: { enabled: true, required: false },
  last_name: { enabled: true, required: false },
  password: {
    enabled: true,
    required: true,
    min_length: 8,
    max_length: 72,
    reject_pwned: true,
    require_special_char: false,
    require_numbers: false,
    require_uppercase: false,
    require_lowercase: false,
    min_zxcvbn_strength: 0,
  },
  sign_up_mode: 'public',
  restrictions: { allowlist: [], blocklist: [] },
  legal_consent_enabled: false,
  single_session_mode: true,
  preferred_sign_in_strategy: 'password',
  user_lockout: { enabled: true, max_attempts: 10, duration_in_minutes: 60 },
  support_email: null,
  passkey: { enabled: false, allow_autofill: true, show_sign_in_button: true },
  // Off by default, as on a new Clerk instance; PATCH /__dev/instance {"organization_settings": {"enabled": true}}.
  organization_settings: {
    enabled: false,
    max_allowed_memberships: 5,
    creator_role: 'org:admin',
    admin_delete: true,
    roles: [],
    domains_enabled: false,
  },
  social: { oauth_google: false, oauth_github: false, oauth_microsoft: false, oauth_apple: false },
  enterprise_sso: { enabled: false, name: 'Acme SSO', domains: ['acme.test'] },
  maintenance_mode: false,
  actions: { delete_self: true },
  reverification: { after_minutes: 10 },
  urls: {
    home: '/',
    sign_in: '/#/sign-in',
    sign_up: '/#/sign-up',
    user_profile: '/#/user-profile',
    waitlist: '/#/waitlist',
    organization_profile: '/#/organization-profile',
    create_organization: '/#/create-organization',
    after_sign_in: '/',
    after_sign_up: '/',
    after_sign_out: '/',
    terms: '/#/terms',
    privacy_policy: '/#/privacy',
  },
};

/** Partial overrides: nested objects merge one level deep, so `{password: {min_length: 12}}` keeps the rest. */
export type InstanceOverrides = { [K in keyof InstanceConfig]?: Partial<InstanceConfig[K]> | InstanceConfig[K] };

export function mergeInstanceConfig(base: InstanceConfig, overrides: InstanceOverrides = {}): InstanceConfig {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    const bothObjects = isPlainObject(current) && isPlainObject(value);
    merged[key] = bothObjects ? { ...current, ...value } : value;
  }
  const config = merged as unknown as InstanceConfig;
  validateInstanceConfig(config);
  return config;
}

export function loadInstanceConfig(file?: string, overrides?: InstanceOverrides): InstanceConfig {
  const fromFile = file ? (JSON.parse(readFileSync(file, 'utf8')) as InstanceOverrides) : {};
  return mergeInstanceConfig(mergeInstanceConfig(defaultInstanceConfig, fromFile), overrides);
}

/** Rejects settings the server cannot honour, instead of advertising flows that would then fail. */
function validateInstanceConfig(config: InstanceConfig): void {
  for (const key of Object.keys(config)) {
    if (!(key in defaultInstanceConfig)) throw new Error(`instance: unknown setting ${key}`);
  }
  // Every user the dev server creates has an email address or, on a phone-only instance, a phone number.
  if (!config.email_address.enabled && !(config.phone_number.enabled && config.phone_number.required)) {
    throw new Error('instance: with email_address off, phone_number must be enabled and required');
  }
  assertSubset('email_address.first_factors', config.email_address.first_factors, EMAIL_FIRST_FACTORS);
  assertSubset('email_address.verifications', config.email_address.verifications, EMAIL_FIRST_FACTORS);
  if (config.email_address.verifications.length === 0)
    throw new Error('instance: email_address.verifications is empty');
  assertSubset('phone_number.first_factors', config.phone_number.first_factors ?? [], PHONE_FIRST_FACTORS);
  const signInWays =
    (config.password.enabled ? 1 : 0) +
    (config.email_address.enabled && config.email_address.used_for_first_factor
      ? config.email_address.first_factors.length
      : 0) +
    (config.phone_number.enabled && config.phone_number.used_for_first_factor
      ? (config.phone_number.first_factors ?? []).length
      : 0);
  if (signInWays === 0) throw new Error('instance: no first factor is on (enable password, a code or a link)');
  if (!['password', 'otp'].includes(config.preferred_sign_in_strategy)) {
    throw new Error('instance: preferred_sign_in_strategy must be password or otp');
  }
  for (const [key, on] of Object.entries(config.social)) {
    if (!SOCIAL_PROVIDERS.some((p) => `oauth_${p}` === key) || typeof on !== 'boolean') {
      throw new Error(`instance: social.${key} is not a provider this server plays (or not true/false)`);
    }
  }
  const sso = config.enterprise_sso;
  if (!Array.isArray(sso.domains) || sso.domains.some((d) => typeof d !== 'string' || !DOMAIN.test(d))) {
    throw new Error('instance: enterprise_sso.domains must list lower-case domain names (acme.test)');
  }
  if (!sso.name.trim()) throw new Error('instance: enterprise_sso.name must not be empty');
  if (!config.frontend_api_host.includes('.')) throw new Error('instance: frontend_api_host must contain a dot');
  const orgs = config.organization_settings;
  for (const role of orgs.roles) {
    if (!/^org:[a-z0-9_]+$/.test(role.key)) throw new Error(`instance: role key ${role.key} must look like org:name`);
    for (const permission of role.permissions) {
      if (!/^org:[a-z0-9_]+:[a-z0-9_]+$/.test(permission)) {
        throw new Error(`instance: permission ${permission} must look like org:feature:action`);
      }
    }
  }
  const roleKeys = ['org:admin', 'org:member', ...orgs.roles.map((r) => r.key)];
  if (!roleKeys.includes(orgs.creator_role)) throw new Error(`instance: creator_role ${orgs.creator_role} is no role`);
  if (orgs.max_allowed_memberships < 0) throw new Error('instance: max_allowed_memberships must be >= 0');
  if (!(config.reverification.after_minutes >= 0))
    throw new Error('instance: reverification.after_minutes must be >= 0');
  if (config.password.min_length < 1 || config.password.max_length < config.password.min_length) {
    throw new Error('instance: password min_length/max_length are inconsistent');
  }
  for (const list of ['allowlist', 'blocklist'] as const) {
    const entries = config.restrictions[list];
    if (!Array.isArray(entries) || entries.some((entry) => typeof entry !== 'string' || !entry.trim())) {
      throw new Error(`instance: restrictions.${list} must list email addresses, domains or phone numbers`);
    }
  }
  const strength = config.password.min_zxcvbn_strength;
  if (!Number.isInteger(strength) || strength < 0 || strength > 4) {
    throw new Error('instance: password.min_zxcvbn_strength must be an integer from 0 to 4');
  }
}

/** A lower-case DNS name with at least one dot, as an email address's domain is compared. */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

function assertSubset(name: string, values: unknown, allowed: readonly string[]): void {
  if (!Array.isArray(values) || values.some((v) => !allowed.includes(v as string))) {
    throw new Error(`instance: ${name} must list only ${allowed.join(', ')}`);
  }
}

/**
 * The instance settings a running server uses: the configured base (file + start options) plus the overrides
 * `PATCH /__dev/instance` merged on top. Every reader asks for `current`, so a change applies to the next request.
 */
export class InstanceSettings {
  #current: InstanceConfig;

  constructor(private readonly base: InstanceConfig) {
    this.#current = base;
  }

  get current(): InstanceConfig {
    return this.#current;
  }

  /** Merges `overrides` over the current settings; throws (and changes nothing) when the result is invalid. */
  patch(overrides: unknown): InstanceConfig {
    if (!isPlainObject(overrides)) throw new Error('instance: the overrides must be a JSON object');
    for (const [key, value] of Object.entries(overrides)) {
      const current = (this.#current as unknown as Record<string, unknown>)[key];
      if (current === undefined) throw new Error(`instance: unknown setting ${key}`);
      if (isPlainObject(current)) {
        if (!isPlainObject(value)) throw new Error(`instance: ${key} must be an object`);
        for (const [inner, innerValue] of Object.entries(value)) {
          const known = (defaultInstanceConfig as unknown as Record<string, Record<string, unknown>>)[key];
          if (!(inner in current) && !(known && inner in known))
            throw new Error(`instance: unknown setting ${key}.${inner}`);
          if (innerValue !== null && typeof innerValue === 'object' && !Array.isArray(innerValue)) {
            throw new Error(`instance: ${key}.${inner} must not be an object`);
          }
          // A setting keeps its kind: `required: "yes"` is refused, not stored as a truthy string.
          const was = (current as Record<string, unknown>)[inner] ?? known?.[inner];
          if (was !== undefined && was !== null && innerValue !== null && kindOf(innerValue) !== kindOf(was)) {
            throw new Error(`instance: ${key}.${inner} must be a ${kindOf(was)}`);
          }
        }
      } else if (!sameScalarType(key, value, current)) {
        throw new Error(`instance: ${key} must be a ${typeof current}`);
      }
    }
    this.#current = mergeInstanceConfig(this.#current, overrides as InstanceOverrides);
    return this.#current;
  }

  reset(): InstanceConfig {
    this.#current = this.base;
    return this.#current;
  }
}

/** `typeof`, with arrays apart from objects. */
function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value;
}

/** `support_email` is the one nullable scalar: a string or null either way. */
function sameScalarType(key: string, value: unknown, current: unknown): boolean {
  if (key === 'support_email') return value === null || typeof value === 'string';
  return typeof value === typeof current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `pk_test_` + base64(host + "$") without padding, as Clerk's keys are built. */
export function publishableKeyFor(config: InstanceConfig): string {
  const encoded = Buffer.from(`${config.frontend_api_host}$`, 'utf8').toString('base64').replace(/=+$/, '');
  return `pk_test_${encoded}`;
}
