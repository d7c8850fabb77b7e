/**
 * The FrontendApi methods whose HTTP requests `HttpFrontendApi` loads on first use, by module. Their names are
 * all the script-tag loader carries of them: the adapter defines each method from its name (see the end of
 * ./http-api.ts), and the paths and schemas arrive with the module's chunk.
 */
import type { Words } from './transport.js';

/**
 * ./account-requests.ts: the user's account, session reverification, the waitlist.
 * ---- s8-profile ----: `updatePhoneNumber` (two-step verification by SMS) is the last name.
 */
export const ACCOUNT_METHODS =
  'getMe updateMe deleteMe setProfileImage deleteProfileImage createEmailAddress prepareEmailAddressVerification attemptEmailAddressVerification deleteEmailAddress createPhoneNumber preparePhoneNumberVerification attemptPhoneNumberVerification deletePhoneNumber createPasskey attemptPasskeyVerification updatePasskey deletePasskey changePassword createTotp verifyTotp deleteTotp createBackupCodes getActiveSessions revokeSession createExternalAccount deleteExternalAccount startSessionVerification prepareSessionVerificationFirstFactor attemptSessionVerificationFirstFactor prepareSessionVerificationSecondFactor attemptSessionVerificationSecondFactor joinWaitlist updatePhoneNumber';

/** ./organization-requests.ts: organizations, their members, invitations, domains, requests and suggestions. */
export const ORGANIZATION_METHODS =
  'getUserOrganizationMemberships createOrganization updateOrganization deleteOrganization leaveOrganization getOrganizationMemberships updateOrganizationMembership removeOrganizationMember getOrganizationInvitations createOrganizationInvitations revokeOrganizationInvitation setOrganizationLogo deleteOrganizationLogo getOrganizationRoles getOrganizationDomains createOrganizationDomain deleteOrganizationDomain updateOrganizationDomainEnrollmentMode prepareOrganizationDomainAffiliationVerification attemptOrganizationDomainAffiliationVerification getOrganizationMembershipRequests acceptOrganizationMembershipRequest rejectOrganizationMembershipRequest getUserOrganizationSuggestions acceptOrganizationSuggestion getUserOrganizationInvitations acceptUserOrganizationInvitation';

export type AccountMethod = Words<typeof ACCOUNT_METHODS>;
export type OrganizationMethod = Words<typeof ORGANIZATION_METHODS>;
