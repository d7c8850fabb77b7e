/** The Latch core against the real in-memory adapter: the flows a page runs, end to end in the browser. */
import { expect } from '@open-wc/testing';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import { Latch } from '../../../src/core/latch.js';
import { setDefaultLatch } from '../../../src/core/registry.js';

describe('Latch with MemoryFrontendApi', () => {
  afterEach(() => setDefaultLatch(null));

  it('signs up, verifies the email code, is signed in, gets a token, signs out', async () => {
    const api = new MemoryFrontendApi();
    const latch = new Latch(undefined, { api });
    await latch.load();
    expect(latch.user).to.equal(null);

    const signUp = latch.client!.signUp;
    await signUp.create({ emailAddress: 'grace@example.com', password: 'cobol-compiler-1959' });
    expect(signUp.status).to.equal('missing_requirements');
    await signUp.prepareEmailAddressVerification();
    await signUp.attemptEmailAddressVerification({ code: '424242' });
    expect(signUp.status).to.equal('complete');
    expect(latch.session?.id).to.equal(signUp.createdSessionId);
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('grace@example.com');

    const token = await latch.session!.getToken();
    expect(token?.split('.')).to.have.length(3);

    await latch.signOut();
    expect(latch.session).to.equal(null);
    expect(latch.user).to.equal(null);
  });

  it('loads a signed-in client and signs in again with a password after signing out', async () => {
    const api = new MemoryFrontendApi({
      clientState: 'signed-in',
      users: [{ emailAddress: 'ada@example.com', password: 'analytical-engine', firstName: 'Ada' }],
    });
    const latch = new Latch(undefined, { api });
    await latch.load();
    expect(latch.user?.firstName).to.equal('Ada');
    await latch.signOut();
    expect(latch.user).to.equal(null);
    await latch.client!.signIn.create({ identifier: 'ada@example.com', password: 'analytical-engine' });
    expect(latch.user?.firstName).to.equal('Ada');
    await latch.signOut();
  });
});
