import { type Clock, DAY } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';

export type SessionStatus = 'active' | 'ended' | 'removed' | 'expired' | 'abandoned' | 'revoked';

export interface SessionRow {
  id: string;
  client_id: string;
  user_id: string;
  status: SessionStatus;
  expire_at: number;
  abandon_at: number;
  last_active_at: number;
  first_factor_verified_at: number;
  /** When the session last proved a second factor (sign-in, reverification, a new authenticator app); null: never. */
  second_factor_verified_at: number | null;
  created_at: number;
  updated_at: number;
}

export const SESSION_LIFETIME_MS = 7 * DAY;
export const SESSION_ABANDON_MS = 30 * DAY;

export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  create(clientId: string, userId: string): SessionRow {
    const now = this.clock.now();
    const row: SessionRow = {
      id: newId('sess'),
      client_id: clientId,
      user_id: userId,
      status: 'active',
      expire_at: now + SESSION_LIFETIME_MS,
      abandon_at: now + SESSION_ABANDON_MS,
      last_active_at: now,
      first_factor_verified_at: now,
      second_factor_verified_at: null,
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO sessions (id, client_id, user_id, status, expire_at, abandon_at, last_active_at,
           first_factor_verified_at, created_at, updated_at)
         VALUES (@id, @client_id, @user_id, @status, @expire_at, @abandon_at, @last_active_at,
           @first_factor_verified_at, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  /** The session with its status brought up to date (an active session past expire_at is expired). */
  get(id: string): SessionRow | null {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row ? this.refresh(row) : null;
  }

  forClient(clientId: string): SessionRow[] {
    const rows = this.db
      .prepare('SELECT * FROM sessions WHERE client_id = ? ORDER BY created_at, rowid')
      .all(clientId) as SessionRow[];
    return rows.map((row) => this.refresh(row));
  }

  /** Sessions a client lists: only live ones, as Clerk drops ended/removed sessions from `client.sessions`. */
  activeForClient(clientId: string): SessionRow[] {
    return this.forClient(clientId).filter((s) => s.status === 'active');
  }

  /** The live session of this client used last (ties: the newest), or null: who takes over after a sign-out. */
  mostRecentActive(clientId: string): SessionRow | null {
    const active = this.activeForClient(clientId);
    return active.reduce<SessionRow | null>(
      (best, s) => (!best || s.last_active_at >= best.last_active_at ? s : best),
      null,
    );
  }

  setStatus(id: string, status: SessionStatus): SessionRow | null {
    this.db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(status, this.clock.now(), id);
    return this.get(id);
  }

  /** Ends every active session of a user ("sign out of all other devices" after a password reset). */
  revokeAllForUser(userId: string): void {
    this.db
      .prepare("UPDATE sessions SET status = 'revoked', updated_at = ? WHERE user_id = ? AND status = 'active'")
      .run(this.clock.now(), userId);
  }

  /** The user proved a first factor again (reverification): the session counts as freshly verified. */
  firstFactorVerified(id: string): SessionRow | null {
    const now = this.clock.now();
    this.db.prepare('UPDATE sessions SET first_factor_verified_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return this.get(id);
  }

  /** The user proved a second factor (at sign-in, on reverification, or by turning on an authenticator app). */
  secondFactorVerified(id: string): SessionRow | null {
    const now = this.clock.now();
    this.db.prepare('UPDATE sessions SET second_factor_verified_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return this.get(id);
  }

  /**
   * Dev tools only: moves the session's last factor proofs (the first, and the second if any) `ms` into the past,
   * to try reverification.
   */
  ageFactorVerifications(id: string, ms: number): SessionRow | null {
    this.db
      .prepare(
        `UPDATE sessions SET first_factor_verified_at = first_factor_verified_at - @ms,
           second_factor_verified_at = second_factor_verified_at - @ms, updated_at = @now WHERE id = @id`,
      )
      .run({ ms, now: this.clock.now(), id });
    return this.get(id);
  }

  touch(id: string): SessionRow | null {
    const now = this.clock.now();
    this.db.prepare('UPDATE sessions SET last_active_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return this.get(id);
  }

  private refresh(row: SessionRow): SessionRow {
    if (row.status !== 'active') return row;
    const now = this.clock.now();
    const status: SessionStatus | null = now >= row.expire_at ? 'expired' : now >= row.abandon_at ? 'abandoned' : null;
    if (!status) return row;
    this.db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(status, now, row.id);
    return { ...row, status, updated_at: now };
  }
}
