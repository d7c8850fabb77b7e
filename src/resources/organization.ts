import type { OrganizationMembershipsParams, UpdateOrganizationParams } from '../api/fapi.js';
import type {
  OrganizationJSON,
  OrganizationMembershipJSON,
  OrganizationMembershipPageJSON,
} from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import type {
  GetDomainsParams,
  GetStatusPageParams,
  OrganizationDomain,
  OrganizationMembershipRequest,
} from './organization-domain.js';
import type { GetInvitationsParams, OrganizationInvitation, RoleView } from './organization-invitation.js';
import { organizationInvitationCalls } from './organization-invitation-lazy.js';
import { assignView, toView, type View } from './view.js';

/** An organization as the user's memberships carry it (camelCase fields, `Date` timestamps). */
export type OrganizationView = View<OrganizationJSON>;

/** One of `user.organizationMemberships`: role, permissions and the organization. */
export type OrganizationMembershipView = View<OrganizationMembershipJSON>;

/** Clerk's paginated list: one page of `data`, and how many there are in all. */
export interface PaginatedResources<T> {
  data: T[];
  total_count: number;
}

/** Clerk's page parameters: `initialPage` counts from 1; `pageSize` defaults to 10. */
export interface GetMembershipsParams {
  initialPage?: number;
  pageSize?: number;
  /** Matches names, email addresses and user ids. */
  query?: string;
  /** Only members with one of these roles. */
  role?: string[];
}

/** Clerk's page parameters → the port's offset and limit. */
export function toPageParams(params: GetMembershipsParams = {}): OrganizationMembershipsParams {
  const pageSize = params.pageSize ?? 10;
  return {
    limit: pageSize,
    offset: (Math.max(1, params.initialPage ?? 1) - 1) * pageSize,
    query: params.query,
    role: params.role,
  };
}

export function membershipPage(host: ResourceHost, page: OrganizationMembershipPageJSON) {
  return { data: page.data.map((m) => new OrganizationMembership(host, m)), total_count: page.total_count };
}

export interface Organization extends OrganizationView {}

/**
 * Clerk's `Organization`: the active one is `latch.organization`. Its methods call the organization endpoints
 * with the signed-in user's rights: the server refuses what the user's role does not allow (`not_allowed_access`).
 */
export class Organization {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, view: OrganizationView) {
    this.#host = host;
    assignView(this, view);
  }

  /** Renames it or changes its slug (needs `org:sys_profile:manage`). */
  async update(params: UpdateOrganizationParams): Promise<Organization> {
    const json = await runFapi(this.#host, (api) => api.updateOrganization(this.id, params));
    return new Organization(this.#host, toView(json));
  }

  /** Deletes it for every member (needs `org:sys_profile:delete` and the instance's admin delete). */
  async destroy(): Promise<void> {
    await runFapi(this.#host, (api) => api.deleteOrganization(this.id));
  }

  /** One page of its members (needs `org:sys_memberships:read`). */
  async getMemberships(params?: GetMembershipsParams): Promise<PaginatedResources<OrganizationMembership>> {
    const page = await runFapi(this.#host, (api) => api.getOrganizationMemberships(this.id, toPageParams(params)));
    return membershipPage(this.#host, page);
  }

  /** Changes a member's role (needs `org:sys_memberships:manage`; the last admin cannot lose it). */
  async updateMember(params: { userId: string; role: string }): Promise<OrganizationMembership> {
    const json = await runFapi(this.#host, (api) =>
      api.updateOrganizationMembership(this.id, params.userId, { role: params.role }),
    );
    return new OrganizationMembership(this.#host, json);
  }

  /** Removes a member (needs `org:sys_memberships:manage`). */
  async removeMember(userId: string): Promise<OrganizationMembership> {
    const json = await runFapi(this.#host, (api) => api.removeOrganizationMember(this.id, userId));
    return new OrganizationMembership(this.#host, json);
  }

  // ---- verified domains and membership requests (src/core/organization-enrollment.ts, loaded on first use) ----

  /** One page of its domains (needs `org:sys_domains:read`). */
  async getDomains(params?: GetDomainsParams): Promise<PaginatedResources<OrganizationDomain>> {
    return (await import('../core/organization-enrollment.js')).getDomains(this.#host, this.id, params);
  }

  /** Adds an unverified domain in `manual_invitation` mode (needs `org:sys_domains:manage`). */
  async createDomain(name: string): Promise<OrganizationDomain> {
    return (await import('../core/organization-enrollment.js')).createDomain(this.#host, this.id, name);
  }

  /** One page of requests to join (needs `org:sys_memberships:manage`). */
  async getMembershipRequests(
    params?: GetStatusPageParams,
  ): Promise<PaginatedResources<OrganizationMembershipRequest>> {
    return (await import('../core/organization-enrollment.js')).getMembershipRequests(this.#host, this.id, params);
  }

  // ---- organization profile ----
  // The calls live in ./organization-invitation.ts, loaded on first use: pages that never invite do not load it.

  /** Invites one address with a role (needs `org:sys_memberships:manage`); the invitee is mailed a link. */
  async inviteMember(params: { emailAddress: string; role: string }): Promise<OrganizationInvitation> {
    return (await this.#profile()).inviteMember(this.#host, this, params);
  }

  /** Invites several addresses with one role, all or none. */
  async inviteMembers(params: { emailAddresses: string[]; role: string }): Promise<OrganizationInvitation[]> {
    return (await this.#profile()).inviteMembers(this.#host, this, params);
  }

  /** One page of its invitations, optionally only those with a status (needs `org:sys_memberships:manage`). */
  async getInvitations(params?: GetInvitationsParams): Promise<PaginatedResources<OrganizationInvitation>> {
    return (await this.#profile()).getInvitations(this.#host, this, params);
  }

  /** The roles a member may be given. */
  async getRoles(): Promise<PaginatedResources<RoleView>> {
    return (await this.#profile()).getRoles(this.#host, this);
  }

  /** Uploads a logo, or removes it with `file: null` (needs `org:sys_profile:manage`). */
  async setLogo(params: { file: Blob | null }): Promise<Organization> {
    return (await this.#profile()).setLogo(this.#host, this, params.file);
  }

  #profile() {
    return organizationInvitationCalls.load();
  }
}

export interface OrganizationMembership extends Omit<OrganizationMembershipView, 'organization'> {}

/** Clerk's `OrganizationMembership`: a user's role in one organization, with the organization itself. */
export class OrganizationMembership {
  readonly organization: Organization;

  constructor(host: ResourceHost, json: OrganizationMembershipJSON) {
    const { organization, ...rest } = toView(json);
    assignView(this, rest);
    this.organization = new Organization(host, organization);
  }

  /** The member's user id (`publicUserData.userId` on Clerk). */
  get userId(): string | undefined {
    return (this as { publicUserData?: { userId?: string } }).publicUserData?.userId;
  }

  /** Changes this member's role. */
  async update(params: { role: string }): Promise<OrganizationMembership> {
    return this.organization.updateMember({ userId: this.#requireUserId(), role: params.role });
  }

  /** Removes this member from the organization. */
  async destroy(): Promise<OrganizationMembership> {
    return this.organization.removeMember(this.#requireUserId());
  }

  #requireUserId(): string {
    const id = this.userId;
    if (!id) throw new TypeError('This membership carries no user id.');
    return id;
  }
}
