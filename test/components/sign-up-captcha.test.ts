import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { ALICE, loadedLatch, typeEmailAndPassword, until } from './helpers.js';

function captchaOn() {
  const env = defaultEnvironment();
  Object.assign(env.user_settings.sign_up, { captcha_enabled: true, captcha_widget_type: 'smart' });
  return env;
}

describe('<latch-sign-up> bot protection slot', () => {
  it('renders the clerk-captcha mount point with the appearance captcha options when the instance turns it on', async () => {
    const { latch } = await loadedLatch(
      { users: [ALICE], environment: captchaOn() },
      { appearance: { captcha: { theme: 'dark', size: 'compact' } } },
    );
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    // The slot's module arrives after the card (an instance without CAPTCHA or consent never fetches it).
    await until(() => el.querySelector('#clerk-captcha'), 'the CAPTCHA slot');
    const slot = el.querySelector<HTMLElement>('#clerk-captcha');
    expect(slot!.dataset).to.include({ clTheme: 'dark', clSize: 'compact', clLanguage: 'en-US' });
    expect(slot!.closest('form')).to.equal(el.querySelector('form'));
    await expect(el).to.be.accessible();
  });

  it('leaves it out when CAPTCHA is off (the dev server), and the card signs up by keyboard without it', async () => {
    const { latch } = await loadedLatch();
    const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`);
    expect(el.querySelector('#clerk-captcha')).to.equal(null);
    await typeEmailAndPassword(el);
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'the code step');
  });
});
