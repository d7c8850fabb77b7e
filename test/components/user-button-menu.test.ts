import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/user-button/index.js';
import type { LatchUserButton } from '../../src/components/user-button/user-button.js';
import type { LatchOptions } from '../../src/core/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const BOB = { emailAddress: 'bob@example.com', password: 'correct-horse-battery', firstName: 'Bob', lastName: 'Lee' };
const EVE = { emailAddress: 'eve@example.com', password: 'correct-horse-battery', firstName: '<b>Eve</b>' };

const trigger = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.cl-userButtonTrigger')!;
const items = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
/** Each item's text without its decorative (aria-hidden) parts: roughly what assistive technology reads. */
const labels = (el: HTMLElement) =>
  items(el).map((item) => {
    const copy = item.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });

async function openMenu(el: HTMLElement) {
  trigger(el).focus();
  await sendKeys({ press: 'ArrowDown' });
  await until(() => items(el)[0] === document.activeElement, 'menu open, first item focused');
}

function multiSessionEnvironment() {
  const environment = defaultEnvironment();
  return { ...environment, auth_config: { ...environment.auth_config, single_session_mode: false } };
}

describe('<latch-user-button> menu', () => {
  it('shows "Account settings" in navigation mode and goes to the profile URL', async () => {
    const { latch, navigations } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}
      user-profile-mode="navigation" user-profile-url="/account"></latch-user-button>`);
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Account settings', 'Sign out']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => navigations.length === 1, 'navigated');
    expect(navigations[0]).to.equal('/account');
  });

  it('hides "Account settings" while it leads nowhere (modal profile not available)', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}></latch-user-button>`);
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Sign out']);
  });

  it('adds custom actions and links from children, reorders defaults, and runs click listeners', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    let helped = 0;
    let managed = 0;
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}>
      <latch-user-button-action label="signOut"></latch-user-button-action>
      <latch-user-button-action label="Help" @click=${() => helped++}>
        <svg slot="labelIcon" class="help-icon" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"></circle></svg>
      </latch-user-button-action>
      <latch-user-button-link label=${'<i>Billing</i>'} href="/billing"></latch-user-button-link>
      <latch-user-button-action label="manageAccount" @click=${() => managed++}></latch-user-button-action>
    </latch-user-button>`);
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Sign out', 'Help', '<i>Billing</i>', 'Account settings']);
    expect(el.querySelector('i')).to.not.exist;
    const link = items(el)[2] as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/billing');
    expect(link.className).to.contain('cl-userButtonPopoverCustomItemButton');
    expect(items(el)[1]!.querySelector('.cl-userButtonPopoverCustomItemButtonIconBox .help-icon')).to.exist;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(items(el)[1]);
    await sendKeys({ press: 'Enter' });
    expect(helped).to.equal(1);
    await until(() => !el.querySelector('[role="menu"]'), 'closed after the action');
    expect(document.activeElement).to.equal(trigger(el));
    await openMenu(el);
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(items(el)[3]);
    await sendKeys({ press: 'Enter' });
    expect(managed).to.equal(1);
  });

  it('takes custom items as the menuItems property too', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    let called = 0;
    const menuItems = [
      { label: 'Docs', href: '/docs' },
      { label: 'Ping', onClick: () => called++ },
    ];
    const el = await fixture<LatchUserButton>(
      html`<latch-user-button .latch=${latch} .menuItems=${menuItems}></latch-user-button>`,
    );
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Sign out', 'Docs', 'Ping']);
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'Enter' });
    expect(called).to.equal(1);
  });

  it('redraws when a custom item child is added later', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}></latch-user-button>`);
    await openMenu(el);
    const late = document.createElement('latch-user-button-link');
    late.setAttribute('label', 'Late');
    late.setAttribute('href', '/late');
    el.append(late);
    await until(() => labels(el).includes('Late'), 'late item drawn');
  });
});

describe('<latch-user-button> multi-session', () => {
  async function mountMulti(options: LatchOptions = {}) {
    const ctx = await loadedLatch(
      { users: [ALICE, BOB, EVE], clientState: 'signed-in', signedInUsers: 3, environment: multiSessionEnvironment() },
      options,
    );
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${ctx.latch}></latch-user-button>`);
    return { ...ctx, el };
  }

  it('lists the other accounts, "Add another account" and "Sign out of every account"', async () => {
    const { latch, el } = await mountMulti();
    expect(latch.user!.primaryEmailAddress!.emailAddress).to.equal('eve@example.com');
    await openMenu(el);
    expect(labels(el)).to.deep.equal([
      'Sign out',
      'Alice Liddell alice@example.com',
      'Bob Lee bob@example.com',
      'Add another account',
      'Sign out of every account',
    ]);
    expect(el.querySelector('b')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('switches to another account with the keyboard', async () => {
    const { latch, api, el } = await mountMulti({ afterSwitchSessionUrl: '/switched' });
    await openMenu(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement!.textContent).to.contain('Bob Lee');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.firstName === 'Bob', 'Bob active');
    expect(api.calls.some((c) => c.method === 'touchSession')).to.equal(true);
    await openMenu(el);
    expect(labels(el)[1]).to.contain('Alice');
    expect(labels(el)[2]).to.contain('Eve');
  });

  it('"Sign out" signs out of the active account only; the next one takes over', async () => {
    const { latch, api, el, navigations } = await mountMulti({ afterMultiSessionSingleSignOutUrl: '/one-out' });
    await openMenu(el);
    await sendKeys({ press: 'Enter' });
    await until(() => latch.client!.activeSessions.length === 2, 'one account signed out');
    expect(api.calls.some((c) => c.method === 'removeSession')).to.equal(true);
    expect(latch.user).to.not.equal(null);
    expect(navigations).to.deep.equal(['/one-out']);
  });

  it('"Sign out of every account" ends them all', async () => {
    const { latch, el } = await mountMulti();
    await openMenu(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user === null, 'signed out');
    expect(latch.client!.activeSessions).to.have.length(0);
  });

  it('"Add another account" goes to the sign-in page', async () => {
    const { el, navigations } = await mountMulti({ signInUrl: '/sign-in' });
    await openMenu(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await until(() => navigations.length === 1, 'navigated');
    expect(navigations[0]).to.equal('/sign-in');
  });
});
