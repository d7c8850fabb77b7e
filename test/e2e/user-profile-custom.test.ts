/**
 * End to end: custom menu items and a custom profile page, on a plain page of another origin with the script tag,
 * in Debian Chromium against the dev server over HTTP: sign in, open the user button's menu and run a custom
 * action, then open the profile at the custom "Help" page from the menu, go to the Account page and back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, signInWithPassword, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e({
  site: (server) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custom pages</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
    <latch-signed-in><latch-user-button>
      <latch-user-button-action label="Open chat" onclick="window.chatOpened = (window.chatOpened || 0) + 1">
      </latch-user-button-action>
      <latch-user-button-action label="Help" open="help"></latch-user-button-action>
      <latch-user-profile-page label="Help" url="help">
        <h2>Help</h2><p class="help-text">Write to help@example.com.</p>
      </latch-user-profile-page>
    </latch-user-button></latch-signed-in>
    </main></body></html>`,
});

describe('user button and profile: custom items and pages (e2e)', () => {
  it('runs a custom action, opens the custom page from the menu, goes to Account and back', async () => {
    const email = `helpme-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Grace');
    const page = await e2e.newPage();
    const problems = watchErrors(page);
    await page.goto(e2e.site.url);
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    // The page's content for the profile does not show where it is written.
    assert.equal(await page.locator('latch-user-button .help-text').isVisible(), false);
    await signInWithPassword(page, email, password);
    const trigger = page.locator('latch-user-button .cl-userButtonTrigger');
    await trigger.waitFor();

    // The custom action, chosen with the keyboard: it joins the menu's arrow-key focus.
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    const items = page.locator('latch-user-button [role="menuitem"]');
    // The menu's content is a chunk fetched when it may first open: wait for its four items before reading them.
    await items.nth(3).waitFor();
    assert.deepEqual(await items.allTextContents().then((t) => t.map((s) => s.trim())), [
      'Account settings',
      'Sign out',
      'Open chat',
      'Help',
    ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => (window as unknown as { chatOpened?: number }).chatOpened), 1);

    // "Help" opens the profile at the custom page, with the page's own content.
    await trigger.click();
    await page.locator('.cl-userButtonPopoverCustomItemButton', { hasText: 'Help' }).click();
    const profile = page.locator('latch-modal latch-user-profile');
    await profile.locator('.help-text').waitFor();
    assert.equal(
      await profile.locator('.cl-navbarButton[aria-current="page"] .cl-navbarButtonText').textContent(),
      'Help',
    );

    // To the Account page and back.
    await profile.locator('.cl-navbarButton__account').click();
    await profile.locator('.cl-profileSection__emailAddresses').waitFor();
    assert.equal(await profile.locator('.help-text').isVisible(), false);
    await profile.locator('.cl-navbarButton__help').click();
    await profile.locator('.help-text').waitFor();
    assert.deepEqual(problems(), []);
  });
});
