import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/waitlist/index.js';
import { LatchApiError } from '../../src/api/errors.js';
import type { LatchWaitlist } from '../../src/components/waitlist/waitlist.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

async function mountWaitlist(props: { afterJoinWaitlistUrl?: string } = {}) {
  const ctx = await loadedLatch(undefined, { signInUrl: '/sign-in' });
  const el = await fixture<LatchWaitlist>(
    html`<latch-waitlist .latch=${ctx.latch} .afterJoinWaitlistUrl=${props.afterJoinWaitlistUrl}></latch-waitlist>`,
  );
  return { ...ctx, el };
}

function fill(el: HTMLElement, value: string) {
  const field = input(el, 'emailAddress');
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('<latch-waitlist>', () => {
  it('renders the join form accessibly, with the sign-in link and Clerk element keys', async () => {
    const { el } = await mountWaitlist();
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Join the waitlist');
    expect(input(el, 'emailAddress').autocomplete).to.equal('email');
    expect(el.querySelector<HTMLAnchorElement>('.cl-footerActionLink')?.getAttribute('href')).to.equal('/sign-in');
    await expect(el).to.be.accessible();
  });

  it('joins by keyboard: type the address, Enter, then the success state', async () => {
    const { el, api } = await mountWaitlist();
    input(el, 'emailAddress').focus();
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldSuccessText'), 'success state');
    expect(api.waitlist.has('ada@example.com')).to.be.true;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('You are on the list');
    expect(document.activeElement).to.equal(el.querySelector('.cl-headerTitle'));
    await expect(el).to.be.accessible();
  });

  it('an empty or hidden-character address is refused without a round trip', async () => {
    const { el, api } = await mountWaitlist();
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddress'), 'empty error');
    fill(el, 'ada\u200B@example.com');
    el.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(api.calls.some((c) => c.method === 'joinWaitlist')).to.be.false;
  });

  it('shows the server’s error under the field and keeps what was typed', async () => {
    const { el } = await mountWaitlist();
    fill(el, ALICE.emailAddress);
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddress'), 'taken error');
    expect(input(el, 'emailAddress').value).to.equal(ALICE.emailAddress);
    await expect(el).to.be.accessible();
  });

  it('a closed waitlist or a network fault lands in the form alert', async () => {
    const { el, api } = await mountWaitlist();
    api.failNext(
      'joinWaitlist',
      new LatchApiError({
        status: 403,
        errors: [
          { code: 'feature_not_enabled', message: 'not enabled', longMessage: 'The waitlist is closed.', meta: {} },
        ],
      }),
    );
    fill(el, 'ada@example.com');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-alert'), 'alert');
    expect(input(el, 'emailAddress').value).to.equal('ada@example.com');
    // Our words, not the server's English: the instance has the waitlist turned off.
    await until(() => el.querySelector('.cl-alert')?.textContent?.includes('does not offer this'), 'worded alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.not.contain('The waitlist is closed.');
  });

  it('a closed waitlist is worded in French too', async () => {
    const { el, api, latch } = await mountWaitlist();
    latch.update({ localization: frFR });
    api.failNext(
      'joinWaitlist',
      new LatchApiError({
        status: 403,
        errors: [{ code: 'feature_not_enabled', message: 'not enabled', longMessage: 'closed', meta: {} }],
      }),
    );
    fill(el, 'ada@example.com');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-alert')?.textContent?.includes('ne propose pas cela'), 'French alert');
    await expect(el).to.be.accessible();
  });

  it('follows afterJoinWaitlistUrl once joined', async () => {
    const { el, navigations } = await mountWaitlist({ afterJoinWaitlistUrl: '/thanks' });
    fill(el, 'ada@example.com');
    el.querySelector('form')!.requestSubmit();
    await until(() => navigations.length, 'navigation');
    expect(navigations).to.deep.equal(['/thanks']);
  });

  it('renders hostile addresses as text and speaks French', async () => {
    const { el, latch } = await mountWaitlist();
    latch.update({ localization: frFR });
    await el.updateComplete;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Rejoindre la liste d’attente');
    fill(el, '<img src=x onerror=alert(1)>');
    await el.updateComplete;
    expect(el.querySelector('img[src="x"]')).to.equal(null);
  });
});
