/**
 * End to end: the profile's Connected accounts, on a plain page of another origin with the script tag, in Debian
 * Chromium against the dev server over HTTP: a signed-in user connects a GitHub account through the mock
 * provider, comes back to the page with it listed, and removes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, signInWithPassword, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e({
  instance: { social: { oauth_github: true, oauth_google: true } },
  site: (server) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Account</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
    <latch-signed-in><latch-user-profile routing="virtual"></latch-user-profile></latch-signed-in>
    </main></body></html>`,
});

/** A new user signed in on the page, who connects a new GitHub account through the mock provider. */
async function signInAndConnectGithub(name: string) {
  const email = `${name}-${Date.now()}@example.com`;
  await createVerifiedUser(e2e.server, email, password, name);
  const page = await e2e.newPage();
  const problems = watchErrors(page);
  await page.goto(e2e.site.url);
  await signInWithPassword(page, email, password);
  const section = page.locator('latch-user-profile .cl-profileSection__connectedAccounts');
  await section.locator('.cl-profileSectionPrimaryButton__connectedAccounts').click();
  await section.locator('.cl-menuItem__github').click();
  // The mock provider: a new GitHub account with its own address.
  await page.locator('h1', { hasText: /GitHub/ }).waitFor();
  await page.locator('input[name="email_address"]').fill(`octo-${Date.now()}@example.com`);
  await page.locator('input[name="first_name"]').fill('Octo');
  await page.locator('button', { hasText: 'Create and continue' }).click();
  return { page, problems, section };
}

describe('user profile: connected accounts (e2e)', () => {
  it('connects GitHub through the mock provider, sees it on the profile, and removes it', async () => {
    const { page, problems, section } = await signInAndConnectGithub('ada');

    // Back on the page, signed in still, with the account listed.
    await page.waitForURL((url) => url.origin === new URL(e2e.site.url).origin);
    const row = section.locator('.cl-profileSectionItem__connectedAccounts');
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /GitHub[\s\S]*octo-\d+@example\.com/);
    assert.equal(await section.locator('.cl-menuItem__github').count(), 0);

    // Remove it, after the confirmation.
    await row.locator('.cl-button__remove').click();
    await section.locator('form button[type="submit"]').click();
    await row.waitFor({ state: 'detached' });
    const accounts = await page.evaluate(
      () =>
        (window as unknown as { Latch: { user: { externalAccounts: unknown[] } } }).Latch.user.externalAccounts.length,
    );
    assert.equal(accounts, 0);
    assert.deepEqual(problems(), []);
    await page.close();
  });

  it('asks to verify again before removing when the session is too old: password, then the removal goes through', async () => {
    const { page, problems, section } = await signInAndConnectGithub('grace');
    const row = section.locator('.cl-profileSectionItem__connectedAccounts');
    await row.waitFor();

    // The session's sign-in was 15 minutes ago, as far as the server is concerned (the limit is 10): the removal
    // needs a fresh first factor. (The dev server ages it: no waiting for a short window to pass.)
    const sessionId = await page.evaluate(
      () => (window as unknown as { Latch: { session: { id: string } } }).Latch.session.id,
    );
    await e2e.devCall('POST', `/sessions/${sessionId}/age`, { minutes: 15 });
    await row.locator('.cl-button__remove').click();
    await section.locator('form button[type="submit"]').click();
    const prompt = page.locator('dialog.cl-modalContent__reverification');
    await prompt.waitFor();
    assert.equal(await row.count(), 1, 'nothing removed before the password');
    await prompt.locator('input[name="password"]').fill(password);
    await prompt.locator('button[type="submit"]').click();
    await row.waitFor({ state: 'detached' });
    await prompt.waitFor({ state: 'detached' });
    // The refused DELETE is logged by the browser as a failed load; that 403 is the point of this test.
    assert.deepEqual(
      problems().filter((p) => !p.includes('status of 403')),
      [],
    );
    await page.close();
  });
});
