import { expect } from '@open-wc/testing';
import { latchContext } from '../../../src/core/context.js';
import { Latch } from '../../../src/core/latch.js';
import { getDefaultLatch, onDefaultLatch, setDefaultLatch } from '../../../src/core/registry.js';
import { FakeFrontendApi } from './fake-api.js';

describe('default Latch registry', () => {
  afterEach(() => setDefaultLatch(null));

  it('set / get / clear', () => {
    const latch = new Latch(undefined, { api: new FakeFrontendApi() });
    expect(getDefaultLatch()).to.equal(undefined);
    setDefaultLatch(latch);
    expect(getDefaultLatch()).to.equal(latch);
    setDefaultLatch(null);
    expect(getDefaultLatch()).to.equal(undefined);
  });

  it('onDefaultLatch calls back now when set, later when it gets set, and unsubscribes', () => {
    const first = new Latch(undefined, { api: new FakeFrontendApi() });
    const second = new Latch(undefined, { api: new FakeFrontendApi() });
    const seen: Latch[] = [];
    const unsubscribe = onDefaultLatch((latch) => seen.push(latch));
    expect(seen).to.have.length(0);
    setDefaultLatch(first);
    expect(seen).to.deep.equal([first]);
    unsubscribe();
    setDefaultLatch(second);
    expect(seen).to.deep.equal([first]);
    const late: Latch[] = [];
    onDefaultLatch((latch) => late.push(latch))();
    expect(late).to.deep.equal([second]);
  });

  it('load() registers the first loaded instance only', async () => {
    const first = new Latch(undefined, { api: new FakeFrontendApi() });
    const second = new Latch(undefined, { api: new FakeFrontendApi() });
    const seen: Latch[] = [];
    onDefaultLatch((latch) => seen.push(latch));
    await first.load();
    await second.load();
    expect(getDefaultLatch()).to.equal(first);
    expect(seen).to.deep.equal([first]);
  });

  it('the context key is the global latch symbol', () => {
    expect(latchContext).to.equal(Symbol.for('latch'));
  });
});
