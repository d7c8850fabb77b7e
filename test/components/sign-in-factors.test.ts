import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnvironmentJSON, MemoryUserSeed } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const PHONE = '+33612345678';

/** Everything on: email (codes and links), phone and username, with a support address. */
function everythingOn(): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  attributes.email_address.first_factors = ['email_code', 'email_link'];
  Object.assign(attributes.phone_number, {
    enabled: true,
    used_for_first_factor: true,
    first_factors: ['phone_code'],
  });
  Object.assign(attributes.username, { enabled: true, used_for_first_factor: true });
  Object.assign(env.display_config, { support_email: 'help@example.com' });
  return env;
}

async function mount(users: MemoryUserSeed[] = [{ ...ALICE, phoneNumber: PHONE }], environment = everythingOn()) {
  const ctx = await loadedLatch({ users, environment });
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  return { ...ctx, el };
}

async function submitIdentifier(el: LatchSignIn, identifier: string) {
  input(el, 'identifier').value = identifier;
  input(el, 'identifier').dispatchEvent(new Event('input'));
  el.querySelector('form')!.requestSubmit();
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();

describe('<latch-sign-in> first factors', () => {
  it('"Use phone" switches the field to a phone number, by keyboard; the SMS code signs in', async function () {
    this.timeout(20_000); // the busiest path of the file; the machine is shared
    const { el, api, latch } = await mount([{ ...ALICE, phoneNumber: PHONE }]);
    expect(input(el, 'identifier').labels?.[0]?.textContent?.trim()).to.equal('Email or username');
    const toggle = el.querySelector<HTMLButtonElement>('.cl-formFieldAction__identifier')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => input(el, 'identifier').type === 'tel', 'phone field');
    expect(input(el, 'identifier').autocomplete).to.equal('tel');
    expect(document.activeElement).to.equal(input(el, 'identifier'));
    await sendKeys({ type: '+33 6 12 34 56 78' });
    await sendKeys({ press: 'Enter' });
    // Alice has a password: the password step comes first; the SMS code is another way in.
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__phone_code'), 'alternatives');
    el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__phone_code')!.click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    expect(title(el)).to.equal('Look at your phone');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'phone_code', emailAddress: PHONE });
    await expect(el).to.be.accessible();
    const code = input(el, 'code');
    code.value = api.sentCodes.at(-1)!.code;
    code.dispatchEvent(new Event('input'));
    await until(() => latch.user, 'signed in');
  });

  it('lists every way in, marks the last used one, and "Get help" writes to support', async () => {
    const { el, latch } = await mount();
    await submitIdentifier(el, ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethods'), 'alternatives');
    const strategies = [...el.querySelectorAll('.cl-alternativeMethodsBlockButton')].map((b) => b.className);
    expect(strategies.join(' ')).to.contain('__email_code').and.contain('__email_link').and.contain('__phone_code');
    expect(el.querySelector('.cl-lastAuthenticationStrategyBadge')).to.not.exist;
    await expect(el).to.be.accessible();

    el.querySelector<HTMLButtonElement>('.cl-footerActionLink')!.click();
    await until(() => title(el) === 'Get help', 'get help');
    const mail = el.querySelector<HTMLAnchorElement>('a.cl-formButtonPrimary')!;
    expect(mail.href).to.equal('mailto:help@example.com');
    await expect(el).to.be.accessible();
    expect(latch.client?.lastAuthenticationStrategy ?? null).to.equal(null);
  });

  it('by keyboard alone: "Use another method", the email code, then Tab to the code field and type it', async function () {
    this.timeout(20_000);
    const { el, api, latch } = await mount();
    await submitIdentifier(el, ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
    el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'email code step');
    // A new step announces itself: focus on its title; Tab goes to "use a different address", then the code field.
    // (Booleans, not elements, in the expectations: chai's diff of two DOM elements stalls the browser.)
    await until(() => document.activeElement === el.querySelector('.cl-headerTitle'), 'the step title has focus');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el.querySelector('.cl-identityPreviewEditButton'), 'edit focused').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === input(el, 'code'), 'the code field has focus').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ type: api.sentCodes.at(-1)!.code });
    await until(() => latch.user, 'signed in by the typed code');
  });

  it('email link: waits, and finishes by itself once the link is opened elsewhere', async function () {
    this.timeout(20_000); // polls every 2 s
    const env = everythingOn();
    env.user_settings.attributes.email_address.first_factors = ['email_link'];
    const { el, api, latch } = await mount([{ emailAddress: 'lin@example.com' }], env);
    await submitIdentifier(el, 'lin@example.com');
    await until(() => title(el) === 'Open the link in your inbox', 'email link step');
    expect(el.querySelector('[role="status"]')?.textContent).to.contain('lin@example.com');
    await expect(el).to.be.accessible();
    await until(() => api.sentCodes.some((c) => c.strategy === 'email_link'), 'link sent');
    api.openEmailLink();
    await until(() => latch.user, 'signed in by the polling', 5000);
  });

  it('forgot password: reset code, mismatched then pwned-free new password, signed in', async () => {
    const { el, api, latch } = await mount();
    await submitIdentifier(el, ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    el.querySelector<HTMLButtonElement>('.cl-formFieldAction__password')!.click();
    await until(() => title(el) === 'Choose a new password', 'reset code step');
    const code = input(el, 'code');
    code.value = api.sentCodes.at(-1)!.code;
    code.dispatchEvent(new Event('input'));
    await until(() => el.querySelector('input[name="new-password"]'), 'new password step');
    await expect(el).to.be.accessible();

    input(el, 'new-password').focus();
    await sendKeys({ type: 'a fresh long password' });
    input(el, 'confirm-password').focus();
    await sendKeys({ type: 'a different one' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__confirmPassword'), 'mismatch error');
    expect(input(el, 'confirm-password').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'new-password').value).to.equal('a fresh long password', 'nothing typed is lost');
    expect(input(el, 'sign-out-of-other-sessions').checked).to.equal(true);

    input(el, 'confirm-password').value = 'a fresh long password';
    input(el, 'confirm-password').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => latch.user, 'signed in with the new password');
    expect(api.calls.find((c) => c.method === 'resetSignInPassword')?.params[1]).to.deep.equal({
      password: 'a fresh long password',
      signOutOfOtherSessions: true,
    });
  });

  it('a hostile identifier renders as text on the code step', async () => {
    const hostile = '<img src=x onerror=alert(1)>@example.com';
    const { el } = await mount([{ ...ALICE, emailAddress: hostile, phoneNumber: PHONE }]);
    await submitIdentifier(el, hostile);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    expect(el.querySelector('img[src="x"]')).to.not.exist;
    expect(el.querySelector('.cl-identityPreviewText')?.textContent).to.equal(hostile);
  });
});
