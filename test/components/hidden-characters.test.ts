/**
 * Identifiers with hidden or control characters (issue 6) are refused in the form, before any round trip, with a
 * localized field error and nothing the user typed lost; the rules are the server's (src/core/identifiers.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { enUSCommon } from '../../src/localization/en-US-common.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const LOOK_ALIKE = ALICE.emailAddress.replace('@', '\u200B@');

function fill(el: HTMLElement, name: string, value: string) {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('hidden characters in identifiers', () => {
  it('sign-in: a zero-width space in the identifier is a field error, no request, the value kept', async () => {
    const { latch, api } = await loadedLatch();
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    fill(el, 'identifier', LOOK_ALIKE);
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__identifier'), 'identifier error');
    expect(el.querySelector('.cl-formFieldErrorText__identifier')!.textContent?.trim()).to.equal(
      enUSCommon.unstable__latch.hiddenCharacters,
    );
    expect(api.calls.some((c) => c.method === 'createSignIn')).to.equal(false);
    expect(input(el, 'identifier').value).to.equal(LOOK_ALIKE);
    await expect(el).to.be.accessible();
  });

  it('sign-in by keyboard: fix the identifier and press Enter again to continue', async () => {
    const { latch } = await loadedLatch();
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    input(el, 'identifier').focus();
    await sendKeys({ type: `${ALICE.emailAddress}\u0007` });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__identifier'), 'identifier error');
    expect(document.activeElement).to.equal(input(el, 'identifier'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="password"]'), 'password step');
  });

  it('sign-up: a bidi override in the email address is a French field error when the page is in French', async () => {
    const { latch, api } = await loadedLatch();
    latch.update({ localization: frFR });
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    fill(el, 'emailAddress', 'new\u202Euser@example.com');
    fill(el, 'password', 'a-long-enough-secret');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddress'), 'email error');
    expect(el.querySelector('.cl-formFieldErrorText__emailAddress')!.textContent?.trim()).to.equal(
      frFR.unstable__latch?.hiddenCharacters,
    );
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.equal(false);
    expect(input(el, 'password').value).to.equal('a-long-enough-secret');
    await expect(el).to.be.accessible();
  });
});
