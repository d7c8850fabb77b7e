/**
 * The signed-in user's side of enrollment: Clerk's `OrganizationSuggestion` and `UserOrganizationInvitation`,
 * and `user.getOrganizationSuggestions` / `getOrganizationInvitations`, imported on first use.
 */
import type {
  OrganizationSuggestionJSON,
  UserOrganizationInvitationJSON,
} from '../api/schemas/organization-enrollment.js';
import { type ResourceHost, runFapi } from './host.js';
import type { PaginatedResources } from './organization.js';
import { type GetStatusPageParams, pageWith, toStatusPage } from './organization-domain.js';
import { assignView, toView, type View } from './view.js';

export interface OrganizationSuggestion extends View<OrganizationSuggestionJSON> {}

/** An organization suggested because a verified domain matches the user's email; accepting asks to join. */
export class OrganizationSuggestion {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: OrganizationSuggestionJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Sends a membership request; the status becomes `accepted` (the organization's admins decide). */
  async accept(): Promise<OrganizationSuggestion> {
    const json = await runFapi(this.#host, (api) => api.acceptOrganizationSuggestion(this.id));
    return new OrganizationSuggestion(this.#host, json);
  }
}

export interface UserOrganizationInvitation extends View<UserOrganizationInvitationJSON> {}

/** An invitation to one of the user's email addresses; accepting joins the organization with its role. */
export class UserOrganizationInvitation {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: UserOrganizationInvitationJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  async accept(): Promise<UserOrganizationInvitation> {
    const json = await runFapi(this.#host, (api) => api.acceptUserOrganizationInvitation(this.id));
    return new UserOrganizationInvitation(this.#host, json);
  }
}

export async function getOrganizationSuggestions(
  host: ResourceHost,
  params?: GetStatusPageParams,
): Promise<PaginatedResources<OrganizationSuggestion>> {
  const page = await runFapi(host, (api) => api.getUserOrganizationSuggestions(toStatusPage(params)));
  return pageWith(page, (json) => new OrganizationSuggestion(host, json));
}

export async function getOrganizationInvitations(
  host: ResourceHost,
  params?: GetStatusPageParams,
): Promise<PaginatedResources<UserOrganizationInvitation>> {
  const page = await runFapi(host, (api) => api.getUserOrganizationInvitations(toStatusPage(params)));
  return pageWith(page, (json) => new UserOrganizationInvitation(host, json));
}
