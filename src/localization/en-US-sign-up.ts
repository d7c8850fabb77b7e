import type { LocalizationTree } from './types.js';

/** English strings of `<latch-sign-up>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSSignUp = {
  formFieldHintText__optional: '(optional)',
  signUp: {
    start: {
      title: 'Create an account',
      subtitle: 'Join {{applicationName}} in a minute',
      actionText: 'Already a member?',
      actionLink: 'Sign in',
    },
    invitation: {
      emailAddressHint: 'Your invitation is for this address',
    },
  },
  legalConsent: {
    checkbox: {
      label__termsOfServiceAndPrivacyPolicy: 'I accept the {{termsOfServiceLink}} and the {{privacyPolicyLink}}',
    },
    link__termsOfService: 'Terms of Service',
    link__privacyPolicy: 'Privacy Policy',
  },
  unstable__errors: {
    form_param_missing__legal_accepted: 'Accept the terms to create your account.',
    form_username_invalid_length: 'Pick a username between 4 and 64 characters.',
    form_username_invalid_character: 'Use only letters, digits, "_" and "-" in a username, and at least one letter.',
    form_identifier_exists__phone_number: 'An account already uses this phone number.',
    form_param_format_invalid__phone_number:
      'This does not look like a phone number. Check the country and the digits.',
    passwordComplexity: {
      sentencePrefix: 'Your password needs:',
      minimumLength: 'at least {{length}} characters',
      requireNumbers: 'a digit',
      requireLowercase: 'a lowercase letter',
      requireUppercase: 'a capital letter',
      requireSpecialCharacter: 'a symbol such as ! or #',
    },
  },
  unstable__latch: {
    passwordRuleMet: '(done)',
    passwordRuleUnmet: '(not yet)',
  },
} satisfies LocalizationTree;
