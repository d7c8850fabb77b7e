/**
 * The environment `MemoryFrontendApi` plays by default: a development instance with email address + password
 * sign-in (email code as the alternative first factor), email-code verification at sign-up, first and last
 * names off, single-session mode. Only what differs from "feature off" is written: the schema fills the rest,
 * exactly as it does for a real server's response.
 */
import { type EnvironmentJSON, environmentSchema } from '../schemas/index.js';

const wire = {
  auth_config: { single_session_mode: true },
  display_config: {
    instance_environment_type: 'development',
    application_name: 'Latch Demo',
    preferred_sign_in_strategy: 'password',
    sign_in_url: '/sign-in',
    sign_up_url: '/sign-up',
  },
  user_settings: {
    attributes: {
      email_address: {
        enabled: true,
        required: true,
        used_for_first_factor: true,
        first_factors: ['email_code'],
        verifications: ['email_code'],
      },
      password: { enabled: true, required: true },
    },
    password_settings: { min_length: 8, max_length: 72 },
  },
};

/** A fresh copy each call, so tests can mutate theirs. */
export function defaultEnvironment(): EnvironmentJSON {
  return environmentSchema.parse(structuredClone(wire));
}

const PROVIDER_NAMES: Record<string, string> = {
  google: 'Google',
  github: 'GitHub',
  microsoft: 'Microsoft',
  apple: 'Apple',
};

/** `environment` with these OAuth providers on (`github`, …), as the dev server lists them in `user_settings.social`. */
export function withSocialProviders(environment: EnvironmentJSON, ...ids: string[]): EnvironmentJSON {
  (environment.user_settings as unknown as { social: Record<string, unknown> }).social = Object.fromEntries(
    ids.map((id) => [
      `oauth_${id}`,
      { enabled: true, authenticatable: true, strategy: `oauth_${id}`, name: PROVIDER_NAMES[id] ?? id },
    ]),
  );
  return environment;
}

/** A phone-only instance: email addresses and passwords off, the phone number required (SMS codes only). */
export function phoneOnlyEnvironment(): EnvironmentJSON {
  const environment = defaultEnvironment();
  const { attributes } = environment.user_settings;
  Object.assign(attributes.email_address, { enabled: false, required: false, used_for_first_factor: false });
  Object.assign(attributes.phone_number, {
    enabled: true,
    required: true,
    used_for_first_factor: true,
    first_factors: ['phone_code'],
  });
  Object.assign(attributes.password, { enabled: false, required: false });
  return environment;
}
