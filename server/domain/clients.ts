import { type Clock, DAY } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';

export interface ClientRow {
  id: string;
  sign_in_id: string | null;
  sign_up_id: string | null;
  last_active_session_id: string | null;
  last_authentication_strategy: string | null;
  cookie_expires_at: number;
  destroyed_at: number | null;
  created_at: number;
  updated_at: number;
}

/** How long the `__client` cookie lives; refreshed whenever the client changes. */
export const CLIENT_COOKIE_TTL_MS = 365 * DAY;

type ClientPatch = Partial<
  Pick<ClientRow, 'sign_in_id' | 'sign_up_id' | 'last_active_session_id' | 'last_authentication_strategy'>
>;

/** The Client: one per browser, owning the in-progress sign-in/sign-up and the sessions. */
export class Clients {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** A live (not destroyed) client, or null. */
  get(id: string | null | undefined): ClientRow | null {
    if (!id) return null;
    const row = this.db.prepare('SELECT * FROM clients WHERE id = ? AND destroyed_at IS NULL').get(id) as
      | ClientRow
      | undefined;
    return row ?? null;
  }

  create(): ClientRow {
    const now = this.clock.now();
    const row: ClientRow = {
      id: newId('client'),
      sign_in_id: null,
      sign_up_id: null,
      last_active_session_id: null,
      last_authentication_strategy: null,
      cookie_expires_at: now + CLIENT_COOKIE_TTL_MS,
      destroyed_at: null,
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO clients (id, sign_in_id, sign_up_id, last_active_session_id, last_authentication_strategy,
           cookie_expires_at, destroyed_at, created_at, updated_at)
         VALUES (@id, @sign_in_id, @sign_up_id, @last_active_session_id, @last_authentication_strategy,
           @cookie_expires_at, @destroyed_at, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  update(id: string, patch: ClientPatch): void {
    const now = this.clock.now();
    const sets = Object.keys(patch).map((key) => `${key} = @${key}`);
    sets.push('updated_at = @now', 'cookie_expires_at = @cookie');
    this.db
      .prepare(`UPDATE clients SET ${sets.join(', ')} WHERE id = @id`)
      .run({ ...patch, id, now, cookie: now + CLIENT_COOKIE_TTL_MS });
  }

  destroy(id: string): void {
    const now = this.clock.now();
    this.db
      .prepare(
        'UPDATE clients SET destroyed_at = ?, updated_at = ?, sign_in_id = NULL, sign_up_id = NULL, last_active_session_id = NULL WHERE id = ?',
      )
      .run(now, now, id);
  }
}
