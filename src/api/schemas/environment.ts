/**
 * The environment: the instance's configuration (which identifiers and strategies are on, display URLs,
 * password rules, organization settings). Fetched once at load as a bare body.
 *
 * Every nested settings object takes "feature off" defaults when the server omits it (Clerk's own fixtures
 * omit many), so the UI can read e.g. `user_settings.password_settings.min_length` without guards.
 */
import * as z from 'zod/mini';
import { flag, list, nstring, ntimestamp, objectTag, openEnum, settings, text } from './helpers.js';

export const authConfigSchema = z.looseObject({
  object: objectTag('auth_config'),
  id: text(),
  single_session_mode: flag(),
  reverification: flag(),
  claimed_at: ntimestamp(),
  url_based_session_syncing: z.optional(z.boolean()),
  session_minter: z.optional(z.boolean()),
  preferred_channels: z.optional(z.nullable(z.record(z.string(), z.string()))),
  /** Legacy fields still sent by Clerk. */
  identification_strategies: z.optional(z.array(z.string())),
  first_factors: z.optional(z.array(z.string())),
  second_factors: z.optional(z.array(z.string())),
});

export const INSTANCE_ENVIRONMENT_TYPES = ['production', 'development', 'staging'] as const;

export const displayConfigSchema = z.looseObject({
  object: objectTag('display_config'),
  id: text(),
  instance_environment_type: z._default(openEnum(INSTANCE_ENVIRONMENT_TYPES), 'production'),
  application_name: text(),
  branded: flag(),
  show_devmode_warning: flag(),
  preferred_sign_in_strategy: z._default(openEnum(['password', 'otp'] as const), 'password'),
  theme: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  logo_image_url: nstring(),
  favicon_image_url: nstring(),
  logo_link_url: z.optional(z.string()),
  home_url: text(),
  sign_in_url: text(),
  sign_up_url: text(),
  user_profile_url: text(),
  waitlist_url: text(),
  organization_profile_url: text(),
  create_organization_url: text(),
  oauth_consent_url: z.optional(z.string()),
  after_sign_in_url: text(),
  after_sign_up_url: text(),
  after_sign_out_one_url: text(),
  after_sign_out_all_url: text(),
  after_switch_session_url: text(),
  after_join_waitlist_url: text(),
  after_create_organization_url: text(),
  after_leave_organization_url: text(),
  support_email: nstring(),
  terms_url: nstring(),
  privacy_policy_url: nstring(),
  help_url: nstring(),
  clerk_js_version: nstring(),
  google_one_tap_client_id: nstring(),
  captcha_public_key: nstring(),
  captcha_public_key_invisible: nstring(),
  captcha_widget_type: z._default(z.nullable(openEnum(['smart', 'invisible'] as const)), null),
  captcha_provider: nstring(),
  captcha_oauth_bypass: list(z.string()),
  captcha_heartbeat: z.optional(z.nullable(z.boolean())),
});

/** How one user attribute (email_address, password, passkey, …) is configured. */
export const attributeSchema = z.looseObject({
  enabled: flag(),
  required: flag(),
  used_for_first_factor: flag(),
  first_factors: list(z.string()),
  used_for_second_factor: flag(),
  second_factors: list(z.string()),
  verifications: list(z.string()),
  verify_at_sign_up: flag(),
  immutable: flag(),
});

const attribute = () => settings(attributeSchema);

export const attributesSchema = z.looseObject({
  email_address: attribute(),
  phone_number: attribute(),
  username: attribute(),
  web3_wallet: attribute(),
  first_name: attribute(),
  last_name: attribute(),
  password: attribute(),
  authenticator_app: attribute(),
  ticket: attribute(),
  backup_code: attribute(),
  passkey: attribute(),
});

/** One social (OAuth) provider, keyed by strategy (`oauth_google`) in `user_settings.social`. */
export const socialProviderSchema = z.looseObject({
  enabled: flag(),
  required: flag(),
  authenticatable: flag(),
  block_email_subaddresses: flag(),
  strategy: z.string(),
  not_selectable: flag(),
  deprecated: flag(),
  name: z.optional(z.string()),
  logo_url: z.optional(z.nullable(z.string())),
});

const enabledSchema = z.looseObject({ enabled: flag() });
const enabled = () => settings(enabledSchema);

export const SIGN_UP_MODES = ['public', 'restricted', 'waitlist'] as const;

export const signUpSettingsSchema = z.looseObject({
  captcha_enabled: flag(),
  captcha_widget_type: z._default(z.nullable(openEnum(['smart', 'invisible'] as const)), null),
  custom_action_required: flag(),
  progressive: flag(),
  mode: z._default(openEnum(SIGN_UP_MODES), 'public'),
  legal_consent_enabled: flag(),
});

/** Clerk's default set of special characters a password may use. */
export const DEFAULT_ALLOWED_SPECIAL_CHARACTERS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

export const passwordSettingsSchema = z.looseObject({
  min_length: z._default(z.number(), 8),
  max_length: z._default(z.number(), 72),
  require_special_char: flag(),
  require_numbers: flag(),
  require_uppercase: flag(),
  require_lowercase: flag(),
  allowed_special_characters: z._default(z.string(), DEFAULT_ALLOWED_SPECIAL_CHARACTERS),
  show_zxcvbn: flag(),
  min_zxcvbn_strength: z._default(z.number(), 0),
  disable_hibp: flag(),
  enforce_hibp_on_sign_in: flag(),
  disable_password_reverification: flag(),
});

export const usernameSettingsSchema = z.looseObject({
  min_length: z._default(z.nullable(z.number()), null),
  max_length: z._default(z.nullable(z.number()), null),
  allow_extended_special_characters: flag(),
  allow_numeric_usernames: flag(),
});

export const actionsSettingsSchema = z.looseObject({
  delete_self: flag(),
  create_organization: flag(),
  /** The spec types it as a nullable boolean, Clerk's SDK as a number: accept both. */
  create_organizations_limit: z._default(z.nullable(z.union([z.number(), z.boolean()])), null),
});

export const attackProtectionSchema = z.looseObject({
  user_lockout: settings(
    z.looseObject({
      enabled: flag(),
      max_attempts: z._default(z.number(), 0),
      duration_in_minutes: z._default(z.number(), 0),
    }),
  ),
  pii: enabled(),
  email_link: settings(z.looseObject({ require_same_client: flag() })),
  enumeration_protection: enabled(),
});

export const passkeySettingsSchema = z.looseObject({
  allow_autofill: flag(true),
  show_sign_in_button: flag(true),
  satisfies_second_factor: flag(true),
});

export const userSettingsSchema = z.looseObject({
  attributes: settings(attributesSchema),
  social: z._default(z.record(z.string(), socialProviderSchema), () => ({})),
  saml: settings(z.looseObject({ enabled: flag(), self_serve_sso: z.optional(z.boolean()) })),
  enterprise_sso: settings(z.looseObject({ enabled: flag(), self_serve_sso: z.optional(z.boolean()) })),
  sign_in: settings(z.looseObject({ second_factor: settings(z.looseObject({ required: flag() })) })),
  sign_up: settings(signUpSettingsSchema),
  restrictions: settings(
    z.looseObject({
      allowlist: enabled(),
      blocklist: enabled(),
      allowlist_blocklist_disabled_on_sign_in: enabled(),
      block_email_subaddresses: enabled(),
      block_disposable_email_domains: enabled(),
    }),
  ),
  password_settings: settings(passwordSettingsSchema),
  username_settings: settings(usernameSettingsSchema),
  actions: settings(actionsSettingsSchema),
  attack_protection: settings(attackProtectionSchema),
  passkey_settings: settings(passkeySettingsSchema),
});

export const ORGANIZATION_ENROLLMENT_MODES = [
  'manual_invitation',
  'automatic_invitation',
  'automatic_suggestion',
] as const;

export const organizationSettingsSchema = z.looseObject({
  enabled: flag(),
  max_allowed_memberships: z._default(z.number(), 0),
  creator_role: text(),
  force_organization_selection: flag(),
  actions: settings(z.looseObject({ admin_delete: flag() })),
  domains: settings(
    z.looseObject({
      enabled: flag(),
      enrollment_modes: list(openEnum(ORGANIZATION_ENROLLMENT_MODES)),
      default_role: nstring(),
    }),
  ),
  slug: settings(z.looseObject({ disabled: flag() })),
  organization_creation_defaults: settings(z.looseObject({ enabled: flag() })),
});

/** Settings objects the UI does not read yet (billing, API keys, Protect, fraud): kept, not interpreted. */
const opaqueSettings = () => z.optional(z.looseObject({}));

export const environmentSchema = z.looseObject({
  object: objectTag('environment'),
  id: z.optional(z.string()),
  auth_config: authConfigSchema,
  display_config: displayConfigSchema,
  user_settings: userSettingsSchema,
  organization_settings: settings(organizationSettingsSchema),
  commerce_settings: opaqueSettings(),
  api_keys_settings: opaqueSettings(),
  protect_config: opaqueSettings(),
  fraud_settings: opaqueSettings(),
  client_debug_mode: flag(),
  partitioned_cookies: flag(),
  maintenance_mode: flag(),
});

export type SignUpModeJSON = z.infer<typeof signUpSettingsSchema>['mode'];
export type AuthConfigJSON = z.output<typeof authConfigSchema>;
export type DisplayConfigJSON = z.output<typeof displayConfigSchema>;
export type AttributeJSON = z.output<typeof attributeSchema>;
export type SocialProviderJSON = z.output<typeof socialProviderSchema>;
export type PasswordSettingsJSON = z.output<typeof passwordSettingsSchema>;
export type UsernameSettingsJSON = z.output<typeof usernameSettingsSchema>;
export type UserSettingsJSON = z.output<typeof userSettingsSchema>;
export type OrganizationSettingsJSON = z.output<typeof organizationSettingsSchema>;
export type EnvironmentJSON = z.output<typeof environmentSchema>;
