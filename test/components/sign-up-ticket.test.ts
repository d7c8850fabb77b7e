import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { setDefaultLatch } from '../../src/core/index.js';
import { TICKET_PARAM } from '../../src/core/link-params.js';
import { enUSErrors } from '../../src/localization/en-US-errors.js';
import { enUSSignUp } from '../../src/localization/en-US-sign-up.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const INVITED = 'invited.guest@example.com';

/** The page as the emailed invitation link opens it: the ticket in the query string. */
function openInvitationLink(ticket: string): void {
  const url = new URL(location.href);
  url.searchParams.set(TICKET_PARAM, ticket);
  history.replaceState(null, '', url.href);
}

function ticketInPage(): string | null {
  return new URL(location.href).searchParams.get(TICKET_PARAM);
}

async function mountInvited(ticket?: string) {
  const ctx = await loadedLatch();
  openInvitationLink(ticket ?? ctx.api.invite(INVITED));
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  return { ...ctx, el };
}

describe('<latch-sign-up> with an invitation ticket', () => {
  afterEach(() => {
    const url = new URL(location.href);
    url.searchParams.delete(TICKET_PARAM);
    history.replaceState(null, '', url.href);
  });

  it('opens the invited sign-up: the address prefilled and locked, the ticket gone from the URL', async () => {
    const { el, api } = await mountInvited();
    await until(() => input(el, 'emailAddress').value === INVITED, 'the invited address');
    const email = input(el, 'emailAddress');
    expect(email.readOnly).to.be.true;
    expect(el.querySelector('.cl-formFieldHintText__emailAddress')?.textContent).to.equal(
      enUSSignUp.signUp.invitation.emailAddressHint,
    );
    expect(ticketInPage(), 'a spent ticket must not be presented again by a reload').to.equal(null);
    const create = api.calls.find((call) => call.method === 'createSignUp');
    expect(create?.params[0]).to.deep.include({ strategy: 'ticket' });
    await expect(el).to.be.accessible();
  });

  it("redeems the ticket with the element's own Latch, not the page's default one", async () => {
    // The ticket is single use and leaves the URL once a server answered: the first Latch to see it must be the
    // element's. Its `latch` property is set before it is connected; the page's default is another, loaded Latch.
    const page = await loadedLatch();
    setDefaultLatch(page.latch);
    const { el, api } = await mountInvited();
    await until(() => input(el, 'emailAddress').value === INVITED, 'the invited address');
    expect(api.calls.some((call) => call.method === 'createSignUp')).to.be.true;
    expect(
      page.api.calls.some((call) => call.method === 'createSignUp'),
      "the default Latch's server",
    ).to.be.false;
  });

  it('by keyboard: type the password, press Enter, signed in without an email code', async () => {
    const { el, api, latch, navigations } = await mountInvited();
    await until(() => input(el, 'emailAddress').value === INVITED, 'the invited address');
    // The address is locked: the focus goes to the first field left to fill.
    await until(() => document.activeElement === input(el, 'password'), 'the focus in the password field');
    await sendKeys({ type: 'a-long-enough-secret' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user, 'signed-in user');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(INVITED);
    expect(api.sentCodes, 'the ticket verified the address').to.have.length(0);
    expect(api.calls.some((call) => call.method === 'updateSignUp')).to.be.true;
    await until(() => navigations.length, 'redirect');
  });

  it('a used ticket says so, localized, and leaves the ordinary form usable', async () => {
    const { el } = await mountInvited('ticket_already_used');
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(
      enUSErrors.unstable__errors.form_param_value_invalid__ticket,
    );
    expect(input(el, 'emailAddress').readOnly).to.be.false;
    expect(ticketInPage()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an expired ticket says so', async () => {
    const ctx = await loadedLatch({ users: [ALICE] });
    ctx.api.failNext(
      'createSignUp',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'ticket_expired', message: 'expired', longMessage: 'expired', meta: { paramName: 'ticket' } }],
      }),
    );
    openInvitationLink(ctx.api.invite(INVITED));
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(enUSErrors.unstable__errors.ticket_expired);
  });
});
