import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnvironmentJSON } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const PHONE = '+33612345678';

/** Phone numbers are the only identifier: the start step is the phone field. */
function phoneOnly(): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  attributes.email_address.enabled = false;
  attributes.email_address.used_for_first_factor = false;
  Object.assign(attributes.phone_number, { enabled: true, used_for_first_factor: true, first_factors: ['phone_code'] });
  return env;
}

async function mount(initialValues?: { phoneNumber?: string }) {
  const ctx = await loadedLatch({ users: [{ ...ALICE, phoneNumber: PHONE }], environment: phoneOnly() });
  const el = await fixture<LatchSignIn>(
    html`<latch-sign-in routing="virtual" .latch=${ctx.latch} .initialValues=${initialValues}></latch-sign-in>`,
  );
  const picker = () => el.querySelector<HTMLSelectElement>('select[name="identifierCountryCode"]');
  // The first test pays for compiling libphonenumber-js's metadata in the test server: allow it time.
  await until(picker, 'country picker (libphonenumber-js chunk)', 15_000);
  return { ...ctx, el, picker: picker as () => HTMLSelectElement };
}

describe('phone field (in sign-in)', () => {
  it('lists every country with its calling code, named in the page language, and passes axe', async function () {
    this.timeout(20_000);
    const { el, picker } = await mount();
    const options = [...picker().options];
    expect(options.length).to.be.greaterThan(200);
    expect(options.find((o) => o.value === 'FR')?.textContent).to.equal('France +33');
    expect(picker().getAttribute('aria-label')).to.equal('Country or region');
    expect(picker().classList.contains('cl-selectButton__countryCode')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: picks a country by type-ahead, formats the national number as typed, sends E.164', async function () {
    this.timeout(20_000);
    const { el, latch, picker } = await mount();
    picker().focus();
    picker().value = 'FR';
    picker().dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'identifier'));
    await sendKeys({ type: '0612345678' });
    await until(() => input(el, 'identifier').value === '06 12 34 56 78', 'formatted as typed');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.client?.signIn.identifier, 'sign-in started');
    expect(latch.client?.signIn.identifier).to.equal(PHONE);
  });

  it('a number typed with + names its own country; initialValues prefill it', async () => {
    const { el, picker } = await mount({ phoneNumber: PHONE });
    await until(() => picker().value === 'FR', 'country from the initial number');
    expect(input(el, 'identifier').value).to.equal('06 12 34 56 78');
    input(el, 'identifier').value = '';
    input(el, 'identifier').dispatchEvent(new Event('input'));
    input(el, 'identifier').value = '+44 7400 123456';
    input(el, 'identifier').dispatchEvent(new Event('input'));
    await until(() => picker().value === 'GB', 'country from the number');
  });
});
