import type { LocalizationTree } from './types.js';

/**
 * English strings of the profile's Connected accounts section and of the reverification prompt, registered by
 * those lazy modules (connected-accounts.ts, reverification.ts) so the profile's own chunk does not carry them.
 */
export const enUSUserProfileConnected = {
  userProfile: {
    start: {
      connectedAccountsSection: {
        title: 'Connected accounts',
        primaryButton: 'Connect an account',
        destructiveActionTitle: 'Remove',
      },
    },
    connectedAccountPage: {
      title: 'Connect an account',
      formHint: 'Providers you can connect',
      socialButtonsBlockButton: 'Connect {{provider}}',
      removeResource: {
        title: 'Remove this connected account?',
        messageLine1: 'You will no longer be able to sign in with {{identifier}}.',
      },
    },
  },
  reverification: {
    password: {
      title: 'Confirm it is you',
      subtitle: 'Type your password to continue with this change.',
      actionLink: 'Get a code by email instead',
    },
    emailCode: {
      title: 'Confirm it is you',
      subtitle: 'Type the code we sent to your primary email address.',
      formTitle: 'Verification code',
      actionLink: 'Use your password instead',
    },
  },
  unstable__errors: {
    external_account_exists: 'This provider account is already connected.',
    reverification_cancelled: 'Nothing was changed: the check that it is you was cancelled.',
  },
} satisfies LocalizationTree;
