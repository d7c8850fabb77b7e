/**
 * The environment: the instance's configuration (which identifiers and strategies are on, display URLs,
 * password rules). Fetched once at load as a bare body. Only the settings Latch reads are listed (see
 * helpers.ts): social providers, organization, restriction and protection settings pass through until the
 * features that read them arrive.
 *
 * Every nested settings object takes "feature off" defaults when the server omits it (Clerk's own fixtures
 * omit many), so the UI can read e.g. `user_settings.password_settings.min_length` without guards.
 */
import * as z from 'zod/mini';
import { count, flag, list, nstring, openEnum, settings, text } from './helpers.js';

export const authConfigSchema = z.looseObject({
  single_session_mode: flag(),
});

export const INSTANCE_ENVIRONMENT_TYPES = ['production', 'development', 'staging'] as const;

export const displayConfigSchema = z.looseObject({
  instance_environment_type: z._default(openEnum(INSTANCE_ENVIRONMENT_TYPES), 'production'),
  application_name: text(),
  /** With a development instance type: the elements say "Development mode". */
  show_devmode_warning: flag(),
  preferred_sign_in_strategy: z._default(openEnum(['password', 'otp'] as const), 'password'),
  logo_image_url: nstring(),
  /** Where this instance hosts its sign-in and sign-up pages ('' or null: not configured). */
  sign_in_url: nstring(),
  sign_up_url: nstring(),
  /** "Get help" on the sign-in card writes here (the `supportEmail` option wins). */
  support_email: nstring(),
  /** Pages the redirect-to elements and `build*Url` helpers lead to, and where the waitlist sends people after joining. */
  user_profile_url: nstring(),
  waitlist_url: nstring(),
  organization_profile_url: nstring(),
  create_organization_url: nstring(),
  after_join_waitlist_url: nstring(),
});

/** How one user attribute (email_address, password, passkey, …) is configured. */
export const attributeSchema = z.looseObject({
  enabled: flag(),
  required: flag(),
  used_for_first_factor: flag(),
  first_factors: list(z.string()),
  verifications: list(z.string()),
});

const attribute = () => settings(attributeSchema);

export const attributesSchema = z.looseObject({
  email_address: attribute(),
  phone_number: attribute(),
  username: attribute(),
  first_name: attribute(),
  last_name: attribute(),
  password: attribute(),
});

export const passwordSettingsSchema = z.looseObject({
  min_length: count(8),
  max_length: count(72),
});

export const userSettingsSchema = z.looseObject({
  attributes: settings(attributesSchema),
  password_settings: settings(passwordSettingsSchema),
});

export const environmentSchema = z.looseObject({
  auth_config: authConfigSchema,
  display_config: displayConfigSchema,
  user_settings: userSettingsSchema,
});

export type AuthConfigJSON = z.output<typeof authConfigSchema>;
export type DisplayConfigJSON = z.output<typeof displayConfigSchema>;
export type AttributeJSON = z.output<typeof attributeSchema>;
export type PasswordSettingsJSON = z.output<typeof passwordSettingsSchema>;
export type UserSettingsJSON = z.output<typeof userSettingsSchema>;
export type EnvironmentJSON = z.output<typeof environmentSchema>;
