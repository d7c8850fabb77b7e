import { FapiError } from '../errors.js';
import { identifierParam } from './inputs.js';

/** The username rules the Environment advertises (`username_settings`); sign-up and PATCH /v1/me enforce them. */
export const USERNAME_RULES = { min_length: 4, max_length: 64 } as const;

/**
 * ASCII letters, digits, `_` and `-` (Clerk's default, `allow_extended_special_characters: false`): no letters of
 * other scripts, so no two usernames can look alike.
 */
const ALLOWED = /^[a-z0-9_-]+$/;

/** A username as stored (trimmed, lower-cased), or a 422 naming the rule it breaks. */
export function usernameParam(value: string): string {
  const username = identifierParam('username', value).toLowerCase();
  const length = [...username].length;
  if (length < USERNAME_RULES.min_length || length > USERNAME_RULES.max_length) {
    const { min_length: min, max_length: max } = USERNAME_RULES;
    throw new FapiError({
      status: 422,
      code: 'form_username_invalid_length',
      message: `Username must be between ${min} and ${max} characters long.`,
      longMessage: `Username must be between ${min} and ${max} characters long.`,
      meta: { param_name: 'username', min_length: min, max_length: max },
    });
  }
  // All digits reads as a phone number on the sign-in field: refused like Clerk's `allow_numeric_usernames: false`.
  if (!ALLOWED.test(username) || /^\d+$/.test(username)) {
    throw new FapiError({
      status: 422,
      code: 'form_username_invalid_character',
      message: 'Username can only contain letters, numbers and "_" or "-", and not only numbers.',
      longMessage: 'Username can only contain letters, numbers and "_" or "-", and not only numbers.',
      meta: { param_name: 'username' },
    });
  }
  return username;
}

/** E.164: a plus, a country code not starting with 0, 7 to 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/** A phone number as stored (E.164), or `form_param_format_invalid` on phone_number. */
export function phoneNumberParam(value: string): string {
  const phone = value.replace(/[\s().-]/g, '');
  if (!E164.test(phone)) {
    throw new FapiError({
      status: 422,
      code: 'form_param_format_invalid',
      message: 'is invalid',
      longMessage: 'phone_number must be a valid phone number in international format, e.g. +15555550100.',
      meta: { param_name: 'phone_number' },
    });
  }
  return phone;
}
