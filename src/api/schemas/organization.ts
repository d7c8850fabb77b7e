/**
 * Organizations and memberships (Clerk FAPI `Client.Organization*`), with the fields Latch reads today (the
 * active organization, `has()`); the rest passes through until the organization screens read it.
 */
import * as z from 'zod/mini';
import { list, text, timestamp } from './helpers.js';

export const organizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: text(),
  image_url: text(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const organizationMembershipSchema = z.looseObject({
  id: z.string(),
  role: z.string(),
  permissions: list(z.string()),
  organization: organizationSchema,
});

export type OrganizationJSON = z.output<typeof organizationSchema>;
export type OrganizationMembershipJSON = z.output<typeof organizationMembershipSchema>;
