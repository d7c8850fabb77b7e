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
import { count, flag, lazySchema, list, nstring, openEnum, settings, text } from './helpers.js';

export const authConfigSchema = lazySchema(() =>
  z.looseObject({
    single_session_mode: flag(),
  }),
);

export const INSTANCE_ENVIRONMENT_TYPES = ['production', 'development', 'staging'] as const;

export const displayConfigSchema = lazySchema(() =>
  z.looseObject({
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
    /** The sign-up consent checkbox links here (with `user_settings.sign_up.legal_consent_enabled`). */
    terms_url: nstring(),
    privacy_policy_url: nstring(),
  }),
);

/** How one user attribute (email_address, password, passkey, …) is configured. */
export const attributeSchema = lazySchema(() =>
  z.looseObject({
    enabled: flag(),
    required: flag(),
    used_for_first_factor: flag(),
    first_factors: list(z.string()),
    verifications: list(z.string()),
  }),
);

const attribute = () => settings(attributeSchema);

export const attributesSchema = lazySchema(() =>
  z.looseObject({
    email_address: attribute(),
    phone_number: attribute(),
    username: attribute(),
    first_name: attribute(),
    last_name: attribute(),
    password: attribute(),
    passkey: attribute(),
  }),
);

export const passwordSettingsSchema = lazySchema(() =>
  z.looseObject({
    min_length: count(8),
    max_length: count(72),
  }),
);

/** Where passkeys are offered at sign-in: a button, and the identifier field's autofill. */
export const passkeySettingsSchema = lazySchema(() =>
  z.looseObject({
    allow_autofill: flag(),
    show_sign_in_button: flag(),
  }),
);

/** How sign-up runs: who may sign up (`mode`) and whether consent is asked. */
export const signUpSettingsSchema = lazySchema(() =>
  z.looseObject({
    mode: z._default(openEnum(['public', 'restricted', 'waitlist'] as const), 'public'),
    legal_consent_enabled: flag(),
  }),
);

export const userSettingsSchema = lazySchema(() =>
  z.looseObject({
    attributes: settings(attributesSchema),
    password_settings: settings(passwordSettingsSchema),
    passkey_settings: settings(passkeySettingsSchema),
    sign_up: settings(signUpSettingsSchema),
  }),
);

export const environmentSchema = lazySchema(() =>
  z.looseObject({
    auth_config: authConfigSchema,
    display_config: displayConfigSchema,
    user_settings: userSettingsSchema,
  }),
);

export type AuthConfigJSON = z.output<typeof authConfigSchema>;
export type DisplayConfigJSON = z.output<typeof displayConfigSchema>;
export type AttributeJSON = z.output<typeof attributeSchema>;
export type PasswordSettingsJSON = z.output<typeof passwordSettingsSchema>;
export type UserSettingsJSON = z.output<typeof userSettingsSchema>;
export type EnvironmentJSON = z.output<typeof environmentSchema>;
