import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { phoneOnlyEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const PHONE = '+33612345678';

async function mount() {
  const ctx = await loadedLatch({ users: [ALICE], environment: phoneOnlyEnvironment() });
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  // The first mount pays for compiling libphonenumber-js's metadata in the test server: allow it time.
  await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
  return { ...ctx, el };
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();
const fieldNames = (el: HTMLElement) => [...el.querySelectorAll('form input')].map((i) => (i as HTMLInputElement).name);

describe('<latch-sign-up> on a phone-only instance', () => {
  it('asks for the phone number only: no email, no password; passes axe', async function () {
    this.timeout(20_000);
    const { el } = await mount();
    expect(fieldNames(el)).to.deep.equal(['phoneNumber']);
    expect(input(el, 'phoneNumber').required).to.equal(true);
    expect(el.querySelector('.cl-formFieldInput__emailAddress')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: types the number, gets the SMS code step for it, and a wrong code is worded at the field', async function () {
    this.timeout(20_000);
    const { el, api } = await mount();
    const picker = el.querySelector<HTMLSelectElement>('select[name="phoneNumberCountryCode"]')!;
    picker.value = 'FR';
    picker.dispatchEvent(new Event('change'));
    input(el, 'phoneNumber').focus();
    await sendKeys({ type: '0612345678' });
    await until(() => input(el, 'phoneNumber').value === '06 12 34 56 78', 'formatted number');
    await sendKeys({ press: 'Enter' });

    await until(() => title(el) === 'Confirm your phone', 'phone code step');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'phone_code', emailAddress: PHONE });
    expect(el.querySelector('.cl-formFieldHintText__code')?.textContent).to.contain(PHONE);
    await expect(el).to.be.accessible();

    const right = api.sentCodes.at(-1)!.code;
    input(el, 'code').focus();
    await sendKeys({ type: right === '000000' ? '111111' : '000000' });
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'code error');
    expect(el.querySelector('.cl-formFieldErrorText__code')?.textContent?.trim()).to.not.equal('');
    expect(title(el)).to.equal('Confirm your phone');
    await expect(el).to.be.accessible();
  });

  it('a number that is already taken is refused at the phone field, keeping what was typed', async function () {
    this.timeout(20_000);
    const { latch } = await loadedLatch({
      users: [{ ...ALICE, phoneNumber: PHONE }],
      environment: phoneOnlyEnvironment(),
    });
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    input(el, 'phoneNumber').focus();
    await sendKeys({ type: PHONE });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__phoneNumber'), 'phone error');
    expect(el.querySelector('.cl-formFieldErrorText__phoneNumber')?.textContent).to.contain(
      'already uses this phone number',
    );
    expect(input(el, 'phoneNumber').value.replace(/\s/g, '')).to.equal(PHONE);
    await expect(el).to.be.accessible();
  });
});
