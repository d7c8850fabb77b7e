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

export interface InstanceConfig {
  application_name: string;
  /** Host that identifies the instance; only used to build the publishable key (clients reach us via proxyUrl). */
  frontend_api_host: string;
  email_address: AttributeToggle & { used_for_first_factor: boolean; verify_at_sign_up: boolean };
  username: AttributeToggle;
  phone_number: AttributeToggle;
  first_name: AttributeToggle;
  last_name: AttributeToggle;
  password: AttributeToggle & { min_length: number; max_length: number; reject_pwned: boolean };
  sign_up_mode: 'public' | 'restricted' | 'waitlist';
  legal_consent_enabled: boolean;
  single_session_mode: boolean;
  preferred_sign_in_strategy: 'password' | 'otp';
  user_lockout: { enabled: boolean; max_attempts: number; duration_in_minutes: number };
  support_email: string | null;
  organization_settings: OrganizationSettings;
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
}

export const defaultInstanceConfig: InstanceConfig = {
  application_name: 'Latch Dev',
  frontend_api_host: 'latch-dev.localhost',
  email_address: { enabled: true, required: true, used_for_first_factor: true, verify_at_sign_up: true },
  username: { enabled: false },
  phone_number: { enabled: false },
  first_name: { enabled: true, required: false },
  last_name: { enabled: true, required: false },
  password: { enabled: true, required: true, min_length: 8, max_length: 72, reject_pwned: true },
  sign_up_mode: 'public',
  legal_consent_enabled: false,
  single_session_mode: true,
  preferred_sign_in_strategy: 'password',
  user_lockout: { enabled: true, max_attempts: 10, duration_in_minutes: 60 },
  support_email: null,
  organization_settings: {
    enabled: true,
    max_allowed_memberships: 5,
    creator_role: 'org:admin',
    admin_delete: true,
    roles: [],
  },
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
  if (!config.email_address.enabled) throw new Error('instance: email_address must be enabled (the only identifier)');
  if (config.username.enabled) throw new Error('instance: username identifiers are not implemented by the dev server');
  if (config.phone_number.enabled) throw new Error('instance: phone numbers are not implemented by the dev server');
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
  if (config.password.min_length < 1 || config.password.max_length < config.password.min_length) {
    throw new Error('instance: password min_length/max_length are inconsistent');
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `pk_test_` + base64(host + "$") without padding, as Clerk's keys are built. */
export function publishableKeyFor(config: InstanceConfig): string {
  const encoded = Buffer.from(`${config.frontend_api_host}$`, 'utf8').toString('base64').replace(/=+$/, '');
  return `pk_test_${encoded}`;
}
