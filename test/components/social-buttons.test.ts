import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/control/index.js';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import { defaultEnvironment, withSocialProviders } from '../../src/api/memory/default-environment.js';
import type { EnvironmentJSON } from '../../src/api/schemas/index.js';
import type { LatchAuthenticateWithRedirectCallback } from '../../src/components/control/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

/** An environment with these providers on (as the dev server lists them in `user_settings.social`). */
function withProviders(...ids: string[]): EnvironmentJSON {
  return withSocialProviders(defaultEnvironment(), ...ids);
}

const buttons = (el: Element, key: string) => [...el.querySelectorAll<HTMLButtonElement>(`.cl-${key}`)];

describe('social buttons', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('block buttons above the form for two providers; Enter on one starts its redirect', async () => {
    const { latch, api } = await loadedLatch({ users: [ALICE], environment: withProviders('google', 'github') });
    const el = await fixture(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => buttons(el, 'socialButtonsBlockButton').length === 2, 'two block buttons');
    const [google, github] = buttons(el, 'socialButtonsBlockButton');
    expect(google!.textContent?.trim()).to.equal('Use Google');
    expect(github!.classList.contains('cl-socialButtonsBlockButton__github')).to.equal(true);
    const main = el.querySelector('.cl-main')!;
    const order = [...main.children].map((child) => child.className.split(' ')[0]);
    expect(order.indexOf('cl-socialButtons')).to.be.lessThan(order.indexOf('cl-form'));
    expect(el.querySelector('.cl-dividerText')?.textContent).to.equal('or');
    await expect(el).to.be.accessible();

    google!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.startsWith('#/mock-oauth'), 'sent to the provider');
    const call = api.calls.find((c) => c.method === 'createSignIn');
    const params = call?.params[0] as { strategy: string; redirectUrl: string; actionCompleteRedirectUrl: string };
    expect(params.strategy).to.equal('oauth_google');
    expect(new URL(params.redirectUrl).hash).to.equal('#/sso-callback');
    expect(params.actionCompleteRedirectUrl).to.match(/^http/);
  });

  it('icon buttons (auto, four providers) with accessible names; placement bottom puts them below the form', async () => {
    const { latch } = await loadedLatch({
      users: [ALICE],
      environment: withProviders('apple', 'microsoft', 'github', 'google'),
    });
    const appearance = { options: { socialButtonsPlacement: 'bottom' as const } };
    const el = await fixture(html`<latch-sign-up .latch=${latch} .appearance=${appearance}></latch-sign-up>`);
    await until(() => buttons(el, 'socialButtonsIconButton').length === 4, 'four icon buttons');
    const labels = buttons(el, 'socialButtonsIconButton').map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Use Google', 'Use GitHub', 'Use Microsoft', 'Use Apple']);
    const main = el.querySelector('.cl-main')!;
    const order = [...main.children].map((child) => child.className.split(' ')[0]);
    expect(order.indexOf('cl-socialButtons')).to.be.greaterThan(order.indexOf('cl-form'));
    await expect(el).to.be.accessible();
  });

  it('blockButton forced for many providers; no providers, no buttons and no divider', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], environment: withProviders('google', 'github', 'apple') });
    const appearance = { layout: { socialButtonsVariant: 'blockButton' as const } };
    const el = await fixture(html`<latch-sign-in .latch=${latch} .appearance=${appearance}></latch-sign-in>`);
    await until(() => buttons(el, 'socialButtonsBlockButton').length === 3, 'three block buttons');
    expect(el.querySelectorAll('.cl-socialButtonsProviderIcon').length).to.equal(3);

    const plain = await loadedLatch();
    const none = await fixture(html`<latch-sign-in .latch=${plain.latch}></latch-sign-in>`);
    await until(() => none.querySelector('input[name="identifier"]'), 'the start step');
    expect(none.querySelector('.cl-socialButtons, .cl-dividerRow')).to.equal(null);
  });

  it('the sso-callback step signs in a known account and shows the error after a cancel', async () => {
    const { latch, api, navigations } = await loadedLatch({
      users: [ALICE],
      environment: withProviders('google'),
    });
    await latch.client?.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    api.returnFromProvider({ emailAddress: ALICE.emailAddress });
    history.replaceState(null, '', '#/sso-callback');
    const first = await fixture(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => latch.user?.firstName === 'Alice', 'signed in');
    await until(() => navigations.length > 0, 'navigated after sign-in');
    // A real arrival is a fresh page: the first card goes (two cards would follow the same hash route).
    first.remove();

    await latch.signOut();
    await latch.client?.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    api.returnFromProvider('denied');
    // Another arrival (a real one is a fresh page load; the card handles each arriving URL once).
    history.replaceState(null, '', '#/sso-callback?again');
    const el = await fixture(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('.cl-alert'), 'the error');
    expect(el.querySelector('.cl-alertText')?.textContent).to.match(/did not confirm/);
    expect(el.querySelector('input[name="identifier"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<latch-authenticate-with-redirect-callback>', () => {
  it('finishes a returned OAuth sign-in and goes to the sign-in force redirect URL', async () => {
    const { latch, api, navigations } = await loadedLatch({ users: [ALICE], environment: withProviders('google') });
    await latch.client?.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    api.returnFromProvider({ emailAddress: ALICE.emailAddress });
    const el = await fixture<LatchAuthenticateWithRedirectCallback>(
      html`<latch-authenticate-with-redirect-callback .latch=${latch} sign-in-force-redirect-url="/welcome"
        ><p>Signing you in…</p></latch-authenticate-with-redirect-callback
      >`,
    );
    await until(() => el.dataset.outcome === 'signed_in', 'the outcome');
    expect(navigations).to.deep.equal(['/welcome']);
    expect(latch.user?.firstName).to.equal('Alice');
    await expect(el).to.be.accessible();
  });

  it('shows the fallback slot and fires an event when the provider refused', async () => {
    const { latch, api } = await loadedLatch({ users: [ALICE], environment: withProviders('google') });
    await latch.client?.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    api.returnFromProvider('denied');
    let failed = false;
    const el = await fixture<LatchAuthenticateWithRedirectCallback>(
      html`<latch-authenticate-with-redirect-callback
        .latch=${latch}
        @latch-redirect-callback-error=${() => {
          failed = true;
        }}
        ><p slot="fallback">That did not work.</p></latch-authenticate-with-redirect-callback
      >`,
    );
    await until(() => el.dataset.outcome === 'error', 'the error outcome');
    expect(failed).to.equal(true);
    expect(el.shadowRoot?.querySelector('slot[name="fallback"]')).to.not.equal(null);
  });
});
