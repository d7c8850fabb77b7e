/**
 * The reverification prompt's second step (issue 13, item 4): when the server asks for `multi_factor` and the
 * user has two-step verification, the password is followed by the authenticator code, or a backup code, before
 * the sensitive write is retried. Keyboard only, with axe on each step.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, reverificationDialog as dialog, input, loadedLatch, until } from './helpers.js';

const BACKUP_CODE = 'abcd-efgh-jk';

/** The server's 403 for a write that wants both factors verified recently. */
function multiFactorRequired(): LatchApiError {
  return new LatchApiError({
    status: 403,
    errors: [
      {
        code: 'session_reverification_required',
        message: 'verify again',
        meta: { sessionVerification: { level: 'multi_factor', after_minutes: 10 } },
      },
    ],
  });
}

async function mountSecurity() {
  const ctx = await loadedLatch({
    users: [{ ...ALICE, secondFactors: { totp: true, backupCodes: [BACKUP_CODE] } }],
    clientState: 'signed-in',
  });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual" initial-step="security"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSectionPrimaryButton__password'), 'security page');
  return { ...ctx, el };
}

const inDialog = (el: HTMLElement, selector: string) => document.activeElement === dialog(el)?.querySelector(selector);

/** Submits a password change with the keyboard (refused once), then the password in the prompt. */
async function passFirstFactor(el: HTMLElement) {
  el.querySelector<HTMLButtonElement>('.cl-profileSectionPrimaryButton__password')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => document.activeElement === el.querySelector('input[name="currentPassword"]'), 'form focused');
  await sendKeys({ type: ALICE.password });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: 'new-secret-words' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: 'new-secret-words' });
  await sendKeys({ press: 'Enter' });
  await until(() => inDialog(el, 'input[name="password"]'), 'prompt asks for the password');
  await sendKeys({ type: ALICE.password });
  await sendKeys({ press: 'Enter' });
  await until(() => inDialog(el, 'input[name="code"]'), 'second step focused');
}

describe('<latch-user-profile> reverification with a second factor', () => {
  it('asks for the authenticator code after the password, then retries the change', async function () {
    this.timeout(30_000);
    const { el, api } = await mountSecurity();
    api.failNext('changePassword', multiFactorRequired());
    await passFirstFactor(el);
    expect(dialog(el)!.querySelector('.cl-headerSubtitle')!.textContent).to.contain('authenticator app');
    await expect(el).to.be.accessible();
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(1);
    await sendKeys({ type: '424242' });
    await until(() => !el.querySelector('.cl-form__password'), 'saved after the retry');
    expect(dialog(el)).to.not.exist;
    expect(api.calls.find((c) => c.method === 'startSessionVerification')?.params[1]).to.deep.equal({
      level: 'multi_factor',
    });
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(2);
  });

  it('"use a backup code" switches the step; a wrong code says so and keeps the prompt, the right one finishes', async () => {
    const { el, api } = await mountSecurity();
    api.failNext('changePassword', multiFactorRequired());
    await passFirstFactor(el);
    dialog(el)!.querySelector<HTMLButtonElement>('.cl-formFieldAction__reverification')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => inDialog(el, 'input[name="code"]:not([inputmode])'), 'backup code field focused');
    expect(dialog(el)!.querySelector('.cl-headerSubtitle')!.textContent).to.contain('backup codes');
    await sendKeys({ type: '<b>nope</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.querySelector('.cl-formFieldErrorText, [id$="-error"]'), 'error at the field');
    expect(input(dialog(el)!, 'code').value).to.equal('<b>nope</b>');
    expect(dialog(el)!.querySelector('b')).to.not.exist;
    await expect(el).to.be.accessible();
    input(dialog(el)!, 'code').select();
    await sendKeys({ type: BACKUP_CODE });
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('.cl-form__password'), 'saved after the retry');
    const attempts = api.calls.filter((c) => c.method === 'attemptSessionVerificationSecondFactor');
    expect(attempts.map((c) => (c.params[1] as { strategy: string }).strategy)).to.deep.equal([
      'backup_code',
      'backup_code',
    ]);
  });

  it('Esc on the second step cancels: nothing changed, the form keeps what was typed', async () => {
    const { el, api } = await mountSecurity();
    api.failNext('changePassword', multiFactorRequired());
    await passFirstFactor(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el), 'closed');
    await until(() => el.querySelector('.cl-form__password [role="alert"]'), 'cancelled message in the form');
    expect(input(el, 'newPassword').value).to.equal('new-secret-words');
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(1);
  });
});
