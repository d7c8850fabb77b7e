import { expect } from '@open-wc/testing';
import { setEarlyNewBrowser } from '../../../src/api/http/early-requests.js';
import Latch, { setDefaultLatch } from '../../../src/core/index.js';
import { FakeFrontendApi } from './fake-api.js';

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The script tag tells the core when it found no dev-browser token anywhere (src/loader/early-load.ts): such a
 * browser has no client yet, so the first load is ready with the environment alone and the client confirms later.
 */
describe('Latch load in a new browser', () => {
  let api: FakeFrontendApi;
  let latch: Latch;

  beforeEach(() => {
    setDefaultLatch(null);
    api = new FakeFrontendApi();
    latch = new Latch(undefined, { api });
  });

  afterEach(() => {
    setEarlyNewBrowser(Promise.resolve(false));
    setDefaultLatch(null);
  });

  it('is ready as soon as the environment is in, signed out, while the client is still asked for', async () => {
    setEarlyNewBrowser(Promise.resolve(true));
    const clientGate = api.hold('getClient');
    await latch.load();
    expect(latch.status).to.equal('ready');
    expect(latch.client?.id).to.equal(null);
    expect(latch.session).to.equal(null);
    // The background request adopts the dev browser the script tag created.
    expect(api.count('getClient')).to.equal(1);
    clientGate.release();
    await settle();
    expect(latch.session).to.equal(null);
  });

  it('takes a client the server knows after all, when the user has not started anything meanwhile', async () => {
    setEarlyNewBrowser(Promise.resolve(true));
    api.signInDirectly();
    const clientGate = api.hold('getClient');
    await latch.load();
    expect(latch.session).to.equal(null);
    clientGate.release();
    await settle();
    expect(latch.session?.id).to.be.a('string');
  });

  it('keeps a sign-in started before the confirmation arrives', async () => {
    setEarlyNewBrowser(Promise.resolve(true));
    const clientGate = api.hold('getClient');
    await latch.load();
    const signIn = await latch.client!.signIn.create({ identifier: 'ada@example.com' });
    expect(signIn.status).to.equal('needs_first_factor');
    clientGate.release();
    await settle();
    expect(latch.client?.signIn.status).to.equal('needs_first_factor');
  });

  it('waits for the client when the browser is known (a returning visitor may be signed in)', async () => {
    setEarlyNewBrowser(Promise.resolve(false));
    api.signInDirectly();
    const clientGate = api.hold('getClient');
    const loading = latch.load();
    await settle();
    expect(latch.loaded).to.equal(false);
    clientGate.release();
    await loading;
    expect(latch.session?.id).to.be.a('string');
  });

  it('waits for the client when nothing was said (an ES build, a production key)', async () => {
    api.signInDirectly();
    await latch.load();
    expect(latch.session?.id).to.be.a('string');
  });
});
