import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { errors } from '../errors.js';
import type { InstanceConfig } from '../instance.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { passwordStrength } from './password-strength.js';

// N=2^15 (32 MiB with r=8) is above the 16384 floor and 50-130 ms a hash, acceptable for a dev server.
const PARAMS = { N: 32768, r: 8, p: 1, keylen: 64 } as const;

/**
 * The test suites alone lower the cost with `LATCH_TEST_SCRYPT_LOG2N` (package.json's test scripts: 10, N=1024).
 * They hash ~600 passwords, 72 s of CPU at 2^15 on two cores, and test what is hashed and checked, not how slowly.
 * A hash records its own N, so a database written either way verifies either way. Outside 10..14 it is ignored.
 */
export function scryptCost(env: NodeJS.ProcessEnv = process.env): number {
  const log2 = Number(env.LATCH_TEST_SCRYPT_LOG2N);
  return Number.isInteger(log2) && log2 >= 10 && log2 < 15 ? 2 ** log2 : PARAMS.N;
}

// scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is exactly that, so leave headroom.
const MAX_MEM = 64 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, { ...options, maxmem: MAX_MEM }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Encoded as `scrypt$N$r$p$salt$hash` (base64) so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const params = { ...PARAMS, N: scryptCost() };
  const key = await scryptAsync(password.normalize('NFKC'), salt, params.keylen, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, digest: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, hashB64] = digest.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64');
  const key = await scryptAsync(password.normalize('NFKC'), Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(key, expected);
}

/** What counts as a special character for `require_special_char` (the environment's `allowed_special_characters`). */
export const SPECIAL_CHARACTERS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** bcrypt, which Clerk hashes with, reads 72 bytes: a longer UTF-8 password is refused, not silently cut. */
const MAX_PASSWORD_BYTES = 72;

/** The character rules the instance turns on, each with the test a password must pass. */
const CHARACTER_RULES = [
  ['require_numbers', 'a number', (p: string) => /\p{Nd}/u.test(p)],
  ['require_lowercase', 'a lowercase letter', (p: string) => /\p{Ll}/u.test(p)],
  ['require_uppercase', 'an uppercase letter', (p: string) => /\p{Lu}/u.test(p)],
  ['require_special_char', 'a special character', (p: string) => [...p].some((c) => SPECIAL_CHARACTERS.includes(c))],
] as const;

/**
 * Length rules count Unicode code points (NIST 800-63B), never truncate. A small bundled list of the most
 * common passwords stands in for HaveIBeenPwned, which a dev server cannot reach offline. The character rules
 * and the zxcvbn score come last: a password the instance's rules refuse is "not strong enough".
 */
export function assertPasswordAllowed(password: string, settings: InstanceConfig['password']): void {
  const length = [...password].length;
  if (length < settings.min_length) throw errors.passwordTooShort(settings.min_length);
  if (length > settings.max_length) throw errors.passwordTooLong(settings.max_length);
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) throw errors.passwordTooManyBytes(MAX_PASSWORD_BYTES);
  if (settings.reject_pwned && COMMON_PASSWORDS.has(password.toLowerCase())) throw errors.passwordPwned();
  const missing = CHARACTER_RULES.filter(([rule, , passes]) => settings[rule] && !passes(password));
  if (missing.length)
    throw errors.passwordNotStrongEnough(`Passwords must contain ${missing.map(([, what]) => what).join(', ')}.`);
  if (settings.min_zxcvbn_strength > 0) {
    const { score, feedback } = passwordStrength(password);
    if (score < settings.min_zxcvbn_strength) {
      throw errors.passwordNotStrongEnough('Given password is not strong enough.', feedback.suggestions);
    }
  }
}
