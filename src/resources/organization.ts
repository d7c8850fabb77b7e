import type { OrganizationMembershipsParams, UpdateOrganizationParams } from '../api/fapi.js';
import type {
  OrganizationJSON,
  OrganizationMembershipJSON,
  OrganizationMembershipPageJSON,
} from '../api/schemas/index.js';
import type { ResourceHost } from './host.js';
import { type Assert, defineLazyMethods, type SameNames, type Words } from './lazy-methods.js';
import type {
  GetDomainsParams,
  GetStatusPageParams,
  OrganizationDomain,
  OrganizationMembershipRequest,
} from './organization-domain.js';
import type { GetInvitationsParams, OrganizationInvitation, RoleView } from './organization-invitation.js';
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

/** Clerk's `Organization` methods. Their code is in ./organization-methods.ts, loaded on the first call. */
export interface OrganizationMethods {
  /** Renames it or changes its slug (needs `org:sys_profile:manage`). */
  update(params: UpdateOrganizationParams): Promise<Organization>;
  /** Deletes it for every member (needs `org:sys_profile:delete` and the instance's admin delete). */
  destroy(): Promise<void>;
  /** One page of its members (needs `org:sys_memberships:read`). */
  getMemberships(params?: GetMembershipsParams): Promise<PaginatedResources<OrganizationMembership>>;
  /** Changes a member's role (needs `org:sys_memberships:manage`; the last admin cannot lose it). */
  updateMember(params: { userId: string; role: string }): Promise<OrganizationMembership>;
  /** Removes a member (needs `org:sys_memberships:manage`). */
  removeMember(userId: string): Promise<OrganizationMembership>;
  /** One page of its domains (needs `org:sys_domains:read`). */
  getDomains(params?: GetDomainsParams): Promise<PaginatedResources<OrganizationDomain>>;
  /** Adds an unverified domain in `manual_invitation` mode (needs `org:sys_domains:manage`). */
  createDomain(name: string): Promise<OrganizationDomain>;
  /** One page of requests to join (needs `org:sys_memberships:manage`). */
  getMembershipRequests(params?: GetStatusPageParams): Promise<PaginatedResources<OrganizationMembershipRequest>>;
  /** Invites one address with a role (needs `org:sys_memberships:manage`); the invitee is mailed a link. */
  inviteMember(params: { emailAddress: string; role: string }): Promise<OrganizationInvitation>;
  /** Invites several addresses with one role, all or none. */
  inviteMembers(params: { emailAddresses: string[]; role: string }): Promise<OrganizationInvitation[]>;
  /** One page of its invitations, optionally only those with a status (needs `org:sys_memberships:manage`). */
  getInvitations(params?: GetInvitationsParams): Promise<PaginatedResources<OrganizationInvitation>>;
  /** The roles a member may be given. */
  getRoles(): Promise<PaginatedResources<RoleView>>;
  /** Uploads a logo, or removes it with `file: null` (needs `org:sys_profile:manage`). */
  setLogo(params: { file: Blob | null }): Promise<Organization>;
}

/** OrganizationMethods by name: all the loader carries of them. */
const ORGANIZATION_METHODS =
  'update destroy getMemberships updateMember removeMember getDomains createDomain getMembershipRequests inviteMember inviteMembers getInvitations getRoles setLogo';
export type CheckedOrganizationMethods = Assert<
  SameNames<Words<typeof ORGANIZATION_METHODS>, keyof OrganizationMethods>
>;

export interface Organization extends OrganizationView, OrganizationMethods {}

/**
 * Clerk's `Organization`: the active one is `latch.organization`. Its methods call the organization endpoints
 * with the signed-in user's rights: the server refuses what the user's role does not allow (`not_allowed_access`).
 */
export class Organization {
  readonly #host: ResourceHost;

  static {
    defineLazyMethods(
      Organization.prototype,
      ORGANIZATION_METHODS,
      () => import('./organization-methods.js').then((module) => module.organizationMethods as never),
      (org) => org.#host,
    );
  }

  constructor(host: ResourceHost, view: OrganizationView) {
    this.#host = host;
    assignView(this, view);
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
