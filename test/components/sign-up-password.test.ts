import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type EnvironmentJSON, LatchApiError } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

/** Every password rule on, and the strength meter with a minimum score of 3. */
function strictPasswords(): EnvironmentJSON {
  const env = defaultEnvironment();
  Object.assign(env.user_settings.password_settings, {
    min_length: 10,
    require_special_char: true,
    require_numbers: true,
    require_uppercase: true,
    require_lowercase: true,
    show_zxcvbn: true,
    min_zxcvbn_strength: 3,
    allowed_special_characters: '!#$%&_',
  });
  return env;
}

async function mount(environment = strictPasswords()) {
  const ctx = await loadedLatch({ users: [ALICE], environment });
  const el = await fixture<LatchSignUp>(html`<latch-sign-up routing="virtual" .latch=${ctx.latch}></latch-sign-up>`);
  return { ...ctx, el };
}

function fill(el: HTMLElement, name: string, value: string) {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

const rules = (el: HTMLElement) =>
  [...el.querySelectorAll('.cl-formFieldHintText__passwordRules > li')].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );
const strength = (el: HTMLElement) => el.querySelector('[data-score]');
const passwordError = (el: HTMLElement) => el.querySelector('.cl-formFieldErrorText__password')?.textContent?.trim();
const apiError = (code: string, longMessage = code) =>
  new LatchApiError({ status: 422, errors: [{ code, message: code, longMessage, meta: { paramName: 'password' } }] });

describe('<latch-sign-up> password rules and strength', () => {
  it('lists every rule once the field has focus, before the user types, each saying in words that it is not met yet', async () => {
    const { el } = await mount();
    await until(() => el.querySelector('.cl-formFieldInputShowPasswordButton'), 'the show/hide button');
    expect(rules(el), 'no rules before the field has focus').to.deep.equal([]);
    // By keyboard, as a user reaches it (sendKeys also gives this page the browser's focus).
    input(el, 'emailAddress').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'password'));
    await until(() => rules(el).length, 'the rules');
    expect(rules(el)).to.deep.equal([
      'at least 10 characters (not yet)',
      'a digit (not yet)',
      'a lowercase letter (not yet)',
      'a capital letter (not yet)',
      'a symbol such as ! or # (not yet)',
    ]);
    const describedBy = input(el, 'password').getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.className)).to.deep.include(
      el.querySelector('.cl-formFieldInfoText__password')?.className,
    );
    expect(strength(el), 'no meter before focus').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: the rules tick as they are met, the meter appears after focus, Enter signs up', async function () {
    this.timeout(30_000);
    const { el, api } = await mount();
    input(el, 'emailAddress').focus();
    await sendKeys({ type: 'grace@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'password'));
    await sendKeys({ type: 'abc' });
    expect(rules(el)).to.include('a lowercase letter (done)');
    expect(rules(el)).to.include('a capital letter (not yet)');
    await until(() => strength(el), 'strength meter', 20_000);
    expect(strength(el)?.textContent?.trim()).to.match(/^Strength: too weak for this site yet\. /);
    await sendKeys({ type: 'Quartz-Velvet#Harbor42' });
    await until(() => Number(strength(el)?.getAttribute('data-score')) >= 3, 'a strong score');
    expect(rules(el).every((rule) => rule?.endsWith('(done)'))).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    expect(api.calls.some((call) => call.method === 'createSignUp')).to.equal(true);
  });

  it('shows and hides the password with its button, by keyboard, saying which it does', async () => {
    const { el } = await mount();
    const password = input(el, 'password');
    password.focus();
    await sendKeys({ type: 'Quartz' });
    await until(() => el.querySelector('.cl-formFieldInputShowPasswordButton'), 'the show/hide button');
    const reveal = el.querySelector<HTMLButtonElement>('.cl-formFieldInputShowPasswordButton')!;
    expect(reveal.getAttribute('aria-controls')).to.equal(password.id);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(reveal);
    expect([password.type, reveal.getAttribute('aria-pressed'), reveal.getAttribute('aria-label')]).to.deep.equal([
      'password',
      'false',
      'Show password',
    ]);
    await sendKeys({ press: 'Space' });
    await until(() => input(el, 'password').type === 'text', 'the password shown');
    expect([reveal.getAttribute('aria-pressed'), reveal.getAttribute('aria-label')]).to.deep.equal([
      'true',
      'Hide password',
    ]);
    expect(input(el, 'password').value, 'what was typed stays').to.equal('Quartz');
    await expect(el).to.be.accessible();
  });

  it('refuses a password that misses a rule at the field, without a round trip, and keeps what was typed', async () => {
    const { el, api } = await mount();
    fill(el, 'emailAddress', 'grace@example.com');
    fill(el, 'password', 'longenoughbutplain');
    el.querySelector('form')!.requestSubmit();
    await until(() => passwordError(el), 'password error');
    expect(passwordError(el)).to.equal('This password is too easy to guess. Make it longer or less predictable.');
    expect(api.calls.some((call) => call.method === 'createSignUp')).to.equal(false);
    expect(input(el, 'emailAddress').value).to.equal('grace@example.com');
    expect(input(el, 'password').value).to.equal('longenoughbutplain');
    fill(el, 'password', 'Short1!');
    el.querySelector('form')!.requestSubmit();
    await until(() => passwordError(el) === 'This password is too short.', 'too short');
  });

  for (const [code, english, french] of [
    [
      'form_password_not_strong_enough',
      'This password is too easy to guess. Make it longer or less predictable.',
      'Ce mot de passe est trop facile à deviner. Allongez-le ou rendez-le moins prévisible.',
    ],
    [
      'form_password_size_in_bytes_exceeded',
      'This password is too long once encoded: shorten it, or use fewer accented letters and symbols.',
      'Ce mot de passe est trop long une fois encodé : raccourcissez-le ou utilisez moins de lettres accentuées et de symboles.',
    ],
    [
      'form_password_pwned',
      'This password has shown up in a known data breach. Please choose a different one.',
      'Ce mot de passe figure dans une fuite de données connue. Veuillez en choisir un autre, par sécurité.',
    ],
  ] as const) {
    it(`words the server's ${code} at the field, in English and in French`, async () => {
      const { el, api, latch } = await mount(defaultEnvironment());
      fill(el, 'emailAddress', 'grace@example.com');
      fill(el, 'password', 'Quartz-Velvet#Harbor42');
      api.failNext('createSignUp', apiError(code));
      el.querySelector('form')!.requestSubmit();
      await until(() => passwordError(el) === english, code);
      latch.update({ localization: frFR });
      await until(() => passwordError(el) === french, `${code} in French`);
      expect(input(el, 'password').value).to.equal('Quartz-Velvet#Harbor42');
    });
  }

  it("words zxcvbn's warning and suggestions while the password is too weak, in English then in French", async function () {
    this.timeout(30_000);
    const { el, latch } = await mount();
    input(el, 'password').focus();
    await sendKeys({ type: 'abc' });
    await until(() => strength(el)?.textContent?.includes('abc'), 'strength feedback', 20_000);
    expect(strength(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Strength: too weak for this site yet. A run like "abc" or "123" is quick to guess. ' +
        'Add another word, a less common one. Leave out runs of characters like "abc".',
    );
    await expect(el).to.be.accessible();
    latch.update({ localization: frFR });
    await until(() => strength(el)?.textContent?.includes('Robustesse'), 'feedback in French');
    expect(strength(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Robustesse : encore trop faible pour ce site. Une suite comme « abc » ou « 123 » se devine vite. ' +
        'Ajoutez un autre mot, moins courant. Évitez les suites de caractères comme « abc ».',
    );
    // Strong enough: the verdict alone, no advice.
    await sendKeys({ type: '-Quartz-Velvet#Harbor42' });
    await until(() => Number(strength(el)?.getAttribute('data-score')) >= 3, 'a strong score');
    expect(strength(el)?.textContent).to.not.contain('Évitez');
  });

  it('renders hostile text in a rule as text', async () => {
    const { el, latch } = await mount();
    input(el, 'emailAddress').focus();
    await sendKeys({ press: 'Tab' });
    latch.update({
      localization: { unstable__errors: { passwordComplexity: { requireNumbers: '<img src=x onerror=alert(1)>' } } },
    });
    await until(() => rules(el).some((rule) => rule?.startsWith('<img')), 'the hostile string as text');
    expect(el.querySelector('img')).to.equal(null);
  });
});
