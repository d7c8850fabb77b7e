import { DOMAIN_MEMBER_ROLE, ENROLLMENT_MODES } from '../domain/organization-domains.js';
import { SPECIAL_CHARACTERS } from '../domain/passwords.js';
import { USERNAME_RULES } from '../domain/usernames.js';
import type { InstanceConfig } from '../instance.js';
import { type MockProvider, PROVIDER_NAMES } from '../oauth/mock-provider.js';

type Attribute = {
  enabled: boolean;
  required: boolean;
  used_for_first_factor: boolean;
  first_factors: string[];
  used_for_second_factor: boolean;
  second_factors: string[];
  verifications: string[];
  verify_at_sign_up: boolean;
  immutable: boolean;
};

const OFF: Attribute = {
  enabled: false,
  required: false,
  used_for_first_factor: false,
  first_factors: [],
  used_for_second_factor: false,
  second_factors: [],
  verifications: [],
  verify_at_sign_up: false,
  immutable: false,
};

function attribute(on: boolean, patch: Partial<Attribute> = {}): Attribute {
  return on ? { ...OFF, enabled: true, ...patch } : OFF;
}

function onOff(enabled: boolean, required?: boolean): 'on' | 'off' | 'required' {
  if (!enabled) return 'off';
  return required ? 'required' : 'on';
}

/**
 * Which identifiers sign in, and with which first factors (the same derivation serves the sign-in's
 * `supported_first_factors`). Reset strategies come with a password: by email code, and by SMS when phones are on.
 */
export function signInSettings(instance: InstanceConfig) {
  const email = {
    ...instance.email_address,
    firstFactors: instance.email_address.used_for_first_factor ? [...instance.email_address.first_factors] : [],
  };
  const phoneOn = instance.phone_number.enabled;
  const phone = {
    ...instance.phone_number,
    firstFactors:
      phoneOn && instance.phone_number.used_for_first_factor !== false
        ? [...(instance.phone_number.first_factors ?? [])]
        : [],
  };
  const password = instance.password.enabled;
  const resets = password
    ? [...(email.enabled ? ['reset_password_email_code'] : []), ...(phoneOn ? ['reset_password_phone_code'] : [])]
    : [];
  const identifiers = [
    ...(email.enabled ? ['email_address'] : []),
    ...(phoneOn ? ['phone_number'] : []),
    ...(instance.username.enabled ? ['username'] : []),
  ];
  return {
    email,
    phone,
    username: instance.username,
    identifiers,
    firstFactors: [
      ...(instance.passkey.enabled ? ['passkey'] : []),
      ...email.firstFactors,
      ...phone.firstFactors,
      ...(password ? ['password'] : []),
      ...resets,
    ],
  };
}

/**
 * The Environment (bare body of GET/PATCH /v1/environment), built from the instance settings in the exact shape
 * of the spec's Client.Environment (which has no `object`/`id` and forbids extra keys). URLs in the instance
 * file are paths resolved against `pageOrigin`, the origin of the page that asked.
 */
export function environmentJSON(instance: InstanceConfig, pageOrigin: string) {
  const url = (path: string) => new URL(path, `${pageOrigin}/`).toString();
  const { email, phone, username, firstFactors, identifiers } = signInSettings(instance);
  return {
    auth_config: {
      object: 'auth_config',
      id: 'aac_latch_dev',
      first_name: onOff(instance.first_name.enabled, instance.first_name.required),
      last_name: onOff(instance.last_name.enabled, instance.last_name.required),
      email_address: onOff(email.enabled, email.required),
      phone_number: onOff(phone.enabled, phone.required),
      username: onOff(username.enabled, username.required),
      password: onOff(instance.password.enabled, instance.password.required),
      identification_requirements: identifiers.map((identifier) => [identifier]),
      identification_strategies: identifiers,
      first_factors: firstFactors,
      second_factors: [],
      email_address_verification_strategies: ['email_code'],
      single_session_mode: instance.single_session_mode,
      enhanced_email_deliverability: false,
      test_mode: true,
      url_based_session_syncing: true,
      claimed_at: null,
      reverification: false,
      native_settings: {
        object: 'native_settings',
        api_enabled: false,
        trusted_device_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_up_enabled: false,
      },
    },
    display_config: {
      object: 'display_config',
      id: 'display_config_latch_dev',
      instance_environment_type: 'development',
      application_name: instance.application_name,
      theme: { buttons: {}, general: {}, accounts: {} },
      preferred_sign_in_strategy: instance.preferred_sign_in_strategy,
      logo_image_url: null,
      favicon_image_url: null,
      home_url: url(instance.urls.home),
      sign_in_url: url(instance.urls.sign_in),
      sign_up_url: url(instance.urls.sign_up),
      user_profile_url: url(instance.urls.user_profile),
      waitlist_url: url(instance.urls.waitlist),
      oauth_consent_url: '',
      after_sign_in_url: url(instance.urls.after_sign_in),
      after_sign_up_url: url(instance.urls.after_sign_up),
      after_sign_out_one_url: url(instance.urls.after_sign_out),
      after_sign_out_all_url: url(instance.urls.after_sign_out),
      after_switch_session_url: url(instance.urls.after_sign_in),
      after_join_waitlist_url: url(instance.urls.home),
      organization_profile_url: url(instance.urls.organization_profile),
      create_organization_url: url(instance.urls.create_organization),
      after_leave_organization_url: url(instance.urls.home),
      after_create_organization_url: url(instance.urls.home),
      logo_link_url: url(instance.urls.home),
      support_email: instance.support_email,
      branded: false,
      experimental_force_oauth_first: false,
      clerk_js_version: null,
      show_devmode_warning: true,
      google_one_tap_client_id: null,
      help_url: null,
      privacy_policy_url: instance.urls.privacy_policy === null ? null : url(instance.urls.privacy_policy),
      terms_url: instance.urls.terms === null ? null : url(instance.urls.terms),
      logo_url: null,
      favicon_url: null,
      logo_image: null,
      favicon_image: null,
      captcha_public_key: null,
      captcha_widget_type: null,
      captcha_public_key_invisible: null,
      captcha_provider: null,
      captcha_oauth_bypass: [],
      captcha_heartbeat: false,
    },
    user_settings: {
      attributes: {
        email_address: attribute(email.enabled, {
          required: email.required ?? true,
          used_for_first_factor: email.used_for_first_factor,
          first_factors: email.firstFactors,
          verifications: email.verifications,
          verify_at_sign_up: email.verify_at_sign_up,
        }),
        phone_number: attribute(phone.enabled, {
          required: phone.required ?? false,
          used_for_first_factor: phone.firstFactors.length > 0,
          first_factors: phone.firstFactors,
          verifications: ['phone_code'],
        }),
        username: attribute(username.enabled, {
          required: username.required ?? false,
          used_for_first_factor: username.used_for_first_factor ?? true,
        }),
        web3_wallet: OFF,
        first_name: attribute(instance.first_name.enabled, { required: instance.first_name.required ?? false }),
        last_name: attribute(instance.last_name.enabled, { required: instance.last_name.required ?? false }),
        password: attribute(instance.password.enabled, { required: instance.password.required ?? true }),
        authenticator_app: attribute(true, { used_for_second_factor: true, second_factors: ['totp'] }),
        ticket: OFF,
        backup_code: attribute(true, { used_for_second_factor: true, second_factors: ['backup_code'] }),
        passkey: attribute(instance.passkey.enabled, {
          used_for_first_factor: true,
          first_factors: ['passkey'],
          verifications: ['passkey'],
        }),
      },
      social: socialSettings(instance),
      // `saml` is Clerk's older name for the same setting; both say whether enterprise domains are on.
      saml: { enabled: enterpriseSsoOn(instance) },
      enterprise_sso: { enabled: enterpriseSsoOn(instance), self_serve_sso: false },
      sign_in: { second_factor: { required: false } },
      sign_up: {
        captcha_enabled: false,
        captcha_widget_type: 'smart',
        custom_action_required: false,
        progressive: true,
        mode: instance.sign_up_mode,
        legal_consent_enabled: instance.legal_consent_enabled,
      },
      restrictions: {
        allowlist: { enabled: instance.restrictions.allowlist.length > 0 },
        blocklist: { enabled: instance.restrictions.blocklist.length > 0 },
        allowlist_blocklist_disabled_on_sign_in: { enabled: false },
        block_email_subaddresses: { enabled: false },
        block_disposable_email_domains: { enabled: false },
      },
      password_settings: {
        disable_hibp: !instance.password.reject_pwned,
        disable_password_reverification: true,
        min_length: instance.password.min_length,
        max_length: instance.password.max_length,
        require_special_char: instance.password.require_special_char,
        require_numbers: instance.password.require_numbers,
        require_uppercase: instance.password.require_uppercase,
        require_lowercase: instance.password.require_lowercase,
        show_zxcvbn: instance.password.min_zxcvbn_strength > 0,
        min_zxcvbn_strength: instance.password.min_zxcvbn_strength,
        enforce_hibp_on_sign_in: false,
        allowed_special_characters: SPECIAL_CHARACTERS,
      },
      username_settings: {
        ...USERNAME_RULES,
        allow_extended_special_characters: false,
        allow_numeric_usernames: false,
      },
      actions: {
        delete_self: instance.actions.delete_self,
        create_organization: instance.organization_settings.enabled,
        create_organizations_limit: null,
      },
      attack_protection: {
        user_lockout: { ...instance.user_lockout },
        pii: { enabled: false },
        email_link: { require_same_client: false },
        enumeration_protection: { enabled: false },
      },
      passkey_settings: {
        allow_autofill: instance.passkey.enabled && instance.passkey.allow_autofill,
        show_sign_in_button: instance.passkey.enabled && instance.passkey.show_sign_in_button,
        // A passkey is a second factor on its own (possession + the device's user verification), as on Clerk.
        satisfies_second_factor: instance.passkey.enabled,
      },
    },
    organization_settings: {
      enabled: instance.organization_settings.enabled,
      max_allowed_memberships: instance.organization_settings.max_allowed_memberships,
      actions: { admin_delete: instance.organization_settings.admin_delete },
      domains: instance.organization_settings.domains_enabled
        ? { enabled: true, enrollment_modes: [...ENROLLMENT_MODES], default_role: DOMAIN_MEMBER_ROLE }
        : { enabled: false, enrollment_modes: [], default_role: DOMAIN_MEMBER_ROLE },
      slug: { disabled: false },
      creator_role: instance.organization_settings.creator_role,
    },
    fraud_settings: { object: 'fraud_settings', native: { device_attestation_mode: 'disabled' } },
    commerce_settings: {
      billing: {
        stripe_publishable_key: null,
        free_trial_requires_payment_method: false,
        user: { enabled: false, has_paid_plans: false },
        organization: { enabled: false, has_paid_plans: false },
      },
    },
    api_keys_settings: { enabled: false, user_api_keys_enabled: false, orgs_api_keys_enabled: false },
    protect_config: { loaders: [] },
    client_debug_mode: false,
    partitioned_cookies: false,
    maintenance_mode: instance.maintenance_mode,
  };
}

/** UserSettings.Socials: every provider the mock plays, on or off as the instance says. */
function enterpriseSsoOn(instance: InstanceConfig): boolean {
  return instance.enterprise_sso.enabled && instance.enterprise_sso.domains.length > 0;
}

function socialSettings(instance: InstanceConfig) {
  return Object.fromEntries(
    Object.entries(instance.social).map(([strategy, enabled]) => [
      strategy,
      {
        enabled,
        required: false,
        authenticatable: enabled,
        block_email_subaddresses: false,
        strategy,
        not_selectable: false,
        deprecated: false,
        name: PROVIDER_NAMES[strategy.slice('oauth_'.length) as MockProvider],
        logo_url: null,
      },
    ]),
  );
}
