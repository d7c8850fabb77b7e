import type { OrganizationInvitationsParams } from '../api/fapi.js';
import type { OrganizationInvitationJSON, OrganizationRoleJSON } from '../api/schemas/organization-invitation.js';
import { type ResourceHost, runFapi } from './host.js';
import { Organization, type OrganizationView, type PaginatedResources } from './organization.js';
import { assignView, toView, type View } from './view.js';

export type OrganizationInvitationView = View<OrganizationInvitationJSON>;

/** One of the instance's roles (`organization.getRoles()`): key, display name, permission keys. */
export type RoleView = View<OrganizationRoleJSON>;

/** Clerk's page parameters for `organization.getInvitations`. */
export interface GetInvitationsParams {
  initialPage?: number;
  pageSize?: number;
  /** Only invitations in one of these states (`pending`, `accepted`, `revoked`). */
  status?: string[];
}

/** Clerk's page parameters → the port's offset and limit. */
export function toInvitationPageParams(params: GetInvitationsParams = {}): OrganizationInvitationsParams {
  const pageSize = params.pageSize ?? 10;
  return { limit: pageSize, offset: (Math.max(1, params.initialPage ?? 1) - 1) * pageSize, status: params.status };
}

export interface OrganizationInvitation extends OrganizationInvitationView {}

/**
 * Clerk's `OrganizationInvitation`: an address invited into an organization with a role. The invitee gets an
 * email with a link; `revoke()` makes that link stop working.
 */
export class OrganizationInvitation {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: OrganizationInvitationJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Revokes the invitation while it is pending (needs `org:sys_memberships:manage`). */
  async revoke(): Promise<OrganizationInvitation> {
    const json = await runFapi(this.#host, (api) => api.revokeOrganizationInvitation(this.organizationId, this.id));
    return new OrganizationInvitation(this.#host, json);
  }
}

// The calls behind `Organization`'s invitation, role and logo methods (loaded with this module on first use).

export async function inviteMembers(
  host: ResourceHost,
  org: Organization,
  params: { emailAddresses: string[]; role: string },
): Promise<OrganizationInvitation[]> {
  const list = await runFapi(host, (api) => api.createOrganizationInvitations(org.id, params));
  return list.map((json) => new OrganizationInvitation(host, json));
}

export async function inviteMember(
  host: ResourceHost,
  org: Organization,
  params: { emailAddress: string; role: string },
): Promise<OrganizationInvitation> {
  const [invitation] = await inviteMembers(host, org, { emailAddresses: [params.emailAddress], role: params.role });
  return invitation as OrganizationInvitation;
}

export async function getInvitations(
  host: ResourceHost,
  org: Organization,
  params?: GetInvitationsParams,
): Promise<PaginatedResources<OrganizationInvitation>> {
  const page = await runFapi(host, (api) => api.getOrganizationInvitations(org.id, toInvitationPageParams(params)));
  return { data: page.data.map((json) => new OrganizationInvitation(host, json)), total_count: page.total_count };
}

export async function getRoles(host: ResourceHost, org: Organization): Promise<PaginatedResources<RoleView>> {
  const page = await runFapi(host, (api) => api.getOrganizationRoles(org.id));
  return { data: page.data.map((role) => toView(role)), total_count: page.total_count };
}

export async function setLogo(host: ResourceHost, org: Organization, file: Blob | null): Promise<Organization> {
  if (file) return new Organization(host, toView(await runFapi(host, (api) => api.setOrganizationLogo(org.id, file))));
  await runFapi(host, (api) => api.deleteOrganizationLogo(org.id));
  // The piggybacked client carries the organization as it is now; this copy only drops the logo.
  return new Organization(host, { ...(org as OrganizationView), hasImage: false, imageUrl: '' });
}
