/**
 * Organizations and memberships (Clerk FAPI `Client.Organization*`), with the fields Latch reads today (the
 * active organization, `has()`); the rest passes through until the organization screens read it.
 */
import * as z from 'zod/mini';
import { count, flag, lazySchema, list, text, timestamp } from './helpers.js';

export const organizationSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    name: z.string(),
    slug: text(),
    image_url: text(),
    // Read by the organization profile.
    has_image: flag(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export const organizationMembershipSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    role: z.string(),
    permissions: list(z.string()),
    organization: organizationSchema,
  }),
);

/** A page of memberships (`?paginated=true`): the total counts every match, `data` holds this page's. */
export const organizationMembershipPageSchema = lazySchema(() =>
  z.looseObject({
    data: list(organizationMembershipSchema),
    total_count: count(),
  }),
);

export type OrganizationJSON = z.output<typeof organizationSchema>;
export type OrganizationMembershipJSON = z.output<typeof organizationMembershipSchema>;
export type OrganizationMembershipPageJSON = z.output<typeof organizationMembershipPageSchema>;
