import type { LocalizationTree } from './types.js';

/**
 * English strings of the sign-up card's legal consent checkbox: registered by its lazy chunk
 * (src/components/sign-up/start-extras.ts), which only instances with legal consent on fetch.
 */
export const enUSSignUpConsent = {
  legalConsent: {
    checkbox: {
      label__termsOfServiceAndPrivacyPolicy: 'I accept the {{termsOfServiceLink}} and the {{privacyPolicyLink}}',
    },
    link__termsOfService: 'Terms of Service',
    link__privacyPolicy: 'Privacy Policy',
  },
  unstable__errors: {
    form_param_missing__legal_accepted: 'Accept the terms to create your account.',
  },
} satisfies LocalizationTree;
