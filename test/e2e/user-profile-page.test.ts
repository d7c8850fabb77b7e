/**
 * End to end: `<latch-user-profile routing="path">` on a page of its own, the demo's /account (script-tag bundle),
 * in Debian Chromium against the dev server over HTTP, as a person would reach it: a signed-out visit to a deep
 * link is sent to sign in and comes back to it; the navbar moves between the pages with the keyboard and the URL
 * follows; a reload and the browser's Back and Forward keep the page the URL names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, signInWithPassword, watchPage } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e();

const profile = (page: Page) => page.locator('latch-user-profile');
/** The profile's page `id` (account, security), once it shows (the others stay hidden or are not drawn). */
const shown = (page: Page, id: string) => profile(page).locator(`.cl-profilePage__${id}:not([hidden])`);
const accountPage = (page: Page) => shown(page, 'account').locator('.cl-profileSection__emailAddresses').waitFor();
const securityPage = (page: Page) => shown(page, 'security').locator('.cl-profileSection__password').waitFor();

/** A new user with a verified address, and a fresh browser (signed out) watched for errors and off-spec answers. */
async function newUserAndBrowser(prefix: string, firstName: string) {
  const email = `${prefix}-${Date.now()}@example.com`;
  await createVerifiedUser(e2e.server, email, password, firstName);
  const page = await (await e2e.newContext()).newPage();
  return { email, page, problems: watchPage(page).problems };
}

describe('user profile on a page of its own, with path routing (e2e)', () => {
  it('a deep link survives sign-in and reload; the navbar, Back and Forward move the URL and the page together', async () => {
    const { email, page, problems } = await newUserAndBrowser('route', 'Mary');

    // Signed out, the deep link sends to the sign-in page, which brings the visitor back to it.
    await page.goto(`${e2e.url}/account/security`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('redirect_url'), `${e2e.url}/account/security`);
    await signInWithPassword(page, email, password);
    await page.waitForURL((url) => url.pathname === '/account/security');
    await securityPage(page);
    assert.equal(await profile(page).locator('.cl-navbarButton__security').getAttribute('aria-current'), 'page');

    // The navbar, from the keyboard: the Account page is the profile's root, /account.
    await profile(page).locator('.cl-navbarButton__account').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/account');
    await accountPage(page);
    await shown(page, 'account').locator('.cl-profileSection__emailAddresses', { hasText: email }).waitFor();

    // Back and Forward follow the history the navbar wrote.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/account/security');
    await securityPage(page);
    await page.goForward();
    await page.waitForURL((url) => url.pathname === '/account');
    await accountPage(page);

    // A reload of a page below the root lands on that page again.
    await profile(page).locator('.cl-navbarButton__security').click();
    await page.waitForURL((url) => url.pathname === '/account/security');
    await page.reload();
    await securityPage(page);
    assert.equal(await shown(page, 'account').count(), 0);
    assert.deepEqual(await problems(), []);
  });

  it('a user button with user-profile-mode="navigation" goes to the profile page named by user-profile-url', async () => {
    const { email, page, problems } = await newUserAndBrowser('nav', 'Ida');
    await page.goto(e2e.url);
    await signInWithPassword(page, email, password);
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

    // A page of the site of its own, with only a user button that navigates (the session cookie comes along).
    await page.route(`${e2e.url}/e2e-dashboard`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Dashboard</title>
          <script src="/dist/latch.js" data-publishable-key="${e2e.server.publishableKey}" data-proxy-url="/__clerk"></script>
          <latch-signed-in><latch-user-button user-profile-mode="navigation" user-profile-url="/account/security">
          </latch-user-button></latch-signed-in></html>`,
      }),
    );
    await page.goto(`${e2e.url}/e2e-dashboard`);
    const trigger = page.locator('latch-user-button .cl-userButtonTrigger');
    await trigger.focus();
    await page.keyboard.press('Enter');
    // The menu opens with focus on its first item, "Account settings".
    await page.waitForFunction(
      () => document.activeElement?.matches('.cl-userButtonPopoverActionButton__manageAccount') === true,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/account/security');
    await securityPage(page);
    assert.equal(await page.locator('latch-modal').count(), 0, 'a page, not the dialog');
    assert.deepEqual(await problems(), []);
  });
});
