import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The one-time code the message carries, so tests and the /__dev page need not parse text. */
  code: string | null;
  created_at: number;
}

interface MailRow {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  code: string | null;
  created_at: number;
}

/**
 * The dev mailbox: every email the instance "sends" lands here (SQLite) and is printed on the console, since a
 * dev server has no mail transport. Read it at GET /__dev/mailbox or in tests via `mailbox.list()`.
 */
export class Mailbox {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
  ) {}

  send(message: { to: string; subject: string; text: string; code?: string | null }): MailMessage {
    const row: MailRow = {
      id: newId('mail'),
      to_address: message.to,
      subject: message.subject,
      text: message.text,
      code: message.code ?? null,
      created_at: this.clock.now(),
    };
    this.db
      .prepare(
        'INSERT INTO mailbox (id, to_address, subject, text, code, created_at) VALUES (@id, @to_address, @subject, @text, @code, @created_at)',
      )
      .run(row);
    this.log(`[mailbox] to=${row.to_address} code=${row.code ?? '-'} subject="${row.subject}"`);
    return toMessage(row);
  }

  /** Newest first; `to` matches case-insensitively. */
  list(filter: { to?: string } = {}): MailMessage[] {
    const rows = filter.to
      ? this.db
          .prepare('SELECT * FROM mailbox WHERE to_address = ? COLLATE NOCASE ORDER BY created_at DESC, rowid DESC')
          .all(filter.to)
      : this.db.prepare('SELECT * FROM mailbox ORDER BY created_at DESC, rowid DESC').all();
    return (rows as MailRow[]).map(toMessage);
  }

  /** The code from the newest message sent to `to`, if any. */
  latestCode(to: string): string | null {
    return this.list({ to }).find((m) => m.code)?.code ?? null;
  }

  clear(): void {
    this.db.prepare('DELETE FROM mailbox').run();
  }
}

function toMessage(row: MailRow): MailMessage {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    code: row.code,
    created_at: row.created_at,
  };
}
