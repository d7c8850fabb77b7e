/**
 * Verified domains, membership requests, and the signed-in user's suggestions and invitations (Clerk FAPI
 * `Client.OrganizationDomain`, `…MembershipRequest`, `…Suggestion`, `…InvitationUserContext`), with the fields
 * the organization list, switcher and profile read. Only the lazily loaded organization code imports this file.
 */
import * as z from 'zod/mini';
import { count, flag, list, nstring, ntimestamp, text, timestamp } from './helpers.js';

/** What a user who is not (yet) a member sees of an organization. */
export const publicOrganizationDataSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: text(),
  image_url: text(),
  has_image: flag(),
});

const publicUserDataSchema = z.looseObject({
  first_name: nstring(),
  last_name: nstring(),
  image_url: text(),
  identifier: text(),
  user_id: nstring(),
});

const domainVerificationSchema = z.looseObject({
  status: z.string(),
  strategy: z.string(),
  attempts: z._default(z.nullable(z.number()), null),
  expire_at: ntimestamp(),
});

export const organizationDomainSchema = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  enrollment_mode: z.string(),
  affiliation_email_address: nstring(),
  verification: z._default(z.nullable(domainVerificationSchema), null),
  total_pending_invitations: count(),
  total_pending_suggestions: count(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const organizationMembershipRequestSchema = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  status: z.string(),
  public_user_data: z._default(z.nullable(publicUserDataSchema), null),
  created_at: timestamp,
  updated_at: timestamp,
});

export const organizationSuggestionSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  public_organization_data: publicOrganizationDataSchema,
  created_at: timestamp,
  updated_at: timestamp,
});

export const userOrganizationInvitationSchema = z.looseObject({
  id: z.string(),
  email_address: z.string(),
  role: z.string(),
  role_name: text(),
  status: z.string(),
  public_organization_data: publicOrganizationDataSchema,
  created_at: timestamp,
  updated_at: timestamp,
});

/** Clerk's `{data, total_count}` page of `item`. */
export const pageOf = <T extends z.ZodMiniType>(item: T) => z.looseObject({ data: list(item), total_count: count() });

export const organizationDomainPageSchema = pageOf(organizationDomainSchema);
export const organizationMembershipRequestPageSchema = pageOf(organizationMembershipRequestSchema);
export const organizationSuggestionPageSchema = pageOf(organizationSuggestionSchema);
export const userOrganizationInvitationPageSchema = pageOf(userOrganizationInvitationSchema);

export type PublicOrganizationDataJSON = z.output<typeof publicOrganizationDataSchema>;
export type OrganizationDomainJSON = z.output<typeof organizationDomainSchema>;
export type OrganizationMembershipRequestJSON = z.output<typeof organizationMembershipRequestSchema>;
export type OrganizationSuggestionJSON = z.output<typeof organizationSuggestionSchema>;
export type UserOrganizationInvitationJSON = z.output<typeof userOrganizationInvitationSchema>;
export interface PageJSON<T> {
  data: T[];
  total_count: number;
}
