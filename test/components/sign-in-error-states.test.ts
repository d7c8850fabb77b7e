/**
 * The sign-in error states of stories/sign-in-errors.stories.ts (maintenance, a way in the account cannot use, a
 * code with none asked for and a breached new password among them) and the SSO callback's failures, each reached by
 * keyboard where a user types: the worded text (never the server's), what was typed kept, and axe on the state.
 * (sign-in-errors.test.ts checks every code's wording in both languages; this file checks each state whole.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError, LatchRuntimeError, type MemoryUserSeed } from '../../src/api/index.js';
import { defaultEnvironment, withSocialProviders } from '../../src/api/memory/default-environment.js';
import '../../src/components/redirect-callback/index.js';
import '../../src/components/sign-in/index.js';
import type { LatchAuthenticateWithRedirectCallback } from '../../src/components/control/authenticate-with-redirect-callback.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { enUS } from '../../src/localization/en-US.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const apiError = (status: number, code: string, meta = {}, retryAfter?: number) =>
  new LatchApiError({ status, retryAfter, errors: [{ code, message: 'server words', meta }] });

const alertText = (el: HTMLElement) => el.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
const errors = enUS.unstable__errors;

async function mount(users: MemoryUserSeed[] = [ALICE]) {
  const ctx = await loadedLatch({ users });
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  return { ...ctx, el };
}

const focused = (el: HTMLElement, selector: string) => document.activeElement === el.querySelector(selector);

/** Presses Tab until `selector` has the focus (at most `max` times); fails if it never does. */
async function tabTo(el: HTMLElement, selector: string, max = 8): Promise<void> {
  for (let tabs = 0; tabs < max && !focused(el, selector); tabs++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), `Tab reaches ${selector}`).to.equal(true);
}

/** Types into the field named `name` and presses Enter, as a user would. */
async function typeAndEnter(el: HTMLElement, name: string, text: string): Promise<void> {
  input(el, name).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('<latch-sign-in> error states', () => {
  for (const [name, error, text] of [
    [
      '429 with Retry-After',
      apiError(429, 'too_many_requests', {}, 17),
      errors.too_many_requests.replace('{{seconds}}', '17'),
    ],
    ['a network fault', new LatchRuntimeError('network_error', 'fetch failed'), errors.network_error],
    ['a timeout', new LatchRuntimeError('request_timeout', 'timed out'), errors.request_timeout],
    ['maintenance (503 maintenance_mode)', apiError(503, 'maintenance_mode'), errors.maintenance_mode],
  ] as const) {
    it(`${name} on the start step: worded in the alert, the address kept, and Enter tries again`, async () => {
      const { el, api, latch } = await mount();
      api.failNext('createSignIn', error);
      await typeAndEnter(el, 'identifier', ALICE.emailAddress);
      await until(() => alertText(el) === text, `"${text}" (got "${alertText(el)}")`);
      expect(input(el, 'identifier').value).to.equal(ALICE.emailAddress);
      expect(el.textContent).to.not.contain('server words').and.not.contain('fetch failed');
      await expect(el).to.be.accessible();
      input(el, 'identifier').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.querySelector('input[name="password"]'), 'the password step on the second try');
      expect(latch.client?.signIn.identifier).to.equal(ALICE.emailAddress);
    });
  }

  it('a locked account on the password step: the alert says for how many minutes, the password kept', async () => {
    const { el, api } = await mount();
    await typeAndEnter(el, 'identifier', ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    api.failNext('attemptSignInFirstFactor', apiError(403, 'user_locked', { lockoutExpiresInSeconds: 1740 }));
    await typeAndEnter(el, 'password', ALICE.password);
    const text = enUS.unstable__latch.userLockedFor.replace('{{minutes}}', '29');
    await until(() => alertText(el) === text, `"${text}" (got "${alertText(el)}")`);
    expect(input(el, 'password').value).to.equal(ALICE.password);
    await expect(el).to.be.accessible();
  });

  it('an expired code: the alert asks for a new one, the digits stay, and "Send another" is reachable', async () => {
    const { el, api } = await mount([{ emailAddress: 'code@example.com' }]);
    await typeAndEnter(el, 'identifier', 'code@example.com');
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    api.failNext('attemptSignInFirstFactor', apiError(422, 'verification_expired'));
    input(el, 'code').focus();
    await sendKeys({ type: '424242' });
    await until(() => alertText(el) === errors.verification_expired, 'the expired code worded');
    expect(input(el, 'code').value).to.equal('424242');
    expect(el.querySelector('.cl-formResendCodeLink')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a way in the account cannot use (strategy_for_user_invalid): in the alert, and Tab reaches another way', async () => {
    const { el, api } = await mount();
    await typeAndEnter(el, 'identifier', ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    api.failNext('attemptSignInFirstFactor', apiError(422, 'strategy_for_user_invalid', { paramName: 'strategy' }));
    await typeAndEnter(el, 'password', ALICE.password);
    await until(() => alertText(el) === errors.strategy_for_user_invalid, `the refusal (got "${alertText(el)}")`);
    expect(el.querySelector('.cl-formFieldErrorText__password')).to.equal(null, 'not under the password');
    expect(input(el, 'password').value).to.equal(ALICE.password);
    expect(el.textContent).to.not.contain('server words');
    await expect(el).to.be.accessible();
    await tabTo(el, '.cl-formButtonReset');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'the other ways in');
  });

  it('a code with none asked for (verification_missing): the alert asks for one, the digits stay', async () => {
    const { el, api } = await mount([{ emailAddress: 'code@example.com' }]);
    await typeAndEnter(el, 'identifier', 'code@example.com');
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    api.failNext('attemptSignInFirstFactor', apiError(400, 'verification_missing', { paramName: 'strategy' }));
    input(el, 'code').focus();
    await sendKeys({ type: '424242' });
    await until(() => alertText(el) === errors.verification_missing, `asked for a code (got "${alertText(el)}")`);
    expect(input(el, 'code').value).to.equal('424242');
    expect(el.querySelector('.cl-formResendCodeLink')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a breached new password on the reset step (form_password_pwned): under the new password, in both languages', async function () {
    this.timeout(20_000);
    const { el, api, latch } = await mount();
    await typeAndEnter(el, 'identifier', ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    await tabTo(el, '.cl-formFieldAction__password');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'reset code step');
    input(el, 'code').focus();
    await sendKeys({ type: api.sentCodes.at(-1)!.code });
    await until(() => el.querySelector('input[name="new-password"]'), 'new password step');

    api.failNext('resetSignInPassword', apiError(422, 'form_password_pwned', { paramName: 'password' }));
    input(el, 'new-password').focus();
    await sendKeys({ type: 'password123' });
    await tabTo(el, 'input[name="confirm-password"]', 3);
    await sendKeys({ type: 'password123' });
    await sendKeys({ press: 'Enter' });
    const error = () => el.querySelector('.cl-formFieldErrorText__newPassword')?.textContent?.trim() ?? '';
    await until(() => error() === errors.form_password_pwned, `under the new password (got "${error()}")`);
    expect(alertText(el)).to.equal('', 'not in the alert');
    expect(input(el, 'new-password').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement === input(el, 'new-password'), 'the focus on the refused field').to.equal(true);
    expect(input(el, 'confirm-password').value).to.equal('password123', 'what was typed is kept');
    expect(el.textContent).to.not.contain('server words');
    await expect(el).to.be.accessible();

    latch.update({ localization: frFR });
    await until(() => error() === frFR.unstable__errors?.form_password_pwned, `in French (got "${error()}")`);

    // A password of their own: Enter signs in.
    input(el, 'new-password').select();
    await sendKeys({ type: 'a fresh unbroken password' });
    input(el, 'confirm-password').select();
    await sendKeys({ type: 'a fresh unbroken password' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user, 'signed in with the new password');
  });
});

describe('<latch-authenticate-with-redirect-callback> errors', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  /** A sign-in with Google on its way back; `then` plays the provider's answer. */
  async function returning(outcome: 'denied' | { emailAddress: string }) {
    const ctx = await loadedLatch({ users: [ALICE], environment: withSocialProviders(defaultEnvironment(), 'google') });
    await ctx.latch.client?.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    ctx.api.returnFromProvider(outcome);
    return ctx;
  }

  async function callback(latch: Awaited<ReturnType<typeof returning>>['latch']) {
    const failures: unknown[] = [];
    const el = await fixture<LatchAuthenticateWithRedirectCallback>(
      html`<latch-authenticate-with-redirect-callback
        .latch=${latch}
        @latch-redirect-callback-error=${(event: CustomEvent<{ error: unknown }>) => failures.push(event.detail.error)}
        ><p>Signing you in…</p><p slot="fallback">That did not work. <a href="/sign-in">Sign in again</a></p></latch-authenticate-with-redirect-callback
      >`,
    );
    await until(() => el.dataset.outcome, 'an outcome');
    return { el, failures };
  }

  const codeOf = (error: unknown) =>
    error instanceof LatchApiError ? error.errors[0]?.code : (error as LatchRuntimeError).code;

  it('the provider refused: the fallback slot shows, the event says external_account_not_verified (accessible)', async () => {
    const { latch } = await returning('denied');
    const { el, failures } = await callback(latch);
    expect(el.dataset.outcome).to.equal('error');
    expect(failures.map(codeOf)).to.deep.equal(['external_account_not_verified']);
    expect(el.shadowRoot?.querySelector('slot[name="fallback"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const code of ['external_account_not_found', 'session_exists']) {
    it(`an unknown account whose transfer to a sign-up the server refuses (${code}): the fallback, no session`, async () => {
      const { latch, api } = await returning({ emailAddress: 'newcomer@example.com' });
      api.failNext('createSignUp', apiError(code === 'session_exists' ? 400 : 404, code));
      const { el, failures } = await callback(latch);
      expect(el.dataset.outcome).to.equal('error');
      expect(failures.map(codeOf)).to.deep.equal([code]);
      expect(latch.session).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('the same refusal in the sign-in card (session_exists): worded in its alert, back at the start step', async () => {
    const { latch, api } = await returning({ emailAddress: 'newcomer@example.com' });
    api.failNext('createSignUp', apiError(400, 'session_exists'));
    history.replaceState(null, '', '#/sso-callback');
    const el = await fixture<LatchSignIn>(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => alertText(el), 'the error');
    expect(alertText(el)).to.equal(errors.session_exists);
    expect(el.querySelector('input[name="identifier"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
