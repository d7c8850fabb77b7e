import type { LocalizationTree } from './types.js';

/**
 * English strings of `<latch-sign-in>`'s second-factor step (two-step verification). Registered as defaults by
 * that step's lazily loaded module, so a page showing the start step does not download them.
 */
export const enUSSignInSecondFactor = {
  signIn: {
    alternativeMethods: {
      blockButton__totp: 'Use your authenticator app',
      blockButton__phoneCode: 'Text a code to {{identifier}}',
      blockButton__backupCode: 'Use a backup code',
    },
    totpMfa: {
      title: 'One more step',
      subtitle: 'Open your authenticator app and type the 6-digit code it shows for {{applicationName}}',
      formTitle: 'Code from your app',
    },
    phoneCodeMfa: {
      title: 'Check your messages',
      subtitle: 'We texted a code to your phone to make sure it is you',
      formTitle: 'Code',
      resendButton: 'No text yet? Send another',
    },
    backupCodeMfa: {
      title: 'Use a backup code',
      subtitle: 'Type one of the backup codes you kept when you turned on two-step verification',
    },
  },
  formFieldLabel__backupCode: 'Backup code',
} satisfies LocalizationTree;
