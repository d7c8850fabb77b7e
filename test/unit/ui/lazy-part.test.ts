/**
 * A lazily fetched part (the user button's menu): fetched once however often it is asked for, kept once in, and
 * fetched again after a failure instead of remembering it.
 */
import { expect } from '@open-wc/testing';
import { lazyPart } from '../../../src/ui/lazy-part.js';

describe('lazyPart', () => {
  it('fetches once, then keeps the module', async () => {
    let fetches = 0;
    const part = lazyPart(async () => {
      fetches += 1;
      return { answer: 42 };
    });
    expect(part.module).to.equal(undefined);
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).to.equal(second);
    expect(part.module).to.equal(first);
    await part.load();
    expect(fetches).to.equal(1);
  });

  it('forgets a failed fetch, so the next need tries again', async () => {
    let fetches = 0;
    const part = lazyPart(async () => {
      fetches += 1;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    let error: unknown;
    await part.load().catch((caught: unknown) => {
      error = caught;
    });
    expect(error).to.be.instanceOf(TypeError);
    expect(part.module).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ answer: 42 });
    expect(part.module).to.deep.equal({ answer: 42 });
    expect(fetches).to.equal(2);
  });
});
