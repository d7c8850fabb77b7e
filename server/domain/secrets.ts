import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Db, getMeta, setMeta } from '../db.js';

/**
 * HMAC signer for opaque tokens the browser carries (dev-browser token, `__client` cookie). The secret is
 * generated once per database, so tokens survive restarts but are useless against another instance.
 */
export class Signer {
  private readonly secret: Buffer;

  constructor(db: Db) {
    let stored = getMeta(db, 'hmac_secret');
    if (!stored) {
      stored = randomBytes(32).toString('base64');
      setMeta(db, 'hmac_secret', stored);
    }
    this.secret = Buffer.from(stored, 'base64');
  }

  /** `<value>.<mac>`; `purpose` separates token kinds so a cookie value cannot be replayed as a dev token. */
  sign(purpose: string, value: string): string {
    return `${value}.${this.mac(purpose, value)}`;
  }

  /** Returns the signed value, or null when the token is malformed or the MAC does not match. */
  verify(purpose: string, token: string): string | null {
    const dot = token.lastIndexOf('.');
    if (dot <= 0) return null;
    const value = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(purpose, value));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return value;
  }

  private mac(purpose: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${value}`).digest('base64url');
  }
}
