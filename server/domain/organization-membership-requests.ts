import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import { DOMAIN_MEMBER_ROLE } from './organization-domains.js';
import type { Organizations } from './organizations.js';

export type RequestStatus = 'pending' | 'accepted' | 'rejected';

export interface MembershipRequestRow {
  id: string;
  organization_id: string;
  user_id: string;
  status: RequestStatus;
  created_at: number;
  updated_at: number;
}

/** Requests to join an organization (a user accepted its suggestion); members who manage members decide. */
export class OrganizationMembershipRequests {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly organizations: Organizations,
  ) {}

  /** The user's pending request to the organization, or a new one. */
  request(organizationId: string, userId: string): MembershipRequestRow {
    const pending = this.db
      .prepare(
        `SELECT * FROM organization_membership_requests WHERE organization_id = ? AND user_id = ? AND status = 'pending'`,
      )
      .get(organizationId, userId) as MembershipRequestRow | undefined;
    if (pending) return pending;
    const now = this.clock.now();
    const row: MembershipRequestRow = {
      id: newId('orgmbrreq'),
      organization_id: organizationId,
      user_id: userId,
      status: 'pending',
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO organization_membership_requests (id, organization_id, user_id, status, created_at, updated_at)
         VALUES (@id, @organization_id, @user_id, @status, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  list(
    organizationId: string,
    q: { status?: string; limit: number; offset: number },
  ): { data: MembershipRequestRow[]; total: number } {
    const where = `organization_id = @org${q.status ? ' AND status = @status' : ''}`;
    const params = { org: organizationId, status: q.status ?? null };
    const total = (
      this.db.prepare(`SELECT COUNT(*) AS n FROM organization_membership_requests WHERE ${where}`).get(params) as {
        n: number;
      }
    ).n;
    const data = this.db
      .prepare(
        `SELECT * FROM organization_membership_requests WHERE ${where} ORDER BY created_at, rowid
         LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: q.limit, offset: q.offset }) as MembershipRequestRow[];
    return { data, total };
  }

  /** Adds the requester as a member (the membership limit applies) and closes the request. */
  accept(organizationId: string, id: string): MembershipRequestRow {
    const row = this.pending(organizationId, id);
    this.db.transaction(() => {
      if (!this.organizations.membership(organizationId, row.user_id)) {
        this.organizations.addMember(organizationId, row.user_id, DOMAIN_MEMBER_ROLE);
      }
      this.setStatus(row.id, 'accepted');
    })();
    return this.get(organizationId, id);
  }

  reject(organizationId: string, id: string): MembershipRequestRow {
    const row = this.pending(organizationId, id);
    this.setStatus(row.id, 'rejected');
    return this.get(organizationId, id);
  }

  private get(organizationId: string, id: string): MembershipRequestRow {
    const row = this.db
      .prepare('SELECT * FROM organization_membership_requests WHERE id = ? AND organization_id = ?')
      .get(id, organizationId) as MembershipRequestRow | undefined;
    if (!row) throw errors.notFound('Organization membership request', id);
    return row;
  }

  private pending(organizationId: string, id: string): MembershipRequestRow {
    const row = this.get(organizationId, id);
    if (row.status !== 'pending') {
      throw errors.paramValueInvalid('request_id', `This request was already ${row.status}.`, 400);
    }
    return row;
  }

  private setStatus(id: string, status: RequestStatus): void {
    this.db
      .prepare('UPDATE organization_membership_requests SET status = ?, updated_at = ? WHERE id = ?')
      .run(status, this.clock.now(), id);
  }
}
