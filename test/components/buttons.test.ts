import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/buttons/index.js';
import '../../src/components/modal/index.js';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchModal } from '../../src/components/modal/modal.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const OPTIONS = { signInUrl: '/sign-in', signUpUrl: '/sign-up' };
const BOB = { emailAddress: 'bob@example.com', password: 'another-long-secret', firstName: 'Bob' };
const openModal = () => document.querySelector<LatchModal>('body > latch-modal');

describe('unstyled buttons', () => {
  afterEach(() => openModal()?.remove());

  it('render one plain, localized button each when empty, and follow the locale', async () => {
    const { latch } = await loadedLatch(undefined, OPTIONS);
    const el = await fixture(html`<div>
      <latch-sign-in-button .latch=${latch}></latch-sign-in-button>
      <latch-sign-up-button .latch=${latch}></latch-sign-up-button>
      <latch-sign-out-button .latch=${latch}></latch-sign-out-button>
    </div>`);
    const labels = () => [...el.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels()).to.deep.equal(['Sign in', 'Sign up', 'Sign out']);
    expect(el.querySelector('button')!.type).to.equal('button');
    await expect(el).to.be.accessible();
    latch.update({ localization: frFR });
    await until(() => labels()[0] === 'Se connecter', 'French labels');
  });

  it('wrap the page’s own button, and go to sign-in / sign-up by keyboard with redirect_url and the redirect props', async () => {
    const { latch, navigations } = await loadedLatch(undefined, OPTIONS);
    const el = await fixture(html`<div>
      <latch-sign-in-button .latch=${latch} force-redirect-url="/dashboard"><button class="mine">Log in</button></latch-sign-in-button>
      <latch-sign-up-button .latch=${latch} fallback-redirect-url="/welcome"><button class="mine">Join</button></latch-sign-up-button>
    </div>`);
    expect(el.querySelectorAll('button')).to.have.length(2);
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('latch-sign-in-button .mine')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await until(() => navigations.length === 2, 'two redirects');
    const [signIn, signUp] = navigations.map((n) => new URL(n, location.href));
    expect(signIn!.pathname).to.equal('/sign-in');
    expect(signIn!.searchParams.get('redirect_url')).to.equal(location.href);
    expect(signIn!.searchParams.get('sign_in_force_redirect_url')).to.equal('/dashboard');
    expect(signUp!.pathname).to.equal('/sign-up');
    expect(signUp!.searchParams.get('sign_up_fallback_redirect_url')).to.equal('/welcome');
  });

  it('mode="modal" opens the card over the page, prefilled with initialValues', async () => {
    const { latch, navigations } = await loadedLatch(undefined, OPTIONS);
    const el = await fixture(
      html`<latch-sign-in-button mode="modal" .latch=${latch} .initialValues=${{ emailAddress: ALICE.emailAddress }}></latch-sign-in-button>`,
    );
    el.querySelector('button')!.click();
    await until(() => openModal()?.querySelector('latch-sign-in input[name="identifier"]'), 'the sign-in modal');
    expect(input(openModal()!, 'identifier').value).to.equal(ALICE.emailAddress);
    expect(navigations).to.deep.equal([]);
    openModal()!.remove();
    const signUp = await fixture(html`<latch-sign-up-button mode="modal" .latch=${latch}></latch-sign-up-button>`);
    signUp.querySelector('button')!.click();
    await until(() => openModal()?.querySelector('latch-sign-up input[name="emailAddress"]'), 'the sign-up modal');
  });

  it('the sign-out button signs out one session of two with session-id, or all, then goes to redirect-url', async () => {
    const { latch, navigations } = await loadedLatch(
      { users: [ALICE, BOB], clientState: 'signed-in', signedInUsers: 2 },
      { afterSignOutUrl: '/bye' },
    );
    const sessions = latch.client!.activeSessions;
    expect(sessions).to.have.length(2);
    const first = sessions.find((s) => s.user?.primaryEmailAddress?.emailAddress === ALICE.emailAddress)!;
    const one = await fixture(
      html`<latch-sign-out-button .latch=${latch} session-id=${first.id} redirect-url="/one-less"></latch-sign-out-button>`,
    );
    one.querySelector('button')!.click();
    await until(() => latch.client!.activeSessions.length === 1, 'one session left');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(BOB.emailAddress);
    expect(navigations.at(-1)).to.equal('/one-less');
    const all = await fixture(html`<latch-sign-out-button .latch=${latch}></latch-sign-out-button>`);
    all.querySelector('button')!.click();
    await until(() => latch.user === null, 'signed out');
    expect(navigations.at(-1)).to.equal('/bye');
  });
});
