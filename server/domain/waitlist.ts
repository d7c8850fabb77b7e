import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { DAY } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import { newId } from '../ids.js';
import type { InstanceConfig } from '../instance.js';
import { emailAddressParam, requireParam, type WireString } from './inputs.js';
import type { Mailbox } from './mailbox.js';
import type { Users } from './users.js';

export type WaitlistStatus = 'pending' | 'invited' | 'completed';

export interface WaitlistEntryRow {
  id: string;
  email_address: string;
  status: WaitlistStatus;
  /** sha256 of the invitation ticket: the database alone never yields a usable ticket. */
  ticket_hash: string | null;
  ticket_expire_at: number | null;
  invited_at: number | null;
  created_at: number;
  updated_at: number;
}

/** How long an invitation link stays usable. */
export const TICKET_TTL_MS = 30 * DAY;

/** The query param that carries an invitation ticket in a sign-up link (Clerk's name). */
export const TICKET_PARAM = '__clerk_ticket';

/**
 * Next to the ticket, the flow it is for (Clerk's `__clerk_status`: `sign_up` or `sign_in`). A page that shows both
 * a sign-in and a sign-up card lets only that one redeem the single-use ticket.
 */
export const TICKET_FLOW_PARAM = '__clerk_status';
export type TicketFlow = 'sign_up' | 'sign_in';

export interface WaitlistDeps {
  db: Db;
  clock: Clock;
  /** Read on every call, so a runtime change of the sign-up mode takes effect at once. */
  instance: () => InstanceConfig;
  mailbox: Mailbox;
  users: Users;
}

const hashTicket = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/**
 * The waitlist of an instance in the `waitlist` sign-up mode: people leave an email address (join), a developer
 * invites them from /__dev/waitlist, which mails a sign-up link carrying a single-use, expiring ticket; the
 * sign-up that presents the ticket may proceed although sign-ups are closed (SignUps.createWithTicket).
 */
export class Waitlist {
  constructor(private readonly deps: WaitlistDeps) {}

  /**
   * Joins the waitlist. An address already on it gets its existing entry back (the FAPI spec says so: joining
   * twice is not an error); an address that already has an account is refused, and so is everyone when the
   * instance is not in the waitlist sign-up mode.
   */
  join(input: { email_address?: WireString }): WaitlistEntryRow {
    if (this.deps.instance().sign_up_mode !== 'waitlist') throw errors.waitlistNotEnabled();
    const email = emailAddressParam('email_address', requireParam(input.email_address, 'email_address'));
    if (this.deps.users.emailExists(email)) throw errors.identifierExists('email_address', 'email address');
    const existing = this.findByEmail(email);
    if (existing) return existing;
    const now = this.deps.clock.now();
    const row: WaitlistEntryRow = {
      id: newId('wle'),
      email_address: email,
      status: 'pending',
      ticket_hash: null,
      ticket_expire_at: null,
      invited_at: null,
      created_at: now,
      updated_at: now,
    };
    this.deps.db
      .prepare(
        `INSERT INTO waitlist_entries (id, email_address, status, ticket_hash, ticket_expire_at, invited_at, created_at, updated_at)
         VALUES (@id, @email_address, @status, @ticket_hash, @ticket_expire_at, @invited_at, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  /** Newest first. */
  list(): WaitlistEntryRow[] {
    return this.deps.db
      .prepare('SELECT * FROM waitlist_entries ORDER BY created_at DESC, rowid DESC')
      .all() as WaitlistEntryRow[];
  }

  get(id: string): WaitlistEntryRow | null {
    return (this.deps.db.prepare('SELECT * FROM waitlist_entries WHERE id = ?').get(id) as WaitlistEntryRow) ?? null;
  }

  /**
   * Invites an entry: a fresh ticket (an earlier one stops working) and an email with the sign-up link built from
   * `signUpUrl` (absolute). Returns the entry and the link, so the dev page and tests need not read the mail.
   */
  invite(id: string, signUpUrl: string): { entry: WaitlistEntryRow; link: string } {
    const entry = this.get(id);
    if (!entry) throw errors.notFound('Waitlist entry', id);
    if (entry.status === 'completed') throw errors.waitlistEntryCompleted();
    const ticket = randomBytes(32).toString('base64url');
    const now = this.deps.clock.now();
    const next: WaitlistEntryRow = {
      ...entry,
      status: 'invited',
      ticket_hash: hashTicket(ticket),
      ticket_expire_at: now + TICKET_TTL_MS,
      invited_at: now,
      updated_at: now,
    };
    this.deps.db
      .prepare(
        `UPDATE waitlist_entries SET status = @status, ticket_hash = @ticket_hash, ticket_expire_at = @ticket_expire_at,
           invited_at = @invited_at, updated_at = @updated_at WHERE id = @id`,
      )
      .run(next);
    const link = withTicket(signUpUrl, ticket, 'sign_up');
    const app = this.deps.instance().application_name;
    this.deps.mailbox.send({
      to: entry.email_address,
      subject: `You're invited to ${app}`,
      text: `Your wait is over: you can now create your ${app} account. Open this link to sign up:\n${link}`,
    });
    return { entry: next, link };
  }

  /**
   * The email address a ticket was issued for, if the ticket is live. Redeeming marks the entry completed, so a
   * ticket opens exactly one sign-up.
   */
  redeemTicket(ticket: string): string {
    const row = this.deps.db.prepare('SELECT * FROM waitlist_entries WHERE ticket_hash = ?').get(hashTicket(ticket)) as
      | WaitlistEntryRow
      | undefined;
    if (row?.status !== 'invited') throw errors.ticketInvalid();
    if (row.ticket_expire_at === null || this.deps.clock.now() >= row.ticket_expire_at) throw errors.ticketExpired();
    this.deps.db
      .prepare(`UPDATE waitlist_entries SET status = 'completed', ticket_hash = NULL, updated_at = ? WHERE id = ?`)
      .run(this.deps.clock.now(), row.id);
    return row.email_address;
  }

  private findByEmail(email: string): WaitlistEntryRow | null {
    return (
      (this.deps.db.prepare('SELECT * FROM waitlist_entries WHERE email_address = ? COLLATE NOCASE').get(email) as
        | WaitlistEntryRow
        | undefined) ?? null
    );
  }
}

/**
 * The sign-up or sign-in link with the ticket and its flow as query params. For a hash-routed URL (`/#/sign-up`) the
 * params go before the fragment, where `location.search` finds them.
 */
export function withTicket(pageUrl: string, ticket: string, flow: TicketFlow): string {
  const url = new URL(pageUrl);
  url.searchParams.set(TICKET_PARAM, ticket);
  url.searchParams.set(TICKET_FLOW_PARAM, flow);
  return url.href;
}
