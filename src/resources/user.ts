import type { UserJSON } from '../api/schemas/index.js';
import type { EmailAddress, PhoneNumber } from './email-address.js';
import { type ResourceHost, runFapi } from './host.js';
import {
  type GetMembershipsParams,
  membershipPage,
  type OrganizationMembership,
  type PaginatedResources,
  toPageParams,
} from './organization.js';
import { assignView, toView, type View } from './view.js';

export interface User extends View<UserJSON> {}

/** The signed-in user (Clerk's `User`): the fields of `GET /v1/me`, camelCased, and a few derived ones. */
export class User {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: UserJSON) {
    this.#host = host;
    this.fromJSON(json);
  }

  /** "First Last", or null when the user has neither. */
  get fullName(): string | null {
    const name = [this.firstName, this.lastName].filter(Boolean).join(' ').trim();
    return name || null;
  }

  get primaryEmailAddress(): EmailAddress | null {
    return this.emailAddresses.find((email) => email.id === this.primaryEmailAddressId) ?? null;
  }

  get primaryPhoneNumber(): PhoneNumber | null {
    return this.phoneNumbers.find((phone) => phone.id === this.primaryPhoneNumberId) ?? null;
  }

  /** Re-reads the user from `GET /v1/me`. */
  async reload(): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.getMe()));
  }

  /** One page of the user's organization memberships (`GET /v1/me/organization_memberships`). */
  async getOrganizationMemberships(params?: GetMembershipsParams): Promise<PaginatedResources<OrganizationMembership>> {
    const page = await runFapi(this.#host, (api) => api.getUserOrganizationMemberships(toPageParams(params)));
    return membershipPage(this.#host, page);
  }

  /** @internal Takes a fresh snapshot's fields. */
  fromJSON(json: UserJSON): this {
    return assignView(this, toView(json));
  }
}
