/**
 * The HTTP requests of the verified-domain, membership-request, suggestion and user-invitation endpoints, part of
 * ./organization-requests.ts (loaded by `HttpFrontendApi` on the first organization call).
 */
import type {
  CreateOrganizationDomainParams,
  OrganizationDomainsParams,
  StatusPageParams,
  UpdateEnrollmentModeParams,
} from '../fapi.js';
import {
  organizationDomainPageSchema,
  organizationDomainSchema,
  organizationMembershipRequestPageSchema,
  organizationMembershipRequestSchema,
  organizationSuggestionPageSchema,
  organizationSuggestionSchema,
  userOrganizationInvitationPageSchema,
  userOrganizationInvitationSchema,
} from '../schemas/organization-enrollment.js';
import { deletedObjectSchema } from '../schemas/user.js';
import { type RequestSpec, segment } from './http-api.js';
import type { Transport } from './transport.js';

const domainPath = (organizationId: string, domainId: string, action = '') =>
  `/organizations/${segment(organizationId)}/domains/${segment(domainId)}${action}`;
const requestPath = (organizationId: string, requestId: string, decision: string) =>
  `/organizations/${segment(organizationId)}/membership_requests/${segment(requestId)}/${decision}`;

export const enrollmentRequests = {
  getOrganizationDomains(t: Transport, organizationId: string, params: OrganizationDomainsParams = {}) {
    const { enrollmentMode, ...page } = params;
    const spec: RequestSpec = {
      method: 'GET',
      path: `/organizations/${segment(organizationId)}/domains`,
      query: { ...page, enrollment_mode: enrollmentMode },
    };
    return t.envelope(spec, organizationDomainPageSchema, 'organization domains');
  },

  createOrganizationDomain(t: Transport, organizationId: string, params: CreateOrganizationDomainParams) {
    const path = `/organizations/${segment(organizationId)}/domains`;
    return t.envelope({ method: 'POST', path, body: { ...params } }, organizationDomainSchema, 'organization domain');
  },

  deleteOrganizationDomain(t: Transport, organizationId: string, domainId: string) {
    const spec: RequestSpec = { method: 'DELETE', path: domainPath(organizationId, domainId) };
    return t.envelope(spec, deletedObjectSchema, 'deleted domain');
  },

  updateOrganizationDomainEnrollmentMode(
    t: Transport,
    organizationId: string,
    domainId: string,
    params: UpdateEnrollmentModeParams,
  ) {
    const path = domainPath(organizationId, domainId, '/update_enrollment_mode');
    return t.envelope({ method: 'POST', path, body: { ...params } }, organizationDomainSchema, 'organization domain');
  },

  prepareOrganizationDomainAffiliationVerification(
    t: Transport,
    organizationId: string,
    domainId: string,
    params: { affiliationEmailAddress: string },
  ) {
    const path = domainPath(organizationId, domainId, '/prepare_affiliation_verification');
    return t.envelope({ method: 'POST', path, body: { ...params } }, organizationDomainSchema, 'organization domain');
  },

  attemptOrganizationDomainAffiliationVerification(
    t: Transport,
    organizationId: string,
    domainId: string,
    params: { code: string },
  ) {
    const path = domainPath(organizationId, domainId, '/attempt_affiliation_verification');
    return t.envelope({ method: 'POST', path, body: { ...params } }, organizationDomainSchema, 'organization domain');
  },

  getOrganizationMembershipRequests(t: Transport, organizationId: string, params: StatusPageParams = {}) {
    const path = `/organizations/${segment(organizationId)}/membership_requests`;
    const spec: RequestSpec = { method: 'GET', path, query: { ...params } };
    return t.envelope(spec, organizationMembershipRequestPageSchema, 'membership requests');
  },

  acceptOrganizationMembershipRequest(t: Transport, organizationId: string, requestId: string) {
    const path = requestPath(organizationId, requestId, 'accept');
    return t.envelope({ method: 'POST', path }, organizationMembershipRequestSchema, 'membership request');
  },

  rejectOrganizationMembershipRequest(t: Transport, organizationId: string, requestId: string) {
    const path = requestPath(organizationId, requestId, 'reject');
    return t.envelope({ method: 'POST', path }, organizationMembershipRequestSchema, 'membership request');
  },

  getUserOrganizationSuggestions(t: Transport, params: StatusPageParams = {}) {
    const spec: RequestSpec = { method: 'GET', path: '/me/organization_suggestions', query: { ...params } };
    return t.envelope(spec, organizationSuggestionPageSchema, 'organization suggestions');
  },

  acceptOrganizationSuggestion(t: Transport, suggestionId: string) {
    const path = `/me/organization_suggestions/${segment(suggestionId)}/accept`;
    return t.envelope({ method: 'POST', path }, organizationSuggestionSchema, 'organization suggestion');
  },

  getUserOrganizationInvitations(t: Transport, params: StatusPageParams = {}) {
    const spec: RequestSpec = { method: 'GET', path: '/me/organization_invitations', query: { ...params } };
    return t.envelope(spec, userOrganizationInvitationPageSchema, 'organization invitations');
  },

  acceptUserOrganizationInvitation(t: Transport, invitationId: string) {
    const path = `/me/organization_invitations/${segment(invitationId)}/accept`;
    return t.envelope({ method: 'POST', path }, userOrganizationInvitationSchema, 'organization invitation');
  },
};
