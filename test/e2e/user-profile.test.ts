/**
 * End to end: the user profile's Account page, on a plain page of another origin with the script tag, in Debian
 * Chromium against the dev server over HTTP, as a new user would: sign up, open the profile from the user
 * button's "Manage account", change the name and the photo, add an email address, read its code from the dev
 * mailbox, verify it, make it primary, remove the old one; then the same for phone numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { scriptTag, signUpWithCode, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const e2e = useE2e({
  instance: { phone_number: { enabled: true } },
  site: (server) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Account</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-up routing="virtual"></latch-sign-up></latch-signed-out>
    <latch-signed-in><latch-user-button show-name></latch-user-button></latch-signed-in>
    </main></body></html>`,
});

const profile = (page: Page) => page.locator('latch-modal latch-user-profile');

async function typeCode(page: Page, to: string): Promise<void> {
  const code = await e2e.latestCode(to);
  await profile(page).locator('input[name="code"]').fill(code);
}

describe('user profile: the Account page (e2e)', () => {
  it('changes name and photo, and adds, verifies, makes primary and removes an email and a phone', async () => {
    const stamp = Date.now();
    const first = `ada-${stamp}@example.com`;
    const second = `countess-${stamp}@example.com`;
    const phone = '+33612345678';
    const secondPhone = '+33698765432';
    const page = await e2e.newPage();
    const problems = watchErrors(page);
    await page.goto(e2e.site.url);

    // Sign up with a code from the dev mailbox.
    await signUpWithCode(page, e2e.url, first, password);
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

    // "Manage account" opens the profile in a dialog.
    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    await page.locator('.cl-userButtonPopoverActionButton__manageAccount').click();
    await profile(page).locator('.cl-profileSection__emailAddresses').waitFor();

    // Name.
    await profile(page).locator('.cl-profileSectionPrimaryButton__profile').click();
    await profile(page).locator('input[name="firstName"]').fill('Ada');
    await profile(page).locator('input[name="lastName"]').fill('Lovelace');
    await profile(page).locator('input[name="firstName"]').press('Enter');
    await profile(page).locator('.cl-profileSection__profile').filter({ hasText: 'Ada Lovelace' }).waitFor();
    await page.locator('latch-user-button .cl-userButtonOuterIdentifier').filter({ hasText: 'Ada Lovelace' }).waitFor();

    // Photo: uploaded, then served by the dev server at the user's image_url.
    await profile(page).locator('.cl-profileSectionPrimaryButton__profile').click();
    await profile(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await profile(page).locator('.cl-avatarImageActionsRemove').waitFor();
    const imageUrl = await page.evaluate(
      () => (window as unknown as { Latch: { user: { imageUrl: string } } }).Latch.user.imageUrl,
    );
    assert.match(imageUrl, /\/v1\/profile_images\/img_/);
    const served = await fetch(imageUrl);
    assert.equal(served.headers.get('content-type'), 'image/png');
    // The user button, outside the dialog, shows the new photo instead of the initials, loaded from the server.
    const buttonPhoto = page.locator('latch-user-button .cl-userButtonTrigger img.cl-userButtonAvatarImage');
    await buttonPhoto.waitFor();
    assert.equal(await buttonPhoto.getAttribute('src'), imageUrl);
    await page.waitForFunction(
      () =>
        (document.querySelector('latch-user-button img.cl-userButtonAvatarImage') as HTMLImageElement | null)
          ?.naturalWidth === 1,
    );
    await profile(page).locator('.cl-form__profile .cl-formButtonReset').click();

    // A second email address: add, code from the mailbox, verify, make primary, remove the first.
    const emails = profile(page).locator('.cl-profileSection__emailAddresses');
    await profile(page).locator('.cl-profileSectionPrimaryButton__emailAddresses').click();
    await profile(page).locator('input[name="emailAddress"]').fill(second);
    await profile(page).locator('input[name="emailAddress"]').press('Enter');
    await typeCode(page, second);
    await emails.locator('li').filter({ hasText: second }).locator('.cl-button__makePrimary').click();
    await emails.locator('li').filter({ hasText: second }).locator('.cl-badge__primary').waitFor();
    await emails.locator('li').filter({ hasText: first }).locator('.cl-button__remove').click();
    await profile(page).locator('.cl-form__remove .cl-formButtonPrimary').click();
    await emails.locator('li').filter({ hasText: first }).waitFor({ state: 'detached' });

    // Phone numbers: the first, verified by the SMS code from the mailbox, becomes primary; a second is added,
    // verified and made primary; the first is removed.
    const phones = profile(page).locator('.cl-profileSection__phoneNumbers');
    await profile(page).locator('.cl-profileSectionPrimaryButton__phoneNumbers').click();
    await profile(page).locator('input[name="phoneNumber"]').fill('+33 6 12 34 56 78');
    await profile(page).locator('input[name="phoneNumber"]').press('Enter');
    await typeCode(page, phone);
    await phones.locator('li').filter({ hasText: phone }).locator('.cl-badge__primary').waitFor();
    await profile(page).locator('.cl-profileSectionPrimaryButton__phoneNumbers').click();
    await profile(page).locator('input[name="phoneNumber"]').fill('+33 6 98 76 54 32');
    await profile(page).locator('input[name="phoneNumber"]').press('Enter');
    await typeCode(page, secondPhone);
    await phones.locator('li').filter({ hasText: secondPhone }).locator('.cl-button__makePrimary').click();
    await phones.locator('li').filter({ hasText: secondPhone }).locator('.cl-badge__primary').waitFor();
    await phones.locator('li').filter({ hasText: phone }).locator('.cl-button__remove').click();
    await profile(page).locator('.cl-form__remove .cl-formButtonPrimary').click();
    await phones.locator('li').filter({ hasText: phone }).waitFor({ state: 'detached' });

    // The server agrees.
    const user = e2e.server.context.users.findByEmail(second);
    assert.ok(user);
    assert.equal(user.first_name, 'Ada');
    assert.equal(e2e.server.context.users.primaryEmail(user)?.email_address, second);
    assert.equal(e2e.server.context.users.findByEmail(first), null);
    const phoneRows = e2e.server.context.users.phoneNumbers(user.id);
    assert.deepEqual(
      phoneRows.map((row) => row.phone_number),
      [secondPhone],
    );
    assert.equal(user.primary_phone_number_id, phoneRows[0]?.id);
    assert.deepEqual(problems(), []);
    await page.close();
  });
});
