import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import type { Signer } from './secrets.js';

export interface DevBrowserRow {
  id: string;
  client_id: string | null;
  created_at: number;
}

const PURPOSE = 'dev_browser';

/**
 * Development-instance browser identity: `POST /v1/dev_browser` hands out a signed opaque token that the
 * browser sends back as `?__clerk_db_jwt=`. Each dev browser owns at most one client.
 */
export class DevBrowsers {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly signer: Signer,
  ) {}

  create(): { row: DevBrowserRow; token: string } {
    const row: DevBrowserRow = { id: newId('dvb'), client_id: null, created_at: this.clock.now() };
    this.db
      .prepare('INSERT INTO dev_browsers (id, client_id, created_at) VALUES (@id, @client_id, @created_at)')
      .run(row);
    return { row, token: this.signer.sign(PURPOSE, row.id) };
  }

  /** The dev browser a token names, or null when the token is forged, malformed or unknown. */
  resolve(token: string): DevBrowserRow | null {
    const id = this.signer.verify(PURPOSE, token);
    if (!id) return null;
    const row = this.db.prepare('SELECT * FROM dev_browsers WHERE id = ?').get(id) as DevBrowserRow | undefined;
    return row ?? null;
  }

  attachClient(devBrowserId: string, clientId: string | null): void {
    this.db.prepare('UPDATE dev_browsers SET client_id = ? WHERE id = ?').run(clientId, devBrowserId);
  }
}
