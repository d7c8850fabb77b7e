import { enUSButtons } from './en-US-buttons.js';
import { enUSCommon } from './en-US-common.js';
import { enUSErrors } from './en-US-errors.js';
import { enUSModal } from './en-US-modal.js';
import { enUSSignIn } from './en-US-sign-in.js';
import { enUSSignInFactors } from './en-US-sign-in-factors.js';
import { enUSSignInPasskey } from './en-US-sign-in-passkey.js';
import { enUSSignInSecondFactor } from './en-US-sign-in-second-factor.js';
import { enUSSignUp } from './en-US-sign-up.js';
import { enUSSignUpConsent } from './en-US-sign-up-consent.js';
import { enUSPasswordStrength, enUSSignUpSteps } from './en-US-sign-up-steps.js';
import { enUSUserButton } from './en-US-user-button.js';
import { enUSUserButtonMenu } from './en-US-user-button-menu.js';
import { enUSUserProfile } from './en-US-user-profile.js';
import { enUSUserProfileConnected } from './en-US-user-profile-connected.js';
import { enUSWaitlist } from './en-US-waitlist.js';

/** `signIn` with the strings its lazily loaded steps register merged in (they share `alternativeMethods`). */
const signIn = {
  ...enUSSignIn.signIn,
  ...enUSSignInFactors.signIn,
  ...enUSSignInSecondFactor.signIn,
  alternativeMethods: {
    ...enUSSignInFactors.signIn.alternativeMethods,
    ...enUSSignInSecondFactor.signIn.alternativeMethods,
  },
};

/**
 * The complete built-in English resource: every key Latch renders, with Latch's own wording under Clerk's key
 * names. Exported for completeness and as the template for new locales; elements do not import it (each
 * registers its own part, see defaults.ts), so a page never downloads strings of elements it does not show.
 */
export const enUS = {
  ...enUSCommon,
  ...enUSSignIn,
  ...enUSSignInFactors,
  ...enUSSignInSecondFactor,
  ...enUSSignUp,
  ...enUSSignUpConsent,
  ...enUSUserButton,
  ...enUSUserButtonMenu,
  ...enUSUserProfile,
  ...enUSWaitlist,
  ...enUSButtons,
  ...enUSModal,
  signIn,
  signUp: { ...enUSSignUp.signUp, ...enUSSignUpSteps.signUp },
  userProfile: {
    ...enUSUserProfile.userProfile,
    ...enUSUserProfileConnected.userProfile,
    start: { ...enUSUserProfile.userProfile.start, ...enUSUserProfileConnected.userProfile.start },
  },
  reverification: enUSUserProfileConnected.reverification,
  // Several parts add to these two.
  unstable__latch: {
    ...enUSCommon.unstable__latch,
    ...enUSSignIn.unstable__latch,
    ...enUSUserButton.unstable__latch,
    ...enUSModal.unstable__latch,
    ...enUSSignUp.unstable__latch,
    ...enUSErrors.unstable__latch,
  },
  unstable__errors: {
    ...enUSCommon.unstable__errors,
    ...enUSErrors.unstable__errors,
    ...enUSSignInFactors.unstable__errors,
    ...enUSSignInPasskey.unstable__errors,
    ...enUSSignUp.unstable__errors,
    ...enUSSignUpConsent.unstable__errors,
    ...enUSSignUpSteps.unstable__errors,
    ...enUSPasswordStrength.unstable__errors,
    ...enUSUserProfileConnected.unstable__errors,
  },
};
