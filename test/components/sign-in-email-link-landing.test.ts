/**
 * Where a sign-in email link leads back to: the page URL carries `__clerk_status` (verified, expired, failed,
 * client_mismatch) and the card says what happened, in en-US and fr-FR. Each outcome passes axe and is used by keys
 * alone: the focus lands on its "Go back", the card's one tab stop (Tab from the page reaches it), and Enter on it
 * leads to the start step, focus in its field, with the link's status gone from the URL.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { enUSSignInFactors } from '../../src/localization/en-US-sign-in-factors.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, loadedLatch, until } from './helpers.js';

type Outcome = 'verifiedSwitchTab' | 'expired' | 'failed' | 'clientMismatch';

/** `__clerk_status` value, and the `signIn.emailLink` keys of the words it shows. */
const OUTCOMES = [
  ['verified', 'verifiedSwitchTab'],
  ['verified_switch_tab', 'verifiedSwitchTab'],
  ['expired', 'expired'],
  ['failed', 'failed'],
  ['client_mismatch', 'clientMismatch'],
] as const satisfies readonly (readonly [string, Outcome])[];

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim() ?? '';
const subtitle = (el: HTMLElement) => el.querySelector('.cl-headerSubtitle')?.textContent?.trim() ?? '';
const backFocused = (el: HTMLElement) => document.activeElement === el.querySelector('.cl-backLink');
const linkStatusInUrl = () => new URL(location.href).searchParams.get('__clerk_status');

function withLinkStatus(status: string | null): void {
  const url = new URL(location.href);
  if (status) url.searchParams.set('__clerk_status', status);
  else url.searchParams.delete('__clerk_status');
  history.replaceState(history.state, '', url);
}

/** The card on a page opened by the link, after a button of the page (where Tab starts from). */
async function land(status: string, fr = false) {
  withLinkStatus(status);
  const ctx = await loadedLatch({ users: [ALICE] }, fr ? { localization: frFR } : {});
  const page = await fixture<HTMLElement>(html`<div>
    <button type="button">Before the card</button>
    <latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>
  </div>`);
  const el = page.querySelector('latch-sign-in')!;
  await until(() => el.querySelector('.cl-backLink'), `the ${status} landing`);
  return { ...ctx, el, before: page.querySelector('button')! };
}

/** What Tab can stop at inside `el`. */
const tabStops = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
    (node) => node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled,
  );

describe('<latch-sign-in> email link landing', () => {
  afterEach(() => withLinkStatus(null));

  for (const [status, key] of OUTCOMES) {
    it(`${status}: its words, axe clean, focus on "Go back" (its one tab stop), Enter leads to the start step`, async () => {
      const { el, before } = await land(status);
      const words = enUSSignInFactors.signIn.emailLink[key];
      expect(title(el)).to.equal(words.title);
      expect(subtitle(el)).to.equal(words.subtitle);
      expect(el.querySelector('.cl-backLink')?.textContent?.trim()).to.equal('Go back');
      expect(el.querySelector('input'), 'no form on a landing').to.equal(null);
      await expect(el).to.be.accessible();

      await until(() => backFocused(el), 'the focus on "Go back"');
      expect(tabStops(el).map((node) => node.className)).to.deep.equal(['cl-backLink'], 'the one stop in the card');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(backFocused(el), 'Tab from the page reaches "Go back"').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => el.querySelector('input[name="identifier"]'), 'the start step');
      expect(linkStatusInUrl(), 'the status is gone from the URL').to.equal(null);
      await until(() => document.activeElement === el.querySelector('input[name="identifier"]'), 'the field focused');
      await expect(el).to.be.accessible();
    });
  }

  it('in French: every outcome worded from fr-FR, axe clean', async () => {
    for (const [status, key] of OUTCOMES) {
      const { el } = await land(status, true);
      const words = frFR.signIn?.emailLink?.[key] as { title: string; subtitle: string };
      expect(title(el)).to.equal(words.title);
      expect(subtitle(el)).to.equal(words.subtitle);
      expect(el.querySelector('.cl-backLink')?.textContent?.trim()).to.equal(frFR.backButton);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    }
  });

  it('a landing does not take the focus from where the user already is', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`);
    outside.focus();
    withLinkStatus('expired');
    const { latch } = await loadedLatch({ users: [ALICE] });
    const el = document.createElement('latch-sign-in') as LatchSignIn;
    el.setAttribute('routing', 'virtual');
    el.latch = latch;
    outside.after(el);
    await until(() => el.querySelector('.cl-backLink'), 'the expired landing');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement === outside, 'the focus stays where it was').to.equal(true);
    el.remove();
  });
});
