import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type EnvironmentJSON, LatchApiError } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import { TICKET_PARAM } from '../../src/core/link-params.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import { setDefaultLatch } from '../../src/core/index.js';
import { enUSErrors } from '../../src/localization/en-US-errors.js';
import { enUSSignUpSteps } from '../../src/localization/en-US-sign-up-steps.js';
import { ALICE, loadedLatch, typeEmailAndPassword, until } from './helpers.js';

/**
 * The cards a visitor who cannot simply sign up meets, each by keyboard alone and checked with axe: restricted
 * sign-ups without an invitation, the waitlist mode, an expired email link's landing, and an invitation ticket
 * that has expired or was already used. A focusable button sits before the card, so Tab walks into it as it
 * would from the page; links are followed by recording where they lead, not by leaving the test page.
 */

const INVITED = 'invited.guest@example.com';
const { restrictedAccess, emailLink } = enUSSignUpSteps.signUp;

function closedEnvironment(mode: 'restricted' | 'waitlist'): EnvironmentJSON {
  const env = defaultEnvironment();
  Object.assign(env.user_settings, { sign_up: { mode, legal_consent_enabled: false } });
  Object.assign(env.display_config, { waitlist_url: 'https://example.com/waitlist' });
  return env;
}

/** The card after a button of the page; the hrefs of the links the keyboard follows in `followed`. */
async function mount(environment: EnvironmentJSON = defaultEnvironment(), defaultLatch = false) {
  const ctx = await loadedLatch({ users: [ALICE], environment });
  if (defaultLatch) setDefaultLatch(ctx.latch);
  return { ...ctx, ...(await render(ctx.latch)) };
}

async function render(latch: unknown) {
  const page = await fixture<HTMLDivElement>(
    html`<div><button id="before">Before</button><latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up></div>`,
  );
  const el = page.querySelector<LatchSignUp>('latch-sign-up')!;
  const followed: string[] = [];
  el.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    followed.push(link.href);
  });
  return { el, followed, before: page.querySelector<HTMLButtonElement>('#before')! };
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim();
const focused = () => document.activeElement as HTMLElement | null;

function setPageParam(name: string, value: string | null): void {
  const url = new URL(location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

function ticketExpired(): LatchApiError {
  return new LatchApiError({
    status: 422,
    errors: [{ code: 'ticket_expired', message: 'expired', longMessage: 'expired', meta: { paramName: 'ticket' } }],
  });
}

describe('<latch-sign-up> closed to this visitor, by keyboard', () => {
  afterEach(() => {
    setPageParam(TICKET_PARAM, null);
    setPageParam('__clerk_status', null);
  });

  it('restricted, no invitation: says why, no form; Tab reaches "Sign in" and Enter follows it; passes axe', async () => {
    const { el, followed, before } = await mount(closedEnvironment('restricted'));
    await until(() => title(el) === restrictedAccess.title, 'the restricted card');
    expect(el.querySelector('form')).to.equal(null);
    expect(el.querySelector('.cl-formButtonPrimary'), 'no waitlist link: sign-ups take an invitation').to.equal(null);
    await expect(el).to.be.accessible();

    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.classList.contains('cl-footerActionLink'), 'the first stop is the sign-in link').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(followed).to.have.length(1);
    expect(followed[0]).to.equal((focused() as HTMLAnchorElement).href);
  });

  it('waitlist mode: Tab reaches "Join the waitlist" first, then "Sign in"; Enter follows the waitlist link; passes axe', async () => {
    const { el, followed, before } = await mount(closedEnvironment('waitlist'));
    await until(() => el.querySelector('a.cl-formButtonPrimary'), 'the waitlist card');
    expect(title(el)).to.equal(restrictedAccess.title);
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();

    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal(restrictedAccess.blockButton__joinWaitlist);
    await sendKeys({ press: 'Tab' });
    expect(focused()?.classList.contains('cl-footerActionLink')).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    expect(followed).to.deep.equal(['https://example.com/waitlist']);
  });

  it('an expired email link lands on its own card: Tab reaches "Back", Enter gives the form; passes axe', async () => {
    setPageParam('__clerk_status', 'expired');
    const { el, before } = await mount();
    await until(() => title(el) === emailLink.expired.title, 'the expired landing');
    expect(el.querySelector('.cl-verificationLinkStatusText')?.textContent).to.equal(emailLink.expired.subtitle);
    await expect(el).to.be.accessible();

    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.classList.contains('cl-backLink')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="emailAddress"]'), 'the start step');
    expect(new URL(location.href).searchParams.has('__clerk_status')).to.equal(false);
  });

  it('restricted, an expired invitation ticket: the restricted card says the link expired; Tab reaches "Sign in"; passes axe', async () => {
    const ctx = await loadedLatch({ users: [ALICE], environment: closedEnvironment('restricted') });
    ctx.api.failNext('createSignUp', ticketExpired());
    setDefaultLatch(ctx.latch);
    setPageParam(TICKET_PARAM, ctx.api.invite(INVITED));
    const { el, before } = await render(ctx.latch);
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(enUSErrors.unstable__errors.ticket_expired);
    expect(title(el)).to.equal(restrictedAccess.title);
    expect(el.querySelector('form')).to.equal(null);
    expect(new URL(location.href).searchParams.has(TICKET_PARAM), 'the spent ticket left the URL').to.equal(false);
    await expect(el).to.be.accessible();

    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.classList.contains('cl-footerActionLink')).to.equal(true);
  });

  it('a used invitation ticket: the alert says so, and the ordinary form is filled and sent by keyboard; passes axe', async () => {
    setPageParam(TICKET_PARAM, 'ticket_already_used');
    const { el, api } = await mount(defaultEnvironment(), true);
    await until(() => el.querySelector('.cl-alert'), 'the form alert');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain(
      enUSErrors.unstable__errors.form_param_value_invalid__ticket,
    );
    await expect(el).to.be.accessible();

    await typeEmailAndPassword(el);
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="code"]'), 'the email code step');
    expect(api.sentCodes.at(-1)).to.include({ strategy: 'email_code', emailAddress: 'grace@example.com' });
    await expect(el).to.be.accessible();
  });
});
