import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const PHONE = '+15555550100';
const ALL: MemoryUserSeed = {
  ...ALICE,
  secondFactors: { totp: true, phoneNumber: PHONE, backupCodes: ['abcd-efgh-jk', 'mnpq-rstu-vw'] },
};

async function mountSignIn(user: MemoryUserSeed = ALL, options: Parameters<typeof loadedLatch>[1] = {}) {
  const ctx = await loadedLatch({ users: [user] }, options);
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  return { ...ctx, el };
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();
const blockButton = (el: HTMLElement, strategy: string) =>
  el.querySelector<HTMLButtonElement>(`.cl-alternativeMethodsBlockButton__${strategy}`);

function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

/** Identifier, then the password: the sign-in now waits for the second factor. */
async function toSecondFactor(el: LatchSignIn) {
  type(input(el, 'identifier'), ALICE.emailAddress);
  el.querySelector('form')!.requestSubmit();
  await until(() => el.querySelector('input[name="password"]'), 'password step');
  type(input(el, 'password'), ALICE.password);
  // As a user would: Continue once it no longer shows the spinner of the identifier's submit. After a sign-out the
  // card can show the password step while that submit still finishes, and a submit meanwhile is ignored.
  await until(
    () => el.querySelector('.cl-formButtonPrimary')?.getAttribute('aria-busy') === 'false',
    'the password step ready',
  );
  el.querySelector('form')!.requestSubmit();
  await until(() => el.querySelector('.cl-formField__code, .cl-formField__backupCode'), 'second-factor step');
  await el.updateComplete;
}

async function chooseOther(el: LatchSignIn, strategy: string) {
  el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
  await until(() => blockButton(el, strategy), `${strategy} in the alternatives`);
  blockButton(el, strategy)!.click();
  await until(() => !el.querySelector('.cl-alternativeMethods'), 'chosen factor');
  await el.updateComplete;
}

describe('<latch-sign-in> second factor', () => {
  it('after the password, asks for the authenticator app code first (accessible, one-time-code field)', async () => {
    const { el, latch } = await mountSignIn();
    await toSecondFactor(el);
    expect(title(el)).to.equal('One more step');
    const code = input(el, 'code');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    expect(code.labels?.[0]?.textContent?.trim()).to.equal('Code from your app');
    expect(el.querySelector('.cl-formButtonReset')?.textContent?.trim()).to.not.equal('');
    expect(latch.session).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keyboard only: types the TOTP code and is signed in when the sixth digit lands', async () => {
    const { el, latch } = await mountSignIn();
    await toSecondFactor(el);
    input(el, 'code').focus();
    await sendKeys({ type: '424242' });
    await until(() => latch.session, 'signed in');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(ALICE.emailAddress);
  });

  it('a wrong TOTP code is shown under the field and the code stays for correction', async () => {
    const { el } = await mountSignIn();
    await toSecondFactor(el);
    type(input(el, 'code'), '111111');
    await until(() => el.querySelector('.cl-formFieldErrorText'), 'field error');
    expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'code').value).to.equal('111111');
    await expect(el).to.be.accessible();
  });

  it('an incomplete code is refused without a round trip', async () => {
    const { el, api } = await mountSignIn();
    await toSecondFactor(el);
    type(input(el, 'code'), '123');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText'), 'field error');
    expect(el.querySelector('.cl-formFieldErrorText')?.textContent).to.contain('6');
    expect(api.calls.some((c) => c.method === 'attemptSignInSecondFactor')).to.equal(false);
  });

  it('"Use another method" lists the other factors; Back returns to the code', async () => {
    const { el } = await mountSignIn();
    await toSecondFactor(el);
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethods'), 'alternatives');
    expect(blockButton(el, 'totp')).to.equal(null, 'the factor in use is not offered again');
    expect(blockButton(el, 'phone_code')?.textContent).to.contain(PHONE);
    expect(blockButton(el, 'backup_code')?.textContent?.trim()).to.equal('Use a backup code');
    await until(() => document.activeElement === el.querySelector('.cl-headerTitle'), 'focus on the heading');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('.cl-backLink')!.click();
    await until(() => el.querySelector('input[name="code"]'), 'back to the code');
  });

  it('SMS code: texts the phone, shows where it went, resends after the cooldown, signs in', async () => {
    const { el, api, latch } = await mountSignIn();
    await toSecondFactor(el);
    await chooseOther(el, 'phone_code');
    expect(title(el)).to.equal('Check your messages');
    expect(api.sentSms).to.have.length(1);
    expect(el.querySelector('.cl-formFieldHintText')?.textContent).to.contain(PHONE);
    expect(el.querySelector<HTMLButtonElement>('.cl-formResendCodeLink')?.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    type(input(el, 'code'), '424242');
    await until(() => latch.session, 'signed in');
  });

  it('keyboard only: Tab to "Use another method", Enter, Tab to the SMS option, Enter, type the code', async () => {
    const { el, latch } = await mountSignIn();
    await toSecondFactor(el);
    input(el, 'code').focus();
    const other = el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!;
    for (let i = 0; i < 5 && document.activeElement !== other; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(other);
    await sendKeys({ press: 'Enter' });
    await until(() => blockButton(el, 'phone_code'), 'alternatives');
    await until(() => document.activeElement === el.querySelector('.cl-headerTitle'), 'focus on the heading');
    for (let i = 0; i < 5 && document.activeElement !== blockButton(el, 'phone_code'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement).to.equal(blockButton(el, 'phone_code'));
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'SMS code step');
    await until(() => document.activeElement === el.querySelector('.cl-headerTitle'), 'focus on the new heading');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'code'));
    await sendKeys({ type: '424242' });
    await until(() => latch.session, 'signed in');
  });

  it('a hostile phone label renders as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { el } = await mountSignIn({ ...ALICE, secondFactors: { phoneNumber: hostile } });
    await toSecondFactor(el);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.cl-formFieldHintText')?.textContent).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('an account with only a phone starts on the SMS step, the code already sent', async () => {
    const { el, api } = await mountSignIn({ ...ALICE, secondFactors: { phoneNumber: PHONE } });
    await toSecondFactor(el);
    expect(title(el)).to.equal('Check your messages');
    expect(api.sentSms).to.deep.equal([{ phoneNumber: PHONE, code: '424242' }]);
    expect(el.querySelector('.cl-formButtonReset'), 'no other method to offer').to.equal(null);
  });

  it('backup code: a text field; used once, refused the second time', async () => {
    const { el, latch } = await mountSignIn();
    await toSecondFactor(el);
    await chooseOther(el, 'backup_code');
    expect(title(el)).to.equal('Use a backup code');
    const field = input(el, 'backupCode');
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Backup code');
    await expect(el).to.be.accessible();

    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText'), 'empty code refused');

    field.focus();
    await sendKeys({ type: 'abcd-efgh-jk' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.session, 'signed in');

    await latch.signOut();
    await until(() => el.querySelector('input[name="identifier"]'), 'start again');
    await toSecondFactor(el);
    await chooseOther(el, 'backup_code');
    type(input(el, 'backupCode'), 'abcd-efgh-jk');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText'), 'reused code refused');
    expect(latch.session).to.equal(null);
  });

  it('speaks French with the fr-FR resource', async () => {
    const { el } = await mountSignIn(ALL, { localization: frFR });
    await toSecondFactor(el);
    expect(title(el)).to.equal('Encore une étape');
    await chooseOther(el, 'backup_code');
    expect(input(el, 'backupCode').labels?.[0]?.textContent?.trim()).to.equal('Code de secours');
  });
});
