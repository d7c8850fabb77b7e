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
    totpMfa: {
      title: 'One more step',
      subtitle: 'Type the code your authenticator app shows for this account.',
      formTitle: 'Authenticator code',
    },
    phoneCodeMfa: {
      title: 'One more step',
      subtitle: 'Type the code we just texted to your phone.',
      formTitle: 'Code from the text message',
    },
    backupCodeMfa: {
      title: 'One more step',
      subtitle: 'Type one of the backup codes you saved. Each one works only once.',
      formTitle: 'Backup code',
    },
    alternativeMethods: {
      blockButton__totp: 'Use your authenticator app instead',
      blockButton__phoneCode: 'Get a code by text message instead',
      blockButton__backupCode: 'Use a backup code instead',
    },
  },
  unstable__errors: {
    external_account_exists: 'This provider account is already connected.',
    reverification_cancelled: 'Nothing was changed: the check that it is you was cancelled.',
  },
} satisfies LocalizationTree;
