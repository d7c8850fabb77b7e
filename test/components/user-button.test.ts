import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryUserSeed } from '../../src/api/index.js';
import '../../src/components/user-button/index.js';
import type { LatchUserButton } from '../../src/components/user-button/user-button.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const HOSTILE = {
  emailAddress: 'eve@example.com',
  password: 'correct-horse-battery',
  firstName: '<img src=x onerror=alert(1)>',
  lastName: '"><b>bold</b>',
};

async function mountUserButton(user: MemoryUserSeed = HOSTILE, showName = false) {
  const ctx = await loadedLatch({ users: [user], clientState: 'signed-in' });
  const el = await fixture<LatchUserButton>(
    html`<latch-user-button ?show-name=${showName} .latch=${ctx.latch}></latch-user-button>`,
  );
  return { ...ctx, el };
}

const trigger = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.cl-userButtonTrigger')!;

describe('<latch-user-button>', () => {
  it('renders nothing when nobody is signed in', async () => {
    const { latch } = await loadedLatch();
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}></latch-user-button>`);
    expect(el.querySelector('button')).to.not.exist;
  });

  it('renders hostile names as text, never as markup', async () => {
    const { el } = await mountUserButton();
    trigger(el).click();
    await until(() => el.querySelector('.cl-userPreviewMainIdentifier'), 'popover');
    expect(el.querySelector('img[src="x"]')).to.not.exist;
    expect(el.querySelector('b')).to.not.exist;
    expect(el.querySelector('.cl-userPreviewMainIdentifier')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    await expect(el).to.be.accessible();
  });

  it('draws a name that starts with an emoji with its whole emoji as the initial', async () => {
    const { el } = await mountUserButton({ ...ALICE, firstName: '👩‍🚀 Sally', lastName: 'Ride' });
    const box = el.querySelector('.cl-userButtonAvatarBox')!;
    expect(box.getAttribute('data-initials')).to.equal('👩‍🚀R');
    trigger(el).click();
    await until(() => el.querySelector('.cl-userPreviewAvatarBox'), 'popover');
    expect(el.querySelector('.cl-userPreviewAvatarBox')!.textContent!.trim()).to.equal('👩‍🚀R');
  });

  it('shows the photo once the user has one, in the button and the menu, and the initials again once removed', async () => {
    const { el, latch } = await mountUserButton(ALICE);
    expect(el.querySelector('.cl-userButtonAvatarBox')!.getAttribute('data-initials')).to.equal('AL');
    expect(el.querySelector('img')).to.not.exist;
    // A real 1×1 PNG, as the profile uploads it.
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQ76oHAAH0ASm+RBHKAAAAAElFTkSuQmCC'),
      (c) => c.charCodeAt(0),
    );
    await latch.user!.setProfileImage({ file: new File([png], 'me.png', { type: 'image/png' }) });
    await until(() => el.querySelector('img.cl-userButtonAvatarImage'), 'photo in the button');
    const image = el.querySelector<HTMLImageElement>('img.cl-userButtonAvatarImage')!;
    expect(image.getAttribute('src')).to.equal(latch.user!.imageUrl);
    // Decorative: the trigger's accessible name comes from the user's name, not the picture.
    expect(image.getAttribute('alt')).to.equal('');
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.querySelector('img.cl-userPreviewAvatarImage'), 'photo in the menu');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await latch.user!.setProfileImage({ file: null });
    await until(() => !el.querySelector('img'), 'photo gone');
    expect(el.querySelector('.cl-userButtonAvatarBox')!.getAttribute('data-initials')).to.equal('AL');
  });

  it('opens with the keyboard, moves focus into the menu, and Escape returns focus', async () => {
    const { el } = await mountUserButton();
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.querySelector('[role="menuitem"]') === document.activeElement, 'focus on first item');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.querySelector('[role="menu"]'), 'closed');
    expect(document.activeElement).to.equal(trigger(el));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('signs out from the menu with Enter', async () => {
    const { el, latch } = await mountUserButton();
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('[role="menuitem"]') === document.activeElement, 'menu open');
    // "Manage account" comes first; Sign out is the last item.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await until(() => !latch.user, 'signed out');
    await el.updateComplete;
    expect(el.querySelector('button')).to.not.exist;
  });

  it('closes on a click outside', async () => {
    const { el } = await mountUserButton();
    trigger(el).click();
    await until(() => el.querySelector('[role="menu"]'), 'open');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(() => !el.querySelector('[role="menu"]'), 'closed');
  });

  it('truncates a very long name beside the avatar and keeps it inside the popover', async () => {
    const long = 'W'.repeat(300);
    const { el } = await mountUserButton({ ...ALICE, firstName: long, lastName: '' }, true);
    const label = el.querySelector<HTMLElement>('.cl-userButtonOuterIdentifier')!;
    expect(label.textContent).to.equal(long);
    expect(label.scrollWidth).to.be.greaterThan(label.clientWidth);
    expect(getComputedStyle(label).textOverflow).to.equal('ellipsis');
    expect(trigger(el).getBoundingClientRect().width).to.be.below(16 * 18);
    trigger(el).click();
    await until(() => el.querySelector('.cl-userPreviewMainIdentifier'), 'popover');
    const card = el.querySelector<HTMLElement>('.cl-userButtonPopoverCard')!.getBoundingClientRect();
    const main = el.querySelector<HTMLElement>('.cl-userPreviewMainIdentifier')!.getBoundingClientRect();
    expect(main.right).to.be.at.most(card.right);
    expect(main.bottom).to.be.at.most(card.bottom);
  });

  it('puts the visible name in the accessible name (WCAG 2.5.3), else the email', async () => {
    const { el } = await mountUserButton(ALICE, true);
    const visible = el.querySelector('.cl-userButtonOuterIdentifier')!.textContent!;
    expect(visible).to.equal('Alice Liddell');
    expect(trigger(el).getAttribute('aria-label')).to.equal('Alice Liddell: open account menu');
    await expect(el).to.be.accessible();

    const { el: anonymous } = await mountUserButton({ emailAddress: 'nameless@example.com' }, true);
    expect(anonymous.querySelector('.cl-userButtonOuterIdentifier')!.textContent).to.equal('nameless@example.com');
    expect(trigger(anonymous).getAttribute('aria-label')).to.equal('nameless@example.com: open account menu');
  });

  it('closes on Tab and lets focus move on past the trigger; Shift+Tab returns to the trigger', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><latch-user-button .latch=${latch}></latch-user-button><button id="after">After</button></div>`,
    );
    const el = wrapper.querySelector<LatchUserButton>('latch-user-button')!;
    await until(() => el.querySelector('.cl-userButtonTrigger'), 'trigger');
    const after = wrapper.querySelector<HTMLButtonElement>('#after')!;

    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.querySelector('[role="menuitem"]') === document.activeElement, 'menu open');
    await expect(el).to.be.accessible();
    // Focus must move on from the menu item itself: if the menu were removed first, Firefox and Safari would
    // restart the Tab sequence at the top of the page (here, at the trigger).
    const item = el.querySelector('[role="menuitem"]');
    let cameFrom: EventTarget | null = null;
    let triggerFocused = false;
    after.addEventListener('focus', (event) => (cameFrom = event.relatedTarget), { once: true });
    trigger(el).addEventListener('focus', () => (triggerFocused = true), { once: true });
    await sendKeys({ press: 'Tab' });
    await until(() => !el.querySelector('[role="menu"]'), 'closed');
    expect(document.activeElement).to.equal(after);
    expect(cameFrom === item, 'focus moved on from the menu item').to.equal(true);
    expect(triggerFocused, 'trigger never focused').to.equal(false);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');

    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.querySelector('[role="menuitem"]') === document.activeElement, 'menu reopened');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await until(() => !el.querySelector('[role="menu"]'), 'closed again');
    expect(document.activeElement).to.equal(trigger(el));
  });

  it('shows a clearly visible focus ring on the focused menu item', async () => {
    const { el } = await mountUserButton(ALICE);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.querySelector('[role="menuitem"]') === document.activeElement, 'menu open');
    const style = getComputedStyle(el.querySelector('[role="menuitem"]')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineOffset).to.equal('-2px');
  });
});
