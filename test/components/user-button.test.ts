import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-button/index.js';
import type { LatchUserButton } from '../../src/components/user-button/user-button.js';
import { loadedLatch, until } from './helpers.js';

const HOSTILE = {
  emailAddress: 'eve@example.com',
  password: 'correct-horse-battery',
  firstName: '<img src=x onerror=alert(1)>',
  lastName: '"><b>bold</b>',
};

async function mountUserButton(user = HOSTILE) {
  const ctx = await loadedLatch({ users: [user], clientState: 'signed-in' });
  const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${ctx.latch}></latch-user-button>`);
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
});
