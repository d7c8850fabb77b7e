import type { LocalizationTree } from './types.js';

/**
 * English words for the errors a server sends: fetched and registered as defaults by loadErrorStrings()
 * (load-error-strings.ts), which a form awaits before it shows a failure, so no page carries them until one fails.
 * What must have words without a network trip stays in en-US-common.ts.
 */
export const enUSErrors = {
  unstable__errors: {
    external_account_not_verified: 'The provider did not confirm your account. Try again, or sign in another way.',
    form_identifier_not_found: 'No account matches what you typed.',
    form_password_incorrect: 'That password is not right. Try again, or use another way in.',
    form_password_validation_failed: 'That password is not right.',
    form_password_pwned: 'This password has shown up in a known data breach. Please choose a different one.',
    form_param_format_invalid: 'This value is not in the expected format.',
    form_param_missing: 'This field is required.',
    form_identifier_exists__email_address: 'An account already uses this email address.',
    form_identifier_exists__username: 'Someone already has this username.',
    form_code_incorrect: 'That code does not match. Check it and try again.',
    user_locked: 'This account is locked for now. Try again later or contact support.',
    session_exists: 'You are already signed in.',
    identification_deleted: 'This email address or phone number no longer belongs to an account.',
    not_allowed_access: 'This identifier is not allowed to use {{applicationName}}.',
    origin_invalid: 'This website is not allowed to use this application.',
    // The instance has this part turned off (e.g. joining a waitlist when sign-ups are not in waitlist mode).
    feature_not_enabled: '{{applicationName}} does not offer this at the moment.',
    organization_not_enabled_in_instance: '{{applicationName}} does not offer organizations at the moment.',
    captcha_invalid: 'The bot check failed. Reload the page and try again.',
    captcha_unavailable: 'The bot check could not load. Check your connection or try another browser.',
    form_param_value_invalid__ticket: 'This invitation link is not valid any more: it may have been used already.',
    ticket_expired: 'This invitation link has expired. Ask for a new invitation.',
    form_param_max_length_exceeded: 'This is too long.',
    form_param_value_invalid: 'This value is not accepted here.',
    maintenance_mode: 'We are doing some maintenance, so this cannot be done right now. Try again soon.',
    internal_clerk_error: 'Something went wrong on our side. Please try again.',
    resource_not_found: 'This is no longer there (it may have expired). Please start again.',
    dev_browser_unauthenticated: 'This browser is no longer known to the development server. Reload the page.',
  },
  unstable__latch: {
    // `user_locked` with the lockout's length (localizer.ts, translateError).
    userLockedFor: 'Too many failed attempts: this account is locked. Try again in {{minutes}} min.',
  },
} satisfies LocalizationTree;
