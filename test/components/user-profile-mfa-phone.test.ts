/**
 * Security page → two-step verification by SMS code: a verified phone number of the user reserved for codes
 * (backup codes shown once with the first factor), made the default among several, and freed again; a user
 * with no verified number is sent to the Account page to add one. Keyboard only, axe on each state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const PHONE = '+33612345678';
const SECOND_PHONE = '+33698765432';

/** Phone numbers on for the instance (the section offers SMS codes then, even to a user with no number yet). */
function phoneEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.phone_number = { ...attributes.phone_number, enabled: true };
  return environment;
}

async function mountSecurity(users: MemoryUserSeed[]) {
  const ctx = await loadedLatch({ users, clientState: 'signed-in', environment: phoneEnvironment() });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual" initial-step="security"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSection__mfa'), 'two-step section');
  return { ...ctx, el };
}

async function press(el: HTMLElement, selector: string) {
  const found = el.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  found.focus();
  await sendKeys({ press: 'Enter' });
}

const phoneItems = (el: HTMLElement) => [...el.querySelectorAll('.cl-profileSectionItem__phoneCode')];

describe('<latch-user-profile> two-step verification by SMS code', () => {
  it('reserves a verified number with the keyboard: backup codes once, then the number is the default', async function () {
    this.timeout(30_000);
    const { el, latch, api } = await mountSecurity([{ ...ALICE, phoneNumber: PHONE }]);
    await press(el, '.cl-profileSectionPrimaryButton__phoneCode');
    await until(() => el.querySelector('.cl-form__phoneCode'), 'the choice of numbers');
    expect(el.querySelector('.cl-form__phoneCode')!.textContent).to.contain(PHONE);
    await expect(el).to.be.accessible();
    await press(el, '.cl-button__phoneCodeChoice');
    await until(() => el.querySelectorAll('.cl-profileSectionItem__backupCode').length === 10, 'ten backup codes');
    expect(api.calls.some((call) => call.method === 'updatePhoneNumber')).to.equal(true);
    expect(latch.user?.twoFactorEnabled).to.equal(true);
    await until(
      () => document.activeElement === el.querySelector('.cl-formButtonPrimary__backupCodesDone'),
      'focus on done',
    );
    await sendKeys({ press: 'Enter' });
    await until(() => phoneItems(el).length === 1, 'the reserved number listed');
    expect(phoneItems(el)[0]!.textContent).to.contain(PHONE);
    expect(phoneItems(el)[0]!.querySelector('.cl-badge__default')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a second verified number: reserved without new codes, made the default, then freed after confirming', async () => {
    const { el, latch, api } = await mountSecurity([
      { ...ALICE, phoneNumber: PHONE, secondFactors: { totp: true, backupCodes: ['aaaa-bbbb'] } },
    ]);
    // The second number is added and verified as the Account page would.
    const added = await latch.user!.createPhoneNumber({ phoneNumber: SECOND_PHONE });
    await added.prepareVerification();
    await added.attemptVerification({ code: api.sentSms.at(-1)!.code });
    for (const number of [PHONE, SECOND_PHONE]) {
      await press(el, '.cl-profileSectionPrimaryButton__phoneCode');
      await until(() => el.querySelector('.cl-form__phoneCode'), 'the choice of numbers');
      const choice = [...el.querySelectorAll<HTMLButtonElement>('.cl-button__phoneCodeChoice')].find((b) =>
        b.textContent?.includes(number),
      );
      choice!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => phoneItems(el).some((item) => item.textContent?.includes(number)), `${number} listed`);
    }
    expect(el.querySelector('.cl-profileSectionItem__backupCode'), 'no new codes').to.equal(null);
    const second = () => phoneItems(el).find((item) => item.textContent?.includes(SECOND_PHONE))!;
    expect(second().querySelector('.cl-badge__default')).to.equal(null);
    second().querySelector<HTMLButtonElement>('.cl-button__setDefault')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => second().querySelector('.cl-badge__default'), 'the second number is the default');
    expect(phoneItems(el)[0]!.textContent, 'the default listed first').to.contain(SECOND_PHONE);
    second().querySelector<HTMLButtonElement>('.cl-button__remove')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-form__phoneCodeRemove'), 'remove confirmation');
    expect(el.querySelector('.cl-form__phoneCodeRemove')!.textContent).to.contain(SECOND_PHONE);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => phoneItems(el).length === 1, 'one number left');
    expect(phoneItems(el)[0]!.querySelector('.cl-badge__default'), 'the other one is the default again').to.exist;
    expect(latch.user?.phoneNumbers.find((p) => p.phoneNumber === SECOND_PHONE)?.reservedForSecondFactor).to.equal(
      false,
    );
  });

  it('with no verified number, says so and sends the user to the Account page to add one', async () => {
    const { el } = await mountSecurity([{ ...ALICE }]);
    await press(el, '.cl-profileSectionPrimaryButton__phoneCode');
    await until(() => el.querySelector('.cl-form__phoneCode'), 'the empty choice');
    expect(el.querySelector('.cl-button__phoneCodeChoice')).to.equal(null);
    expect(el.querySelector('.cl-form__phoneCode')!.textContent).to.contain('add one and verify it');
    await expect(el).to.be.accessible();
    await press(el, '.cl-formButtonPrimary__addPhoneNumber');
    await until(() => el.querySelector('.cl-profileSection__profile'), 'the Account page');
  });
});
