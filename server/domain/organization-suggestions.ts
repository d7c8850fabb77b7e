import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import { type OrganizationDomains, verifiedEmailDomains } from './organization-domains.js';
import type { OrganizationMembershipRequests } from './organization-membership-requests.js';
import type { Organizations } from './organizations.js';
import type { Users } from './users.js';

export interface SuggestionRow {
  id: string;
  organization_id: string;
  user_id: string;
  domain_id: string | null;
  status: 'pending' | 'accepted';
  created_at: number;
  updated_at: number;
}

export interface SuggestionDeps {
  db: Db;
  clock: Clock;
  users: Users;
  organizations: Organizations;
  domains: OrganizationDomains;
  requests: OrganizationMembershipRequests;
}

/**
 * Organizations suggested to a user because a verified domain in `automatic_suggestion` mode matches one of the
 * user's verified email addresses. Suggestions are made when the user lists them, so a user who signs up or
 * verifies an address after the domain was set up gets them too. Accepting one sends a membership request.
 */
export class OrganizationSuggestions {
  constructor(private readonly deps: SuggestionDeps) {}

  listForUser(userId: string, q: { status?: string; limit: number; offset: number }) {
    this.suggestNew(userId);
    const where = `user_id = @user${q.status ? ' AND status = @status' : ''}`;
    const params = { user: userId, status: q.status ?? null };
    const total = (
      this.deps.db.prepare(`SELECT COUNT(*) AS n FROM organization_suggestions WHERE ${where}`).get(params) as {
        n: number;
      }
    ).n;
    const data = this.deps.db
      .prepare(
        `SELECT * FROM organization_suggestions WHERE ${where} ORDER BY created_at, rowid LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: q.limit, offset: q.offset }) as SuggestionRow[];
    return { data, total };
  }

  accept(userId: string, id: string): SuggestionRow {
    const row = this.deps.db
      .prepare('SELECT * FROM organization_suggestions WHERE id = ? AND user_id = ?')
      .get(id, userId) as SuggestionRow | undefined;
    if (!row) throw errors.notFound('Organization suggestion', id);
    if (row.status !== 'pending') {
      throw errors.paramValueInvalid('suggestion_id', 'This suggestion was already accepted.', 400);
    }
    if (this.deps.organizations.membership(row.organization_id, userId)) throw errors.alreadyMember();
    this.deps.db.transaction(() => {
      this.deps.requests.request(row.organization_id, userId);
      this.deps.db
        .prepare(`UPDATE organization_suggestions SET status = 'accepted', updated_at = ? WHERE id = ?`)
        .run(this.deps.clock.now(), row.id);
    })();
    return { ...row, status: 'accepted' };
  }

  /** One suggestion per organization the user is not in and was not suggested yet. */
  private suggestNew(userId: string): void {
    const names = verifiedEmailDomains(this.deps.users.emailAddresses(userId));
    const now = this.deps.clock.now();
    const insert = this.deps.db.prepare(
      `INSERT OR IGNORE INTO organization_suggestions (id, organization_id, user_id, domain_id, status, created_at,
         updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
    );
    for (const domain of this.deps.domains.verifiedIn(names, 'automatic_suggestion')) {
      if (this.deps.organizations.membership(domain.organization_id, userId)) continue;
      insert.run(newId('orgsug'), domain.organization_id, userId, domain.id, now, now);
    }
  }
}
