/**
 * Keyboard-only paths through two sign-in steps no other test drives by keys: the email link's waiting step
 * (back to the address and on again, then finished by the link opened elsewhere) and "Get help" with the
 * `supportEmail` option (reached from "Try another way", and left with Back). Each state passes axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryUserSeed } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import type { LatchOptions } from '../../src/core/index.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim() ?? '';
const focused = (el: HTMLElement, selector: string) => document.activeElement === el.querySelector(selector);

/** Presses Tab until `selector` has the focus (at most `max` times); fails if it never does. */
async function tabTo(el: HTMLElement, selector: string, max = 8): Promise<void> {
  for (let tabs = 0; tabs < max && !focused(el, selector); tabs++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), `Tab reaches ${selector}`).to.equal(true);
}

async function mount(users: MemoryUserSeed[], emailFactors: string[], options: LatchOptions = {}) {
  const environment = defaultEnvironment();
  environment.user_settings.attributes.email_address.first_factors = emailFactors;
  const ctx = await loadedLatch({ users, environment }, options);
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  return { ...ctx, el };
}

/** Types the identifier into the focused start step and presses Enter. */
async function typeIdentifier(el: HTMLElement, identifier: string): Promise<void> {
  input(el, 'identifier').focus();
  await sendKeys({ type: identifier });
  await sendKeys({ press: 'Enter' });
}

describe('<latch-sign-in> keyboard only', () => {
  it('email link: the waiting step, back to the address by keys, on again, and the opened link signs in', async function () {
    this.timeout(20_000); // the waiting step polls every 2 s
    const email = 'lin@example.com';
    const { el, api, latch } = await mount([{ emailAddress: email }], ['email_link']);
    await typeIdentifier(el, email);
    await until(() => title(el) === 'Open the link in your inbox', 'email link step');
    await until(() => focused(el, '.cl-headerTitle'), 'the step title has focus');
    expect(el.querySelector('[role="status"]')?.textContent).to.contain(email);
    await expect(el).to.be.accessible();

    // "Use a different email" is the next stop (the resend link waits out its countdown, disabled).
    await tabTo(el, '.cl-identityPreviewEditButton', 3);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, 'input[name="identifier"]') || focused(el, '.cl-headerTitle'), 'the start step');
    expect(input(el, 'identifier').value).to.equal(email, 'the address is kept');
    input(el, 'identifier').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Open the link in your inbox', 'the waiting step again');
    await until(() => api.sentCodes.filter((c) => c.strategy === 'email_link').length === 2, 'a second link');

    api.openEmailLink();
    await until(() => latch.user, 'signed in by the polling', 5000);
  });

  it('"Get help" with the supportEmail option: from "Try another way" to the mailto link and Back', async () => {
    const support = 'support@example.org';
    const { el } = await mount([ALICE], ['email_code'], { supportEmail: support });
    await typeIdentifier(el, ALICE.emailAddress);
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    await until(() => focused(el, 'input[name="password"]') || focused(el, '.cl-headerTitle'), 'focus in the step');

    await tabTo(el, '.cl-formButtonReset');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-alternativeMethods'), 'other ways in');
    await tabTo(el, '.cl-footerActionLink');
    await sendKeys({ press: 'Enter' });
    await until(() => title(el) === 'Get help', 'get help');
    const mail = el.querySelector<HTMLAnchorElement>('a.cl-formButtonPrimary')!;
    expect(mail.href).to.equal(`mailto:${support}`);
    await expect(el).to.be.accessible();

    await tabTo(el, 'a.cl-formButtonPrimary', 3);
    await tabTo(el, '.cl-backLink', 3);
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-alternativeMethods'), 'back to the other ways in');
  });
});
