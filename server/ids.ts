import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Clerk-style identifiers (`user_2abc…`, `sess_…`): a type prefix plus 27 base62 characters of randomness
 * (~160 bits), so ids are unguessable and never collide in practice.
 */
export function newId(prefix: string): string {
  const bytes = randomBytes(27);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}
