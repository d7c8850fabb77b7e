/**
 * What the organization profile reads beyond the organization itself: invitations (Clerk FAPI
 * `Client.OrganizationInvitation`) and the instance's roles. Kept out of ./index.ts so the script-tag loader does
 * not carry them: the HTTP adapter imports this module lazily, the first time an invitation or role is asked for.
 */
import type { output } from 'zod/mini';
// zod's builders come through ./helpers.js: this module is a lazy chunk, which reads them from the loader (a
// namespace import of zod here would make the loader carry all of zod).
import { count, lazySchema, list, looseObject, openEnum, string, text, timestamp } from './helpers.js';

export const organizationInvitationSchema = lazySchema(() =>
  looseObject({
    id: string(),
    email_address: string(),
    role: string(),
    role_name: text(),
    organization_id: text(),
    status: openEnum(['pending', 'accepted', 'revoked', 'expired'] as const),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

/** A page of invitations (`?paginated=true`). */
export const organizationInvitationPageSchema = lazySchema(() =>
  looseObject({
    data: list(organizationInvitationSchema),
    total_count: count(),
  }),
);

/** The answer to a bulk invitation: one invitation per address. */
export const organizationInvitationListSchema = list(organizationInvitationSchema);

/** One of the instance's roles, as `GET /v1/organizations/{id}/roles` lists them. */
export const organizationRoleSchema = lazySchema(() =>
  looseObject({
    id: string(),
    key: string(),
    name: string(),
    description: text(),
    permissions: list(looseObject({ key: string() })),
  }),
);

export const organizationRolePageSchema = lazySchema(() =>
  looseObject({
    data: list(organizationRoleSchema),
    total_count: count(),
  }),
);

export type OrganizationInvitationJSON = output<typeof organizationInvitationSchema>;
export type OrganizationInvitationPageJSON = output<typeof organizationInvitationPageSchema>;
export type OrganizationRoleJSON = output<typeof organizationRoleSchema>;
export type OrganizationRolePageJSON = output<typeof organizationRolePageSchema>;
