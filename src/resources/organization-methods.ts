/**
 * Clerk's `Organization` methods (profile, members, invitations, roles, logo, verified domains, membership
 * requests), loaded on the first call: a page that never manages an organization does not carry them.
 * `Organization` defines each from its name (./organization.ts).
 */
import { type ResourceHost, runFapi } from './host.js';
import type { LazyTable } from './lazy-methods.js';
import {
  type GetMembershipsParams,
  membershipPage,
  Organization,
  OrganizationMembership,
  type OrganizationMethods,
  toPageParams,
} from './organization.js';
import {
  createDomain,
  type GetDomainsParams,
  type GetStatusPageParams,
  getDomains,
  getMembershipRequests,
} from './organization-domain.js';
import {
  type GetInvitationsParams,
  getInvitations,
  getRoles,
  inviteMember,
  inviteMembers,
  setLogo,
} from './organization-invitation.js';
import { toView } from './view.js';

type Host = ResourceHost;

export const organizationMethods = {
  update: async (org: Organization, host: Host, params) =>
    new Organization(host, toView(await runFapi(host, (api) => api.updateOrganization(org.id, params)))),
  destroy: async (org: Organization, host: Host) => {
    await runFapi(host, (api) => api.deleteOrganization(org.id));
  },
  getMemberships: async (org: Organization, host: Host, params?: GetMembershipsParams) =>
    membershipPage(host, await runFapi(host, (api) => api.getOrganizationMemberships(org.id, toPageParams(params)))),
  updateMember: async (org: Organization, host: Host, { userId, role }) =>
    new OrganizationMembership(
      host,
      await runFapi(host, (api) => api.updateOrganizationMembership(org.id, userId, { role })),
    ),
  removeMember: async (org: Organization, host: Host, userId) =>
    new OrganizationMembership(host, await runFapi(host, (api) => api.removeOrganizationMember(org.id, userId))),

  getDomains: (org: Organization, host: Host, params?: GetDomainsParams) => getDomains(host, org.id, params),
  createDomain: (org: Organization, host: Host, name) => createDomain(host, org.id, name),
  getMembershipRequests: (org: Organization, host: Host, params?: GetStatusPageParams) =>
    getMembershipRequests(host, org.id, params),

  inviteMember: (org: Organization, host: Host, params) => inviteMember(host, org, params),
  inviteMembers: (org: Organization, host: Host, params) => inviteMembers(host, org, params),
  getInvitations: (org: Organization, host: Host, params?: GetInvitationsParams) => getInvitations(host, org, params),
  getRoles: (org: Organization, host: Host) => getRoles(host, org),
  setLogo: (org: Organization, host: Host, params) => setLogo(host, org, params.file),
} satisfies LazyTable<Organization, OrganizationMethods>;
