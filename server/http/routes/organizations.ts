import { Hono } from 'hono';
import { requireParam } from '../../domain/inputs.js';
import type { MembershipRow, OrganizationRow } from '../../domain/organizations.js';
import type { SessionRow } from '../../domain/sessions.js';
import { errors } from '../../errors.js';
import { deletedObjectJSON, membershipJSON, organizationJSON } from '../../serialize/organization.js';
import { Params } from '../params.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { requestSession } from './me.js';

export interface Page {
  limit: number;
  offset: number;
  paginated: boolean;
}

/** `limit` (1..500, default 10), `offset` (>= 0) and `paginated` from the query string, as the spec bounds them. */
export function pageOf(c: FapiContext): Page {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = c.req.query(name);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw errors.paramFormatInvalid(name, `${name} must be an integer between ${min} and ${max}.`);
    }
    return value;
  };
  return {
    limit: int('limit', 10, 1, 500),
    offset: int('offset', 0, 0, 1_000_000),
    paginated: c.req.query('paginated') === 'true',
  };
}

/** The paginated `{data, total_count}` shape, or the bare array clerk-js gets without `paginated=true`. */
export function listOf<T>(page: Page, data: T[], total: number): T[] | { data: T[]; total_count: number } {
  return page.paginated ? { data, total_count: total } : data;
}

export interface Acting {
  session: SessionRow;
  org: OrganizationRow;
  membership: MembershipRow;
}

export function requireEnabled(c: FapiContext): void {
  if (!c.get('dev').organizations.enabled) throw errors.organizationsDisabled();
}

/**
 * The signed-in user acting in an organization they belong to. Non-members get the same 404 as a missing
 * organization, so ids of other organizations reveal nothing.
 */
export function actingIn(c: FapiContext, organizationId: string): Acting {
  requireEnabled(c);
  const session = requestSession(c);
  const organizations = c.get('dev').organizations;
  const org = organizations.get(organizationId);
  const membership = org ? organizations.membership(org.id, session.user_id) : null;
  if (!org || !membership) throw errors.organizationNotFound(organizationId);
  return { session, org, membership };
}

/** 403 not_allowed_access unless the member's role carries `permission`. */
export function requirePermission(c: FapiContext, acting: Acting, permission: string): void {
  if (!c.get('dev').organizations.roles.allows(acting.membership.role, permission)) {
    throw errors.notAllowedAccess(permission);
  }
}

function roleFilter(c: FapiContext): string[] {
  return [...(c.req.queries('role') ?? []), ...(c.req.queries('role[]') ?? [])].filter((r) => r !== '');
}

export function organizationRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.get('/v1/me/organization_memberships', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const page = pageOf(c);
    const session = requestSession(c);
    const { data, total } = dev.organizations.forUser(session.user_id, page);
    return envelope(
      c,
      listOf(
        page,
        data.map((m) => membershipJSON(dev, m)),
        total,
      ),
    );
  });

  // Leave: any member may remove their own membership, except the last one able to manage the others.
  routes.delete('/v1/me/organization_memberships/:organization_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    const removed = c.get('dev').organizations.removeMember(acting.org.id, acting.session.user_id);
    return envelope(c, deletedObjectJSON('organization_membership', removed.id));
  });

  routes.post('/v1/organizations', async (c) => {
    requireEnabled(c);
    const dev = c.get('dev');
    const session = requestSession(c);
    const params = await Params.fromRequest(c.req.raw);
    const org = dev.organizations.create(session.user_id, {
      name: requireParam(params.string('name'), 'name'),
      slug: params.string('slug'),
    });
    return envelope(c, organizationJSON(dev, org));
  });

  routes.get('/v1/organizations/:organization_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    return envelope(c, organizationJSON(c.get('dev'), acting.org));
  });

  routes.patch('/v1/organizations/:organization_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_profile:manage');
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const org = dev.organizations.update(acting.org.id, { name: params.string('name'), slug: params.string('slug') });
    return envelope(c, organizationJSON(dev, org));
  });

  routes.delete('/v1/organizations/:organization_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_profile:delete');
    if (acting.org.admin_delete_enabled !== 1) throw errors.adminDeleteDisabled();
    c.get('dev').organizations.delete(acting.org.id);
    return envelope(c, deletedObjectJSON('organization', acting.org.id, acting.org.slug));
  });

  routes.get('/v1/organizations/:organization_id/memberships', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:read');
    const dev = c.get('dev');
    const page = pageOf(c);
    const { data, total } = dev.organizations.members(acting.org.id, {
      query: c.req.query('query')?.trim() || undefined,
      roles: roleFilter(c),
      limit: page.limit,
      offset: page.offset,
    });
    return envelope(
      c,
      listOf(
        page,
        data.map((m) => membershipJSON(dev, m)),
        total,
      ),
    );
  });

  routes.post('/v1/organizations/:organization_id/memberships', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const params = await Params.fromRequest(c.req.raw);
    const userId = requireParam(params.string('user_id'), 'user_id');
    const role = requireParam(params.string('role'), 'role');
    const dev = c.get('dev');
    if (!dev.users.get(userId)) throw errors.notFound('User', userId);
    return envelope(c, membershipJSON(dev, dev.organizations.addMember(acting.org.id, userId, role)));
  });

  routes.patch('/v1/organizations/:organization_id/memberships/:user_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const params = await Params.fromRequest(c.req.raw);
    const role = requireParam(params.string('role'), 'role');
    const dev = c.get('dev');
    return envelope(c, membershipJSON(dev, dev.organizations.updateRole(acting.org.id, c.req.param('user_id'), role)));
  });

  routes.delete('/v1/organizations/:organization_id/memberships/:user_id', async (c) => {
    const acting = actingIn(c, c.req.param('organization_id'));
    requirePermission(c, acting, 'org:sys_memberships:manage');
    const dev = c.get('dev');
    const removed = dev.organizations.removeMember(acting.org.id, c.req.param('user_id'));
    // The membership as it was, now detached: its organization still serializes (the organization remains).
    return envelope(c, membershipJSON(dev, removed));
  });

  routes.get('/v1/organizations/:organization_id/roles', async (c) => {
    actingIn(c, c.req.param('organization_id'));
    const dev = c.get('dev');
    const page = pageOf(c);
    const all = dev.organizations.roles.all();
    const creator = dev.instance.organization_settings.creator_role;
    const data = all.slice(page.offset, page.offset + page.limit).map((role) => ({
      object: 'role',
      id: `role_${role.key.replace(/^org:/, '')}`,
      key: role.key,
      name: role.name,
      description: role.description,
      is_creator_eligible:
        role.key === creator || dev.organizations.roles.allows(role.key, 'org:sys_memberships:manage'),
      permissions: role.permissions.map((key) => ({
        object: 'permission',
        id: `perm_${key.replace(/^org:/, '').replace(/:/g, '_')}`,
        key,
        name: key,
        description: '',
        type: key.startsWith('org:sys_') ? 'system' : 'user',
        created_at: 0,
        updated_at: 0,
      })),
      created_at: 0,
      updated_at: 0,
    }));
    return envelope(c, { data, total_count: all.length, has_role_set_migration: false });
  });

  return routes;
}

/**
 * The organization a session token or touch names: `undefined` (not sent) keeps the session's active one, `null`
 * (sent empty) is the personal account, an id must be one of the user's memberships (404 otherwise).
 */
export function sessionOrganization(
  c: FapiContext,
  session: SessionRow,
  value: string | null | undefined,
): string | null {
  const organizations = c.get('dev').organizations;
  if (value === undefined) return organizations.activeForSession(session.id);
  if (value === null) return null;
  if (!organizations.enabled || !organizations.membership(value, session.user_id)) {
    throw errors.organizationNotFound(value);
  }
  return value;
}
