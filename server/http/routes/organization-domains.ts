import { Hono } from 'hono';
import { requireParam } from '../../domain/inputs.js';
import { FapiError } from '../../errors.js';
import { deletedObjectJSON } from '../../serialize/organization.js';
import {
  membershipRequestJSON,
  organizationDomainJSON,
  organizationSuggestionJSON,
  userInvitationJSON,
} from '../../serialize/organization-enrollment.js';
import { Params } from '../params.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { requestSession } from './me.js';
import { actingIn, pageOf, requireEnabled, requirePermission } from './organizations.js';

function requireDomains(c: FapiContext): void {
  if (!c.get('dev').instance.organization_settings.domains_enabled) {
    throw new FapiError({
      status: 403,
      code: 'organization_domains_not_enabled',
      message: 'Verified domains are not enabled',
      longMessage: 'This instance does not have verified domains for organizations turned on.',
    });
  }
}

/** The acting member of an organization with verified domains on, holding `permission`. */
function domainAdmin(c: FapiContext, permission: string) {
  const acting = actingIn(c, c.req.param('organization_id') ?? '');
  requireDomains(c);
  requirePermission(c, acting, permission);
  return acting;
}

/** `?status=` when given, otherwise every status. */
function statusFilter(c: FapiContext): string | undefined {
  return c.req.query('status')?.trim() || undefined;
}

/**
 * Verified domains, membership requests, and the signed-in user's suggestions and invitations. Lists here are
 * always `{data, total_count}` (the spec has no bare-array form for them).
 */
export function organizationDomainRoutes() {
  const routes = new Hono<FapiEnv>();
  const DOMAIN = '/v1/organizations/:organization_id/domains/:domain_id';

  routes.get('/v1/organizations/:organization_id/domains', async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:read');
    const dev = c.get('dev');
    const verified = c.req.query('verified');
    const { data, total } = dev.organizationDomains.list(acting.org.id, {
      verified: verified === undefined || verified === '' ? undefined : verified === 'true',
      enrollmentMode: c.req.query('enrollment_mode') || undefined,
      ...pageOf(c),
    });
    return envelope(c, { data: data.map((d) => organizationDomainJSON(dev, d)), total_count: total });
  });

  routes.post('/v1/organizations/:organization_id/domains', async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:manage');
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const domain = dev.organizationDomains.create(acting.org.id, {
      name: requireParam(params.string('name'), 'name'),
      enrollmentMode: params.string('enrollment_mode'),
    });
    return envelope(c, organizationDomainJSON(dev, domain));
  });

  routes.get(DOMAIN, async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:read');
    const dev = c.get('dev');
    return envelope(
      c,
      organizationDomainJSON(dev, dev.organizationDomains.get(acting.org.id, c.req.param('domain_id'))),
    );
  });

  routes.delete(DOMAIN, async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:manage');
    const removed = c.get('dev').organizationDomains.delete(acting.org.id, c.req.param('domain_id'));
    return envelope(c, deletedObjectJSON('organization_domain', removed.id));
  });

  routes.post(`${DOMAIN}/update_enrollment_mode`, async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:manage');
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const domain = dev.organizationDomains.updateEnrollmentMode(
      acting.org.id,
      c.req.param('domain_id'),
      requireParam(params.string('enrollment_mode'), 'enrollment_mode'),
      params.boolean('delete_pending') === true,
    );
    return envelope(c, organizationDomainJSON(dev, domain));
  });

  routes.post(`${DOMAIN}/prepare_affiliation_verification`, async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:manage');
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const domain = dev.organizationDomains.prepareAffiliationVerification(
      acting.org.id,
      c.req.param('domain_id'),
      requireParam(params.string('affiliation_email_address'), 'affiliation_email_address'),
    );
    return envelope(c, organizationDomainJSON(dev, domain));
  });

  routes.post(`${DOMAIN}/attempt_affiliation_verification`, async (c) => {
    const acting = domainAdmin(c, 'org:sys_domains:manage');
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const domain = dev.organizationDomains.attemptAffiliationVerification(
      acting.org.id,
      c.req.param('domain_id'),
      requireParam(params.string('code'), 'code'),
    );
    return envelope(c, organizationDomainJSON(dev, domain));
  });

  routes.get('/v1/organizations/:organization_id/membership_requests', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const dev = c.get('dev');
    const { data, total } = dev.membershipRequests.list(acting.org.id, { status: statusFilter(c), ...pageOf(c) });
    return envelope(c, { data: data.map((r) => membershipRequestJSON(dev, r)), total_count: total });
  });

  for (const decision of ['accept', 'reject'] as const) {
    routes.post(`/v1/organizations/:organization_id/membership_requests/:request_id/${decision}`, async (c) => {
      const acting = actingIn(c, c.req.param('organization_id'));
      requirePermission(c, acting, 'org:sys_memberships:manage');
      const dev = c.get('dev');
      const row = dev.membershipRequests[decision](acting.org.id, c.req.param('request_id'));
      return envelope(c, membershipRequestJSON(dev, row));
    });
  }

  routes.get('/v1/me/organization_suggestions', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const session = requestSession(c);
    const { data, total } = dev.organizationSuggestions.listForUser(session.user_id, {
      status: statusFilter(c),
      ...pageOf(c),
    });
    return envelope(c, { data: data.map((s) => organizationSuggestionJSON(dev, s)), total_count: total });
  });

  routes.post('/v1/me/organization_suggestions/:suggestion_id/accept', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const session = requestSession(c);
    const row = dev.organizationSuggestions.accept(session.user_id, c.req.param('suggestion_id'));
    return envelope(c, organizationSuggestionJSON(dev, row));
  });

  routes.get('/v1/me/organization_invitations', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const session = requestSession(c);
    const { data, total } = dev.userOrganizationInvitations.listForUser(session.user_id, {
      status: statusFilter(c),
      ...pageOf(c),
    });
    return envelope(c, { data: data.map((i) => userInvitationJSON(dev, i)), total_count: total });
  });

  routes.post('/v1/me/organization_invitations/:invitation_id/accept', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const session = requestSession(c);
    const row = dev.userOrganizationInvitations.accept(session.user_id, c.req.param('invitation_id'));
    return envelope(c, userInvitationJSON(dev, row));
  });

  return routes;
}
