import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import { DOMAIN_MEMBER_ROLE, type OrganizationDomains, verifiedEmailDomains } from './organization-domains.js';
import type { Organizations } from './organizations.js';
import type { Users } from './users.js';

export interface InvitationRow {
  id: string;
  organization_id: string;
  email_address: string;
  role: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  domain_id: string | null;
  public_metadata: string;
  created_at: number;
  updated_at: number;
}

export interface UserInvitationDeps {
  db: Db;
  clock: Clock;
  users: Users;
  organizations: Organizations;
  domains: OrganizationDomains;
}

/**
 * The invitations addressed to one of the signed-in user's verified email addresses, as the user sees them.
 * A verified domain in `automatic_invitation` mode invites every user with a verified address there; like
 * suggestions, those invitations are made when the user lists them.
 */
export class UserOrganizationInvitations {
  constructor(private readonly deps: UserInvitationDeps) {}

  listForUser(userId: string, q: { status?: string; limit: number; offset: number }) {
    const emails = this.verifiedEmails(userId);
    this.inviteNew(userId, emails);
    if (emails.length === 0) return { data: [] as InvitationRow[], total: 0 };
    const marks = emails.map(() => '?').join(', ');
    const where = `email_address IN (${marks})${q.status ? ' AND status = ?' : ''}`;
    const args = q.status ? [...emails, q.status] : emails;
    const total = (
      this.deps.db.prepare(`SELECT COUNT(*) AS n FROM organization_invitations WHERE ${where}`).get(...args) as {
        n: number;
      }
    ).n;
    const data = this.deps.db
      .prepare(`SELECT * FROM organization_invitations WHERE ${where} ORDER BY created_at, rowid LIMIT ? OFFSET ?`)
      .all(...args, q.limit, q.offset) as InvitationRow[];
    return { data, total };
  }

  /** Joins the organization with the invitation's role; only for an invitation to one of the user's addresses. */
  accept(userId: string, id: string): InvitationRow {
    const row = this.deps.db.prepare('SELECT * FROM organization_invitations WHERE id = ?').get(id) as
      | InvitationRow
      | undefined;
    const emails = this.verifiedEmails(userId).map((e) => e.toLowerCase());
    if (!row || !emails.includes(row.email_address.toLowerCase())) throw errors.notFound('Organization invitation', id);
    if (row.status !== 'pending') {
      throw errors.paramValueInvalid('invitation_id', `This invitation is ${row.status}.`, 400);
    }
    const now = this.deps.clock.now();
    this.deps.db.transaction(() => {
      this.deps.organizations.addMember(row.organization_id, userId, row.role);
      this.deps.db
        .prepare(`UPDATE organization_invitations SET status = 'accepted', updated_at = ? WHERE id = ?`)
        .run(now, row.id);
    })();
    return { ...row, status: 'accepted', updated_at: now };
  }

  private verifiedEmails(userId: string): string[] {
    return this.deps.users
      .emailAddresses(userId)
      .filter((e) => e.verified_at !== null)
      .map((e) => e.email_address);
  }

  /** One invitation per matching domain's organization the user is not in and was never invited to. */
  private inviteNew(userId: string, emails: string[]): void {
    const names = verifiedEmailDomains(emails.map((email_address) => ({ email_address, verified_at: 0 })));
    const now = this.deps.clock.now();
    for (const domain of this.deps.domains.verifiedIn(names, 'automatic_invitation')) {
      if (this.deps.organizations.membership(domain.organization_id, userId)) continue;
      const email = emails.find((e) => e.toLowerCase().endsWith(`@${domain.name}`));
      const invited = this.deps.db
        .prepare('SELECT 1 FROM organization_invitations WHERE organization_id = ? AND email_address = ?')
        .get(domain.organization_id, email);
      if (!email || invited) continue;
      this.deps.db
        .prepare(
          `INSERT INTO organization_invitations (id, organization_id, email_address, role, status, domain_id,
             public_metadata, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, '{}', ?, ?)`,
        )
        .run(newId('orginv'), domain.organization_id, email, DOMAIN_MEMBER_ROLE, domain.id, now, now);
    }
  }
}
