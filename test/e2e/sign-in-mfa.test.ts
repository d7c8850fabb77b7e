/**
 * End to end: two-step verification and the sign-in dialog, on the demo page (script-tag bundle) in Debian
 * Chromium against the dev server over HTTP. Second factors are enrolled through the dev route
 * (POST /__dev/users/{email}/mfa), then each is used the way a person would: the authenticator app's code
 * (computed here from the secret, with the same TOTP library the server uses), an SMS code read from the dev
 * mailbox, and a backup code, which is refused the second time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, openUserMenuAndSignOut, watchPage } from './helpers.js';

const e2e = useE2e();

const password = 'amber-quarry-willow-17';

interface Enrolled {
  totp: { secret: string } | null;
  phone_number: { phone_number: string } | null;
  backup_codes: string[] | null;
}

/** A verified account with a password (made in the server's process: the sign-up flow has its own e2e test). */
const createUser = (email: string) => createVerifiedUser(e2e.server, email, password, null);

async function enroll(email: string, body: Record<string, unknown>): Promise<Enrolled> {
  const res = await fetch(`${e2e.url}/__dev/users/${encodeURIComponent(email)}/mfa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200);
  return (await res.json()) as Enrolled;
}

/** Address and password in the page's sign-in card (or the one in `scope`, e.g. the dialog). */
async function passFirstFactor(page: Page, email: string, scope = 'latch-sign-in'): Promise<void> {
  const signIn = page.locator(scope);
  await signIn.locator('input[name="identifier"]').fill(email);
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('input[name="password"]').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

const signedIn = (page: Page) => page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

describe('sign-in with a second factor, and the sign-in dialog (e2e)', () => {
  it('authenticator app: the code computed from the enrolled secret signs in', async () => {
    const email = `totp-${Date.now()}@example.com`;
    await createUser(email);
    const { totp } = await enroll(email, { totp: true, backup_codes: true });
    const page = await e2e.newPage();
    const { problems } = watchPage(page);
    await page.goto(e2e.url);
    await passFirstFactor(page, email);

    const code = page.locator('latch-sign-in input[name="code"]');
    await code.waitFor();
    assert.match(page.url(), /#\/factor-two$/);
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    await code.fill(TOTP.generate({ secret: Secret.fromBase32(totp?.secret ?? '') }));
    await signedIn(page);

    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('SMS code: the code texted to the dev mailbox signs in', async () => {
    const email = `sms-${Date.now()}@example.com`;
    const phone = '+15555550142';
    await createUser(email);
    await enroll(email, { phone });
    const page = await e2e.newPage();
    const { problems } = watchPage(page);
    await page.goto(e2e.url);
    await passFirstFactor(page, email);

    const signIn = page.locator('latch-sign-in');
    await signIn.locator('.cl-formFieldHintText', { hasText: '42' }).waitFor();
    await signIn.locator('input[name="code"]').fill(await e2e.latestCode(phone));
    await signedIn(page);

    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('backup code: "Use another method", the code signs in once and is refused the second time', async () => {
    const email = `backup-${Date.now()}@example.com`;
    await createUser(email);
    const { backup_codes } = await enroll(email, { totp: true, backup_codes: true });
    const backupCode = backup_codes?.[0] ?? '';
    const page = await e2e.newPage();
    const { problems } = watchPage(page);
    await page.goto(e2e.url);
    const signIn = page.locator('latch-sign-in');

    const useBackupCode = async () => {
      await passFirstFactor(page, email);
      await signIn.locator('input[name="code"]').waitFor(); // the authenticator app comes first
      await signIn.locator('.cl-formButtonReset').click();
      await signIn.locator('.cl-alternativeMethodsBlockButton__backup_code').click();
      await signIn.locator('input[name="backupCode"]').fill(backupCode);
      await signIn.locator('input[name="backupCode"]').press('Enter');
    };

    await useBackupCode();
    await signedIn(page);
    await openUserMenuAndSignOut(page);

    await useBackupCode();
    const error = signIn.locator('.cl-formFieldErrorText__backupCode');
    await error.waitFor();
    assert.notEqual((await error.textContent())?.trim(), '');
    assert.equal(await signIn.locator('input[name="backupCode"]').inputValue(), backupCode, 'what was typed stays');

    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('the dialog: opened from a button, signs in inside it; Escape closes it and focus returns', async () => {
    const email = `modal-${Date.now()}@example.com`;
    await createUser(email);
    const page = await e2e.newPage();
    const { problems } = watchPage(page);
    await page.goto(e2e.url);
    const opener = page.locator('[data-demo="open-sign-in"]');

    // Open, then Escape: closed, focus back on the button, the page scrolls again.
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('latch-modal dialog.cl-modalBackdrop');
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((el) => el.matches(':modal')), true);
    await page.waitForFunction(() => document.activeElement?.matches('latch-modal input[name="identifier"]'));
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden');
    await page.keyboard.press('Escape');
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-demo')), 'open-sign-in');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden');

    // Open again and sign in inside the dialog: it closes by itself.
    await opener.click();
    await passFirstFactor(page, email, 'latch-modal latch-sign-in');
    await signedIn(page);
    await page.locator('latch-modal').waitFor({ state: 'detached' });

    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
