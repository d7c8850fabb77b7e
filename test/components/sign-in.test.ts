import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError, LatchRuntimeError, MemoryFrontendApi } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { resendCooldownOf } from '../../src/components/sign-in/steps/first-factor.js';
import { Latch } from '../../src/core/index.js';
import { enUSCommon } from '../../src/localization/en-US-common.js';
import { enUSErrors } from '../../src/localization/en-US-errors.js';
import { enUSSignIn } from '../../src/localization/en-US-sign-in.js';
import { enUSSignInFactors } from '../../src/localization/en-US-sign-in-factors.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

async function mountSignIn(setup?: Parameters<typeof loadedLatch>) {
  const ctx = await loadedLatch(...(setup ?? []));
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  return { ...ctx, el };
}

/** Identifier, then "Try another way", then "Email a code": ends on the email code step. */
/** Types Alice's address on the start step and submits: the password step follows. */
async function toPasswordStep(el: LatchSignIn) {
  input(el, 'identifier').value = ALICE.emailAddress;
  input(el, 'identifier').dispatchEvent(new Event('input'));
  el.querySelector('form')!.requestSubmit();
  await until(() => el.querySelector('input[name="password"]'), 'password step');
}

async function toEmailCodeStep(el: LatchSignIn) {
  await toPasswordStep(el);
  el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
  await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
  el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code')!.click();
  await until(() => el.querySelector('input[name="code"]'), 'code step');
}

const resendButton = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.cl-formResendCodeLink');

describe('<latch-sign-in>', () => {
  it('shows a loading card until its Latch has loaded', async () => {
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual"></latch-sign-in>`);
    expect(el.querySelector('[role="status"]')).to.exist;
    expect(el.querySelector('form')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('says why when Latch cannot load, and loads on "Try again"', async () => {
    const api = new MemoryFrontendApi({ users: [ALICE] });
    const latch = new Latch(undefined, { api });
    api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'fetch failed'));
    await latch.load().catch(() => undefined);
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).to.not.equal('');
    expect(alert?.textContent).to.not.contain('fetch failed');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('.cl-formButtonPrimary')!.click();
    await until(() => el.querySelector('input[name="identifier"]'), 'form after retry');
  });

  it('words a server refusing to load (origin_invalid) in its own words: the loading card until they are in', async () => {
    const api = new MemoryFrontendApi({ users: [ALICE] });
    const latch = new Latch(undefined, { api });
    const refusal = new LatchApiError({
      status: 403,
      errors: [{ code: 'origin_invalid', message: 'server words', meta: {} }],
    });
    api.failNext('getEnvironment', refusal);
    await latch.load().catch(() => undefined);
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    const alertText = () => el.querySelector('[role="alert"]')?.textContent?.trim();
    // The error strings may still be on their way (the loading card) or in, never the server's words.
    expect([undefined, enUSErrors.unstable__errors.origin_invalid]).to.include(alertText());
    await until(() => alertText() === enUSErrors.unstable__errors.origin_invalid, 'the refusal in our words');
    expect(el.textContent).to.not.contain('server words');
    el.querySelector<HTMLButtonElement>('.cl-formButtonPrimary')!.click();
    await until(() => el.querySelector('input[name="identifier"]'), 'form after retry');
  });

  it('renders the start step accessibly, with a labelled identifier field', async () => {
    const { el } = await mountSignIn();
    const identifier = input(el, 'identifier');
    expect(identifier.labels?.[0]?.textContent?.trim()).to.not.equal('');
    expect(identifier.autocomplete).to.equal('username webauthn');
    expect(el.querySelector('.cl-formButtonPrimary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('signs in with the keyboard only: identifier, Enter, password, Enter', async () => {
    const { el, latch, navigations } = await mountSignIn();
    input(el, 'identifier').focus();
    await sendKeys({ type: ALICE.emailAddress });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    await el.updateComplete;
    const password = input(el, 'password');
    password.focus();
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user, 'signed-in user');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(ALICE.emailAddress);
    await until(() => navigations.length, 'redirect');
    expect(navigations).to.deep.equal(['/']);
  });

  it('keeps the password step accessible and the identity preview editable', async () => {
    const { el } = await mountSignIn();
    await toPasswordStep(el);
    expect(el.querySelector('.cl-identityPreviewText')?.textContent).to.equal(ALICE.emailAddress);
    await expect(el).to.be.accessible();
    (el.querySelector('.cl-identityPreviewEditButton') as HTMLButtonElement).click();
    await until(() => el.querySelector('input[name="identifier"]'), 'back at start');
    expect(input(el, 'identifier').value).to.equal(ALICE.emailAddress);
  });

  it('shows a wrong password under the field, marks it invalid, keeps what was typed', async () => {
    const { el } = await mountSignIn();
    await toPasswordStep(el);
    const password = input(el, 'password');
    password.value = 'wrong-password';
    password.dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__password'), 'password error');
    const error = el.querySelector('.cl-formFieldErrorText__password')!;
    expect(error.textContent?.trim()).to.not.equal('');
    expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'password').getAttribute('aria-describedby')).to.contain(error.id);
    expect(input(el, 'password').value).to.equal('wrong-password');
    expect(document.activeElement).to.equal(input(el, 'password'));
    await expect(el).to.be.accessible();
  });

  it('puts an unknown identifier error under the identifier field', async () => {
    const { el } = await mountSignIn();
    input(el, 'identifier').value = 'nobody@example.com';
    input(el, 'identifier').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__identifier'), 'identifier error');
  });

  it('never renders a server-sent javascript: URL as the sign-up link', async () => {
    const environment = defaultEnvironment();
    environment.display_config.sign_up_url = 'javascript:alert(document.cookie)';
    const { latch } = await loadedLatch({ environment });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.include(
      'javascript:alert(document.cookie)',
    );
    environment.display_config.sign_up_url = 'https://accounts.example.dev/sign-up';
    const safe = await loadedLatch({ environment });
    const ok = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${safe.latch}></latch-sign-in>`);
    expect(ok.querySelector('.cl-footerActionLink')?.getAttribute('href')).to.equal(
      'https://accounts.example.dev/sign-up',
    );
  });

  it('re-words an error already on screen when the language changes', async () => {
    const { el, latch } = await mountSignIn();
    input(el, 'identifier').value = 'nobody@example.com';
    input(el, 'identifier').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    const errorText = () => el.querySelector('.cl-formFieldErrorText__identifier')?.textContent?.trim();
    await until(() => errorText(), 'identifier error');
    expect(errorText()).to.equal(enUSErrors.unstable__errors.form_identifier_not_found);
    latch.update({ localization: frFR });
    await until(() => errorText() === frFR.unstable__errors?.form_identifier_not_found, 'the French wording');
  });

  it('shows network faults and rate limits in an alert, losing nothing', async () => {
    const { el, api } = await mountSignIn();
    api.failNext('createSignIn', new LatchRuntimeError('network_error', 'fetch failed'));
    input(el, 'identifier').value = ALICE.emailAddress;
    input(el, 'identifier').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('[role="alert"]'), 'alert');
    const networkText = el.querySelector('[role="alert"]')!.textContent!.trim();
    expect(networkText).to.not.equal('');
    expect(networkText).to.not.contain('fetch failed');
    expect(input(el, 'identifier').value).to.equal(ALICE.emailAddress);

    api.failNext(
      'createSignIn',
      new LatchApiError({
        status: 429,
        retryAfter: 17,
        errors: [{ code: 'too_many_requests', message: 'Too many', meta: {} }],
      }),
    );
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('[role="alert"]')?.textContent?.includes('17'), 'retry-after seconds');
  });

  it('offers the email code as another method and signs in with it', async () => {
    const { el, api, latch } = await mountSignIn();
    await toPasswordStep(el);
    (el.querySelector('.cl-formButtonReset') as HTMLButtonElement).click();
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
    await expect(el).to.be.accessible();
    (el.querySelector('.cl-alternativeMethodsBlockButton__email_code') as HTMLButtonElement).click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    expect(input(el, 'code').autocomplete).to.equal('one-time-code');
    const code = api.sentCodes.at(-1)!.code;
    const codeInput = input(el, 'code');
    codeInput.value = code;
    codeInput.dispatchEvent(new Event('input'));
    await until(() => latch.user, 'signed in by code');
  });

  it('labels the way to other methods "use another method" on the password and code steps', async () => {
    const { el } = await mountSignIn();
    await toPasswordStep(el);
    const link = () => el.querySelector('.cl-formButtonReset')?.textContent?.trim();
    expect(link()).to.equal(enUSSignInFactors.signIn.password.actionLink);
    expect(link()).to.not.equal(enUSSignInFactors.signIn.alternativeMethods.actionLink);
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
    el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code')!.click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    expect(link()).to.equal(enUSSignIn.footerActionLink__useAnotherMethod);
  });

  it('shows the email once on the code step, and "Continue" as its button', async () => {
    const { el } = await mountSignIn();
    await toEmailCodeStep(el);
    expect(el.querySelector('.cl-identityPreviewText')?.textContent).to.equal(ALICE.emailAddress);
    expect(el.querySelector('.cl-formFieldHintText__code')).to.not.exist;
    expect(el.querySelector('.cl-formButtonPrimary')?.textContent?.trim()).to.equal(enUSCommon.formButtonPrimary);
  });

  it('offers a new code once the countdown after sending one is over, and sends it', async () => {
    const { el, api, latch } = await mountSignIn();
    await toEmailCodeStep(el);
    const sent = api.sentCodes.length;
    expect(sent).to.be.greaterThan(0);
    // Right after the code went out: disabled, with the seconds to wait.
    expect(resendButton(el)!.disabled).to.be.true;
    expect(resendButton(el)!.textContent).to.match(/\b30\b/);
    await expect(el).to.be.accessible();

    // One second left: the next tick enables it, labelled with the resend string.
    resendCooldownOf(el).remaining = 1;
    await until(() => resendButton(el)?.disabled === false, 'resend enabled', 3000);
    expect(resendButton(el)!.textContent?.trim()).to.equal(enUSSignInFactors.signIn.emailCode.resendButton);

    resendButton(el)!.click();
    await until(() => api.sentCodes.length === sent + 1, 'a new code');
    const prepares = api.calls.filter((c) => c.method === 'prepareSignInFirstFactor');
    expect(prepares.length).to.equal(2);
    await until(() => resendButton(el)?.disabled, 'countdown restarted');
    expect(resendButton(el)!.textContent).to.match(/\b30\b/);
    expect(document.activeElement, 'focus moved to the code field, not <body>').to.equal(input(el, 'code'));

    const codeInput = input(el, 'code');
    codeInput.value = api.sentCodes.at(-1)!.code;
    codeInput.dispatchEvent(new Event('input'));
    await until(() => latch.user, 'signed in by the new code');
  });

  it('shows which other method is on its way (spinner, aria-busy) and ignores more clicks meanwhile', async () => {
    const { el, api } = await mountSignIn([{ users: [ALICE], latencyMs: 800 }]);
    await toPasswordStep(el);
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    const emailCode = () => el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code');
    await until(() => emailCode(), 'alternatives');
    emailCode()!.click();
    await until(() => emailCode()?.getAttribute('aria-busy') === 'true', 'busy');
    expect(emailCode()!.querySelector('.cl-spinner')).to.exist;
    await expect(el).to.be.accessible();
    emailCode()?.click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    expect(api.calls.filter((c) => c.method === 'prepareSignInFirstFactor')).to.have.length(1);
  });

  it('shows a failed resend in the alert and lets the user try again', async () => {
    const { el, api } = await mountSignIn();
    await toEmailCodeStep(el);
    resendCooldownOf(el).remaining = 1;
    await until(() => resendButton(el)?.disabled === false, 'resend enabled', 3000);
    api.failNext('prepareSignInFirstFactor', new LatchRuntimeError('network_error', 'fetch failed'));
    const sent = api.sentCodes.length;
    resendButton(el)!.click();
    await until(() => el.querySelector('[role="alert"]'), 'alert');
    expect(api.sentCodes.length).to.equal(sent);
    expect(resendButton(el)!.disabled).to.be.false;
  });

  it('applies appearance variables and elements classes', async () => {
    const { latch } = await loadedLatch();
    latch.update({
      appearance: { variables: { colorPrimary: 'rgb(255, 0, 0)' }, elements: { formButtonPrimary: 'my-button' } },
    });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    const button = el.querySelector<HTMLButtonElement>('.cl-formButtonPrimary')!;
    expect(button.classList.contains('my-button')).to.be.true;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(255, 0, 0)');
  });

  it('is not broken by a page rule on button', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('button { background: rgb(0, 128, 0); text-transform: uppercase; }');
    document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
    try {
      const { el } = await mountSignIn();
      const button = el.querySelector<HTMLButtonElement>('.cl-formButtonPrimary')!;
      expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(button).textTransform).to.equal('none');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('renders right to left for an Arabic localization', async () => {
    const { el, latch } = await mountSignIn();
    latch.update({ localization: { locale: 'ar-SA' } });
    await el.updateComplete;
    expect(el.querySelector('.cl-rootBox')?.getAttribute('dir')).to.equal('rtl');
    expect(el.querySelector('.cl-rootBox')?.getAttribute('lang'), 'screen readers pick the right voice').to.equal(
      'ar-SA',
    );
  });
});
