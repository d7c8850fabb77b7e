import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type EnvironmentJSON, LatchRuntimeError } from '../../src/api/index.js';
import { defaultEnvironment, phoneOnlyEnvironment } from '../../src/api/memory/default-environment.js';
import { resendCooldownOf } from '../../src/components/base/resend-cooldown.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { enUSSignUpSteps } from '../../src/localization/en-US-sign-up-steps.js';
import { ALICE, input, loadedLatch, typeEmailAndPassword, until } from './helpers.js';

/**
 * "Send another" on the sign-up's phone code step and on its email link step: disabled with the seconds left
 * right after a send, then a second prepare call once the countdown is over, the countdown again, and what the
 * new send carries (the code, the link) finishes the sign-up.
 */

const PHONE = '+33612345678';

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();
const resendButton = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.cl-formResendCodeLink');

async function mount(environment: EnvironmentJSON) {
  const ctx = await loadedLatch({ users: [ALICE], environment });
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  return { ...ctx, el };
}

/** An instance that verifies a new address by email link only. */
function linkOnly(): EnvironmentJSON {
  const env = defaultEnvironment();
  env.user_settings.attributes.email_address.verifications = ['email_link'];
  return env;
}

const prepares = (api: { calls: Array<{ method: string; params: unknown[] }> }) =>
  api.calls.filter((call) => call.method === 'prepareSignUpVerification').map((call) => call.params[1]);

/** The countdown as the step shows (30 s, the button disabled), then one second left: the next tick enables it. */
async function waitOutCooldown(el: LatchSignUp, label: string): Promise<void> {
  expect(resendButton(el)!.disabled).to.equal(true);
  expect(resendButton(el)!.textContent).to.match(/\b30\b/);
  resendCooldownOf(el).remaining = 1;
  await until(() => resendButton(el)?.disabled === false, 'resend enabled', 3000);
  expect(resendButton(el)!.textContent?.trim()).to.equal(label);
}

describe('<latch-sign-up> resend', () => {
  it('phone code, by keyboard: the cooldown, a second SMS once it is over, the countdown again; the new code signs up', async function () {
    this.timeout(30_000);
    const { el, api, latch } = await mount(phoneOnlyEnvironment());
    // The first mount pays for compiling libphonenumber-js's metadata in the test server: allow it time.
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    input(el, 'phoneNumber').focus();
    await sendKeys({ type: PHONE });
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Confirm your phone' && resendButton(el), 'phone code step');
    await waitOutCooldown(el, enUSSignUpSteps.signUp.phoneCode.resendButton);
    await expect(el).to.be.accessible();

    const sent = api.sentCodes.length;
    resendButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => api.sentCodes.length === sent + 1, 'a second SMS');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'phone_code', emailAddress: PHONE, purpose: 'sign_up' });
    expect(prepares(api)).to.deep.equal([{ strategy: 'phone_code' }, { strategy: 'phone_code' }]);
    await until(() => resendButton(el)?.disabled, 'countdown restarted');
    expect(resendButton(el)!.textContent).to.match(/\b30\b/);
    expect(document.activeElement, 'focus moved to the code field, not <body>').to.equal(input(el, 'code'));

    await sendKeys({ type: api.sentCodes.at(-1)!.code });
    await until(() => latch.user, 'signed up by the new code', 5000);
    expect(latch.user!.primaryPhoneNumber?.phoneNumber).to.equal(PHONE);
  });

  it('email link, by keyboard: the cooldown, a second link once it is over, the countdown again; the new link signs up', async function () {
    this.timeout(30_000);
    const { el, api, latch } = await mount(linkOnly());
    await typeEmailAndPassword(el);
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Check your inbox' && resendButton(el), 'the link step');
    await until(() => api.sentCodes.at(-1)?.strategy === 'email_link', 'the link mailed');
    await waitOutCooldown(el, enUSSignUpSteps.signUp.emailLink.resendButton);
    await expect(el).to.be.accessible();

    resendButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => api.sentCodes.filter((sent) => sent.strategy === 'email_link').length === 2, 'a second link');
    expect(api.sentCodes.at(-1)).to.include({ emailAddress: 'grace@example.com', purpose: 'sign_up' });
    expect(prepares(api).map((params) => (params as { strategy: string }).strategy)).to.deep.equal([
      'email_link',
      'email_link',
    ]);
    await until(() => resendButton(el)?.disabled, 'countdown restarted');
    expect(resendButton(el)!.textContent).to.match(/\b30\b/);
    expect(title(el)).to.equal('Check your inbox');

    // The step keeps waiting, now for the new link: opening it finishes the sign-up in this tab.
    api.openSignUpEmailLink();
    await until(() => latch.user, 'signed in by the polling', 6000);
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('grace@example.com');
  });

  it('a resend that fails is said in the alert, and the button stays usable', async function () {
    this.timeout(30_000);
    const { el, api } = await mount(phoneOnlyEnvironment());
    await until(() => el.querySelector('select[name="phoneNumberCountryCode"]'), 'phone field', 15_000);
    // Set, not typed: typed in the same page after the first test had submitted a number, the field came out with
    // that earlier number in front (the browser's form autofill, it seems); this test is about the resend.
    const phone = input(el, 'phoneNumber');
    phone.value = PHONE;
    phone.dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => title(el) === 'Confirm your phone' && resendButton(el), 'phone code step');
    resendCooldownOf(el).remaining = 1;
    await until(() => resendButton(el)?.disabled === false, 'resend enabled', 3000);
    api.failNext('prepareSignUpVerification', new LatchRuntimeError('network_error', 'fetch failed'));
    const sent = api.sentCodes.length;
    resendButton(el)!.click();
    await until(() => el.querySelector('[role="alert"]'), 'alert');
    expect(api.sentCodes.length).to.equal(sent);
    expect(resendButton(el)!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
