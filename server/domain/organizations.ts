import { normalizePersonName } from '../../src/core/identifiers.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import type { OrganizationSettings } from '../instance.js';
import { OrganizationRoles } from './organization-roles.js';

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  max_allowed_memberships: number;
  admin_delete_enabled: number;
  public_metadata: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface MembershipRow {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  public_metadata: string;
  created_at: number;
  updated_at: number;
}

export interface MembershipQuery {
  query?: string;
  roles?: string[];
  limit: number;
  offset: number;
}

const NAME_MAX = 256;
const SLUG_MAX = 64;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names may not carry links or markup (the spec's rule), so an org name is always safe to show as plain text. */
const NAME_FORBIDDEN = /<[^>]*>|https?:\/\/|www\./i;

/** "Acme Inc." → "acme-inc": lower-case ASCII letters and digits joined by single hyphens. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 7)
    .replace(/-+$/, '');
  return base || 'organization';
}

/**
 * Organizations and their memberships. Authorization (who may call what) is checked by the HTTP layer through
 * `requirePermission`; this module keeps the invariants that hold whoever asks: unique slugs, the membership
 * limit, and at least one member who can still manage the members.
 */
export class Organizations {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly currentSettings: () => OrganizationSettings,
  ) {}

  #roles?: { from: OrganizationSettings; roles: OrganizationRoles };

  /** Read per call: PATCH /__dev/instance may switch organizations on or change the roles between requests. */
  private get settings(): OrganizationSettings {
    return this.currentSettings();
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** The roles of the settings in force (rebuilt only when the settings object changed). */
  get roles(): OrganizationRoles {
    const settings = this.settings;
    if (this.#roles?.from !== settings) this.#roles = { from: settings, roles: new OrganizationRoles(settings) };
    return this.#roles.roles;
  }

  get(id: string): OrganizationRow | null {
    return (this.db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRow | undefined) ?? null;
  }

  bySlug(slug: string): OrganizationRow | null {
    const row = this.db.prepare('SELECT * FROM organizations WHERE slug = ?').get(slug) as OrganizationRow | undefined;
    return row ?? null;
  }

  create(creatorId: string, input: { name: string; slug?: string | null }): OrganizationRow {
    const name = this.validName(input.name);
    const slug = input.slug ? this.validSlug(input.slug) : this.freeSlug(slugify(name));
    const now = this.clock.now();
    const row: OrganizationRow = {
      id: newId('org'),
      name,
      slug,
      max_allowed_memberships: this.settings.max_allowed_memberships,
      admin_delete_enabled: this.settings.admin_delete ? 1 : 0,
      public_metadata: '{}',
      created_by: creatorId,
      created_at: now,
      updated_at: now,
    };
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO organizations (id, name, slug, max_allowed_memberships, admin_delete_enabled, public_metadata,
             created_by, created_at, updated_at)
           VALUES (@id, @name, @slug, @max_allowed_memberships, @admin_delete_enabled, @public_metadata,
             @created_by, @created_at, @updated_at)`,
        )
        .run(row);
      this.insertMembership(row.id, creatorId, this.settings.creator_role);
    })();
    return row;
  }

  update(id: string, input: { name?: string | null; slug?: string | null }): OrganizationRow {
    const current = this.get(id);
    if (!current) throw errors.organizationNotFound(id);
    const name = input.name ? this.validName(input.name) : current.name;
    const slug = input.slug && input.slug !== current.slug ? this.validSlug(input.slug) : current.slug;
    this.db
      .prepare('UPDATE organizations SET name = ?, slug = ?, updated_at = ? WHERE id = ?')
      .run(name, slug, this.clock.now(), id);
    return this.get(id) as OrganizationRow;
  }

  delete(id: string): void {
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE sessions SET last_active_organization_id = NULL WHERE last_active_organization_id = ?')
        .run(id);
      this.db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
    })();
  }

  membership(organizationId: string, userId: string): MembershipRow | null {
    const row = this.db
      .prepare('SELECT * FROM organization_memberships WHERE organization_id = ? AND user_id = ?')
      .get(organizationId, userId) as MembershipRow | undefined;
    return row ?? null;
  }

  membersCount(organizationId: string): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM organization_memberships WHERE organization_id = ?')
      .get(organizationId) as { n: number };
    return row.n;
  }

  /** The user's memberships, oldest first (the order Clerk lists them in). */
  forUser(userId: string, page?: { limit: number; offset: number }): { data: MembershipRow[]; total: number } {
    const all = this.db
      .prepare('SELECT * FROM organization_memberships WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as MembershipRow[];
    return { data: page ? all.slice(page.offset, page.offset + page.limit) : all, total: all.length };
  }

  /** Members of an organization, filtered by a partial match on name, email, username or id, and by role. */
  members(organizationId: string, q: MembershipQuery): { data: MembershipRow[]; total: number } {
    const where = ['m.organization_id = @org'];
    const params: Record<string, unknown> = { org: organizationId };
    if (q.query) {
      params.like = `%${q.query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      where.push(`(u.id LIKE @like ESCAPE '\\' OR u.first_name LIKE @like ESCAPE '\\'
        OR u.last_name LIKE @like ESCAPE '\\' OR u.username LIKE @like ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM email_addresses e WHERE e.user_id = u.id AND e.email_address LIKE @like ESCAPE '\\'))`);
    }
    if (q.roles && q.roles.length > 0) {
      const names = q.roles.map((_, i) => `@role${i}`);
      q.roles.forEach((role, i) => {
        params[`role${i}`] = role;
      });
      where.push(`m.role IN (${names.join(', ')})`);
    }
    const from = `FROM organization_memberships m JOIN users u ON u.id = m.user_id WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(params) as { n: number }).n;
    const data = this.db
      .prepare(`SELECT m.* ${from} ORDER BY m.created_at, m.rowid LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: q.limit, offset: q.offset }) as MembershipRow[];
    return { data, total };
  }

  addMember(organizationId: string, userId: string, role: string): MembershipRow {
    const org = this.get(organizationId);
    if (!org) throw errors.organizationNotFound(organizationId);
    this.assertRole(role);
    if (this.membership(organizationId, userId)) throw errors.alreadyMember();
    const max = org.max_allowed_memberships;
    if (max > 0 && this.membersCount(organizationId) >= max) throw errors.membershipQuotaExceeded(max);
    return this.insertMembership(organizationId, userId, role);
  }

  updateRole(organizationId: string, userId: string, role: string): MembershipRow {
    this.assertRole(role);
    const current = this.membership(organizationId, userId);
    if (!current) throw errors.notFound('Organization membership', userId);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE organization_memberships SET role = ?, updated_at = ? WHERE id = ?')
        .run(role, this.clock.now(), current.id);
      this.assertManagerRemains(organizationId);
    })();
    return this.membership(organizationId, userId) as MembershipRow;
  }

  /** Removes a member (also "leave"); refuses to remove the last member who can manage the others. */
  removeMember(organizationId: string, userId: string): MembershipRow {
    const current = this.membership(organizationId, userId);
    if (!current) throw errors.notFound('Organization membership', userId);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM organization_memberships WHERE id = ?').run(current.id);
      this.assertManagerRemains(organizationId);
      this.db
        .prepare(
          `UPDATE sessions SET last_active_organization_id = NULL
           WHERE last_active_organization_id = ? AND user_id = ?`,
        )
        .run(organizationId, userId);
    })();
    return current;
  }

  /** The organization a session acts for, or null for the personal account. */
  activeForSession(sessionId: string): string | null {
    const row = this.db.prepare('SELECT last_active_organization_id AS id FROM sessions WHERE id = ?').get(sessionId) as
      | { id: string | null }
      | undefined;
    return row?.id ?? null;
  }

  setActiveForSession(sessionId: string, organizationId: string | null): void {
    this.db
      .prepare('UPDATE sessions SET last_active_organization_id = ?, updated_at = ? WHERE id = ?')
      .run(organizationId, this.clock.now(), sessionId);
  }

  private insertMembership(organizationId: string, userId: string, role: string): MembershipRow {
    const now = this.clock.now();
    const row: MembershipRow = {
      id: newId('orgmem'),
      organization_id: organizationId,
      user_id: userId,
      role,
      public_metadata: '{}',
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO organization_memberships (id, organization_id, user_id, role, public_metadata, created_at, updated_at)
         VALUES (@id, @organization_id, @user_id, @role, @public_metadata, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  /** Throws inside the caller's transaction (rolling it back) when nobody could manage the members any more. */
  private assertManagerRemains(organizationId: string): void {
    const roles = this.db
      .prepare('SELECT role FROM organization_memberships WHERE organization_id = ?')
      .all(organizationId) as Array<{ role: string }>;
    if (roles.length === 0) return;
    if (!roles.some(({ role }) => this.roles.allows(role, 'org:sys_memberships:manage'))) {
      throw errors.minimumPermissionsNeeded();
    }
  }

  private assertRole(role: string): void {
    if (!this.roles.get(role)) throw errors.paramValueInvalid('role', `${role} is not a role of this instance.`);
  }

  private validName(value: string): string {
    const check = normalizePersonName(value);
    if (!check.ok || check.value === '') throw errors.paramFormatInvalid('name', 'name must be plain text.');
    if (check.value.length > NAME_MAX) throw errors.paramTooLong('name', NAME_MAX);
    if (NAME_FORBIDDEN.test(check.value)) {
      throw errors.paramFormatInvalid('name', 'name may not contain links or HTML.');
    }
    return check.value;
  }

  private validSlug(value: string): string {
    const slug = value.trim().toLowerCase();
    if (slug.length > SLUG_MAX) throw errors.paramTooLong('slug', SLUG_MAX);
    if (!SLUG_PATTERN.test(slug)) {
      throw errors.paramFormatInvalid('slug', 'slug may hold lower-case letters, digits and single hyphens.');
    }
    if (this.bySlug(slug)) throw errors.identifierExists('slug', 'slug');
    return slug;
  }

  /** The generated slug, with a short random suffix when the plain one is taken. */
  private freeSlug(base: string): string {
    if (!this.bySlug(base)) return base;
    for (;;) {
      const candidate = `${base}-${newId('x').slice(2, 8).toLowerCase()}`;
      if (!this.bySlug(candidate)) return candidate;
    }
  }
}
