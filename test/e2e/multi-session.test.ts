/**
 * End to end: two accounts in one browser on a multi-session instance (single_session_mode off), on a plain
 * page of another origin with the script tag, in Debian Chromium against the dev server over HTTP. Sign in,
 * "Add another account" in the sign-in dialog, switch between the accounts from the user menu (the session
 * token's `sub` follows), sign out of one (the other stays), and a second tab follows each change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e({
  instance: { single_session_mode: false },
  site: (server) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two accounts</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
    <latch-signed-in><latch-user-button show-name></latch-user-button></latch-signed-in>
    </main></body></html>`,
});

const createUser = (email: string, firstName: string) => createVerifiedUser(e2e.server, email, password, firstName);

async function passFirstFactor(page: Page, email: string, scope: string): Promise<void> {
  const signIn = page.locator(scope);
  await signIn.locator('input[name="identifier"]').fill(email);
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('input[name="password"]').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

/** The name beside the avatar: who this tab shows as signed in. */
const shownName = (page: Page) => page.locator('latch-user-button .cl-userButtonOuterIdentifier');

/** The `sub` (user id) of a fresh session token of the tab's active session, and that user's id. */
async function tokenSubject(page: Page): Promise<{ sub: string; userId: string }> {
  return page.evaluate(async () => {
    const latch = (window as unknown as { Latch: { session: { getToken(): Promise<string> }; user: { id: string } } })
      .Latch;
    const jwt = await latch.session.getToken();
    const payload = JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    return { sub: payload.sub as string, userId: latch.user.id };
  });
}

async function openMenu(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').click();
  await page.locator('latch-user-button [role="menu"]').waitFor();
}

describe('multi-session: two accounts in one browser (e2e)', () => {
  it('adds a second account, switches, signs out of one, and another tab follows', async () => {
    const stamp = Date.now();
    const ada = `ada-${stamp}@example.com`;
    const grace = `grace-${stamp}@example.com`;
    await createUser(ada, 'Ada');
    await createUser(grace, 'Grace');
    const context = await e2e.newContext();
    const page = await context.newPage();
    const problems = watchErrors(page);
    await page.goto(e2e.site.url);

    // First account, on the page.
    await passFirstFactor(page, ada, 'latch-sign-in');
    await shownName(page).filter({ hasText: 'Ada' }).waitFor();
    const adaToken = await tokenSubject(page);
    assert.equal(adaToken.sub, adaToken.userId);

    // A second tab of the same browser shows the same account.
    const other = await context.newPage();
    await other.goto(e2e.site.url);
    await shownName(other).filter({ hasText: 'Ada' }).waitFor();

    // "Add another account": the sign-in dialog, which keeps Ada signed in.
    await openMenu(page);
    await page.locator('.cl-userButtonPopoverActionButton__addAccount').click();
    await passFirstFactor(page, grace, 'latch-modal latch-sign-in');
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    await shownName(page).filter({ hasText: 'Grace' }).waitFor();
    const graceToken = await tokenSubject(page);
    assert.equal(graceToken.sub, graceToken.userId);
    assert.notEqual(graceToken.sub, adaToken.sub);
    await shownName(other).filter({ hasText: 'Grace' }).waitFor();

    // Switch back to Ada from the menu, with the keyboard: the token follows, so does the other tab.
    await openMenu(page);
    const adaItem = page.locator('.cl-userButtonPopoverActionButton__session', { hasText: ada });
    await adaItem.waitFor();
    await adaItem.focus();
    await page.keyboard.press('Enter');
    await shownName(page).filter({ hasText: 'Ada' }).waitFor();
    assert.equal((await tokenSubject(page)).sub, adaToken.sub);
    await shownName(other).filter({ hasText: 'Ada' }).waitFor();

    // Sign out of Ada only: Grace stays signed in and takes over, in both tabs.
    await openMenu(page);
    await page.locator('.cl-userButtonPopoverActionButton__signOut').click();
    await shownName(page).filter({ hasText: 'Grace' }).waitFor();
    assert.equal((await tokenSubject(page)).sub, graceToken.sub);
    await shownName(other).filter({ hasText: 'Grace' }).waitFor();
    await openMenu(page);
    assert.equal(await page.locator('.cl-userButtonPopoverActionButton__session').count(), 0);

    // "Sign out of every account": both tabs show the sign-in form.
    await page.locator('.cl-userButtonPopoverActionButton__signOutAll').click();
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    await other.locator('latch-sign-in input[name="identifier"]').waitFor();

    assert.deepEqual(problems(), []);
    await context.close();
  });
});
