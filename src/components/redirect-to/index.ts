/**
 * Defines the redirect-to control elements (classes in ../control/redirect-to.ts). Their own module so the
 * script-tag loader can fetch them when a page uses one (src/loader/elements.ts) instead of carrying them; the
 * `latch/control` module imports it, so they stay defined with the other control elements there.
 */
import { defineElement } from '../base/define.js';
import {
  LatchRedirectToCreateOrganization,
  LatchRedirectToOrganizationProfile,
  LatchRedirectToSignIn,
  LatchRedirectToSignUp,
  LatchRedirectToUserProfile,
} from '../control/redirect-to.js';

defineElement('latch-redirect-to-sign-in', LatchRedirectToSignIn);
defineElement('latch-redirect-to-sign-up', LatchRedirectToSignUp);
defineElement('latch-redirect-to-user-profile', LatchRedirectToUserProfile);
defineElement('latch-redirect-to-organization-profile', LatchRedirectToOrganizationProfile);
defineElement('latch-redirect-to-create-organization', LatchRedirectToCreateOrganization);
