import { Hono } from 'hono';
import type { ClientRow } from '../../domain/clients.js';
import { requireParam, type WireString } from '../../domain/inputs.js';
import type { SignInRow } from '../../domain/sign-ins.js';
import { errors } from '../../errors.js';
import { deletedObjectJSON, organizationJSON } from '../../serialize/organization.js';
import { organizationInvitationJSON } from '../../serialize/organization-invitation.js';
import { Params } from '../params.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { imageResponse, uploadedFile } from './me-account.js';
import { actingIn, listOf, pageOf, requirePermission } from './organizations.js';
import { publicFapiUrl } from './sign-ins.js';

const STATUSES = ['pending', 'accepted', 'revoked', 'expired', 'invalid', 'completed'];

/** `status` (repeatable, as clerk-js sends `status[]`), each one of the spec's values. */
function statusFilter(c: FapiContext): string[] {
  const all = [...(c.req.queries('status') ?? []), ...(c.req.queries('status[]') ?? [])].filter((s) => s !== '');
  for (const status of all) {
    if (!STATUSES.includes(status)) throw errors.paramValueInvalid('status', `status must be one of ${STATUSES}.`);
  }
  return all;
}

/** The app pages an invitation link opens: the calling page's origin (validated by the Origin check) or this server. */
function invitationPages(c: FapiContext): { signUp: string; signIn: string } {
  const base = c.req.header('Origin') ?? publicFapiUrl(c);
  const urls = c.get('dev').instance.urls;
  return { signUp: new URL(urls.sign_up, base).href, signIn: new URL(urls.sign_in, base).href };
}

/**
 * `strategy=ticket` on a new sign-in: an invited user who already has an account follows the emailed link; the
 * ticket proves the address, so the user joins the organization and the sign-in completes (second factors still
 * apply).
 */
export function signInWithTicket(c: FapiContext, client: ClientRow, ticket: WireString): SignInRow {
  const dev = c.get('dev');
  const accepted = dev.organizationInvitations.acceptForSignIn(requireParam(ticket, 'ticket'));
  if (!accepted) throw errors.ticketInvalid();
  const user = dev.users.get(accepted.userId);
  if (!user) throw errors.identifierNotFound();
  const verification = dev.verifications.recordCheck(null, 'ticket', true);
  return dev.signIns.completeExternal(client, dev.signIns.startExternal(client, verification.id), user, 'ticket');
}

/**
 * Organization invitations (create one or several, list, revoke) and the organization logo. Every write needs
 * a permission of the caller's role: `org:sys_memberships:manage` for invitations, `org:sys_profile:manage`
 * for the logo.
 */
export function organizationInvitationRoutes() {
  const routes = new Hono<FapiEnv>();

  const invite = async (c: FapiContext, bulk: boolean) => {
    const acting = actingIn(c, c.req.param('organization_id') ?? '');
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const params = await Params.fromRequest(c.req.raw);
    const emailAddresses = bulk
      ? [...params.strings('email_address'), ...params.strings('email_address[]')]
      : [requireParam(params.string('email_address'), 'email_address')];
    const dev = c.get('dev');
    const rows = dev.organizationInvitations.create(
      acting.org.id,
      { emailAddresses, role: requireParam(params.string('role'), 'role'), notify: params.boolean('notify') !== false },
      invitationPages(c),
    );
    const json = rows.map((row) => organizationInvitationJSON(dev, row));
    return envelope(c, bulk ? json : json[0]);
  };

  routes.post('/v1/organizations/:organization_id/invitations', (c) => invite(c, false));
  routes.post('/v1/organizations/:organization_id/invitations/bulk', (c) => invite(c, true));

  routes.get('/v1/organizations/:organization_id/invitations', (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const dev = c.get('dev');
    const page = pageOf(c);
    const { data, total } = dev.organizationInvitations.list(acting.org.id, {
      statuses: statusFilter(c),
      limit: page.limit,
      offset: page.offset,
    });
    return envelope(
      c,
      listOf(
        page,
        data.map((row) => organizationInvitationJSON(dev, row)),
        total,
      ),
    );
  });

  routes.post('/v1/organizations/:organization_id/invitations/:invitation_id/revoke', (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const dev = c.get('dev');
    const row = dev.organizationInvitations.revoke(acting.org.id, c.req.param('invitation_id'));
    return envelope(c, organizationInvitationJSON(dev, row));
  });

  routes.put('/v1/organizations/:organization_id/logo', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_profile:manage');
    const file = await uploadedFile(c);
    const dev = c.get('dev');
    const base = publicFapiUrl(c);
    dev.organizationLogos.set(acting.org.id, file, (id) => `${base}/v1/organization_logos/${id}`);
    return envelope(c, organizationJSON(dev, dev.organizations.get(acting.org.id) ?? acting.org));
  });

  routes.delete('/v1/organizations/:organization_id/logo', (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_profile:manage');
    if (!c.get('dev').organizationLogos.remove(acting.org.id)) throw errors.notFound('Organization logo');
    return envelope(c, deletedObjectJSON('image', acting.org.id));
  });

  // Not a FAPI path of Clerk's (its images live on a CDN): where this server serves the uploaded logos.
  routes.get('/v1/organization_logos/:id', (c) => {
    const logo = c.get('dev').organizationLogos.get(c.req.param('id'));
    if (!logo) throw errors.notFound('Image', c.req.param('id'));
    return imageResponse(c, logo);
  });

  return routes;
}
