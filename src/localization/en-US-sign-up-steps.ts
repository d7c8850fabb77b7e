import type { LocalizationTree } from './types.js';

/** English strings of the sign-up steps after the form (SMS code, closed sign-ups): registered by their lazy chunk. */
export const enUSSignUpSteps = {
  signUp: {
    phoneCode: {
      title: 'Confirm your phone',
      subtitle: 'Type the code we texted you to finish joining {{applicationName}}',
      formTitle: 'Code',
      formSubtitle: 'It is in the text message we just sent you',
      resendButton: 'No text yet? Send another',
    },
    restrictedAccess: {
      title: 'Joining takes an invitation',
      subtitle: 'New accounts on {{applicationName}} are opened by invitation. If you have one, follow its link.',
      subtitleWaitlist:
        'Sign-ups to {{applicationName}} are closed for now. Leave your address and we will write when a place opens.',
      blockButton__joinWaitlist: 'Join the waitlist',
    },
  },
} satisfies LocalizationTree;
