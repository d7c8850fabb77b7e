import type { LocalizationTree } from './types.js';

/**
 * English strings of the sign-in steps past the identifier (password, codes, email link, other methods, password
 * reset). Registered as defaults by the lazily loaded step module, so the identifier page does not carry them.
 */
export const enUSSignInFactors = {
  formFieldLabel__signOutOfOtherSessions: 'Sign out of all other devices',
  formFieldError__notMatchingPasswords: 'The two passwords are not the same.',
  lastAuthenticationStrategy: 'Last used',
  unstable__errors: {
    strategy_for_user_invalid: 'This way in is not available for your account. Try another one.',
    form_password_length_too_long: 'This password is too long.',
    verification_already_verified: 'This code has already been used. Ask for a new one.',
    verification_missing: 'Ask for a code first.',
    sign_in_status_invalid: 'This sign-in cannot go on from here. Please start again.',
    form_password_pwned__sign_in:
      'This password has shown up in a data breach, so it can no longer sign you in. We sent you a code: type it to choose a new password.',
  },
  signIn: {
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
      blockButton__emailLink: 'Email a link to {{identifier}}',
      blockButton__phoneCode: 'Text a code to {{identifier}}',
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
    phoneCode: {
      title: 'Look at your phone',
      subtitle: 'Type the code we texted you to go on to {{applicationName}}',
      formTitle: 'Code',
      resendButton: 'No text yet? Send another',
    },
    emailLink: {
      title: 'Open the link in your inbox',
      subtitle: 'It signs you in to {{applicationName}}',
      formTitle: 'Sign-in link sent',
      formSubtitle: 'Open the link we emailed to {{identifier}}. This page goes on by itself once you have.',
      resendButton: 'No email yet? Send another link',
      verifiedSwitchTab: {
        title: 'You are signed in',
        subtitle: 'Go back to the tab where you asked for the link: it carries on from there.',
      },
      expired: {
        title: 'This link has expired',
        subtitle: 'Go back to the tab where you signed in and ask for a new one.',
      },
      failed: {
        title: 'This link does not work',
        subtitle: 'It is not valid, or it has already been used. Ask for a new one.',
      },
      clientMismatch: {
        title: 'Open the link in the same browser',
        subtitle: 'This link must be opened in the browser where you asked for it.',
      },
    },
    forgotPassword: {
      title: 'Choose a new password',
      subtitle_email: 'First, type the code we emailed you',
      subtitle_phone: 'First, type the code we texted you',
      formTitle: 'Reset code',
      resendButton: 'No code yet? Send another',
    },
    resetPassword: {
      title: 'Your new password',
      formButtonPrimary: 'Save and sign in',
    },
  },
} satisfies LocalizationTree;
