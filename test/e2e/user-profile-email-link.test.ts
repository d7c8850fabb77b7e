/**
 * End to end: on an instance that verifies email addresses by link, the user profile adds an address, the dev
 * server mails a link, a second page opens it, and the first page (polling) shows the address verified. Debian
 * Chromium, a plain page of another origin with the script tag, the dev server over HTTP.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { latestLink, scriptTag, signUpWithCode, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e({
  // Sign-ups verify by code (the card's own flow); addresses added later may be verified by link.
  instance: { email_address: { verifications: ['email_code', 'email_link'] } },
  site: (server) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Account</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-up routing="virtual"></latch-sign-up></latch-signed-out>
    <latch-signed-in><latch-user-profile routing="virtual"></latch-user-profile></latch-signed-in>
    </main></body></html>`,
});

const profile = (page: Page) => page.locator('latch-user-profile');

describe('user profile: an email address verified by link (e2e)', () => {
  it('adds an address, the link opened in a second page verifies it, the first page shows it verified', async () => {
    const stamp = Date.now();
    const first = `ada-${stamp}@example.com`;
    const added = `ada.work-${stamp}@example.com`;
    const page = await e2e.newPage();
    const problems = watchErrors(page);
    await page.goto(e2e.site.url);

    await signUpWithCode(page, e2e.url, first, password);
    await profile(page).locator('.cl-profileSection__emailAddresses').waitFor();

    await profile(page).locator('.cl-profileSectionPrimaryButton__emailAddresses').click();
    await profile(page).locator('input[name="emailAddress"]').fill(added);
    await profile(page).locator('input[name="emailAddress"]').press('Enter');
    await profile(page).locator('.cl-form__verifyLink').filter({ hasText: added }).waitFor();
    const item = profile(page).locator('.cl-profileSection__emailAddresses li').filter({ hasText: added });
    await item.locator('.cl-badge__unverified').waitFor();

    // The user opens the mail in another tab: the link leads back to the page that asked, saying it worked.
    const second = await page.context().newPage();
    await second.goto(await latestLink(e2e.url, added));
    assert.equal(new URL(second.url()).searchParams.get('__clerk_status'), 'verified');
    assert.equal(new URL(second.url()).origin, new URL(e2e.site.url).origin);

    // The first page finds out by itself.
    await profile(page).locator('.cl-form__verifyLink').waitFor({ state: 'detached' });
    await item.locator('.cl-badge__unverified').waitFor({ state: 'detached' });
    await profile(page).locator('.cl-profileSection__emailAddresses [role="status"]', { hasText: added }).waitFor();
    const user = e2e.server.context.users.findByEmail(first);
    assert.ok(user);
    const row = e2e.server.context.users.emailAddresses(user.id).find((e) => e.email_address === added);
    assert.ok(row?.verified_at);
    assert.deepEqual(problems(), []);
    await page.close();
  });
});
