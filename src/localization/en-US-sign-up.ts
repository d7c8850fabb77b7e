import type { LocalizationTree } from './types.js';

/** English strings of `<latch-sign-up>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSSignUp = {
  signUp: {
    start: {
      title: 'Create an account',
      subtitle: 'Join {{applicationName}} in a minute',
      actionText: 'Already a member?',
      actionLink: 'Sign in',
    },
    emailCode: {
      title: 'Confirm your email',
      subtitle: 'Type the code we emailed you to finish joining {{applicationName}}',
      formTitle: 'Code',
      formSubtitle: 'It is in the email we just sent you',
      resendButton: 'No code yet? Send another',
    },
    continue: {
      title: 'A few more details',
      subtitle: 'Complete your profile to start using {{applicationName}}',
      actionText: 'Already a member?',
      actionLink: 'Sign in',
    },
    invitation: {
      emailAddressHint: 'Your invitation is for this address',
    },
  },
} satisfies LocalizationTree;
