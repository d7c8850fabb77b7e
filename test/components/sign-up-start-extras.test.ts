import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { ALICE, input, loadedLatch, typeEmailAndPassword, until } from './helpers.js';

// Its own file: the consent checkbox's chunk (start-extras.ts) must not have been fetched by an earlier test on this
// page, and is fetched once per page.

// Unbundled, this page loads a few hundred modules: past the default 250 entries, later ones would not be listed.
performance.setResourceTimingBufferSize(5000);
const extrasFetched = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('/sign-up/start-extras.'));

function legalConsentOn() {
  const env = defaultEnvironment();
  Object.assign(env.user_settings.sign_up, { legal_consent_enabled: true });
  Object.assign(env.display_config, { terms_url: 'https://example.com/terms', privacy_policy_url: '/privacy' });
  return env;
}

describe('<latch-sign-up> legal consent chunk', () => {
  it('is not fetched for an instance without legal consent or CAPTCHA', async () => {
    const { latch } = await loadedLatch();
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    await until(() => el.querySelector('form'), 'the start form');
    // Give a wrongly started download time to show up among the page's resources.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.querySelector('input[name="legalAccepted"]')).to.equal(null);
    expect(extrasFetched(), 'the consent module came with a card that does not ask for consent').to.equal(false);
  });

  it('with legal consent on: the form waits for its checkbox, which the keyboard reaches, ticks and submits', async () => {
    const { latch, api } = await loadedLatch({ users: [ALICE], environment: legalConsentOn() });
    // The form must never show without its checkbox (it would appear late and shift what is below it).
    let formWithoutCheckbox = false;
    const observer = new MutationObserver(() => {
      if (el.querySelector('form') && !el.querySelector('input[name="legalAccepted"]')) formWithoutCheckbox = true;
    });
    const el = document.createElement('latch-sign-up') as LatchSignUp;
    el.routing = 'virtual';
    el.latch = latch;
    observer.observe(el, { childList: true, subtree: true });
    await fixture(el);
    await until(() => el.querySelector('input[name="legalAccepted"]'), 'the consent checkbox');
    observer.disconnect();
    expect(formWithoutCheckbox, 'the form showed before its checkbox').to.equal(false);
    expect(extrasFetched()).to.equal(true);
    const label = el.querySelector('.cl-formFieldCheckboxLabel__legalAccepted');
    expect(label?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'I accept the Terms of Service and the Privacy Policy',
    );
    await expect(el).to.be.accessible();

    await typeEmailAndPassword(el);
    // Unticked, Enter is refused at the checkbox, which takes focus with the reason; nothing is sent.
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__legalAccepted'), 'the consent error');
    const box = input(el, 'legalAccepted');
    expect(document.activeElement).to.equal(box);
    expect(el.querySelector('.cl-formFieldErrorText__legalAccepted')?.textContent?.trim()).to.equal(
      el.t('unstable__errors.form_param_missing__legal_accepted'),
    );
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.equal(false);
    await expect(el).to.be.accessible();

    // From the password, Tab reaches the checkbox past the show/hide button; Space ticks it, Enter sends the form.
    input(el, 'password').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(box);
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'the code step');
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.equal(true);
    expect(latch.client?.signUp.missingFields).to.deep.equal([]);
  });
});
