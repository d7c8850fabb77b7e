import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { enUSCommon } from '../../src/localization/en-US-common.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

async function mountSignUp() {
  const ctx = await loadedLatch();
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  return { ...ctx, el };
}

function fill(el: HTMLElement, name: string, value: string) {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('<latch-sign-up>', () => {
  it('renders the start step accessibly with new-password autocomplete', async () => {
    const { el } = await mountSignUp();
    expect(input(el, 'emailAddress').autocomplete).to.equal('email');
    expect(input(el, 'password').autocomplete).to.equal('new-password');
    await expect(el).to.be.accessible();
  });

  it('flags empty required fields without calling the server', async () => {
    const { el, api } = await mountSignUp();
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddress'), 'email error');
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.be.false;
    expect(document.activeElement).to.equal(input(el, 'emailAddress'));
  });

  it('signs up: email and password, then the emailed code, then signed in', async () => {
    const { el, api, latch, navigations } = await mountSignUp();
    fill(el, 'emailAddress', 'new.user@example.com');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('input[name="code"]'), 'verify step');
    // The cooldown as the step shows, before axe (which can take over a second on a loaded machine) runs.
    const resend = el.querySelector<HTMLButtonElement>('.cl-formResendCodeLink');
    expect(resend?.disabled).to.be.true;
    expect(resend?.textContent).to.match(/\b30\b/);
    await expect(el).to.be.accessible();
    expect(el.querySelector('.cl-formButtonPrimary')?.textContent?.trim()).to.equal(enUSCommon.formButtonPrimary);
    fill(el, 'code', api.sentCodes.at(-1)!.code);
    await until(() => latch.user, 'signed-in user');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('new.user@example.com');
    await until(() => navigations.length, 'redirect');
    expect(navigations).to.deep.equal(['/']);
    // A finished flow forgets what was typed: after a later sign-out the form must not offer the old password.
    await until(() => el.querySelector('input[name="password"]'), 'start step again');
    expect(input(el, 'password').value).to.equal('');
    expect(input(el, 'emailAddress').value).to.equal('');
  });

  it('after a reload mid-sign-up, starts from what the server remembers (not an empty form)', async () => {
    const { latch } = await loadedLatch();
    await latch.client!.signUp.create({ emailAddress: 'back.again@example.com', password: 'a-long-enough-secret' });
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    await until(() => input(el, 'emailAddress').value === 'back.again@example.com', 'the remembered address');
    fill(el, 'emailAddress', '');
    latch.update({});
    await el.updateComplete;
    expect(input(el, 'emailAddress').value, 'what the user clears stays cleared').to.equal('');
  });

  it('refuses a code with digits missing without asking the server, saying how many it takes', async () => {
    const { el, api } = await mountSignUp();
    fill(el, 'emailAddress', 'short.code@example.com');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('input[name="code"]'), 'verify step');
    fill(el, 'code', '12345');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'code error');
    expect(el.querySelector('.cl-formFieldErrorText__code')!.textContent?.trim()).to.equal(
      'Enter all 6 digits of the code.',
    );
    expect(api.calls.some((call) => call.method === 'attemptSignUpVerification')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a wrong code under the code field', async () => {
    const { el } = await mountSignUp();
    fill(el, 'emailAddress', 'code.test@example.com');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('input[name="code"]'), 'verify step');
    fill(el, 'code', '000000');
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'code error');
    expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('true');
  });

  it('puts a taken email address under the email field', async () => {
    const { el } = await mountSignUp();
    fill(el, 'emailAddress', ALICE.emailAddress);
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddress'), 'taken error');
    expect(input(el, 'password').value).to.equal('a-long-enough-secret');
  });
});
