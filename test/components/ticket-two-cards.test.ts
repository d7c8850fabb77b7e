/**
 * A page that shows both a sign-in and a sign-up card (the demo's home) opened from an invitation link: the ticket is
 * single use, so only the card its `__clerk_status` names redeems it, and the other one shows its ordinary form with
 * no error.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import '../../src/components/sign-up/index.js';
import type { MemoryFrontendApi } from '../../src/api/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import type { TicketFlow } from '../../src/core/link-params.js';
import { LINK_STATUS_PARAM, TICKET_PARAM } from '../../src/core/link-params.js';
import { ALICE, input, loadedLatch, signInByKeyboard, until } from './helpers.js';

function openInvitationLink(ticket: string, flow: TicketFlow): void {
  const url = new URL(location.href);
  url.searchParams.set(TICKET_PARAM, ticket);
  url.searchParams.set(LINK_STATUS_PARAM, flow);
  history.replaceState(null, '', url.href);
}

async function mountBoth(invitee: string, flow: TicketFlow, { holdRedemption = false } = {}) {
  const ctx = await loadedLatch();
  openInvitationLink(ctx.api.invite(invitee), flow);
  const release = holdRedemption ? holdSignUpCreation(ctx.api) : () => {};
  const page = await fixture<HTMLElement>(html`
    <div>
      <latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>
      <latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>
    </div>
  `);
  const signIn = page.querySelector('latch-sign-in') as LatchSignIn;
  const signUp = page.querySelector('latch-sign-up') as LatchSignUp;
  await Promise.all([signIn.updateComplete, signUp.updateComplete]);
  return { ...ctx, page, signIn, signUp, release };
}

/**
 * Holds the ticket's redemption (`createSignUp`) until the returned function is called: a card mounted before this
 * has sent it, and its answer waits.
 */
function holdSignUpCreation(api: MemoryFrontendApi): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const create = api.createSignUp.bind(api);
  api.createSignUp = async (...args) => {
    await held;
    return create(...args);
  };
  return release;
}

const creates = <T extends { method: string }>(calls: T[], method: string) =>
  calls.filter((call) => call.method === method);

describe('an invitation link on a page with both cards', () => {
  afterEach(() => {
    const url = new URL(location.href);
    url.searchParams.delete(TICKET_PARAM);
    url.searchParams.delete(LINK_STATUS_PARAM);
    history.replaceState(null, '', url.href);
  });

  it('a sign-up ticket: the sign-up card redeems it, the sign-in card keeps its form and says nothing', async () => {
    const { api, page, signIn, signUp } = await mountBoth('invited.guest@example.com', 'sign_up');
    await until(() => input(signUp, 'emailAddress').value === 'invited.guest@example.com', 'the invited address');
    expect(creates(api.calls, 'createSignUp')).to.have.length(1);
    expect(creates(api.calls, 'createSignIn'), 'the sign-in card leaves the ticket alone').to.have.length(0);
    expect(signIn.querySelector('.cl-alert'), 'no "invitation no longer valid" on the other card').to.equal(null);
    expect(signIn.querySelector('input[name="identifier"]')).to.exist;
    expect(new URL(location.href).searchParams.has(LINK_STATUS_PARAM), 'the target leaves with the ticket').to.be.false;
    await expect(page).to.be.accessible();
  });

  it('a sign-in ticket: the sign-in card signs the member in, the sign-up card does not try it', async () => {
    const { api, latch, signUp } = await mountBoth(ALICE.emailAddress, 'sign_in');
    await until(() => latch.user, 'signed-in user');
    expect(creates(api.calls, 'createSignIn')[0]?.params[0]).to.deep.include({ strategy: 'ticket' });
    expect(creates(api.calls, 'createSignUp'), 'the sign-up card leaves the ticket alone').to.have.length(0);
    expect(signUp.querySelector('.cl-alert')).to.equal(null);
  });

  it('the card left alone still signs in by keyboard', async () => {
    const { signIn, signUp } = await mountBoth('invited.other@example.com', 'sign_up');
    await until(() => input(signUp, 'emailAddress').value === 'invited.other@example.com', 'the invited address');
    await signInByKeyboard(signIn);
    expect(signIn.querySelector('.cl-alert')).to.equal(null);
  });

  it("a sign-up ticket takes the focus from the sign-in card's untouched autofocus field to the password", async () => {
    const { signIn, signUp, release } = await mountBoth('invited.focus@example.com', 'sign_up', {
      holdRedemption: true,
    });
    // The page as a visitor sees it before the ticket is redeemed: the sign-in card's identifier field focused by its
    // autofocus (set here: a test page's autofocus is spent by its first card).
    input(signIn, 'identifier').focus();
    release();
    await until(() => input(signUp, 'emailAddress').value === 'invited.focus@example.com', 'the invited address');
    await until(() => document.activeElement === input(signUp, 'password'), 'the focus in the invited password field');
    await sendKeys({ type: 'a-long-enough-secret' });
    expect(input(signUp, 'password').value).to.equal('a-long-enough-secret');
  });

  it('a field the visitor has typed in keeps the focus when the ticket is redeemed', async () => {
    const { signIn, signUp, release } = await mountBoth('invited.busy@example.com', 'sign_up', {
      holdRedemption: true,
    });
    input(signIn, 'identifier').focus();
    await sendKeys({ type: 'al' });
    release();
    await until(() => input(signUp, 'emailAddress').value === 'invited.busy@example.com', 'the invited address');
    await signUp.updateComplete;
    expect(document.activeElement).to.equal(input(signIn, 'identifier'));
    expect(input(signIn, 'identifier').value).to.equal('al');
  });
});
