/**
 * What the organization profile reads beyond the organization itself: invitations (Clerk FAPI
 * `Client.OrganizationInvitation`) and the instance's roles. Kept out of ./index.ts so the script-tag loader does
 * not carry them: the HTTP adapter imports this module lazily, the first time an invitation or role is asked for.
 */
import * as z from 'zod/mini';
import { count, list, openEnum, text, timestamp } from './helpers.js';

export const organizationInvitationSchema = z.looseObject({
  id: z.string(),
  email_address: z.string(),
  role: z.string(),
  role_name: text(),
  organization_id: text(),
  status: openEnum(['pending', 'accepted', 'revoked', 'expired'] as const),
  created_at: timestamp,
  updated_at: timestamp,
});

/** A page of invitations (`?paginated=true`). */
export const organizationInvitationPageSchema = z.looseObject({
  data: list(organizationInvitationSchema),
  total_count: count(),
});

/** The answer to a bulk invitation: one invitation per address. */
export const organizationInvitationListSchema = list(organizationInvitationSchema);

/** One of the instance's roles, as `GET /v1/organizations/{id}/roles` lists them. */
export const organizationRoleSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: text(),
  permissions: list(z.looseObject({ key: z.string() })),
});

export const organizationRolePageSchema = z.looseObject({
  data: list(organizationRoleSchema),
  total_count: count(),
});

export type OrganizationInvitationJSON = z.output<typeof organizationInvitationSchema>;
export type OrganizationInvitationPageJSON = z.output<typeof organizationInvitationPageSchema>;
export type OrganizationRoleJSON = z.output<typeof organizationRoleSchema>;
export type OrganizationRolePageJSON = z.output<typeof organizationRolePageSchema>;
