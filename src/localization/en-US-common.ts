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
  // Only the errors that must have words without a network trip (offline, a timeout, a client-side check, a
  // step's own outcome set at once); a server's refusals are in en-US-errors.ts, fetched before a form shows one.
  unstable__errors: {
    network_error: 'We could not reach the server. Check your connection and try again.',
    request_timeout: 'The server took too long to answer. Please try again.',
    malformed_response: 'The server sent an answer we could not read. Please try again.',
    not_loaded: 'Still starting up. Please try again in a moment.',
    unexpected_error: 'An unexpected problem occurred. Please try again.',
    invalid_params: 'Some of these details could not be sent. Check them and try again.',
    too_many_requests: 'Too many attempts. Try again in {{seconds}} seconds.',
    form_param_nil: 'Please fill in this field.',
    form_password_length_too_short: 'This password is too short.',
    form_param_format_invalid__email_address: 'Type a full email address, such as name@example.com.',
    // An email link's outcome, worded as soon as the polling tab learns it.
    verification_expired: 'This code has expired. Ask for a new one.',
    verification_failed: 'We could not confirm this. Please start again.',
  },
  unstable__latch: {
    developmentMode: 'Development mode',
    loading: 'Loading…',
    retry: 'Try again',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    tooManyRequests: 'Too many attempts. Please wait a moment and try again.',
    codeIncomplete: 'Enter all {{length}} digits of the code.',
    codeSentTo: 'Sent to {{identifier}}',
    resendIn: 'You can ask for a new code in {{seconds}} s',
    passwordMinLength: 'At least {{min_length}} characters',
    hiddenCharacters: 'This contains invisible or control characters. Type it again without them.',
    countryCode: 'Country or region',
  },
} satisfies LocalizationTree;
