import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnvironmentJSON } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import type { LatchOptions } from '../../src/core/index.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

/** Every sign-up field on: username and phone number required, names optional. */
function everyField(): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  Object.assign(attributes.username, { enabled: true, required: true });
  Object.assign(attributes.phone_number, { enabled: true, required: true });
  Object.assign(attributes.first_name, { enabled: true, required: false });
  Object.assign(attributes.last_name, { enabled: true, required: false });
  return env;
}

async function mount(environment = everyField(), props: Partial<LatchSignUp> = {}, options: LatchOptions = {}) {
  const ctx = await loadedLatch({ users: [ALICE], environment }, options);
  const el = await fixture<LatchSignUp>(
    html`<latch-sign-up routing="virtual" .latch=${ctx.latch} .initialValues=${props.initialValues}></latch-sign-up>`,
  );
  return { ...ctx, el };
}

function fill(el: HTMLElement, name: string, value: string) {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();
const fieldNames = (el: HTMLElement) => [...el.querySelectorAll('form input')].map((i) => (i as HTMLInputElement).name);

describe('<latch-sign-up> fields from the environment', () => {
  it('asks for every field the instance turns on; optional ones are marked, and hidden by showOptionalFields: false', async function () {
    this.timeout(20_000);
    const { el } = await mount();
    expect(fieldNames(el)).to.deep.equal([
      'firstName',
      'lastName',
      'username',
      'emailAddress',
      'phoneNumber',
      'password',
    ]);
    expect(el.querySelector('.cl-formFieldHintText__firstName')?.textContent).to.equal('(optional)');
    expect(input(el, 'username').required).to.equal(true);
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    await expect(el).to.be.accessible();

    const { el: compact } = await mount(everyField(), {}, { appearance: { options: { showOptionalFields: false } } });
    expect(fieldNames(compact)).to.deep.equal(['username', 'emailAddress', 'phoneNumber', 'password']);
  });

  it('by keyboard: fills every field, verifies the email code then the SMS code, and is signed in', async function () {
    this.timeout(30_000);
    const { el, api, latch } = await mount(everyField(), { initialValues: { firstName: 'Grace' } });
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    expect(input(el, 'firstName').value).to.equal('Grace');
    input(el, 'username').focus();
    await sendKeys({ type: 'grace_h' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'grace@example.com' });
    const picker = el.querySelector<HTMLSelectElement>('select[name="phoneNumberCountryCode"]')!;
    picker.value = 'FR';
    picker.dispatchEvent(new Event('change'));
    input(el, 'phoneNumber').focus();
    await sendKeys({ type: '0612345678' });
    await until(() => input(el, 'phoneNumber').value === '06 12 34 56 78', 'formatted number');
    input(el, 'password').focus();
    await sendKeys({ type: 'a-long-enough-secret' });
    await sendKeys({ press: 'Enter' });

    await until(() => title(el) === 'Confirm your email', 'email code step');
    await expect(el).to.be.accessible();
    fill(el, 'code', api.sentCodes.at(-1)!.code);
    await until(() => title(el) === 'Confirm your phone', 'phone code step');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'phone_code', emailAddress: '+33612345678' });
    expect(el.querySelector('.cl-formFieldHintText__code')?.textContent).to.contain('+33612345678');
    await expect(el).to.be.accessible();
    fill(el, 'code', api.sentCodes.at(-1)!.code);
    await until(() => latch.user, 'signed in');
    expect(latch.user?.username).to.equal('grace_h');
  });

  it('words username rules at the field', async () => {
    const { el } = await mount();
    fill(el, 'username', 'ab');
    fill(el, 'emailAddress', 'grace@example.com');
    fill(el, 'phoneNumber', '+33612345678');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__username'), 'username error');
    expect(el.querySelector('.cl-formFieldErrorText__username')?.textContent).to.contain('between 4 and 64');
    expect(input(el, 'emailAddress').value).to.equal('grace@example.com');
  });

  it('"continue" asks only for what the server says is missing', async () => {
    const env = everyField();
    const { latch } = await loadedLatch({ users: [ALICE], environment: env });
    await latch.client!.signUp.create({
      emailAddress: 'grace@example.com',
      password: 'a-long-enough-secret',
      phoneNumber: '+33612345678',
    });
    const el = await fixture<LatchSignUp>(
      html`<latch-sign-up routing="virtual" initial-step="continue" .latch=${latch}></latch-sign-up>`,
    );
    await until(() => title(el) === 'A few more details', 'continue step');
    expect(fieldNames(el)).to.deep.equal(['username']);
    await expect(el).to.be.accessible();
    input(el, 'username').focus();
    await sendKeys({ type: 'grace_h' });
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Confirm your email', 'then the email code');
    expect(latch.client?.signUp.username).to.equal('grace_h');
  });

  it('legal consent: a checkbox with both links, refused unchecked, sent checked; the keyboard reaches it', async () => {
    const env = defaultEnvironment();
    Object.assign(env.user_settings, { sign_up: { mode: 'public', legal_consent_enabled: true } });
    Object.assign(env.display_config, {
      terms_url: 'https://example.com/terms',
      privacy_policy_url: 'javascript:alert(1)',
    });
    const { el, api, latch } = await mount(env);
    // The checkbox's module arrives after the card (sign-up-start-extras.test.ts).
    await until(() => el.querySelector('input[name="legalAccepted"]'), 'the consent checkbox');
    const box = input(el, 'legalAccepted');
    expect(box.type).to.equal('checkbox');
    const label = el.querySelector('.cl-formFieldCheckboxLabel__legalAccepted')!;
    expect(label.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'I accept the Terms of Service and the Privacy Policy',
    );
    expect(label.querySelector<HTMLAnchorElement>('.cl-footerPagesLink__termsOfService')?.href).to.equal(
      'https://example.com/terms',
    );
    // An unsafe URL from the server is not a link, only words.
    expect(label.querySelector('.cl-footerPagesLink__privacyPolicy')).to.equal(null);
    fill(el, 'emailAddress', 'grace@example.com');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__legalAccepted'), 'consent error');
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.equal(false);
    await expect(el).to.be.accessible();
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(true);
    el.querySelector('form')!.requestSubmit();
    await until(() => title(el) === 'Confirm your email', 'code step');
    expect(latch.client?.signUp.missingFields).to.deep.equal([]);
  });

  it('restricted mode without an invitation shows why, and no form', async () => {
    const env = defaultEnvironment();
    Object.assign(env.user_settings, { sign_up: { mode: 'restricted', legal_consent_enabled: false } });
    const { el } = await mount(env);
    expect(title(el)).to.equal('Joining takes an invitation');
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('waitlist mode replaces the form with a link to the waitlist', async () => {
    const env = defaultEnvironment();
    Object.assign(env.user_settings, { sign_up: { mode: 'waitlist', legal_consent_enabled: false } });
    Object.assign(env.display_config, { waitlist_url: 'https://example.com/waitlist' });
    const { el } = await mount(env);
    expect(el.querySelector('form')).to.equal(null);
    const link = el.querySelector<HTMLAnchorElement>('a.cl-formButtonPrimary')!;
    expect(link.href).to.equal('https://example.com/waitlist');
    expect(link.textContent?.trim()).to.equal('Join the waitlist');
    await expect(el).to.be.accessible();
  });
});
