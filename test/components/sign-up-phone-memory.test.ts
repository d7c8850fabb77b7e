import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { phoneOnlyEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const PHONE = '+33612345678';

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();

describe('<latch-sign-up> phone-only, completed on the memory adapter', () => {
  it('by keyboard: number → SMS code → signed up, a user with that number and no email; axe at each step', async function () {
    this.timeout(30_000);
    const { latch, api, navigations } = await loadedLatch({ users: [ALICE], environment: phoneOnlyEnvironment() });
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    // The first mount pays for compiling libphonenumber-js's metadata in the test server: allow it time.
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    await expect(el).to.be.accessible();

    input(el, 'phoneNumber').focus();
    await sendKeys({ type: PHONE });
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Confirm your phone', 'phone code step');
    await until(() => el.querySelector('input[name="code"]'), 'code field');
    await expect(el).to.be.accessible();

    const sent = api.sentCodes.at(-1)!;
    expect(sent).to.include({ strategy: 'phone_code', emailAddress: PHONE, purpose: 'sign_up' });
    input(el, 'code').focus();
    await sendKeys({ type: sent.code });

    await until(() => latch.user, 'signed-up user', 5000);
    expect(latch.user!.primaryPhoneNumber?.phoneNumber).to.equal(PHONE);
    expect(latch.user!.primaryEmailAddress).to.equal(null);
    expect(latch.user!.emailAddresses).to.deep.equal([]);
    expect(latch.client!.signUp.status).to.equal('complete');
    await until(() => navigations.length, 'redirect after sign-up');
    expect(navigations).to.deep.equal(['/']);
  });
});
