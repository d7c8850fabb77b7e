import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, scryptCost, verifyPassword } from '../domain/passwords.js';

/** Runs `body` with LATCH_TEST_SCRYPT_LOG2N set to `value` (or unset), as a server started without the tests' env. */
async function withCostEnv<T>(value: string | undefined, body: () => Promise<T>): Promise<T> {
  const saved = process.env.LATCH_TEST_SCRYPT_LOG2N;
  if (value === undefined) delete process.env.LATCH_TEST_SCRYPT_LOG2N;
  else process.env.LATCH_TEST_SCRYPT_LOG2N = value;
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env.LATCH_TEST_SCRYPT_LOG2N;
    else process.env.LATCH_TEST_SCRYPT_LOG2N = saved;
  }
}

const costOf = (digest: string) => Number(digest.split('$')[1]);

describe('password hashes (scrypt)', () => {
  it('a server hashes at N=2^15, r=8, p=1 with a fresh salt, and checks the password against it', async () => {
    const [first, second] = await withCostEnv(undefined, () =>
      Promise.all([hashPassword('violet-harbor-lantern'), hashPassword('violet-harbor-lantern')]),
    );
    assert.match(first, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    assert.notEqual(first, second, 'a salt of its own per hash');
    assert.equal(await verifyPassword('violet-harbor-lantern', first), true);
    assert.equal(await verifyPassword('violet-harbor-lanterN', first), false);
    assert.equal(await verifyPassword('violet-harbor-lantern', 'bcrypt$x$y'), false, 'an unknown scheme');
  });

  it('only the test suites lower the cost, within 2^10..2^14; the hash records its N and verifies either way', async () => {
    assert.equal(scryptCost({}), 32768);
    assert.equal(scryptCost({ LATCH_TEST_SCRYPT_LOG2N: '10' }), 1024);
    for (const ignored of ['9', '15', '20', '10.5', 'fast', '']) {
      assert.equal(scryptCost({ LATCH_TEST_SCRYPT_LOG2N: ignored }), 32768, `"${ignored}" is ignored`);
    }
    const cheap = await withCostEnv('10', () => hashPassword('violet-harbor-lantern'));
    assert.equal(costOf(cheap), 1024);
    // A database written by the tests' server is read by a server at full cost, and the other way round.
    assert.equal(await withCostEnv(undefined, () => verifyPassword('violet-harbor-lantern', cheap)), true);
    const full = await withCostEnv(undefined, () => hashPassword('violet-harbor-lantern'));
    assert.equal(await withCostEnv('10', () => verifyPassword('violet-harbor-lantern', full)), true);
  });
});
