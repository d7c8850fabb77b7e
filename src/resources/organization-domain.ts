/**
 * Clerk's `OrganizationDomain` and `OrganizationMembershipRequest`, and the organization's list calls that
 * return them. `Organization.getDomains`, `createDomain` and `getMembershipRequests` import this module on
 * first use, so their schemas stay out of the core bundle.
 */
import type { StatusPageParams } from '../api/fapi.js';
import type {
  OrganizationDomainJSON,
  OrganizationMembershipRequestJSON,
  PageJSON,
} from '../api/schemas/organization-enrollment.js';
import { type ResourceHost, runFapi } from './host.js';
import type { PaginatedResources } from './organization.js';
import { assignView, toView, type View } from './view.js';

/** Clerk's page parameters plus a status filter (`pending`, `accepted`, `rejected`, …). */
export interface GetStatusPageParams {
  initialPage?: number;
  pageSize?: number;
  status?: string;
}

export interface GetDomainsParams {
  initialPage?: number;
  pageSize?: number;
  enrollmentMode?: string;
}

/** `initialPage` (from 1) and `pageSize` (default 10) → offset and limit. */
export function toStatusPage(params: GetStatusPageParams = {}): StatusPageParams {
  const pageSize = params.pageSize ?? 10;
  const offset = (Math.max(1, params.initialPage ?? 1) - 1) * pageSize;
  return params.status ? { limit: pageSize, offset, status: params.status } : { limit: pageSize, offset };
}

export function pageWith<J, R>(page: PageJSON<J>, make: (json: J) => R): PaginatedResources<R> {
  return { data: page.data.map(make), total_count: page.total_count };
}

export interface OrganizationDomain extends View<OrganizationDomainJSON> {}

/** A domain of an organization; verified by a code mailed to an address there, it enrolls users by its mode. */
export class OrganizationDomain {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: OrganizationDomainJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Mails a one-time code to `affiliationEmailAddress`, which must be at this domain. */
  async prepareAffiliationVerification(params: { affiliationEmailAddress: string }): Promise<OrganizationDomain> {
    return this.#domain((api) =>
      api.prepareOrganizationDomainAffiliationVerification(this.organizationId, this.id, params),
    );
  }

  /** The mailed code verifies the domain. */
  async attemptAffiliationVerification(params: { code: string }): Promise<OrganizationDomain> {
    return this.#domain((api) =>
      api.attemptOrganizationDomainAffiliationVerification(this.organizationId, this.id, params),
    );
  }

  /** `manual_invitation`, `automatic_invitation` or `automatic_suggestion`. */
  async updateEnrollmentMode(params: { enrollmentMode: string; deletePending?: boolean }): Promise<OrganizationDomain> {
    return this.#domain((api) => api.updateOrganizationDomainEnrollmentMode(this.organizationId, this.id, params));
  }

  async delete(): Promise<void> {
    await runFapi(this.#host, (api) => api.deleteOrganizationDomain(this.organizationId, this.id));
  }

  async #domain(call: Parameters<typeof runFapi<OrganizationDomainJSON>>[1]): Promise<OrganizationDomain> {
    return new OrganizationDomain(this.#host, await runFapi(this.#host, call));
  }
}

export interface OrganizationMembershipRequest extends View<OrganizationMembershipRequestJSON> {}

/** A user's request to join (sent by accepting a suggestion); members who manage members accept or reject it. */
export class OrganizationMembershipRequest {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: OrganizationMembershipRequestJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  async accept(): Promise<OrganizationMembershipRequest> {
    const json = await runFapi(this.#host, (api) =>
      api.acceptOrganizationMembershipRequest(this.organizationId, this.id),
    );
    return new OrganizationMembershipRequest(this.#host, json);
  }

  async reject(): Promise<OrganizationMembershipRequest> {
    const json = await runFapi(this.#host, (api) =>
      api.rejectOrganizationMembershipRequest(this.organizationId, this.id),
    );
    return new OrganizationMembershipRequest(this.#host, json);
  }
}

export async function getDomains(
  host: ResourceHost,
  organizationId: string,
  params: GetDomainsParams = {},
): Promise<PaginatedResources<OrganizationDomain>> {
  const { limit, offset } = toStatusPage(params);
  const page = await runFapi(host, (api) =>
    api.getOrganizationDomains(organizationId, { limit, offset, enrollmentMode: params.enrollmentMode }),
  );
  return pageWith(page, (json) => new OrganizationDomain(host, json));
}

export async function createDomain(host: ResourceHost, organizationId: string, name: string) {
  return new OrganizationDomain(
    host,
    await runFapi(host, (api) => api.createOrganizationDomain(organizationId, { name })),
  );
}

export async function getMembershipRequests(
  host: ResourceHost,
  organizationId: string,
  params?: GetStatusPageParams,
): Promise<PaginatedResources<OrganizationMembershipRequest>> {
  const page = await runFapi(host, (api) =>
    api.getOrganizationMembershipRequests(organizationId, toStatusPage(params)),
  );
  return pageWith(page, (json) => new OrganizationMembershipRequest(host, json));
}
