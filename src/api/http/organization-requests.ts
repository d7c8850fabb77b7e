/**
 * The HTTP requests of organizations: the user's memberships, create/update/delete/leave, members, invitations,
 * logo and roles, plus verified domains, membership requests, suggestions and the user's invitations
 * (./organization-enrollment-http.ts). `HttpFrontendApi` imports this module on the first organization call (a
 * chunk of its own in the script-tag loader), so a page without organizations never loads these paths or schemas.
 */
import type { OrganizationMembershipsParams } from '../fapi.js';
import {
  organizationMembershipPageSchema,
  organizationMembershipSchema,
  organizationSchema,
} from '../schemas/organization.js';
import {
  organizationInvitationListSchema,
  organizationInvitationPageSchema,
  organizationInvitationSchema,
  organizationRolePageSchema,
} from '../schemas/organization-invitation.js';
import { deletedObjectSchema } from '../schemas/user.js';
import { type RequestSpec, segment } from './http-api.js';
import type { OrganizationMethod } from './lazy-requests.js';
import { enrollmentRequests } from './organization-enrollment-http.js';
import type { LazyRequests } from './transport.js';

const org = (organizationId: string, rest = '') => `/organizations/${segment(organizationId)}${rest}`;
const member = (organizationId: string, userId: string) => org(organizationId, `/memberships/${segment(userId)}`);

/** A membership list's query: always paginated, so the answer carries `total_count`. */
const membershipQuery = (params: OrganizationMembershipsParams = {}) => ({
  paginated: true,
  limit: params.limit,
  offset: params.offset,
  query: params.query,
  role: params.role,
});

export const organizationRequests = {
  getUserOrganizationMemberships: (t, params) =>
    t.envelope(
      { method: 'GET', path: '/me/organization_memberships', query: membershipQuery(params) },
      organizationMembershipPageSchema,
      'organization memberships',
    ),
  createOrganization: (t, params) =>
    t.envelope({ method: 'POST', path: '/organizations', body: { ...params } }, organizationSchema, 'organization'),
  updateOrganization: (t, organizationId, params) =>
    t.envelope({ method: 'PATCH', path: org(organizationId), body: { ...params } }, organizationSchema, 'organization'),
  deleteOrganization: (t, organizationId) =>
    t.envelope({ method: 'DELETE', path: org(organizationId) }, deletedObjectSchema, 'deleted organization'),
  leaveOrganization: (t, organizationId) =>
    t.envelope(
      { method: 'DELETE', path: `/me/organization_memberships/${segment(organizationId)}` },
      deletedObjectSchema,
      'deleted membership',
    ),

  getOrganizationMemberships: (t, organizationId, params) =>
    t.envelope(
      { method: 'GET', path: org(organizationId, '/memberships'), query: membershipQuery(params) },
      organizationMembershipPageSchema,
      'organization memberships',
    ),
  updateOrganizationMembership: (t, organizationId, userId, params) =>
    t.envelope(
      { method: 'PATCH', path: member(organizationId, userId), body: { ...params } },
      organizationMembershipSchema,
      'organization membership',
    ),
  removeOrganizationMember: (t, organizationId, userId) =>
    t.envelope(
      { method: 'DELETE', path: member(organizationId, userId) },
      organizationMembershipSchema,
      'organization membership',
    ),

  getOrganizationInvitations: (t, organizationId, params = {}) => {
    const query = { paginated: true, limit: params.limit, offset: params.offset, status: params.status };
    const spec: RequestSpec = { method: 'GET', path: org(organizationId, '/invitations'), query };
    return t.envelope(spec, organizationInvitationPageSchema, 'invitations');
  },
  /** POST …/invitations/bulk: `email_address` repeated, one role. */
  createOrganizationInvitations: (t, organizationId, params) => {
    const body = { emailAddress: params.emailAddresses, role: params.role };
    const spec: RequestSpec = { method: 'POST', path: org(organizationId, '/invitations/bulk'), body };
    return t.envelope(spec, organizationInvitationListSchema, 'invitations');
  },
  revokeOrganizationInvitation: (t, organizationId, invitationId) =>
    t.envelope(
      { method: 'POST', path: org(organizationId, `/invitations/${segment(invitationId)}/revoke`) },
      organizationInvitationSchema,
      'invitation',
    ),
  /** PUT …/logo, multipart with a `file` part. */
  setOrganizationLogo: (t, organizationId, file) => {
    const upload = new FormData();
    upload.append('file', file);
    return t.envelope(
      { method: 'PUT', path: org(organizationId, '/logo'), upload },
      organizationSchema,
      'organization',
    );
  },
  deleteOrganizationLogo: (t, organizationId) =>
    t.envelope({ method: 'DELETE', path: org(organizationId, '/logo') }, deletedObjectSchema, 'deleted logo'),
  /** Every role of the instance (an instance has a handful). */
  getOrganizationRoles: (t, organizationId) =>
    t.envelope(
      { method: 'GET', path: org(organizationId, '/roles'), query: { limit: 100 } },
      organizationRolePageSchema,
      'roles',
    ),

  ...enrollmentRequests,
} satisfies LazyRequests<OrganizationMethod>;
