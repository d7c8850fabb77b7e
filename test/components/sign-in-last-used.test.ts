/**
 * The "Last used" badge: a browser that signed in before (the client's `last_authentication_strategy`) sees that
 * way in marked in "Use another method", with its element key and its words (en-US, fr-FR), inside the button so the
 * badge is reached and announced with it. Reached and used by keys alone; axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { enUSSignInFactors } from '../../src/localization/en-US-sign-in-factors.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const BADGE = '.cl-lastAuthenticationStrategyBadge';
const focused = (el: HTMLElement, selector: string) => document.activeElement === el.querySelector(selector);

/** Presses Tab until `selector` has the focus (at most `max` times); fails if it never does. */
async function tabTo(el: HTMLElement, selector: string, max = 8): Promise<void> {
  for (let tabs = 0; tabs < max && !focused(el, selector); tabs++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), `Tab reaches ${selector}`).to.equal(true);
}

/** Alice signed in on this browser with an email code, then signed out: the client remembers the way. */
async function cameBackAfterEmailCode(fr = false) {
  const ctx = await loadedLatch({ users: [ALICE] }, fr ? { localization: frFR } : {});
  const signIn = ctx.latch.client!.signIn;
  await signIn.create({ identifier: ALICE.emailAddress });
  await signIn.prepareFirstFactor({ strategy: 'email_code' });
  await signIn.attemptFirstFactor({ strategy: 'email_code', code: ctx.api.sentCodes.at(-1)!.code });
  await until(() => ctx.latch.user, 'signed in');
  await ctx.latch.signOut();
  await until(() => !ctx.latch.user, 'signed out');
  expect(ctx.latch.client?.lastAuthenticationStrategy).to.equal('email_code');
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  return { ...ctx, el };
}

/** By keys: the address, Enter, then Tab to "Use another method" and Enter. */
async function toOtherWaysIn(el: LatchSignIn): Promise<void> {
  input(el, 'identifier').focus();
  await sendKeys({ type: ALICE.emailAddress });
  await sendKeys({ press: 'Enter' });
  await until(() => el.querySelector('input[name="password"]'), 'password step');
  await until(() => focused(el, 'input[name="password"]') || focused(el, '.cl-headerTitle'), 'focus in the step');
  await tabTo(el, '.cl-formButtonReset');
  await sendKeys({ press: 'Enter' });
  await until(() => el.querySelector('.cl-alternativeMethods'), 'other ways in');
}

describe('<latch-sign-in> "Last used" badge', () => {
  it('marks the email code, and only it, by keyboard to the button and on to its step (axe clean)', async () => {
    const { el, api, latch } = await cameBackAfterEmailCode();
    await toOtherWaysIn(el);
    const badges = el.querySelectorAll(BADGE);
    expect(badges.length, 'one badge').to.equal(1);
    const marked = badges[0]!.closest('button')!;
    expect(marked.classList.contains('cl-alternativeMethodsBlockButton__email_code')).to.equal(true);
    expect(badges[0]!.textContent?.trim()).to.equal(enUSSignInFactors.lastAuthenticationStrategy);
    expect(marked.textContent).to.contain('Last used');
    await expect(el).to.be.accessible();

    await tabTo(el, '.cl-alternativeMethodsBlockButton__email_code');
    const sent = api.sentCodes.length;
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'the email code step');
    await until(() => api.sentCodes.length > sent, 'a new code');
    await until(() => focused(el, '.cl-headerTitle'), 'the step title has focus');
    await tabTo(el, 'input[name="code"]', 3);
    await sendKeys({ type: api.sentCodes.at(-1)!.code });
    await until(() => latch.user, 'signed in again by the code');
  });

  it('in French: "Dernier utilisé" on the same button, axe clean', async () => {
    const { el } = await cameBackAfterEmailCode(true);
    await toOtherWaysIn(el);
    const badge = el.querySelector(`.cl-alternativeMethodsBlockButton__email_code ${BADGE}`);
    expect(badge?.textContent?.trim()).to.equal(frFR.lastAuthenticationStrategy);
    expect(el.querySelectorAll(BADGE).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a browser that never signed in sees no badge', async () => {
    const { latch } = await loadedLatch({ users: [ALICE] });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('input[name="identifier"]'), 'start step');
    await toOtherWaysIn(el);
    expect(latch.client?.lastAuthenticationStrategy ?? null).to.equal(null);
    expect(el.querySelector(BADGE)).to.equal(null);
  });
});
