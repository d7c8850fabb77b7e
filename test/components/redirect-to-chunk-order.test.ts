/**
 * The script tag defines `<latch-signed-out>` (the state elements' chunk) and `<latch-redirect-to-sign-in>` (the
 * redirect elements' chunk) from two chunks, in whichever order they arrive. This file loads only the redirect
 * elements at first, as a page does when their chunk wins: a state element above, not defined yet, must still
 * decide whether the redirect happens.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/redirect-to/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const OPTIONS = { signInUrl: '/sign-in', signUpUrl: '/sign-up' };

describe('redirect-to under a state element whose chunk arrives later', () => {
  it('a signed-in user is not sent to sign in, before or after <latch-signed-out> is defined', async () => {
    expect(customElements.get('latch-signed-out'), 'this file starts without the state elements').to.equal(undefined);
    const signedIn = await loadedLatch({ users: [ALICE], clientState: 'signed-in' }, OPTIONS);
    const signedOut = await loadedLatch(undefined, OPTIONS);
    await fixture(html`<div>
      <latch-signed-out .latch=${signedIn.latch}><latch-redirect-to-sign-in .latch=${signedIn.latch}></latch-redirect-to-sign-in></latch-signed-out>
      <latch-signed-out .latch=${signedOut.latch}><latch-redirect-to-sign-in .latch=${signedOut.latch}></latch-redirect-to-sign-in></latch-signed-out>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(signedIn.navigations, 'nothing while <latch-signed-out> is undefined').to.deep.equal([]);
    expect(signedOut.navigations).to.deep.equal([]);

    // The state elements' chunk arrives.
    await import('../../src/components/control/state-elements.js');
    await until(() => signedOut.navigations.length === 1, 'the signed-out visitor is sent to sign in');
    expect(new URL(signedOut.navigations[0]!, location.href).pathname).to.equal('/sign-in');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(signedIn.navigations, 'the signed-in user stays').to.deep.equal([]);
  });
});
