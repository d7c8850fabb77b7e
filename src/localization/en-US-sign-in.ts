import type { LocalizationTree } from './types.js';

/** English strings of `<latch-sign-in>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSSignIn = {
  signIn: {
    start: {
      title: 'Welcome back',
      titleCombined: 'Continue with {{applicationName}}',
      subtitle: 'Sign in to your {{applicationName}} account',
      subtitleCombined: 'Sign in or create an account to go on',
      actionText: 'New here?',
      actionLink: 'Create an account',
      actionLink__use_email: 'Use email instead',
      actionLink__use_phone: 'Use phone instead',
      actionLink__use_username: 'Use username instead',
      actionLink__use_email_username: 'Use email or username instead',
      actionText__join_waitlist: 'Want early access?',
      actionLink__join_waitlist: 'Join the waitlist',
    },
    password: {
      title: 'Type your password',
      subtitle: 'Use the password of your {{applicationName}} account',
      actionLink: 'Try another way',
    },
    emailCode: {
      title: 'Look in your inbox',
      subtitle: 'Type the code we emailed you to go on to {{applicationName}}',
      formTitle: 'Code',
      resendButton: 'No code yet? Send another',
    },
    alternativeMethods: {
      title: 'Sign in another way',
      subtitle: 'Having trouble? Pick one of these options.',
      actionText: 'None of these work?',
      actionLink: 'Get help',
      blockButton__emailCode: 'Email a code to {{identifier}}',
      blockButton__password: 'Use your password',
      blockButton__passkey: 'Use a passkey',
      getHelp: {
        title: 'Get help',
        content: 'If you cannot get into your account, write to us and we will help you back in.',
        blockButton__emailSupport: 'Write to support',
      },
    },
    forgotPasswordAlternativeMethods: {
      title: 'Lost your password?',
      label__alternativeMethods: 'Or choose another way in:',
      blockButton__resetPassword: 'Choose a new password',
    },
  },
} satisfies LocalizationTree;
