import type { DevContext } from '../context.js';
import type { InvitationRow } from '../domain/organization-invitations.js';
import { organizationJSON } from './organization.js';

/** Client.OrganizationInvitation, with the public data of its organization. */
export function organizationInvitationJSON(ctx: DevContext, row: InvitationRow) {
  const org = ctx.organizations.get(row.organization_id);
  const orgJSON = org ? organizationJSON(ctx, org) : null;
  return {
    object: 'organization_invitation',
    id: row.id,
    email_address: row.email_address,
    role: row.role,
    role_name: ctx.organizations.roles.get(row.role)?.name ?? row.role,
    organization_id: row.organization_id,
    ...(orgJSON
      ? {
          public_organization_data: {
            id: orgJSON.id,
            name: orgJSON.name,
            slug: orgJSON.slug,
            image_url: orgJSON.image_url,
            has_image: orgJSON.has_image,
          },
        }
      : {}),
    status: row.status,
    public_metadata: JSON.parse(row.public_metadata) as Record<string, unknown>,
    // The link is only ever in the invitee's email: the ticket is not kept in a readable form.
    url: null,
    expires_at: row.expires_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
