/** Minimal but spec-shaped wire JSON for adapter tests. Timestamps are epoch ms. */
const T = 1_767_225_600_000;

export const environmentJSON = () => ({
  object: 'environment',
  id: 'env_1',
  auth_config: { object: 'auth_config', id: 'aac_1', single_session_mode: true },
  display_config: {
    object: 'display_config',
    id: 'dc_1',
    application_name: 'Acme',
    instance_environment_type: 'production',
  },
  user_settings: {
    attributes: {
      email_address: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['email_code'] },
    },
  },
  organization_settings: { enabled: false },
});

export const userJSON = () => ({
  object: 'user',
  id: 'user_1',
  first_name: 'Ada',
  last_name: 'Lovelace',
  primary_email_address_id: 'idn_1',
  email_addresses: [
    {
      object: 'email_address',
      id: 'idn_1',
      email_address: 'ada@example.com',
      verification: { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: T },
      linked_to: [],
    },
  ],
  created_at: T,
  updated_at: T,
});

export const sessionJSON = () => ({
  object: 'session',
  id: 'sess_1',
  status: 'active',
  expire_at: T + 7 * 86_400_000,
  abandon_at: T + 30 * 86_400_000,
  last_active_at: T,
  last_active_organization_id: null,
  user: userJSON(),
  public_user_data: { first_name: 'Ada', last_name: 'Lovelace', identifier: 'ada@example.com', has_image: false },
  factor_verification_age: [0, -1],
  created_at: T,
  updated_at: T,
});

export const signInJSON = () => ({
  object: 'sign_in_attempt',
  id: 'sia_1',
  status: 'needs_first_factor',
  identifier: 'ada@example.com',
  supported_identifiers: ['email_address'],
  supported_first_factors: [{ strategy: 'password' }, { strategy: 'email_code', email_address_id: 'idn_1' }],
  supported_second_factors: null,
  first_factor_verification: null,
  second_factor_verification: null,
  user_data: { first_name: 'Ada', last_name: 'Lovelace', has_image: false },
  created_session_id: null,
  abandon_at: T + 86_400_000,
});

export const clientJSON = () => ({
  object: 'client',
  id: 'client_1',
  sessions: [sessionJSON()],
  sign_in: null,
  sign_up: null,
  last_active_session_id: 'sess_1',
  cookie_expires_at: null,
  created_at: T,
  updated_at: T,
});
