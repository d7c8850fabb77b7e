import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import { emailAddressParam } from './inputs.js';
import type { Mailbox } from './mailbox.js';
import type { Organizations } from './organizations.js';
import type { Users } from './users.js';
import { TICKET_TTL_MS, withTicket } from './waitlist.js';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationRow {
  id: string;
  organization_id: string;
  email_address: string;
  role: string;
  status: InvitationStatus;
  /** sha256 of the ticket the email carried; null once redeemed or revoked. */
  ticket_hash: string | null;
  /** The sign-up that redeemed the ticket: its completion joins the organization. */
  sign_up_id: string | null;
  public_metadata: string;
  expires_at: number;
  created_at: number;
  updated_at: number;
}

export interface InvitationDeps {
  db: Db;
  clock: Clock;
  mailbox: Mailbox;
  users: Users;
  organizations: Organizations;
  applicationName: () => string;
}

const hashTicket = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/**
 * Invitations to join an organization with a role. Each one mails a link carrying a single-use, expiring ticket
 * (stored hashed): a new user signs up through it (the sign-up's completion joins them), an existing user signs
 * in with it and joins at once. Who may invite is checked by the HTTP layer (`org:sys_memberships:manage`).
 */
export class OrganizationInvitations {
  constructor(private readonly deps: InvitationDeps) {}

  get(organizationId: string, id: string): InvitationRow | null {
    const row = this.deps.db
      .prepare('SELECT * FROM organization_invitations WHERE id = ? AND organization_id = ?')
      .get(id, organizationId) as InvitationRow | undefined;
    return row ? this.withExpiry(row) : null;
  }

  /**
   * Invites every address with `role`, all or none: a malformed address, one already pending, one belonging to a
   * member, or more invitations than the membership limit leaves room for refuses the whole batch.
   * The emailed link opens the absolute `pages.signUp`, or `pages.signIn` for an address that has an account.
   */
  create(
    organizationId: string,
    input: { emailAddresses: string[]; role: string; notify: boolean },
    pages: { signUp: string; signIn: string },
  ): InvitationRow[] {
    const { organizations } = this.deps;
    const org = organizations.get(organizationId);
    if (!org) throw errors.organizationNotFound(organizationId);
    if (!organizations.roles.get(input.role)) {
      throw errors.paramValueInvalid('role', `${input.role} is not a role of this instance.`);
    }
    if (input.emailAddresses.length === 0) throw errors.paramMissing('email_address');
    const emails = [...new Set(input.emailAddresses.map((e) => emailAddressParam('email_address', e).toLowerCase()))];
    for (const email of emails) {
      const user = this.deps.users.findByEmail(email);
      if (user && organizations.membership(organizationId, user.id)) throw errors.invitationMemberExists(email);
      if (this.pendingFor(organizationId, email)) throw errors.invitationAlreadyPending(email);
    }
    const max = org.max_allowed_memberships;
    const taken = organizations.membersCount(organizationId) + this.pendingCount(organizationId);
    if (max > 0 && taken + emails.length > max) throw errors.membershipQuotaExceeded(max);

    const now = this.deps.clock.now();
    const sent: Array<{ row: InvitationRow; ticket: string }> = [];
    this.deps.db.transaction(() => {
      for (const email of emails) {
        const ticket = randomBytes(32).toString('base64url');
        const row: InvitationRow = {
          id: newId('orginv'),
          organization_id: organizationId,
          email_address: email,
          role: input.role,
          status: 'pending',
          ticket_hash: hashTicket(ticket),
          sign_up_id: null,
          public_metadata: '{}',
          expires_at: now + TICKET_TTL_MS,
          created_at: now,
          updated_at: now,
        };
        this.deps.db
          .prepare(
            `INSERT INTO organization_invitations (id, organization_id, email_address, role, status, ticket_hash,
               sign_up_id, public_metadata, expires_at, created_at, updated_at)
             VALUES (@id, @organization_id, @email_address, @role, @status, @ticket_hash, @sign_up_id,
               @public_metadata, @expires_at, @created_at, @updated_at)`,
          )
          .run(row);
        sent.push({ row, ticket });
      }
    })();
    if (input.notify) {
      const app = this.deps.applicationName();
      for (const { row, ticket } of sent) {
        const flow = this.deps.users.emailExists(row.email_address) ? 'sign_in' : 'sign_up';
        const page = flow === 'sign_in' ? pages.signIn : pages.signUp;
        this.deps.mailbox.send({
          to: row.email_address,
          subject: `You're invited to join ${org.name} on ${app}`,
          text: `You have been invited to join ${org.name}. Open this link to accept:\n${withTicket(page, ticket, flow)}`,
        });
      }
    }
    return sent.map(({ row }) => row);
  }

  /** The organization's invitations, newest first, optionally only those in `statuses`. */
  list(
    organizationId: string,
    q: { statuses: string[]; limit: number; offset: number },
  ): { data: InvitationRow[]; total: number } {
    const all = (
      this.deps.db
        .prepare(
          'SELECT * FROM organization_invitations WHERE organization_id = ? ORDER BY created_at DESC, rowid DESC',
        )
        .all(organizationId) as InvitationRow[]
    )
      .map((row) => this.withExpiry(row))
      .filter((row) => q.statuses.length === 0 || q.statuses.includes(row.status));
    return { data: all.slice(q.offset, q.offset + q.limit), total: all.length };
  }

  pendingCount(organizationId: string): number {
    const row = this.deps.db
      .prepare(
        `SELECT COUNT(*) AS n FROM organization_invitations
         WHERE organization_id = ? AND status = 'pending' AND expires_at > ?`,
      )
      .get(organizationId, this.deps.clock.now()) as { n: number };
    return row.n;
  }

  /** Revokes a pending invitation: its ticket stops working at once. */
  revoke(organizationId: string, id: string): InvitationRow {
    const row = this.get(organizationId, id);
    if (!row) throw errors.notFound('Organization invitation', id);
    if (row.status !== 'pending') throw errors.invitationNotPending();
    this.setStatus(row.id, 'revoked');
    return this.get(organizationId, id) as InvitationRow;
  }

  /**
   * A sign-up presenting an organization ticket: the ticket is spent at once and the sign-up remembered, so its
   * completion (`joinAfterSignUp`) makes the new user a member. Returns the invited address, or null when the
   * ticket is not an organization invitation's (another kind of ticket, e.g. a waitlist one).
   */
  redeemForSignUp(ticket: string, signUpId: string): string | null {
    const row = this.byTicket(ticket);
    if (!row) return null;
    // Checked before the ticket is spent: the invitee who has an account signs in with it instead.
    if (this.deps.users.emailExists(row.email_address)) throw errors.identifierExists('email_address', 'email address');
    this.deps.db
      .prepare('UPDATE organization_invitations SET ticket_hash = NULL, sign_up_id = ?, updated_at = ? WHERE id = ?')
      .run(signUpId, this.deps.clock.now(), row.id);
    return row.email_address;
  }

  /** Called when a sign-up completes: the invitation it redeemed, if any, makes the new user a member. */
  joinAfterSignUp(signUpId: string, userId: string): void {
    const rows = this.deps.db
      .prepare(`SELECT * FROM organization_invitations WHERE sign_up_id = ? AND status = 'pending'`)
      .all(signUpId) as InvitationRow[];
    for (const row of rows) this.join(row, userId);
  }

  /**
   * An existing user signing in with an organization ticket: the user whose address it was sent to, who joins the
   * organization now. Null when the ticket is not an organization invitation's.
   */
  acceptForSignIn(ticket: string): { userId: string } | null {
    const row = this.byTicket(ticket);
    if (!row) return null;
    const user = this.deps.users.findByEmail(row.email_address);
    if (!user) throw errors.identifierNotFound();
    this.deps.db.transaction(() => this.join(row, user.id))();
    return { userId: user.id };
  }

  private join(row: InvitationRow, userId: string): void {
    if (!this.deps.organizations.membership(row.organization_id, userId)) {
      this.deps.organizations.addMember(row.organization_id, userId, row.role);
    }
    this.deps.db
      .prepare(
        `UPDATE organization_invitations SET status = 'accepted', ticket_hash = NULL, updated_at = ? WHERE id = ?`,
      )
      .run(this.deps.clock.now(), row.id);
  }

  /** The live invitation a ticket belongs to; null when no invitation ever had it, an error when it is spent. */
  private byTicket(ticket: string): InvitationRow | null {
    const row = this.deps.db
      .prepare('SELECT * FROM organization_invitations WHERE ticket_hash = ?')
      .get(hashTicket(ticket)) as InvitationRow | undefined;
    if (!row) return null;
    const live = this.withExpiry(row);
    if (live.status === 'expired') throw errors.ticketExpired();
    if (live.status !== 'pending') throw errors.ticketInvalid();
    return live;
  }

  private pendingFor(organizationId: string, email: string): boolean {
    const row = this.deps.db
      .prepare(
        `SELECT 1 FROM organization_invitations
         WHERE organization_id = ? AND email_address = ? COLLATE NOCASE AND status = 'pending' AND expires_at > ?`,
      )
      .get(organizationId, email, this.deps.clock.now());
    return row !== undefined;
  }

  private setStatus(id: string, status: InvitationStatus): void {
    this.deps.db
      .prepare('UPDATE organization_invitations SET status = ?, ticket_hash = NULL, updated_at = ? WHERE id = ?')
      .run(status, this.deps.clock.now(), id);
  }

  /** A pending invitation past its date reads as expired (no sweeper needed). */
  private withExpiry(row: InvitationRow): InvitationRow {
    return row.status === 'pending' && this.deps.clock.now() >= row.expires_at ? { ...row, status: 'expired' } : row;
  }
}
