import { LatchAuthenticateWithRedirectCallback } from './authenticate-with-redirect-callback.js';
import { LatchProtect } from './protect.js';
// The state elements (signed in/out, loaded, …, protect) are defined in their own module, a chunk of the loader's.
import './state-elements.js';
import {
  LatchRedirectToCreateOrganization,
  LatchRedirectToOrganizationProfile,
  LatchRedirectToSignIn,
  LatchRedirectToSignUp,
  LatchRedirectToUserProfile,
} from './redirect-to.js';
// The redirect-to elements are defined in their own module (the script-tag loader fetches it on demand).
import '../redirect-to/index.js';
// So is the redirect-callback landing element.
import '../redirect-callback/index.js';
import { LatchDegraded, LatchFailed, LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut } from './signed-in.js';

export { ControlElement } from './control-element.js';
export {
  LatchAuthenticateWithRedirectCallback,
  LatchDegraded,
  LatchFailed,
  LatchLoaded,
  LatchLoading,
  LatchProtect,
  LatchRedirectToCreateOrganization,
  LatchRedirectToOrganizationProfile,
  LatchRedirectToSignIn,
  LatchRedirectToSignUp,
  LatchRedirectToUserProfile,
  LatchSignedIn,
  LatchSignedOut,
};

declare global {
  interface HTMLElementTagNameMap {
    'latch-signed-in': LatchSignedIn;
    'latch-signed-out': LatchSignedOut;
    'latch-loaded': LatchLoaded;
    'latch-loading': LatchLoading;
    'latch-failed': LatchFailed;
    'latch-degraded': LatchDegraded;
    'latch-redirect-to-sign-in': LatchRedirectToSignIn;
    'latch-redirect-to-sign-up': LatchRedirectToSignUp;
    'latch-redirect-to-user-profile': LatchRedirectToUserProfile;
    'latch-redirect-to-organization-profile': LatchRedirectToOrganizationProfile;
    'latch-redirect-to-create-organization': LatchRedirectToCreateOrganization;
    'latch-protect': LatchProtect;
    'latch-authenticate-with-redirect-callback': LatchAuthenticateWithRedirectCallback;
  }
}
