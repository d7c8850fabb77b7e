/**
 * `simpleStyles` (the `simple` theme, neobrutalism): Latch's look is left out, its structure stays. The look sheet
 * is shared by the whole document, so a simple element must also stay plain next to a default one. Tests in this
 * file share one page and run in order: the first one checks the document before any default element has
 * adopted the look.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { baseCss, SIMPLE_ATTRIBUTE, sheetFor } from '../../src/components/base/base.styles.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { neobrutalism, simple } from '../../themes/index.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const lookSheet = () => sheetFor(baseCss.look ?? '');
const structureSheet = () => sheetFor(baseCss.structure);

async function mount(appearance?: object): Promise<LatchSignIn> {
  const { latch } = await loadedLatch();
  return fixture<LatchSignIn>(
    html`<latch-sign-in routing="virtual" .latch=${latch} .appearance=${appearance}></latch-sign-in>`,
  );
}

async function toPasswordStep(el: LatchSignIn): Promise<void> {
  input(el, 'identifier').value = ALICE.emailAddress;
  input(el, 'identifier').dispatchEvent(new Event('input'));
  el.querySelector('form')!.requestSubmit();
  await until(() => el.querySelector('input[name="password"]'), 'password step');
}

const cardStyle = (el: HTMLElement) => getComputedStyle(el.querySelector('.cl-cardBox')!);

function expectPlain(el: HTMLElement): void {
  expect(el.hasAttribute(SIMPLE_ATTRIBUTE)).to.equal(true);
  expect(cardStyle(el).boxShadow).to.equal('none');
  expect(cardStyle(el).borderTopLeftRadius).to.equal('0px');
  expect(cardStyle(el).borderTopWidth).to.equal('0px');
  // The browser's own button, not Latch's filled primary button.
  const button = getComputedStyle(el.querySelector('.cl-formButtonPrimary')!);
  expect(button.backgroundColor).to.not.equal('rgb(47, 48, 55)');
}

describe('simpleStyles', () => {
  it('leaves the look sheet out, keeps the structure, and stays accessible (simple theme)', async () => {
    const el = await mount({ theme: simple });
    expect(document.adoptedStyleSheets).to.include(structureSheet());
    expect(document.adoptedStyleSheets).to.not.include(lookSheet());
    expectPlain(el);
    // Structure: the card's column of fields still lays out.
    expect(getComputedStyle(el.querySelector('.cl-form')!).display).to.equal('flex');
    await expect(el).to.be.accessible();

    await toPasswordStep(el);
    const password = input(el, 'password');
    const reveal = el.querySelector<HTMLButtonElement>('.cl-formFieldInputShowPasswordButton')!;
    expect(getComputedStyle(reveal).position).to.equal('absolute');
    const field = password.getBoundingClientRect();
    const button = reveal.getBoundingClientRect();
    expect(button.right, 'inside the field, at its end').to.be.within(field.right - 8, field.right);
    expect(button.top).to.be.at.least(field.top);
    expect(button.bottom).to.be.at.most(field.bottom);
    expect(Number.parseFloat(getComputedStyle(password).paddingRight), 'text stays clear of it').to.be.at.least(
      button.width,
    );
    // The username input for password managers stays visually hidden.
    const hidden = el.querySelector<HTMLInputElement>('input[name="username"]')!;
    expect(getComputedStyle(hidden).position).to.equal('absolute');
    expect(getComputedStyle(hidden).clipPath).to.equal('inset(50%)');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('adopts the look for the default appearance', async () => {
    const el = await mount();
    expect(el.hasAttribute(SIMPLE_ATTRIBUTE)).to.equal(false);
    expect(document.adoptedStyleSheets).to.include(lookSheet());
    expect(cardStyle(el).boxShadow).to.not.equal('none');
    expect(cardStyle(el).borderTopLeftRadius).to.not.equal('0px');
    expect(getComputedStyle(el.querySelector('.cl-formButtonPrimary')!).backgroundColor).to.equal('rgb(47, 48, 55)');
    await expect(el).to.be.accessible();
  });

  it('keeps a simple element plain when a default one on the same page adopted the look', async () => {
    const plain = await mount({ theme: simple });
    const styled = await mount();
    expect(document.adoptedStyleSheets).to.include(lookSheet());
    expectPlain(plain);
    expect(cardStyle(styled).boxShadow).to.not.equal('none');
  });

  it('drops and restores the look when the appearance changes', async () => {
    const el = await mount();
    el.appearance = { theme: simple };
    await el.updateComplete;
    expectPlain(el);
    el.appearance = undefined;
    await el.updateComplete;
    expect(el.hasAttribute(SIMPLE_ATTRIBUTE)).to.equal(false);
    expect(cardStyle(el).boxShadow).to.not.equal('none');
  });

  it('draws neobrutalism from the theme alone', async () => {
    const el = await mount({ theme: neobrutalism });
    expect(el.hasAttribute(SIMPLE_ATTRIBUTE)).to.equal(true);
    expect(cardStyle(el).borderTopWidth).to.equal('3px');
    expect(cardStyle(el).boxShadow).to.equal('rgb(0, 0, 0) 8px 8px 0px 0px');
    const button = getComputedStyle(el.querySelector('.cl-formButtonPrimary')!);
    expect(button.backgroundColor).to.equal('rgb(223, 27, 27)');
    expect(button.textTransform).to.equal('uppercase');
    // Inputs take the card's type, not the browser's form-control font.
    expect(getComputedStyle(input(el, 'identifier')).fontFamily).to.equal(cardStyle(el).fontFamily);
    await expect(el).to.be.accessible();
  });

  it('keeps one-time-code digits left to right, and centred, in a right-to-left card', async () => {
    const { latch } = await loadedLatch();
    latch.update({ localization: { locale: 'ar-SA' } });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    await toPasswordStep(el);
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
    el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code')!.click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
    const code = getComputedStyle(input(el, 'code'));
    expect(code.direction).to.equal('ltr');
    expect(code.textAlign).to.equal('center');
    // The start padding that balances the spacing after the last digit is on the left, where it belongs.
    expect(Number.parseFloat(code.paddingLeft)).to.be.greaterThan(Number.parseFloat(code.paddingRight));
    expect(getComputedStyle(el.querySelector('.cl-formFieldLabel__code')!).direction).to.equal('rtl');
  });
});
