import { expect, fixture, html } from '@open-wc/testing';
import { TICKET_PARAM } from '../../src/core/link-params.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { setDefaultLatch } from '../../src/core/index.js';
import { enUSErrors } from '../../src/localization/en-US-errors.js';
import { ALICE, loadedLatch, signInByKeyboard, until } from './helpers.js';

/** The sign-in page as an organization invitation's link opens it for a user who has an account. */
function openInvitationLink(ticket: string): void {
  const url = new URL(location.href);
  url.searchParams.set(TICKET_PARAM, ticket);
  history.replaceState(null, '', url.href);
}

const ticketInPage = () => new URL(location.href).searchParams.get(TICKET_PARAM);

/**
 * The card on an invitation link's page, with its own Latch; the page's default is another one, which must not see
 * the ticket (it is single use).
 */
async function mountWithTicket(ticket: (invite: (email: string) => string) => string) {
  setDefaultLatch((await loadedLatch()).latch);
  const ctx = await loadedLatch();
  openInvitationLink(ticket((email) => ctx.api.invite(email)));
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  return { ...ctx, el };
}

describe('<latch-sign-in> with an invitation ticket', () => {
  afterEach(() => {
    const url = new URL(location.href);
    url.searchParams.delete(TICKET_PARAM);
    history.replaceState(null, '', url.href);
  });

  it('signs the invited user in with the ticket, no password asked, and forgets the ticket', async () => {
    const { latch, api, navigations } = await mountWithTicket((invite) => invite(ALICE.emailAddress));
    await until(() => latch.user, 'signed-in user');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(ALICE.emailAddress);
    expect(api.calls.find((call) => call.method === 'createSignIn')?.params[0]).to.deep.include({ strategy: 'ticket' });
    expect(ticketInPage(), 'a spent ticket must not be presented again by a reload').to.equal(null);
    await until(() => navigations.length, 'redirect after sign-in');
  });

  it('a used ticket says so, localized, and the ordinary form still signs in by keyboard', async () => {
    const { el } = await mountWithTicket(() => 'ticket_already_used');
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(
      enUSErrors.unstable__errors.form_param_value_invalid__ticket,
    );
    expect(ticketInPage()).to.equal(null);
    await expect(el).to.be.accessible();
    await signInByKeyboard(el);
  });

  it('a ticket for an address without an account says the account is not found', async () => {
    const { el, latch } = await mountWithTicket((invite) => invite('nobody@example.com'));
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(
      enUSErrors.unstable__errors.form_identifier_not_found,
    );
    expect(latch.user).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
