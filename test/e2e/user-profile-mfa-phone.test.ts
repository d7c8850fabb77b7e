/**
 * End to end: two-step verification by SMS code, on the demo page (script-tag bundle) in Debian Chromium against
 * the dev server over HTTP, as a person would: add a phone number on the Account page and verify it with the code
 * texted to the dev mailbox, use it for sign-in codes on the Security page (backup codes shown once), sign out,
 * then sign in with the password and the code texted to that number. Every FAPI answer is checked against the
 * spec (`watchPage`).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startDevServer } from '../../server/index.js';
import { createVerifiedUser, latestCode, openUserMenuAndSignOut, signInWithPassword, watchPage } from './helpers.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const password = 'amber-quarry-willow-17';
const phone = '+33611223344';

let server: Awaited<ReturnType<typeof startDevServer>>;
let browser: Browser;

const profile = (page: Page) => page.locator('latch-modal latch-user-profile');
const signedIn = (page: Page) => page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

describe('user profile: two-step verification by SMS code (e2e)', () => {
  before(async () => {
    assert.ok(existsSync(`${repoRoot}dist/latch.js`), 'run `npm run build` first: the demo loads dist/latch.js');
    server = await startDevServer({
      port: 0,
      demo: true,
      dbFile: ':memory:',
      quiet: true,
      repoRoot,
      instance: { phone_number: { enabled: true } },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds and verifies a phone, uses it for sign-in codes, then signs in with the texted code', async () => {
    const email = `sms-profile-${Date.now()}@example.com`;
    await createVerifiedUser(server, email, password, 'Grace');
    const context = await browser.newContext();
    const page = await context.newPage();
    const { problems } = watchPage(page);
    await page.goto(server.url);
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    await signInWithPassword(page, email, password);
    await signedIn(page);

    // The Account page: add the number, type the texted code.
    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    await page.locator('.cl-userButtonPopoverActionButton__manageAccount').click();
    const phones = profile(page).locator('.cl-profileSection__phoneNumbers');
    await profile(page).locator('.cl-profileSectionPrimaryButton__phoneNumbers').click();
    await profile(page).locator('input[name="phoneNumber"]').fill(phone);
    await profile(page).locator('input[name="phoneNumber"]').press('Enter');
    await profile(page)
      .locator('input[name="code"]')
      .fill(await latestCode(server.url, phone));
    await phones.locator('li').filter({ hasText: phone }).locator('.cl-badge__primary').waitFor();

    // The Security page: codes by text message to that number; backup codes come with the first factor.
    await profile(page).locator('.cl-navbarButton__security').click();
    const section = profile(page).locator('.cl-profileSection__mfa');
    await section.locator('.cl-profileSectionPrimaryButton__phoneCode').click();
    await section.locator('.cl-button__phoneCodeChoice', { hasText: phone }).click();
    await section.locator('.cl-profileSectionItem__backupCode').first().waitFor();
    await section.locator('.cl-formButtonPrimary__backupCodesDone').click();
    await section.locator('.cl-profileSectionItem__phoneCode .cl-badge__default').waitFor();
    assert.match((await section.locator('.cl-profileSectionItem__phoneCode').textContent()) ?? '', /\+33611223344/);

    // Signed out, the sign-in asks for the code texted to the number after the password.
    await page.keyboard.press('Escape');
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    await openUserMenuAndSignOut(page);
    const before = await latestCode(server.url, phone);
    await signInWithPassword(page, email, password);
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('.cl-formFieldHintText', { hasText: '44' }).waitFor();
    // The sign-in texts a new code: poll the mailbox until it is there.
    let code = before;
    for (let attempt = 0; attempt < 100 && code === before; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      code = await latestCode(server.url, phone);
    }
    assert.notEqual(code, before, 'a new code was texted for the sign-in');
    await signIn.locator('input[name="code"]').fill(code);
    await signedIn(page);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
