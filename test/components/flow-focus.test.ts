/**
 * Two flows on one page share the URL (hash routing). A history change must move focus only into the element
 * whose card changed: Back from the sign-in password step lands on the sign-in heading, not on sign-up's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

describe('focus across flows that share the URL', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('Back moves focus to the heading of the flow that changed, and only that one', async () => {
    const { latch } = await loadedLatch();
    const page = await fixture<HTMLElement>(html`<div>
      <latch-sign-in routing="hash" .latch=${latch}></latch-sign-in>
      <latch-sign-up routing="hash" .latch=${latch}></latch-sign-up>
    </div>`);
    const signIn = page.querySelector('latch-sign-in')!;
    input(signIn, 'identifier').value = ALICE.emailAddress;
    input(signIn, 'identifier').dispatchEvent(new Event('input'));
    signIn.querySelector('form')!.requestSubmit();
    await until(() => signIn.querySelector('input[name="password"]'), 'password step');
    history.back();
    await until(() => signIn.querySelector('input[name="identifier"]'), 'back on the start step');
    await until(() => document.activeElement?.classList.contains('cl-headerTitle'), 'a heading has focus');
    expect(signIn.contains(document.activeElement), 'focus is in the sign-in card').to.equal(true);
  });
});
