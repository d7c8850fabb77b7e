import type { OrganizationJSON, OrganizationMembershipJSON } from '../api/schemas/index.js';
import type { View } from './view.js';

/** An organization as the user's memberships carry it (camelCase fields, `Date` timestamps). */
export type OrganizationView = View<OrganizationJSON>;

/** One of `user.organizationMemberships`: role, permissions and the organization. */
export type OrganizationMembershipView = View<OrganizationMembershipJSON>;
