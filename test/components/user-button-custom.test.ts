import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-button/index.js';
import '../../src/components/modal/index.js';
import '../../src/components/user-profile/index.js';
import type { UserButtonMenuItem } from '../../src/components/user-button/menu-items.js';
import type { LatchUserButton } from '../../src/components/user-button/user-button.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const trigger = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.cl-userButtonTrigger')!;
const items = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
/** Each item's text without its decorative (aria-hidden) icon. */
const labels = (el: HTMLElement) =>
  items(el).map((item) => {
    const copy = item.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
const profileInModal = () => document.querySelector('latch-modal latch-user-profile');
const currentNav = () =>
  profileInModal()?.querySelector('.cl-navbarButton[aria-current="page"] .cl-navbarButtonText')?.textContent?.trim();

async function openMenu(el: HTMLElement) {
  trigger(el).focus();
  await sendKeys({ press: 'ArrowDown' });
  await until(() => items(el)[0] === document.activeElement, 'menu open, first item focused');
}

describe('<latch-user-button> custom items and profile pages', function () {
  this.timeout(30_000);

  afterEach(() => {
    for (const modal of document.querySelectorAll('latch-modal')) modal.remove();
  });

  it('opens the profile at a custom page given on the button ("open"), and Manage account shows it too', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    let clicked = 0;
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}>
      <latch-user-button-action label="Help" open="help" @click=${() => clicked++}></latch-user-button-action>
      <latch-user-profile-page label="Help" url="help">
        <svg slot="labelIcon" class="help-icon" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"></circle></svg>
        <p class="help-text">Write to us.</p>
      </latch-user-profile-page>
    </latch-user-button>`);
    await until(() => trigger(el), 'button');
    // The describing element and its content do not show where they are written.
    expect(el.querySelector<HTMLElement>('.help-text')!.getClientRects().length).to.equal(0);
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Account settings', 'Sign out', 'Help']);
    await expect(el).to.be.accessible();

    // Keyboard: End reaches the custom action (it joins the roving focus), Enter runs it.
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'Enter' });
    await until(() => profileInModal()?.querySelector('.help-text'), 'profile modal on the Help page');
    expect(clicked).to.equal(1);
    expect(currentNav()).to.equal('Help');
    expect(profileInModal()!.querySelector('.cl-navbarButtonIcon .help-icon')).to.exist;
    expect(items(el)).to.have.length(0);

    // Closing the profile gives the content back to the button, so "Manage account" can show it again.
    latch.closeUserProfile();
    await until(() => el.querySelector('latch-user-profile-page .help-text'), 'content returned');
    await openMenu(el);
    await sendKeys({ press: 'Enter' });
    await until(() => profileInModal()?.querySelector('.cl-profilePage__account'), 'profile on the Account page');
    expect(currentNav()).to.equal('Profile');
    expect(profileInModal()!.querySelector('.cl-navbarButton__help')).to.exist;
  });

  it('takes customMenuItems: onClick called, mountIcon drawn, open, reordering; unmountIcon when removed', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const calls: string[] = [];
    const customMenuItems: UserButtonMenuItem[] = [
      { label: 'signOut' },
      {
        label: 'Chat',
        onClick: () => calls.push('chat'),
        mountIcon: (box) => {
          calls.push('mountIcon');
          box.innerHTML = '<span class="chat-icon">*</span>';
        },
        unmountIcon: () => calls.push('unmountIcon'),
      },
      { label: 'Docs', href: '/docs' },
      { label: 'Evil', href: 'javascript:alert(1)' },
      { label: 'Billing', open: 'billing' },
    ];
    const billing = {
      label: 'Billing',
      url: 'billing',
      mount: (box: HTMLDivElement) => {
        box.innerHTML = '<p class="billing">Plan</p>';
      },
    };
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}
      .customMenuItems=${customMenuItems} .userProfileProps=${{ customPages: [billing] }}></latch-user-button>`);
    await openMenu(el);
    expect(labels(el)).to.deep.equal(['Account settings', 'Sign out', 'Chat', 'Docs', 'Billing']);
    expect(el.querySelector('a[href^="javascript"]')).to.not.exist;
    expect(items(el)[2]!.querySelector('.cl-userButtonPopoverCustomItemButtonIconBox .chat-icon')).to.exist;
    expect(items(el)[2]!.className).to.contain('cl-userButtonPopoverCustomItemButton');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal(['mountIcon', 'chat']);
    expect(document.activeElement).to.equal(trigger(el));

    await openMenu(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await until(() => profileInModal()?.querySelector('.billing'), 'profile on the Billing page');
    expect(currentNav()).to.equal('Billing');
    el.remove();
    expect(calls).to.deep.equal(['mountIcon', 'chat', 'unmountIcon']);
  });

  it('renders hostile labels as text', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}
      .customMenuItems=${[{ label: hostile, onClick: () => undefined }]}></latch-user-button>`);
    await openMenu(el);
    expect(labels(el)[2]).to.equal(hostile);
    expect(el.querySelector('img')).to.not.exist;
    await expect(el).to.be.accessible();
  });
});
