/**
 * The HTTP requests of the verified-domain, membership-request, suggestion and user-invitation endpoints, with
 * their response envelopes. `HttpFrontendApi` imports this module on the first such call and sends what it
 * builds, so neither the paths nor the schemas ride in the script-tag loader.
 */
import type * as z from 'zod/mini';
import type {
  CreateOrganizationDomainParams,
  FapiResult,
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
import { envelopeOf, type RequestSpec, segment } from './http-api.js';

/** `HttpFrontendApi`'s envelope parser, handed in by the adapter. */
export type SendEnvelope = <T extends z.ZodMiniType<{ response: unknown }>>(
  spec: RequestSpec,
  schema: T,
  what: string,
) => Promise<FapiResult<z.output<T>['response']>>;

const domainEnvelope = envelopeOf(organizationDomainSchema);
const requestEnvelope = envelopeOf(organizationMembershipRequestSchema);
const domainPath = (organizationId: string, domainId: string, action = '') =>
  `/organizations/${segment(organizationId)}/domains/${segment(domainId)}${action}`;
const requestPath = (organizationId: string, requestId: string, decision: string) =>
  `/organizations/${segment(organizationId)}/membership_requests/${segment(requestId)}/${decision}`;

export const enrollmentRequests = {
  getOrganizationDomains(send: SendEnvelope, organizationId: string, params: OrganizationDomainsParams = {}) {
    const { enrollmentMode, ...page } = params;
    const spec: RequestSpec = {
      method: 'GET',
      path: `/organizations/${segment(organizationId)}/domains`,
      query: { ...page, enrollment_mode: enrollmentMode },
    };
    return send(spec, envelopeOf(organizationDomainPageSchema), 'organization domains');
  },

  createOrganizationDomain(send: SendEnvelope, organizationId: string, params: CreateOrganizationDomainParams) {
    const path = `/organizations/${segment(organizationId)}/domains`;
    return send({ method: 'POST', path, body: { ...params } }, domainEnvelope, 'organization domain');
  },

  deleteOrganizationDomain(send: SendEnvelope, organizationId: string, domainId: string) {
    const spec: RequestSpec = { method: 'DELETE', path: domainPath(organizationId, domainId) };
    return send(spec, envelopeOf(deletedObjectSchema), 'deleted domain');
  },

  updateOrganizationDomainEnrollmentMode(
    send: SendEnvelope,
    organizationId: string,
    domainId: string,
    params: UpdateEnrollmentModeParams,
  ) {
    const path = domainPath(organizationId, domainId, '/update_enrollment_mode');
    return send({ method: 'POST', path, body: { ...params } }, domainEnvelope, 'organization domain');
  },

  prepareOrganizationDomainAffiliationVerification(
    send: SendEnvelope,
    organizationId: string,
    domainId: string,
    params: { affiliationEmailAddress: string },
  ) {
    const path = domainPath(organizationId, domainId, '/prepare_affiliation_verification');
    return send({ method: 'POST', path, body: { ...params } }, domainEnvelope, 'organization domain');
  },

  attemptOrganizationDomainAffiliationVerification(
    send: SendEnvelope,
    organizationId: string,
    domainId: string,
    params: { code: string },
  ) {
    const path = domainPath(organizationId, domainId, '/attempt_affiliation_verification');
    return send({ method: 'POST', path, body: { ...params } }, domainEnvelope, 'organization domain');
  },

  getOrganizationMembershipRequests(send: SendEnvelope, organizationId: string, params: StatusPageParams = {}) {
    const path = `/organizations/${segment(organizationId)}/membership_requests`;
    const schema = envelopeOf(organizationMembershipRequestPageSchema);
    return send({ method: 'GET', path, query: { ...params } }, schema, 'membership requests');
  },

  acceptOrganizationMembershipRequest(send: SendEnvelope, organizationId: string, requestId: string) {
    const path = requestPath(organizationId, requestId, 'accept');
    return send({ method: 'POST', path }, requestEnvelope, 'membership request');
  },

  rejectOrganizationMembershipRequest(send: SendEnvelope, organizationId: string, requestId: string) {
    const path = requestPath(organizationId, requestId, 'reject');
    return send({ method: 'POST', path }, requestEnvelope, 'membership request');
  },

  getUserOrganizationSuggestions(send: SendEnvelope, params: StatusPageParams = {}) {
    const spec: RequestSpec = { method: 'GET', path: '/me/organization_suggestions', query: { ...params } };
    return send(spec, envelopeOf(organizationSuggestionPageSchema), 'organization suggestions');
  },

  acceptOrganizationSuggestion(send: SendEnvelope, suggestionId: string) {
    const path = `/me/organization_suggestions/${segment(suggestionId)}/accept`;
    return send({ method: 'POST', path }, envelopeOf(organizationSuggestionSchema), 'organization suggestion');
  },

  getUserOrganizationInvitations(send: SendEnvelope, params: StatusPageParams = {}) {
    const spec: RequestSpec = { method: 'GET', path: '/me/organization_invitations', query: { ...params } };
    return send(spec, envelopeOf(userOrganizationInvitationPageSchema), 'organization invitations');
  },

  acceptUserOrganizationInvitation(send: SendEnvelope, invitationId: string) {
    const path = `/me/organization_invitations/${segment(invitationId)}/accept`;
    return send({ method: 'POST', path }, envelopeOf(userOrganizationInvitationSchema), 'organization invitation');
  },
};

export type EnrollmentMethod = keyof typeof enrollmentRequests;
