/** Organizations and memberships, with the fields Latch reads (Clerk FAPI `Client.Organization*`). */
import * as z from 'zod/mini';
import { publicUserDataSchema } from './common.js';
import { count, flag, list, metadata, nullableDefault, text, timestamp } from './helpers.js';

export const organizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: text(),
  image_url: text(),
  has_image: flag(),
  members_count: count(),
  pending_invitations_count: count(),
  max_allowed_memberships: count(),
  admin_delete_enabled: flag(),
  public_metadata: metadata(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const organizationMembershipSchema = z.looseObject({
  id: z.string(),
  role: z.string(),
  role_name: text(),
  permissions: list(z.string()),
  public_metadata: metadata(),
  organization: organizationSchema,
  public_user_data: nullableDefault(publicUserDataSchema),
  created_at: timestamp,
  updated_at: timestamp,
});

export type OrganizationJSON = z.output<typeof organizationSchema>;
export type OrganizationMembershipJSON = z.output<typeof organizationMembershipSchema>;
