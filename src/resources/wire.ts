/**
 * Reading views of the FAPI JSON objects: the fields each resource reads, every one optional and nullable.
 *
 * The zod output types of `src/api/schemas` (`SignInJSON`, `ClientJSON`, …) satisfy these structurally, so the
 * adapters' results flow straight in; at the same time resources stay tolerant of the partial objects that
 * Clerk's fixtures, tests and future servers hand them. Nothing here validates: that happens at the API
 * boundary.
 */

type Maybe<T> = T | null | undefined;

export interface VerificationWire {
  status?: Maybe<string>;
  strategy?: Maybe<string>;
  attempts?: Maybe<number>;
  expire_at?: Maybe<number>;
  error?: Maybe<{ code: string; message?: Maybe<string>; long_message?: Maybe<string> }>;
  external_verification_redirect_url?: Maybe<string>;
  nonce?: Maybe<string>;
  message?: Maybe<string>;
  verified_at_client?: Maybe<string>;
  channel?: Maybe<string>;
  next_action?: Maybe<string>;
  supported_strategies?: Maybe<readonly string[]>;
}

export interface IdentificationLinkWire {
  type: string;
  id: string;
}

export interface EmailAddressWire {
  id: string;
  email_address?: Maybe<string>;
  reserved?: Maybe<boolean>;
  verification?: Maybe<VerificationWire>;
  linked_to?: Maybe<readonly IdentificationLinkWire[]>;
}

export interface PhoneNumberWire {
  id: string;
  phone_number?: Maybe<string>;
  reserved_for_second_factor?: Maybe<boolean>;
  default_second_factor?: Maybe<boolean>;
  verification?: Maybe<VerificationWire>;
}

export interface UserWire {
  id: string;
  external_id?: Maybe<string>;
  username?: Maybe<string>;
  first_name?: Maybe<string>;
  last_name?: Maybe<string>;
  image_url?: Maybe<string>;
  has_image?: Maybe<boolean>;
  primary_email_address_id?: Maybe<string>;
  primary_phone_number_id?: Maybe<string>;
  password_enabled?: Maybe<boolean>;
  two_factor_enabled?: Maybe<boolean>;
  totp_enabled?: Maybe<boolean>;
  backup_code_enabled?: Maybe<boolean>;
  email_addresses?: Maybe<readonly EmailAddressWire[]>;
  phone_numbers?: Maybe<readonly PhoneNumberWire[]>;
  public_metadata?: Maybe<Record<string, unknown>>;
  unsafe_metadata?: Maybe<Record<string, unknown>>;
  delete_self_enabled?: Maybe<boolean>;
  create_organization_enabled?: Maybe<boolean>;
  last_sign_in_at?: Maybe<number>;
  created_at?: Maybe<number>;
  updated_at?: Maybe<number>;
}

export interface PublicUserDataWire {
  first_name?: Maybe<string>;
  last_name?: Maybe<string>;
  image_url?: Maybe<string>;
  has_image?: Maybe<boolean>;
  identifier?: Maybe<string>;
  user_id?: Maybe<string>;
  username?: Maybe<string>;
}

export interface SessionWire {
  id: string;
  status?: Maybe<string>;
  expire_at?: Maybe<number>;
  abandon_at?: Maybe<number>;
  last_active_at?: Maybe<number>;
  last_active_token?: Maybe<{ jwt: string }>;
  last_active_organization_id?: Maybe<string>;
  actor?: Maybe<Record<string, unknown>>;
  user?: Maybe<UserWire>;
  public_user_data?: Maybe<PublicUserDataWire>;
  factor_verification_age?: Maybe<readonly (number | null)[]>;
  created_at?: Maybe<number>;
  updated_at?: Maybe<number>;
}

export interface SignInFactorWire {
  strategy: string;
  safe_identifier?: Maybe<string>;
  email_address_id?: Maybe<string>;
  phone_number_id?: Maybe<string>;
  web3_wallet_id?: Maybe<string>;
  passkey_id?: Maybe<string>;
  primary?: Maybe<boolean>;
  default?: Maybe<boolean>;
}

export interface SignInWire {
  id: string;
  status?: Maybe<string>;
  supported_identifiers?: Maybe<readonly string[]>;
  identifier?: Maybe<string>;
  supported_first_factors?: Maybe<readonly SignInFactorWire[]>;
  supported_second_factors?: Maybe<readonly SignInFactorWire[]>;
  first_factor_verification?: Maybe<VerificationWire>;
  second_factor_verification?: Maybe<VerificationWire>;
  user_data?: Maybe<{
    first_name?: Maybe<string>;
    last_name?: Maybe<string>;
    image_url?: Maybe<string>;
    has_image?: Maybe<boolean>;
  }>;
  created_session_id?: Maybe<string>;
  abandon_at?: Maybe<number>;
}

export interface SignUpWire {
  id: string;
  status?: Maybe<string>;
  required_fields?: Maybe<readonly string[]>;
  optional_fields?: Maybe<readonly string[]>;
  missing_fields?: Maybe<readonly string[]>;
  unverified_fields?: Maybe<readonly string[]>;
  verifications?: Maybe<{
    email_address?: Maybe<VerificationWire>;
    phone_number?: Maybe<VerificationWire>;
    web3_wallet?: Maybe<VerificationWire>;
    external_account?: Maybe<VerificationWire>;
  }>;
  username?: Maybe<string>;
  email_address?: Maybe<string>;
  phone_number?: Maybe<string>;
  web3_wallet?: Maybe<string>;
  password_enabled?: Maybe<boolean>;
  first_name?: Maybe<string>;
  last_name?: Maybe<string>;
  unsafe_metadata?: Maybe<Record<string, unknown>>;
  created_session_id?: Maybe<string>;
  created_user_id?: Maybe<string>;
  abandon_at?: Maybe<number>;
  legal_accepted_at?: Maybe<number>;
}

export interface ClientWire {
  id: string;
  sessions?: Maybe<readonly SessionWire[]>;
  sign_in?: Maybe<SignInWire>;
  sign_up?: Maybe<SignUpWire>;
  last_active_session_id?: Maybe<string>;
  last_authentication_strategy?: Maybe<string>;
  cookie_expires_at?: Maybe<number>;
  created_at?: Maybe<number>;
  updated_at?: Maybe<number>;
}

export interface AttributeWire {
  enabled?: Maybe<boolean>;
  required?: Maybe<boolean>;
  used_for_first_factor?: Maybe<boolean>;
  first_factors?: Maybe<readonly string[]>;
  used_for_second_factor?: Maybe<boolean>;
  second_factors?: Maybe<readonly string[]>;
  verifications?: Maybe<readonly string[]>;
  verify_at_sign_up?: Maybe<boolean>;
}

export interface SocialWire {
  enabled?: Maybe<boolean>;
  required?: Maybe<boolean>;
  authenticatable?: Maybe<boolean>;
  strategy?: Maybe<string>;
  name?: Maybe<string>;
  logo_url?: Maybe<string>;
  not_selectable?: Maybe<boolean>;
}

export interface EnvironmentWire {
  id?: Maybe<string>;
  auth_config?: Maybe<{ single_session_mode?: Maybe<boolean> }>;
  display_config?: Maybe<{
    instance_environment_type?: Maybe<string>;
    application_name?: Maybe<string>;
    branded?: Maybe<boolean>;
    show_devmode_warning?: Maybe<boolean>;
    preferred_sign_in_strategy?: Maybe<string>;
    logo_image_url?: Maybe<string>;
    favicon_image_url?: Maybe<string>;
    home_url?: Maybe<string>;
    sign_in_url?: Maybe<string>;
    sign_up_url?: Maybe<string>;
    user_profile_url?: Maybe<string>;
    waitlist_url?: Maybe<string>;
    after_sign_in_url?: Maybe<string>;
    after_sign_up_url?: Maybe<string>;
    after_sign_out_one_url?: Maybe<string>;
    after_sign_out_all_url?: Maybe<string>;
    after_switch_session_url?: Maybe<string>;
    after_join_waitlist_url?: Maybe<string>;
    support_email?: Maybe<string>;
    terms_url?: Maybe<string>;
    privacy_policy_url?: Maybe<string>;
    help_url?: Maybe<string>;
    captcha_public_key?: Maybe<string>;
    captcha_widget_type?: Maybe<string>;
    captcha_provider?: Maybe<string>;
  }>;
  user_settings?: Maybe<{
    /** Keyed by attribute name; values are AttributeWire (typed loosely: the schema adds an index signature). */
    attributes?: Maybe<Readonly<Record<string, unknown>>>;
    /** Keyed by OAuth strategy; values are SocialWire. */
    social?: Maybe<Readonly<Record<string, unknown>>>;
    sign_in?: Maybe<{ second_factor?: Maybe<{ required?: Maybe<boolean> }> }>;
    sign_up?: Maybe<{
      captcha_enabled?: Maybe<boolean>;
      captcha_widget_type?: Maybe<string>;
      custom_action_required?: Maybe<boolean>;
      progressive?: Maybe<boolean>;
      mode?: Maybe<string>;
      legal_consent_enabled?: Maybe<boolean>;
    }>;
    password_settings?: Maybe<{
      min_length?: Maybe<number>;
      max_length?: Maybe<number>;
      require_special_char?: Maybe<boolean>;
      require_numbers?: Maybe<boolean>;
      require_uppercase?: Maybe<boolean>;
      require_lowercase?: Maybe<boolean>;
      allowed_special_characters?: Maybe<string>;
      show_zxcvbn?: Maybe<boolean>;
      min_zxcvbn_strength?: Maybe<number>;
    }>;
    username_settings?: Maybe<{ min_length?: Maybe<number>; max_length?: Maybe<number> }>;
    actions?: Maybe<{ delete_self?: Maybe<boolean>; create_organization?: Maybe<boolean> }>;
    passkey_settings?: Maybe<{ allow_autofill?: Maybe<boolean>; show_sign_in_button?: Maybe<boolean> }>;
  }>;
  organization_settings?: Maybe<{ enabled?: Maybe<boolean>; max_allowed_memberships?: Maybe<number> }>;
  maintenance_mode?: Maybe<boolean>;
}
