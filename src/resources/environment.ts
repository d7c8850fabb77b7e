import type { AttributeWire, EnvironmentWire, SocialWire } from './wire.js';

/** The identifier attributes a user can sign in with. */
export const IDENTIFIER_ATTRIBUTES = ['email_address', 'phone_number', 'username', 'web3_wallet'] as const;
export type IdentifierAttribute = (typeof IDENTIFIER_ATTRIBUTES)[number];

export type AttributeName =
  | IdentifierAttribute
  | 'first_name'
  | 'last_name'
  | 'password'
  | 'authenticator_app'
  | 'backup_code'
  | 'passkey'
  | (string & {});

export interface AttributeSettings {
  enabled: boolean;
  required: boolean;
  usedForFirstFactor: boolean;
  firstFactors: string[];
  usedForSecondFactor: boolean;
  secondFactors: string[];
  verifications: string[];
  verifyAtSignUp: boolean;
}

export interface SocialProviderSettings {
  strategy: string;
  enabled: boolean;
  required: boolean;
  authenticatable: boolean;
  name: string | null;
  logoUrl: string | null;
  notSelectable: boolean;
}

export interface PasswordSettings {
  minLength: number;
  maxLength: number;
  requireSpecialChar: boolean;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  allowedSpecialCharacters: string;
  showZxcvbn: boolean;
  minZxcvbnStrength: number;
}

export interface SignUpSettings {
  mode: 'public' | 'restricted' | 'waitlist' | (string & {});
  progressive: boolean;
  captchaEnabled: boolean;
  captchaWidgetType: string | null;
  customActionRequired: boolean;
  legalConsentEnabled: boolean;
}

export interface DisplayConfig {
  instanceEnvironmentType: 'production' | 'development' | 'staging' | (string & {});
  applicationName: string;
  branded: boolean;
  showDevmodeWarning: boolean;
  preferredSignInStrategy: 'password' | 'otp' | (string & {});
  logoImageUrl: string | null;
  faviconImageUrl: string | null;
  homeUrl: string | null;
  signInUrl: string | null;
  signUpUrl: string | null;
  userProfileUrl: string | null;
  waitlistUrl: string | null;
  afterSignInUrl: string | null;
  afterSignUpUrl: string | null;
  afterSignOutOneUrl: string | null;
  afterSignOutAllUrl: string | null;
  afterSwitchSessionUrl: string | null;
  afterJoinWaitlistUrl: string | null;
  supportEmail: string | null;
  termsUrl: string | null;
  privacyPolicyUrl: string | null;
  helpUrl: string | null;
  captchaPublicKey: string | null;
  captchaWidgetType: string | null;
  captchaProvider: string | null;
}

/** NIST's minimum, used when the instance does not say. */
const DEFAULT_PASSWORD_MIN_LENGTH = 8;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const orNull = (value: string | null | undefined): string | null => value || null;

function toAttribute(json: AttributeWire | null | undefined): AttributeSettings {
  return {
    enabled: json?.enabled ?? false,
    required: json?.required ?? false,
    usedForFirstFactor: json?.used_for_first_factor ?? false,
    firstFactors: [...(json?.first_factors ?? [])],
    usedForSecondFactor: json?.used_for_second_factor ?? false,
    secondFactors: [...(json?.second_factors ?? [])],
    verifications: [...(json?.verifications ?? [])],
    verifyAtSignUp: json?.verify_at_sign_up ?? false,
  };
}

function toSocial(strategy: string, json: SocialWire): SocialProviderSettings {
  return {
    strategy: json.strategy || strategy,
    enabled: json.enabled ?? false,
    required: json.required ?? false,
    authenticatable: json.authenticatable ?? false,
    name: orNull(json.name),
    logoUrl: orNull(json.logo_url),
    notSelectable: json.not_selectable ?? false,
  };
}

type UserSettingsWire = NonNullable<EnvironmentWire['user_settings']>;

/** How users may sign up and sign in: attributes, social providers, password and sign-up rules. */
export class UserSettings {
  readonly attributes: Record<AttributeName, AttributeSettings>;
  readonly social: Record<string, SocialProviderSettings>;
  readonly passwordSettings: PasswordSettings;
  readonly usernameSettings: { minLength: number | null; maxLength: number | null };
  readonly signUp: SignUpSettings;
  readonly signIn: { secondFactor: { required: boolean } };
  readonly actions: { deleteSelf: boolean; createOrganization: boolean };
  readonly passkeySettings: { allowAutofill: boolean; showSignInButton: boolean };

  constructor(json: UserSettingsWire | null | undefined) {
    const attributes: Record<string, AttributeSettings> = {};
    for (const [name, attribute] of Object.entries(json?.attributes ?? {})) {
      if (isObject(attribute)) attributes[name] = toAttribute(attribute as AttributeWire);
    }
    this.attributes = attributes;
    const social: Record<string, SocialProviderSettings> = {};
    for (const [strategy, provider] of Object.entries(json?.social ?? {})) {
      if (isObject(provider)) social[strategy] = toSocial(strategy, provider as SocialWire);
    }
    this.social = social;
    const password = json?.password_settings;
    this.passwordSettings = {
      minLength: password?.min_length || DEFAULT_PASSWORD_MIN_LENGTH,
      maxLength: password?.max_length || 0,
      requireSpecialChar: password?.require_special_char ?? false,
      requireNumbers: password?.require_numbers ?? false,
      requireUppercase: password?.require_uppercase ?? false,
      requireLowercase: password?.require_lowercase ?? false,
      allowedSpecialCharacters: password?.allowed_special_characters ?? '',
      showZxcvbn: password?.show_zxcvbn ?? false,
      minZxcvbnStrength: password?.min_zxcvbn_strength ?? 0,
    };
    this.usernameSettings = {
      minLength: json?.username_settings?.min_length ?? null,
      maxLength: json?.username_settings?.max_length ?? null,
    };
    const signUp = json?.sign_up;
    this.signUp = {
      mode: signUp?.mode || 'public',
      progressive: signUp?.progressive ?? false,
      captchaEnabled: signUp?.captcha_enabled ?? false,
      captchaWidgetType: orNull(signUp?.captcha_widget_type),
      customActionRequired: signUp?.custom_action_required ?? false,
      legalConsentEnabled: signUp?.legal_consent_enabled ?? false,
    };
    this.signIn = { secondFactor: { required: json?.sign_in?.second_factor?.required ?? false } };
    this.actions = {
      deleteSelf: json?.actions?.delete_self ?? false,
      createOrganization: json?.actions?.create_organization ?? false,
    };
    this.passkeySettings = {
      allowAutofill: json?.passkey_settings?.allow_autofill ?? false,
      showSignInButton: json?.passkey_settings?.show_sign_in_button ?? false,
    };
  }

  /** Settings of one attribute; a disabled placeholder when the instance does not list it. */
  attribute(name: AttributeName): AttributeSettings {
    return this.attributes[name] ?? toAttribute(null);
  }

  /** Identifiers accepted on the sign-in start screen, in Clerk's order (email, phone, username, wallet). */
  get enabledFirstFactorIdentifiers(): IdentifierAttribute[] {
    return IDENTIFIER_ATTRIBUTES.filter((name) => {
      const attribute = this.attribute(name);
      return attribute.enabled && attribute.usedForFirstFactor;
    });
  }

  /** Attributes the sign-up form shows (enabled), in Clerk's order. */
  get enabledSignUpAttributes(): AttributeName[] {
    const order: AttributeName[] = ['first_name', 'last_name', 'username', 'email_address', 'phone_number', 'password'];
    return order.filter((name) => this.attribute(name).enabled);
  }

  get isPasswordEnabled(): boolean {
    return this.attribute('password').enabled;
  }

  /** Sign-in with a one-time code sent by email. */
  get isEmailCodeEnabled(): boolean {
    return this.#usesFirstFactor('email_address', 'email_code');
  }

  /** Sign-in with a magic link sent by email. */
  get isEmailLinkEnabled(): boolean {
    return this.#usesFirstFactor('email_address', 'email_link');
  }

  /** Sign-in with a one-time code sent by SMS. */
  get isPhoneCodeEnabled(): boolean {
    return this.#usesFirstFactor('phone_number', 'phone_code');
  }

  get isPasskeyEnabled(): boolean {
    return this.attribute('passkey').enabled;
  }

  /** OAuth strategies offered as sign-in / sign-up buttons. */
  get authenticatableSocialStrategies(): string[] {
    return Object.values(this.social)
      .filter((provider) => provider.enabled && provider.authenticatable && !provider.notSelectable)
      .map((provider) => provider.strategy);
  }

  #usesFirstFactor(attributeName: AttributeName, strategy: string): boolean {
    const attribute = this.attribute(attributeName);
    return attribute.enabled && attribute.usedForFirstFactor && attribute.firstFactors.includes(strategy);
  }
}

/** The instance's configuration (Clerk's `Environment`), fetched once on load. */
export class Environment {
  readonly id: string | null;
  readonly authConfig: { singleSessionMode: boolean };
  readonly displayConfig: DisplayConfig;
  readonly userSettings: UserSettings;
  readonly organizationSettings: { enabled: boolean; maxAllowedMemberships: number | null };
  readonly maintenanceMode: boolean;

  constructor(json: EnvironmentWire | null | undefined) {
    this.id = json?.id ?? null;
    this.authConfig = { singleSessionMode: json?.auth_config?.single_session_mode ?? true };
    const display = json?.display_config;
    this.displayConfig = {
      instanceEnvironmentType: display?.instance_environment_type || 'production',
      applicationName: display?.application_name ?? '',
      branded: display?.branded ?? false,
      showDevmodeWarning: display?.show_devmode_warning ?? false,
      preferredSignInStrategy: display?.preferred_sign_in_strategy || 'password',
      logoImageUrl: orNull(display?.logo_image_url),
      faviconImageUrl: orNull(display?.favicon_image_url),
      homeUrl: orNull(display?.home_url),
      signInUrl: orNull(display?.sign_in_url),
      signUpUrl: orNull(display?.sign_up_url),
      userProfileUrl: orNull(display?.user_profile_url),
      waitlistUrl: orNull(display?.waitlist_url),
      afterSignInUrl: orNull(display?.after_sign_in_url),
      afterSignUpUrl: orNull(display?.after_sign_up_url),
      afterSignOutOneUrl: orNull(display?.after_sign_out_one_url),
      afterSignOutAllUrl: orNull(display?.after_sign_out_all_url),
      afterSwitchSessionUrl: orNull(display?.after_switch_session_url),
      afterJoinWaitlistUrl: orNull(display?.after_join_waitlist_url),
      supportEmail: orNull(display?.support_email),
      termsUrl: orNull(display?.terms_url),
      privacyPolicyUrl: orNull(display?.privacy_policy_url),
      helpUrl: orNull(display?.help_url),
      captchaPublicKey: orNull(display?.captcha_public_key),
      captchaWidgetType: orNull(display?.captcha_widget_type),
      captchaProvider: orNull(display?.captcha_provider),
    };
    this.userSettings = new UserSettings(json?.user_settings);
    this.organizationSettings = {
      enabled: json?.organization_settings?.enabled ?? false,
      maxAllowedMemberships: json?.organization_settings?.max_allowed_memberships ?? null,
    };
    this.maintenanceMode = json?.maintenance_mode ?? false;
  }

  /** Whether the client allows one session at a time. */
  get isSingleSession(): boolean {
    return this.authConfig.singleSessionMode;
  }
}
