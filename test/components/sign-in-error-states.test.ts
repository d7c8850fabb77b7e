/**
 * The sign-in error states of stories/sign-in-errors.stories.ts and the SSO callback's failures, each reached by
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
