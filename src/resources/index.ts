/** Headless resources with Clerk's public names, usable for custom flows. */

// Registers the account resources at once (src/api/account-kit.ts): this build carries them anyway.
import './account.js';

export type { AuthorizationMembership, CheckAuthorizationParams, Has } from './authorization.js';
export { checkAuthorization, hasFor } from './authorization.js';
export { Client } from './client.js';
export { EmailAddress, PhoneNumber } from './email-address.js';
export type { AttributeName, AttributeSettings, DisplayConfig, PasswordSettings } from './environment.js';
export { Environment } from './environment.js';
export { ExternalAccount } from './external-account.js';
export type { AuthenticateWithRedirectParams } from './external-redirect.js';
export type { ResourceHost } from './host.js';
export { runFapi } from './host.js';
export type {
  GetMembershipsParams,
  OrganizationMembershipView,
  OrganizationView,
  PaginatedResources,
} from './organization.js';
export { Organization, OrganizationMembership } from './organization.js';
export type {
  GetDomainsParams,
  GetStatusPageParams,
  OrganizationDomain,
  OrganizationMembershipRequest,
} from './organization-domain.js';
export type { OrganizationSuggestion, UserOrganizationInvitation } from './organization-suggestion.js';
export { Passkey } from './passkey.js';
export type { GetTokenOptions, PublicUserData, SessionStatus } from './session.js';
export { Session } from './session.js';
export type { SessionWithActivities } from './session-with-activities.js';
export type {
  AuthenticateWithPasskeyParams,
  EmailLinkFlow,
  SignInFactor,
  SignInStatus,
  SignInUserData,
  StartEmailLinkFlowParams,
} from './sign-in.js';
export { SignIn } from './sign-in.js';
export type {
  SignUpEmailLinkFlow,
  SignUpStatus,
  SignUpVerifications,
  StartSignUpEmailLinkFlowParams,
} from './sign-up.js';
export { SignUp } from './sign-up.js';
export type { JwtClaims, TokenCacheKey } from './token-cache.js';
export { decodeJwtClaims, jwtExpiresAt, TOKEN_REFRESH_LEAD_MS, TokenCache } from './token-cache.js';
export { User } from './user.js';
export type { Verification, VerificationError, VerificationStatus } from './verification.js';
export type { View } from './view.js';
export { toView } from './view.js';
export { Waitlist } from './waitlist.js';
export type { WebAuthnBrowser } from './webauthn.js';
export {
  browserSupportsPasskeyAutofill,
  browserSupportsPasskeys,
  cancelPasskeyCeremony,
  setWebAuthnLoader,
} from './webauthn.js';
