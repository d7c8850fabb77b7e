import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnvironmentJSON } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { enUSSignUpSteps } from '../../src/localization/en-US-sign-up-steps.js';
import { ALICE, input, loadedLatch, typeEmailAndPassword, until } from './helpers.js';

/** An instance that verifies a new address by email link only. */
function linkOnly(): EnvironmentJSON {
  const env = defaultEnvironment();
  env.user_settings.attributes.email_address.verifications = ['email_link'];
  return env;
}

async function mount() {
  const ctx = await loadedLatch({ users: [ALICE], environment: linkOnly() });
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  return { ...ctx, el };
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();

function withLinkStatus(status: string | null) {
  const url = new URL(location.href);
  if (status) url.searchParams.set('__clerk_status', status);
  else url.searchParams.delete('__clerk_status');
  history.replaceState(history.state, '', url);
}

describe('<latch-sign-up> email link', () => {
  afterEach(() => withLinkStatus(null));

  it('by keyboard: signs up, waits for the link, and finishes by itself once it is opened elsewhere', async function () {
    this.timeout(15_000);
    const { el, api, latch } = await mount();
    await typeEmailAndPassword(el);
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Check your inbox', 'the link step');
    expect(el.querySelector('.cl-formHeaderSubtitle')?.textContent).to.contain('grace@example.com');
    await until(() => api.sentCodes.at(-1)?.strategy === 'email_link', 'the link mailed');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'email_link', emailAddress: 'grace@example.com' });
    await expect(el).to.be.accessible();
    api.openSignUpEmailLink();
    await until(() => latch.user, 'signed in by the polling', 6000);
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('grace@example.com');
  });

  it('an expired link is said in the waiting tab', async function () {
    this.timeout(15_000);
    const { el, api } = await mount();
    input(el, 'emailAddress').value = 'grace@example.com';
    input(el, 'emailAddress').dispatchEvent(new Event('input'));
    input(el, 'password').value = 'Quartz-Velvet#Harbor42';
    input(el, 'password').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => title(el) === 'Check your inbox', 'the link step');
    // The step shows while the link is being mailed: open it once it is out (a loaded machine is slower).
    await until(() => api.sentCodes.at(-1)?.strategy === 'email_link', 'the link mailed');
    api.openSignUpEmailLink('expired');
    await until(() => el.querySelector('.cl-alert'), 'the expiry alert', 6000);
    expect(el.querySelector('.cl-alert')?.textContent).to.match(/expired/);
  });

  it('the tab the link opens says the email is confirmed and to go back; a spent link offers the way back', async () => {
    withLinkStatus('verified');
    const { el } = await mount();
    await until(() => title(el) === 'Email confirmed', 'the landing');
    expect(el.querySelector('.cl-verificationLinkStatusText')?.textContent).to.contain('Go back to the tab');
    await expect(el).to.be.accessible();

    withLinkStatus('failed');
    const { el: spent } = await mount();
    await until(() => title(spent) === 'This link cannot be used', 'the spent landing');
    spent.querySelector<HTMLButtonElement>('.cl-backLink')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => spent.querySelector('input[name="emailAddress"]'), 'the start step again');
    expect(new URL(location.href).searchParams.has('__clerk_status')).to.equal(false);
  });

  it('a spent link\'s landing passes axe, and "Back" is reached with Tab', async () => {
    withLinkStatus('failed');
    const { el } = await mount();
    await until(() => title(el) === enUSSignUpSteps.signUp.emailLink.failed.title, 'the spent landing');
    expect(el.querySelector('.cl-verificationLinkStatusText')?.textContent).to.equal(
      enUSSignUpSteps.signUp.emailLink.failed.subtitle,
    );
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('.cl-backLink')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.closest('latch-sign-up'), 'nothing else to stop at in the card').to.not.equal(el);
  });

  it('opened in the browser that signed up (signed in here too): says so, with nothing to go back to; passes axe', async () => {
    withLinkStatus('verified');
    const ctx = await loadedLatch({ users: [ALICE], environment: linkOnly() });
    await ctx.latch.client!.signIn.create({ identifier: ALICE.emailAddress, password: ALICE.password });
    await until(() => ctx.latch.user, 'signed in');
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
    await until(() => title(el) === enUSSignUpSteps.signUp.emailLink.verified.title, 'the verified landing');
    expect(el.querySelector('.cl-verificationLinkStatusText')?.textContent).to.equal(
      enUSSignUpSteps.signUp.emailLink.verified.subtitle,
    );
    expect(el.querySelector('.cl-backLink')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
