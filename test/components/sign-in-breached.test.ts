/**
 * A breached password at sign-in: the server answers the right password with `form_password_pwned` (the dev
 * server does for a user marked by `POST /__dev/users/{user}/password_compromised`). The card sends a reset code
 * at once and says why; the code leads to `needs_new_password`, whose step sets the new password and signs in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/index.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const breached = () =>
  new LatchApiError({
    status: 422,
    errors: [
      {
        code: 'form_password_pwned',
        message: 'server words',
        longMessage: 'server words, longer',
        meta: { paramName: 'password' },
      },
    ],
  });

const alertText = (el: HTMLElement) => el.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim() ?? '';

/** The password step of Alice's sign-in, reached by typing as a user would. */
async function atPasswordStep(options: Parameters<typeof loadedLatch>[1] = {}) {
  const ctx = await loadedLatch({ users: [ALICE] }, options);
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  input(el, 'identifier').focus();
  await sendKeys({ type: ALICE.emailAddress });
  await sendKeys({ press: 'Enter' });
  await until(() => el.querySelector('input[name="password"]'), 'password step');
  return { ...ctx, el };
}

describe('<latch-sign-in> a breached password', () => {
  it('keyboard only: the password, Enter, the reset code that was sent at once, then a new password signs in', async function () {
    this.timeout(20_000);
    const { el, api, latch } = await atPasswordStep();
    api.failNext('attemptSignInFirstFactor', breached());
    input(el, 'password').focus();
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });

    await until(() => el.querySelector('input[name="code"]'), 'reset code step');
    await until(() => alertText(el), 'why in the alert');
    expect(alertText(el)).to.contain('data breach');
    expect(el.textContent).to.not.contain('server words');
    expect(title(el)).to.equal('Choose a new password');
    const sent = api.sentCodes.at(-1)!;
    expect(sent.strategy).to.equal('reset_password_email_code');
    await expect(el).to.be.accessible();

    input(el, 'code').focus();
    await sendKeys({ type: sent.code });
    await until(() => el.querySelector('input[name="new-password"]'), 'new password step');
    expect(latch.client?.signIn.status).to.equal('needs_new_password');
    await expect(el).to.be.accessible();
    input(el, 'new-password').focus();
    await sendKeys({ type: 'a fresh unbroken password' });
    // Past the field's "show password" button, Tab reaches the confirmation.
    for (let tabs = 0; tabs < 3 && document.activeElement !== input(el, 'confirm-password'); tabs++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement === input(el, 'confirm-password'), 'Tab reaches the confirmation').to.equal(true);
    await sendKeys({ type: 'a fresh unbroken password' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user, 'signed in with the new password');
    expect(api.calls.find((c) => c.method === 'resetSignInPassword')?.params[1]).to.deep.include({
      password: 'a fresh unbroken password',
    });
  });

  it('says why in French too', async () => {
    const { el, api } = await atPasswordStep({ localization: frFR });
    api.failNext('attemptSignInFirstFactor', breached());
    input(el, 'password').value = ALICE.password;
    input(el, 'password').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => alertText(el), 'why in the alert');
    expect(alertText(el)).to.equal(frFR.unstable__errors?.form_password_pwned__sign_in);
  });

  it('a wrong password is only wrong: no reset code is sent', async () => {
    const { el, api } = await atPasswordStep();
    const before = api.sentCodes.length;
    input(el, 'password').value = 'not her password';
    input(el, 'password').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__password'), 'password error');
    expect(api.sentCodes.length).to.equal(before);
    expect(el.querySelector('input[name="password"]')).to.not.equal(null);
  });
});
