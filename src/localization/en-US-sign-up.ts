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
  unstable__errors: {
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
