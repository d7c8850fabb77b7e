import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import type { ProviderIdentity } from './mock-provider.js';

export interface ExternalAccountRow {
  id: string;
  user_id: string;
  provider: string;
  provider_user_id: string;
  email_address: string;
  email_address_verified: number;
  first_name: string | null;
  last_name: string | null;
  created_at: number;
  updated_at: number;
}

/** The provider accounts users signed in or up with (the User object's `external_accounts`). */
export class ExternalAccounts {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  find(provider: string, providerUserId: string): ExternalAccountRow | null {
    const row = this.db
      .prepare('SELECT * FROM external_accounts WHERE provider = ? AND provider_user_id = ?')
      .get(provider, providerUserId) as ExternalAccountRow | undefined;
    return row ?? null;
  }

  forUser(userId: string): ExternalAccountRow[] {
    return this.db
      .prepare('SELECT * FROM external_accounts WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as ExternalAccountRow[];
  }

  /** The user's own account with that id, or null (someone else's reads as absent). */
  own(userId: string, id: string): ExternalAccountRow | null {
    return this.forUser(userId).find((row) => row.id === id) ?? null;
  }

  /** Unlinks one of the user's accounts; false when the user has no account with that id. */
  remove(userId: string, id: string): boolean {
    return this.db.prepare('DELETE FROM external_accounts WHERE id = ? AND user_id = ?').run(id, userId).changes > 0;
  }

  /** `id` is given when the account was announced before it existed (connecting from the profile). */
  link(userId: string, identity: ProviderIdentity, id = newId('eac')): ExternalAccountRow {
    const now = this.clock.now();
    const row: ExternalAccountRow = {
      id,
      user_id: userId,
      provider: identity.provider,
      provider_user_id: identity.provider_user_id,
      email_address: identity.email_address,
      email_address_verified: identity.email_verified ? 1 : 0,
      first_name: identity.first_name,
      last_name: identity.last_name,
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO external_accounts (id, user_id, provider, provider_user_id, email_address, email_address_verified,
           first_name, last_name, created_at, updated_at)
         VALUES (@id, @user_id, @provider, @provider_user_id, @email_address, @email_address_verified, @first_name,
           @last_name, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }
}
