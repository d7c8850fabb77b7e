import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, until } from './helpers.js';

/** An instance whose added email addresses are verified by a mailed link. */
async function mountProfile() {
  const environment = defaultEnvironment();
  environment.user_settings.attributes.email_address.verifications = ['email_link'];
  const ctx = await loadedLatch({ users: [ALICE], clientState: 'signed-in', environment });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSection__emailAddresses'), 'account page');
  return { ...ctx, el };
}

const section = (el: HTMLElement) => el.querySelector<HTMLElement>('.cl-profileSection__emailAddresses')!;

/**
 * Adds `email` with the keyboard, up to the "open the link" form, once the first link has gone out and focus is on
 * "Send a new link" (the form shows before its send settles; a test that failed the next send too early failed
 * the first one instead).
 */
async function addByKeyboard(el: HTMLElement, email: string, api: { sentCodes: { emailAddress?: string }[] }) {
  el.querySelector<HTMLButtonElement>('.cl-profileSectionPrimaryButton__emailAddresses')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => document.activeElement === el.querySelector('input[name="emailAddress"]'), 'email focused');
  expect(el.querySelector('.cl-form__emailAddress')!.textContent).to.contain('link');
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await until(() => el.querySelector('.cl-form__verifyLink'), 'waiting for the link');
  await until(() => api.sentCodes.some((sent) => sent.emailAddress === email), 'link mailed');
  await until(
    () => document.activeElement === el.querySelector('.cl-form__verifyLink .cl-formResendCodeLink'),
    'resend focused',
  );
}

describe('<latch-user-profile> email address verified by link', function () {
  // Each wait polls every 2 s, as Clerk's does; the first test also loads the page chunks and runs axe.
  this.timeout(30_000);

  it('mails a link, waits, and shows the address verified once the link is opened elsewhere', async () => {
    const { el, api, latch } = await mountProfile();
    await addByKeyboard(el, 'alice.work@example.com', api);
    await until(() => api.sentCodes.at(-1)?.strategy === 'email_link', 'link mailed');
    const sent = api.sentCodes.at(-1);
    expect(sent).to.include({ strategy: 'email_link', emailAddress: 'alice.work@example.com', purpose: 'profile' });
    const waiting = el.querySelector('.cl-form__verifyLink')!;
    expect(waiting.textContent).to.contain('alice.work@example.com');
    expect(document.activeElement).to.equal(waiting.querySelector('.cl-formResendCodeLink'));
    await expect(el).to.be.accessible();

    api.openProfileEmailLink('alice.work@example.com');
    await until(() => !el.querySelector('.cl-form__verifyLink'), 'verified by the polling');
    expect(section(el).querySelectorAll('.cl-badge__unverified')).to.have.length(0);
    expect(section(el).querySelector('[role="status"]')!.textContent).to.contain('alice.work@example.com');
    const added = latch.user?.emailAddresses.find((e) => e.emailAddress === 'alice.work@example.com');
    expect(added?.verification?.status).to.equal('verified');
    expect(document.activeElement).to.equal(el.querySelector('.cl-profileSectionPrimaryButton__emailAddresses'));
    await expect(el).to.be.accessible();
  });

  it('resends by keyboard; a refused send is said in the form; Cancel stops waiting', async () => {
    const { el, api } = await mountProfile();
    await addByKeyboard(el, 'alice.work@example.com', api);
    const before = api.sentCodes.length;
    api.failNext(
      'prepareEmailAddressVerification',
      new LatchApiError({
        status: 429,
        errors: [{ code: 'too_many_requests', message: 'Too many requests', meta: {} }],
      }),
    );
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-form__verifyLink [role="alert"]'), 'error shown');
    expect(api.sentCodes.length).to.equal(before);
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('.cl-form__verifyLink .cl-formResendCodeLink')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => api.sentCodes.length === before + 1, 'sent again');
    await until(() => !el.querySelector('.cl-form__verifyLink [role="alert"]'), 'error cleared');

    el.querySelector<HTMLButtonElement>('.cl-form__verifyLink .cl-formButtonReset')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('.cl-form__verifyLink'), 'closed');
    // Still unverified: "Verify" sends a fresh link and waits again.
    expect(section(el).querySelector('.cl-badge__unverified')).to.exist;
    const verify = section(el).querySelector<HTMLButtonElement>('.cl-button__verify')!;
    verify.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-form__verifyLink'), 'waiting again');
    expect(api.sentCodes.length).to.equal(before + 2);
  });
});
