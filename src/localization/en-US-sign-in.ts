import type { LocalizationTree } from './types.js';

/** English strings of `<latch-sign-in>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSSignIn = {
  formFieldAction__forgotPassword: 'Lost your password?',
  formFieldLabel__newPassword: 'New password',
  formFieldLabel__confirmPassword: 'Repeat password',
  footerActionLink__useAnotherMethod: 'Try another way',
  unstable__latch: {
    editIdentifier: 'Use a different email or username',
  },
  unstable__errors: {
    // The SSO callback step's refusal when a provider's account is new and sign-up cannot take it over.
    external_account_not_found: 'No account here is linked to that provider account yet.',
  },
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
      actionLink__use_passkey: 'Sign in with a passkey',
      actionText__join_waitlist: 'Want early access?',
      actionLink__join_waitlist: 'Join the waitlist',
    },
  },
} satisfies LocalizationTree;
