import type { DevContext } from '../context.js';
import { isSystemPermission } from '../domain/organization-roles.js';
import type { MembershipRow, OrganizationRow } from '../domain/organizations.js';
import { avatarUrl } from './avatar.js';
import { publicUserDataJSON } from './user.js';

/** Client.Organization. */
export function organizationJSON(ctx: DevContext, org: OrganizationRow) {
  const logoUrl = ctx.organizationLogos.urlOf(org.id);
  const imageUrl = logoUrl ?? avatarUrl(org.id, org.name, null, org.slug);
  return {
    object: 'organization',
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: imageUrl,
    has_image: logoUrl !== null,
    members_count: ctx.organizations.membersCount(org.id),
    pending_invitations_count: ctx.organizationInvitations.pendingCount(org.id),
    max_allowed_memberships: org.max_allowed_memberships,
    admin_delete_enabled: org.admin_delete_enabled === 1,
    self_serve_sso_enabled: false,
    public_metadata: JSON.parse(org.public_metadata) as Record<string, unknown>,
    created_at: org.created_at,
    updated_at: org.updated_at,
  };
}

/** Client.OrganizationMembership, with the organization and the member's public data embedded. */
export function membershipJSON(ctx: DevContext, membership: MembershipRow) {
  const org = ctx.organizations.get(membership.organization_id);
  if (!org) throw new Error(`membership ${membership.id} has no organization`);
  const role = ctx.organizations.roles.get(membership.role);
  const user = ctx.users.get(membership.user_id);
  return {
    object: 'organization_membership',
    id: membership.id,
    public_metadata: JSON.parse(membership.public_metadata) as Record<string, unknown>,
    role: membership.role,
    role_name: role?.name ?? membership.role,
    permissions: role?.permissions ?? [],
    organization: organizationJSON(ctx, org),
    public_user_data: user ? publicUserDataJSON(ctx, user) : null,
    created_at: membership.created_at,
    updated_at: membership.updated_at,
  };
}

export function deletedObjectJSON(object: string, id: string, slug?: string) {
  return { object, id, ...(slug ? { slug } : {}), deleted: true };
}

/**
 * Clerk's v2 `o` claim for a session acting in an organization: `{id, slg, rol, per, fpm}`, with `rol` and the
 * permissions' features and actions without their `org:` prefix. Custom permissions `org:<feature>:<action>` are
 * packed as Clerk packs them: `fea` lists the features (`o:<feature>`), `per` the distinct actions, and `fpm`, for
 * each feature in order, a bit mask over `per`. System permissions are never in tokens.
 */
export function organizationClaims(ctx: DevContext, sessionUserId: string, organizationId: string | null) {
  if (!organizationId) return null;
  const org = ctx.organizations.get(organizationId);
  const membership = org ? ctx.organizations.membership(org.id, sessionUserId) : null;
  if (!org || !membership) return null;
  const custom = ctx.organizations.roles.permissionsOf(membership.role).filter((p) => !isSystemPermission(p));
  const features: string[] = [];
  const actions: string[] = [];
  for (const permission of custom) {
    const [, feature = '', action = ''] = permission.split(':');
    if (!features.includes(feature)) features.push(feature);
    if (!actions.includes(action)) actions.push(action);
  }
  const masks = features.map((feature) =>
    actions.reduce((mask, action, bit) => (custom.includes(`org:${feature}:${action}`) ? mask | (1 << bit) : mask), 0),
  );
  const o: Record<string, string> = {
    id: org.id,
    slg: org.slug,
    rol: membership.role.replace(/^org:/, ''),
    per: actions.join(','),
    fpm: masks.join(','),
  };
  return { o, fea: features.map((f) => `o:${f}`).join(',') };
}
