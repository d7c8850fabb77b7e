import type { DevContext } from '../context.js';
import type { OrganizationDomainRow } from '../domain/organization-domains.js';
import type { MembershipRequestRow } from '../domain/organization-membership-requests.js';
import type { SuggestionRow } from '../domain/organization-suggestions.js';
import type { InvitationRow } from '../domain/organization-user-invitations.js';
import { organizationJSON } from './organization.js';
import { publicUserDataJSON } from './user.js';

/** Client.PublicOrganizationData: what a user who is not (yet) a member may see of an organization. */
export function publicOrganizationDataJSON(ctx: DevContext, organizationId: string) {
  const org = ctx.organizations.get(organizationId);
  if (!org) throw new Error(`organization ${organizationId} is gone`);
  const { id, name, slug, image_url, has_image } = organizationJSON(ctx, org);
  return { id, name, slug, image_url, has_image };
}

/** Client.OrganizationDomain. `verification` is the deprecated alias of `affiliation_verification`. */
export function organizationDomainJSON(ctx: DevContext, row: OrganizationDomainRow) {
  const verification = ctx.organizationDomains.verification(row);
  const affiliation =
    row.verified_at !== null
      ? { status: 'verified', strategy: 'email_code', attempts: verification?.attempts ?? null, expire_at: null }
      : verification
        ? {
            status: verification.status,
            strategy: 'email_code',
            attempts: verification.attempts,
            expire_at: verification.expire_at,
          }
        : null;
  const affiliationJSON = affiliation ? { ...affiliation, verified_at: row.verified_at } : null;
  const pending = ctx.organizationDomains.pendingCounts(row.id);
  return {
    object: 'organization_domain',
    id: row.id,
    organization_id: row.organization_id,
    name: row.name,
    enrollment_mode: row.enrollment_mode,
    affiliation_email_address: row.affiliation_email_address,
    affiliation_verification: affiliationJSON,
    ownership_verification: null,
    verification: affiliationJSON,
    total_pending_invitations: pending.invitations,
    total_pending_suggestions: pending.suggestions,
    public_organization_data: publicOrganizationDataJSON(ctx, row.organization_id),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Client.OrganizationSuggestion. */
export function organizationSuggestionJSON(ctx: DevContext, row: SuggestionRow) {
  return {
    object: 'organization_suggestion',
    id: row.id,
    public_organization_data: publicOrganizationDataJSON(ctx, row.organization_id),
    status: row.status,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Client.OrganizationMembershipRequest. */
export function membershipRequestJSON(ctx: DevContext, row: MembershipRequestRow) {
  const user = ctx.users.get(row.user_id);
  return {
    object: 'organization_membership_request',
    id: row.id,
    organization_id: row.organization_id,
    status: row.status,
    public_user_data: user ? publicUserDataJSON(ctx, user) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Client.OrganizationInvitationUserContext: the invitation as its invitee sees it. */
export function userInvitationJSON(ctx: DevContext, row: InvitationRow) {
  const role = ctx.organizations.roles.get(row.role);
  return {
    object: 'organization_invitation',
    id: row.id,
    email_address: row.email_address,
    role: row.role,
    role_name: role?.name ?? row.role,
    organization_id: row.organization_id,
    public_organization_data: publicOrganizationDataJSON(ctx, row.organization_id),
    status: row.status,
    public_metadata: JSON.parse(row.public_metadata) as Record<string, unknown>,
    url: null,
    expires_at: null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
