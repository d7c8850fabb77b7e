/**
 * Verified domains, membership requests, and the signed-in user's suggestions and invitations (Clerk FAPI
 * `Client.OrganizationDomain`, `…MembershipRequest`, `…Suggestion`, `…InvitationUserContext`), with the fields
 * the organization list, switcher and profile read. Only the lazily loaded organization code imports this file.
 */
import type { output, ZodMiniType } from 'zod/mini';
// zod's builders come through ./helpers.js: this module is a lazy chunk (see there).
import {
  _default,
  count,
  flag,
  lazySchema,
  list,
  looseObject,
  nstring,
  ntimestamp,
  nullable,
  number,
  string,
  text,
  timestamp,
} from './helpers.js';

/** What a user who is not (yet) a member sees of an organization. */
export const publicOrganizationDataSchema = lazySchema(() =>
  looseObject({
    id: string(),
    name: string(),
    slug: text(),
    image_url: text(),
    has_image: flag(),
  }),
);

const publicUserDataSchema = lazySchema(() =>
  looseObject({
    first_name: nstring(),
    last_name: nstring(),
    image_url: text(),
    identifier: text(),
    user_id: nstring(),
  }),
);

const domainVerificationSchema = lazySchema(() =>
  looseObject({
    status: string(),
    strategy: string(),
    attempts: _default(nullable(number()), null),
    expire_at: ntimestamp(),
  }),
);

export const organizationDomainSchema = lazySchema(() =>
  looseObject({
    id: string(),
    organization_id: string(),
    name: string(),
    enrollment_mode: string(),
    affiliation_email_address: nstring(),
    verification: _default(nullable(domainVerificationSchema), null),
    total_pending_invitations: count(),
    total_pending_suggestions: count(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export const organizationMembershipRequestSchema = lazySchema(() =>
  looseObject({
    id: string(),
    organization_id: string(),
    status: string(),
    public_user_data: _default(nullable(publicUserDataSchema), null),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export const organizationSuggestionSchema = lazySchema(() =>
  looseObject({
    id: string(),
    status: string(),
    public_organization_data: publicOrganizationDataSchema,
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export const userOrganizationInvitationSchema = lazySchema(() =>
  looseObject({
    id: string(),
    email_address: string(),
    role: string(),
    role_name: text(),
    status: string(),
    public_organization_data: publicOrganizationDataSchema,
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

/** Clerk's `{data, total_count}` page of `item`. */
export const pageOf = <T extends ZodMiniType>(item: T) => looseObject({ data: list(item), total_count: count() });

export const organizationDomainPageSchema = pageOf(organizationDomainSchema);
export const organizationMembershipRequestPageSchema = pageOf(organizationMembershipRequestSchema);
export const organizationSuggestionPageSchema = pageOf(organizationSuggestionSchema);
export const userOrganizationInvitationPageSchema = pageOf(userOrganizationInvitationSchema);

export type PublicOrganizationDataJSON = output<typeof publicOrganizationDataSchema>;
export type OrganizationDomainJSON = output<typeof organizationDomainSchema>;
export type OrganizationMembershipRequestJSON = output<typeof organizationMembershipRequestSchema>;
export type OrganizationSuggestionJSON = output<typeof organizationSuggestionSchema>;
export type UserOrganizationInvitationJSON = output<typeof userOrganizationInvitationSchema>;
export interface PageJSON<T> {
  data: T[];
  total_count: number;
}
