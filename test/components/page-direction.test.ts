import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/modal/index.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const rootDir = (el: Element) => el.querySelector('.cl-rootBox')?.getAttribute('dir');

describe('a page laid out right to left (<html dir="rtl">)', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
  });

  it('lays out a card and the sign-in modal rtl, and the card ltr again once the page is', async () => {
    const { latch } = await loadedLatch({ users: [ALICE] });
    document.documentElement.dir = 'rtl';
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('input[name="identifier"]'), 'the start step');
    expect(rootDir(el)).to.equal('rtl');
    await expect(el).to.be.accessible();

    // The keyboard path is the same: the field, then Continue, submits.
    el.querySelector<HTMLInputElement>('input[name="identifier"]')!.focus();
    await sendKeys({ type: ALICE.emailAddress });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="password"]'), 'the password step');
    expect(rootDir(el)).to.equal('rtl');

    latch.openSignIn();
    await until(() => document.querySelector('body > latch-modal dialog[open]'), 'the dialog open');
    const scope = document.querySelector('body > latch-modal .latch-modal-scope');
    expect(scope?.getAttribute('dir')).to.equal('rtl');
    latch.closeSignIn();

    document.documentElement.dir = 'ltr';
    latch.update({ appearance: {} });
    await until(() => rootDir(el) === 'ltr', 'ltr again after a render');
  });
});
