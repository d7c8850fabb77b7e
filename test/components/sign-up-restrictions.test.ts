import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { input, loadedLatch, until } from './helpers.js';

/** What the dev server (and Clerk) answers when the allowlist or blocklist refuses an address. */
const notAllowed = () =>
  new LatchApiError({
    status: 403,
    errors: [
      {
        code: 'not_allowed_access',
        message: 'Access not allowed.',
        longMessage: 'You are not allowed to access this application.',
        meta: { paramName: 'email_address' },
      },
    ],
  });

const emailError = (el: HTMLElement) => el.querySelector('.cl-formFieldErrorText__emailAddress')?.textContent?.trim();

describe('<latch-sign-up> allowlist and blocklist', () => {
  it('by keyboard: a refused address is worded at the email field, in English then French, and nothing is lost', async () => {
    const { latch, api } = await loadedLatch();
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    api.failNext('createSignUp', notAllowed());
    input(el, 'emailAddress').focus();
    await sendKeys({ type: 'ada@blocked.test' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Quartz-Velvet#Harbor42' });
    await sendKeys({ press: 'Enter' });
    await until(() => emailError(el), 'the refusal at the email field');
    expect(emailError(el)).to.match(/^This identifier is not allowed to use /);
    expect(input(el, 'emailAddress').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'emailAddress').value).to.equal('ada@blocked.test');
    expect(input(el, 'password').value).to.equal('Quartz-Velvet#Harbor42');
    await expect(el).to.be.accessible();
    latch.update({ localization: frFR });
    await until(() => emailError(el)?.startsWith('Cet identifiant n’est pas autorisé'), 'in French');
  });
});
