import type { LocalizationTree } from './types.js';

/**
 * The built-in English strings every element shares (labels, buttons, errors). Each element's own strings live
 * in `en-US-<element>.ts` and are registered as defaults when that element is defined (see defaults.ts); the
 * complete resource is `enUS` in en-US.ts. A string only one element renders belongs in that element's file:
 * this one is in the script-tag loader, on every page.
 *
 * The built-in English resource. Key names follow Clerk's `LocalizationResource` so resources written for Clerk
 * override these one for one; the wording is Latch's own.
 *
 * It ships in every bundle that shows a component, so it carries only the keys Latch renders. An empty string
 * means "no text of our own": for errors the server's message is shown instead.
 */
export const enUSCommon = {
  locale: 'en-US',
  backButton: 'Go back',
  dividerText: 'or',
  formButtonPrimary: 'Continue',
  formFieldLabel__emailAddress: 'Email',
  formFieldLabel__emailAddress_username: 'Email or username',
  formFieldLabel__username: 'Username',
  formFieldLabel__password: 'Password',
  formFieldLabel__firstName: 'First name',
  formFieldLabel__lastName: 'Last name',
  formFieldLabel__phoneNumber: 'Phone',
  formFieldInputPlaceholder__emailAddress: 'name@example.com',
  socialButtonsBlockButton: 'Use {{provider|titleize}}',
  unstable__errors: {
    external_account_not_verified: 'The provider did not confirm your account. Try again, or sign in another way.',
    form_identifier_not_found: 'No account matches what you typed.',
    form_password_incorrect: 'That password is not right. Try again, or use another way in.',
    form_password_validation_failed: 'That password is not right.',
    form_password_pwned: 'This password has shown up in a known data breach. Please choose a different one.',
    form_password_length_too_short: 'This password is too short.',
    form_param_format_invalid: 'This value is not in the expected format.',
    form_param_format_invalid__email_address: 'Type a full email address, such as name@example.com.',
    form_param_nil: 'Please fill in this field.',
    form_param_missing: 'This field is required.',
    form_identifier_exists__email_address: 'An account already uses this email address.',
    form_identifier_exists__username: 'Someone already has this username.',
    form_code_incorrect: 'That code does not match. Check it and try again.',
    verification_expired: 'This code has expired. Ask for a new one.',
    verification_failed: 'We could not confirm this. Please start again.',
    user_locked: 'This account is locked for now. Try again later or contact support.',
    session_exists: 'You are already signed in.',
    identification_deleted: 'This email address or phone number no longer belongs to an account.',
    not_allowed_access: 'This identifier is not allowed to use {{applicationName}}.',
    origin_invalid: 'This website is not allowed to use this application.',
    captcha_invalid: 'The bot check failed. Reload the page and try again.',
    captcha_unavailable: 'The bot check could not load. Check your connection or try another browser.',
    too_many_requests: 'Too many attempts. Try again in {{seconds}} seconds.',
    network_error: 'We could not reach the server. Check your connection and try again.',
    request_timeout: 'The server took too long to answer. Please try again.',
    malformed_response: 'The server sent an answer we could not read. Please try again.',
    not_loaded: 'Still starting up. Please try again in a moment.',
    unexpected_error: 'An unexpected problem occurred. Please try again.',
    invalid_params: 'Some of these details could not be sent. Check them and try again.',
    form_param_value_invalid__ticket: 'This invitation link is not valid any more: it may have been used already.',
    ticket_expired: 'This invitation link has expired. Ask for a new invitation.',
    // Errors any form's first request can meet: with the loader, never in a lazy step's strings, or an error
    // arriving before that step's chunk would have no words.
    form_param_max_length_exceeded: 'This is too long.',
    form_param_value_invalid: 'This value is not accepted here.',
    maintenance_mode: 'We are doing some maintenance, so this cannot be done right now. Try again soon.',
    internal_clerk_error: 'Something went wrong on our side. Please try again.',
    resource_not_found: 'This is no longer there (it may have expired). Please start again.',
    dev_browser_unauthenticated: 'This browser is no longer known to the development server. Reload the page.',
  },
  unstable__latch: {
    developmentMode: 'Development mode',
    loading: 'Loading…',
    retry: 'Try again',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    tooManyRequests: 'Too many attempts. Please wait a moment and try again.',
    codeIncomplete: 'Enter all {{length}} digits of the code.',
    userLockedFor: 'Too many failed attempts: this account is locked. Try again in {{minutes}} min.',
    codeSentTo: 'Sent to {{identifier}}',
    resendIn: 'You can ask for a new code in {{seconds}} s',
    passwordMinLength: 'At least {{min_length}} characters',
    hiddenCharacters: 'This contains invisible or control characters. Type it again without them.',
    countryCode: 'Country or region',
  },
} satisfies LocalizationTree;
