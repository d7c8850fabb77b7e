/**
 * End to end: the demo page's look pickers in Debian's Chromium against the dev server. The dark theme darkens
 * the page around the cards (the header included), theme, language and direction survive a page change and a
 * reload, and right to left lays out the page, the cards, the modal and the user menu's popover from the right.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, openDemo, signInWithPassword } from './helpers.js';

/** The computed background colour of the first element matching `selector`, as `[r, g, b]`. */
async function backgroundOf(page: Page, selector: string): Promise<number[]> {
  const color = await page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

const isDark = (rgb: number[]) => rgb.length === 3 && rgb.every((channel) => channel < 80);

describe('demo page: dark theme, remembered pickers, right to left', () => {
  const e2e = useE2e({ contextPerTest: true });

  it('the dark theme darkens the header and the page, and stays picked on another page and after a reload', async () => {
    const page = await openDemo(e2e.context, e2e.url);
    assert.ok(!isDark(await backgroundOf(page, '.demo-bar')), 'light to begin with');
    await page.selectOption('[data-demo="theme"]', 'dark');
    await page.waitForFunction(() => document.documentElement.dataset.demoScheme === 'dark');
    assert.ok(isDark(await backgroundOf(page, '.demo-bar')), 'the header is dark');
    assert.ok(isDark(await backgroundOf(page, 'body')), 'the page is dark');
    await page.waitForFunction(() => {
      const card = document.querySelector('latch-sign-in .cl-card');
      return card !== null && /rgb\((\d|[1-7]\d),/.test(getComputedStyle(card).backgroundColor);
    });

    await page.selectOption('[data-demo="locale"]', 'fr-FR');
    await page.locator('latch-sign-in button[type="submit"]', { hasText: 'Continuer' }).waitFor();
    await page.click('a[href="/sign-in"]');
    await page.waitForURL(/\/sign-in$/);
    await page.locator('latch-sign-in button[type="submit"]', { hasText: 'Continuer' }).waitFor();
    assert.equal(await page.inputValue('[data-demo="theme"]'), 'dark');
    assert.equal(await page.inputValue('[data-demo="locale"]'), 'fr-FR');
    assert.ok(isDark(await backgroundOf(page, '.demo-bar')), 'still dark on the sign-in page');
    await page.reload();
    await page.locator('latch-sign-in button[type="submit"]', { hasText: 'Continuer' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  });

  it('right to left: the cards, the modal and the user menu lay out from the right, and it is remembered', async () => {
    const email = `rtl-${Date.now()}@example.com`;
    const password = 'cedar-lantern-harbor-77';
    await createVerifiedUser(e2e.server, email, password, 'Rana');
    const page = await openDemo(e2e.context, e2e.url);
    await page.selectOption('[data-demo="dir"]', 'rtl');
    await page.locator('latch-sign-in .cl-rootBox[dir="rtl"]').waitFor();
    await page.locator('latch-sign-up .cl-rootBox[dir="rtl"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    // The field's label starts at the right edge of the form.
    const label = await page.locator('latch-sign-in .cl-formFieldLabel').first().boundingBox();
    const input = await page.locator('latch-sign-in input[name="identifier"]').boundingBox();
    assert.ok(label && input && Math.abs(label.x + label.width - (input.x + input.width)) < 4, 'label at the right');

    await page.click('a[href="/sign-in"]');
    await page.locator('latch-sign-in .cl-rootBox[dir="rtl"]').waitFor();
    assert.equal(await page.inputValue('[data-demo="dir"]'), 'rtl');

    // The modal: its scope is rtl, its close button sits at the left (the inline end).
    await page.click('[data-demo="open-sign-in"]');
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[dir="rtl"]').first().waitFor();
    const close = await dialog.locator('.cl-modalCloseButton').boundingBox();
    const box = await dialog.locator('.cl-card').first().boundingBox();
    assert.ok(close && box && close.x < box.x + box.width / 2, 'the close button is on the left');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));

    // Signed in: the user menu's popover is rtl and opens within the page.
    await signInWithPassword(page, email, password);
    // The user button shows as soon as the session is set, before the card's own redirect after sign-in: a click
    // on it before that redirect lands opens a menu on a page about to go away (a 30 s timeout in CI once).
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    const popover = page.locator('.cl-userButtonPopoverCard');
    await popover.waitFor();
    assert.equal(await popover.evaluate((el) => el.closest('[dir]')?.getAttribute('dir')), 'rtl');
    const menu = await popover.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(menu && viewport && menu.x >= 0 && menu.x + menu.width <= viewport.width, 'the menu is on the page');
  });
});
