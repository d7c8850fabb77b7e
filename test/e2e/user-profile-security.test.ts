/**
 * End to end: the user profile's Security page, on the demo page (script-tag bundle, on localhost so passkeys have
 * a relying party) in Debian Chromium against the dev server over HTTP, as a person would use it: change the
 * password (other devices signed out, the old one refused after), add a passkey with a CDP virtual authenticator
 * and sign in with it, turn on an authenticator app (the code computed from the shown secret with the server's
 * TOTP library) and sign in with it, then with a backup code; see two devices and sign the other out; meet the
 * reverification prompt before deleting the account, and, once the account has a second factor, the prompt's
 * second step (the authenticator app's code, or a backup code through "use another method"). Every FAPI answer the
 * page gets is checked against the spec (`watchPage`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import {
  addVirtualAuthenticator,
  createVerifiedUser,
  openUserMenuAndSignOut,
  signInWithPassword,
  watchPage,
} from './helpers.js';

const password = 'amber-quarry-willow-17';
const newPassword = 'velvet-harbour-cinder-42';
const TOTP_STEP_MS = 30_000;

const e2e = useE2e({ instance: { passkey: { enabled: true, allow_autofill: false, show_sign_in_button: true } } });

const profile = (page: Page) => page.locator('latch-modal latch-user-profile');
const signedIn = (page: Page) => page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

/** A new verified user, signed in on a fresh demo page of `context`. */
async function signedInPage(context: BrowserContext, email: string, secret = password): Promise<Page> {
  const page = await context.newPage();
  await page.goto(e2e.url);
  await page.locator('latch-sign-in input[name="identifier"]').waitFor();
  await signInWithPassword(page, email, secret);
  await signedIn(page);
  return page;
}

/**
 * "Manage account" from the user button, then the Security page of the profile dialog, once its device list has
 * loaded: the page's actions share one busy state with that load, and a click while it runs is ignored (a
 * regenerate click was lost so under load).
 */
async function openSecurityPage(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').click();
  await page.locator('.cl-userButtonPopoverActionButton__manageAccount').click();
  await profile(page).locator('.cl-navbarButton__security').click();
  await profile(page).locator('.cl-profileSection__password').waitFor();
  await profile(page).locator('.cl-activeDeviceListItem').first().waitFor();
}

/** Closes the profile dialog (Escape), then signs out from the user button's menu. */
async function closeProfileAndSignOut(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('latch-modal').waitFor({ state: 'detached' });
  await openUserMenuAndSignOut(page);
}

/** The session id of the page's signed-in user (what the dev server ages). */
async function sessionIdOf(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { Latch: { session: { id: string } } }).Latch.session.id);
}

/** Waits until keyboard focus is on the element `selector` matches (in the page's light DOM). */
async function focusOn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector);
}

/**
 * The authenticator app's code for a step after `usedAt`'s, without waiting for that step: the server takes each
 * step's code once, and accepts the next step's too (an app whose clock runs a little ahead), so the code is the
 * later of the next step's and the current step's.
 */
function nextTotpCode(secret: string, usedAt: number): string {
  const step = Math.max(Math.floor(usedAt / TOTP_STEP_MS) + 1, Math.floor(Date.now() / TOTP_STEP_MS));
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * TOTP_STEP_MS });
}

describe('user profile: the Security page (e2e)', () => {
  it('changes the password: other devices are signed out, the old one is refused at sign-in after, the new one works', async () => {
    const email = `pw-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Ada');
    const context = await e2e.newContext();
    const page = await signedInPage(context, email);
    // The same account on another device (browser context), signed out by the change ("sign out of other devices"
    // is ticked by default).
    const other = await signedInPage(await e2e.newContext(), email);
    const { problems } = watchPage(page);
    await openSecurityPage(page);

    const section = profile(page).locator('.cl-profileSection__password');
    await section.locator('.cl-profileSectionPrimaryButton__password').click();
    // A wrong current password is refused at its field; nothing typed is lost.
    await section.locator('input[name="currentPassword"]').fill('not-my-password-at-all');
    await section.locator('input[name="newPassword"]').fill(newPassword);
    await section.locator('input[name="confirmPassword"]').fill(newPassword);
    await section.locator('button[type="submit"]').click();
    await section.locator('.cl-formFieldErrorText__currentPassword').waitFor();
    assert.equal(await section.locator('input[name="newPassword"]').inputValue(), newPassword);
    assert.equal(await section.locator('input[name="signOutOfOtherSessions"]').isChecked(), true);
    await section.locator('input[name="currentPassword"]').fill(password);
    await section.locator('button[type="submit"]').click();
    await section.locator('form').waitFor({ state: 'detached' });

    // The other device's next request (a reload) finds its session ended; this one is still signed in.
    await other.reload();
    await other.locator('latch-sign-in input[name="identifier"]').waitFor();
    assert.equal(await other.locator('latch-user-button .cl-userButtonTrigger').count(), 0);
    await closeProfileAndSignOut(page);
    await signInWithPassword(page, email, password);
    await page.locator('latch-sign-in .cl-formFieldErrorText__password').waitFor();
    await page.locator('latch-sign-in input[name="password"]').fill(newPassword);
    await page.locator('latch-sign-in button[type="submit"]').click();
    await signedIn(page);
    assert.deepEqual(await problems(), []);
  });

  it('adds a passkey on the Security page, signs in with it, then renames and removes it', async () => {
    const email = `pk-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Grace');
    const context = await e2e.newContext();
    const page = await signedInPage(context, email);
    const { problems } = watchPage(page);
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    await openSecurityPage(page);
    const section = profile(page).locator('.cl-profileSection__passkeys');
    await section.locator('.cl-profileSectionPrimaryButton__passkeys').click();
    // It failed once in CI (the item never showed, alone it passes): what the page saw is printed if it does again.
    await section
      .locator('.cl-profileSectionItem__passkeys')
      .waitFor()
      .catch(async (error: unknown) => {
        console.log('passkey e2e: problems', await problems(), 'section', await section.textContent());
        throw error;
      });
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);

    await closeProfileAndSignOut(page);
    await page.locator('latch-sign-in .cl-footerAction__usePasskey button').click();
    await signedIn(page);
    const strategy = await page.evaluate(
      () =>
        (window as unknown as { Latch: { client: { lastAuthenticationStrategy: string | null } } }).Latch.client
          .lastAuthenticationStrategy,
    );
    assert.equal(strategy, 'passkey');

    // Back on the Security page: the passkey shows it was used; rename it, then remove it after confirming.
    await openSecurityPage(page);
    const item = section.locator('.cl-profileSectionItem__passkeys');
    await item.locator('.cl-button__rename').click();
    await item.locator('input[name="passkeyName"]').fill('Work laptop');
    await item.locator('input[name="passkeyName"]').press('Enter');
    await item.filter({ hasText: 'Work laptop' }).locator('.cl-button__remove').waitFor();
    const user = e2e.server.context.users.findByEmail(email);
    assert.ok(user);
    assert.deepEqual(
      e2e.server.context.passkeys.listForUser(user.id).map((row) => row.name),
      ['Work laptop'],
    );
    await item.locator('.cl-button__remove').click();
    await item.locator('.cl-form__passkeyRemove button[type="submit"]').click();
    await item.waitFor({ state: 'detached' });
    assert.equal(e2e.server.context.passkeys.hasAny(user.id), false);
    assert.deepEqual(await problems(), []);
  });

  it('turns on an authenticator app, signs in with its code, then with a backup code', async () => {
    const email = `totp-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Katherine');
    const context = await e2e.newContext();
    const page = await signedInPage(context, email);
    const { problems } = watchPage(page);
    await openSecurityPage(page);

    const section = profile(page).locator('.cl-profileSection__mfa');
    await section.locator('.cl-profileSectionPrimaryButton__mfa').click();
    await section.locator('.cl-qrCodeContainer').waitFor();
    const secret = ((await section.locator('code.cl-formFieldInput__totpSecret').textContent()) ?? '').replace(
      /\s/g,
      '',
    );
    assert.match(secret, /^[A-Z2-7]+$/);
    const enrolledAt = Date.now();
    await section.locator('input[name="code"]').fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
    const codes = section.locator('.cl-profileSectionItem__backupCode');
    await codes.first().waitFor();
    const backupCodes = (await codes.allTextContents()).map((code) => code.trim());
    assert.ok(backupCodes.length >= 5, 'backup codes shown once');
    await section.locator('.cl-formButtonPrimary__backupCodesDone').click();
    await section.locator('.cl-profileSectionItem__totp').waitFor();

    // The app's code as the second step of the sign-in.
    await closeProfileAndSignOut(page);
    await signInWithPassword(page, email, password);
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('input[name="code"]').waitFor();
    await signIn.locator('input[name="code"]').fill(nextTotpCode(secret, enrolledAt));
    await signedIn(page);

    // A backup code instead, through "Use another method".
    await openUserMenuAndSignOut(page);
    await signInWithPassword(page, email, password);
    await signIn.locator('input[name="code"]').waitFor();
    await signIn.locator('.cl-formButtonReset').click();
    await signIn.locator('.cl-alternativeMethodsBlockButton__backup_code').click();
    await signIn.locator('input[name="backupCode"]').fill(backupCodes[0] ?? '');
    await signIn.locator('input[name="backupCode"]').press('Enter');
    await signedIn(page);
    assert.deepEqual(await problems(), []);
  });

  it('lists two devices and signs the other one out: its next request finds it signed out', async () => {
    const email = `dev-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Hedy');
    const laptop = await e2e.newContext();
    const phone = await e2e.newContext();
    const page = await signedInPage(laptop, email);
    const other = await signedInPage(phone, email);
    const { problems } = watchPage(page);
    await openSecurityPage(page);

    const devices = profile(page).locator('.cl-activeDeviceListItem');
    await devices.nth(1).waitFor();
    assert.equal(await devices.count(), 2);
    assert.equal(await profile(page).locator('.cl-badge__thisDevice').count(), 1);
    await profile(page).locator('.cl-button__signOutDevice').click();
    await devices.nth(1).waitFor({ state: 'detached' });
    assert.equal(await devices.count(), 1);

    // The other browser's next request (a reload) finds its session ended.
    await other.reload();
    await other.locator('latch-sign-in input[name="identifier"]').waitFor();
    assert.equal(await other.locator('latch-user-button .cl-userButtonTrigger').count(), 0);
    assert.deepEqual(await problems(), []);
  });

  it('asks to verify again before deleting the account, then deletes it', async () => {
    const email = `del-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Barbara');
    const context = await e2e.newContext();
    const page = await signedInPage(context, email);
    const { problems } = watchPage(page);
    const sessionId = await sessionIdOf(page);
    // The session's sign-in was 15 minutes ago, as far as the server is concerned (the limit is 10).
    await e2e.devCall('POST', `/sessions/${sessionId}/age`, { minutes: 15 });
    await openSecurityPage(page);

    const section = profile(page).locator('.cl-profileSection__danger');
    await section.locator('.cl-profileSectionPrimaryButton__danger').click();
    await section.locator('input[name="deleteConfirmation"]').fill('Delete account');
    await section.locator('button[type="submit"]').click();
    const prompt = profile(page).locator('dialog.cl-modalContent__reverification');
    await prompt.waitFor();
    // A wrong password is refused in the prompt; the account is still there.
    await prompt.locator('input[name="password"]').fill('not-my-password-at-all');
    await prompt.locator('button[type="submit"]').click();
    await prompt.locator('.cl-formFieldErrorText__reverificationPassword').waitFor();
    assert.equal(await section.locator('input[name="deleteConfirmation"]').inputValue(), 'Delete account');
    await prompt.locator('input[name="password"]').fill(password);
    await prompt.locator('button[type="submit"]').click();

    // The account is gone: the dialog closed, signed out, and its address no longer signs in.
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    await page.locator('latch-sign-in input[name="identifier"]').fill(email);
    await page.locator('latch-sign-in button[type="submit"]').click();
    await page.locator('latch-sign-in .cl-formFieldErrorText').first().waitFor();
    assert.deepEqual(await problems(), []);
  });

  it('with an authenticator app on, the prompt asks the password then the app code, or a backup code', async () => {
    const email = `mfa-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Margaret');
    const context = await e2e.newContext();
    const page = await signedInPage(context, email);
    const { problems } = watchPage(page);
    // The app and backup codes turned on after this sign-in, as another device of the user's would have done.
    const enrolled = (await e2e.devCall('POST', `/users/${encodeURIComponent(email)}/mfa`, {
      totp: true,
      backup_codes: true,
    })) as { totp: { secret: string }; backup_codes: string[] };
    await e2e.devCall('POST', `/sessions/${await sessionIdOf(page)}/age`, { minutes: 15 });
    // A reload, as the user coming back: the page learns of the new second factor.
    await page.reload();
    await signedIn(page);
    await openSecurityPage(page);
    const section = profile(page).locator('.cl-profileSection__mfa');
    const prompt = profile(page).locator('dialog.cl-modalContent__reverification');
    const promptInput = 'dialog.cl-modalContent__reverification input';

    // New backup codes: the password, then the app's code, all from the keyboard.
    await section.locator('.cl-button__regenerate').click();
    await prompt.waitFor();
    await focusOn(page, `${promptInput}[name="password"]`);
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await focusOn(page, `${promptInput}[name="code"][autocomplete="one-time-code"]`);
    // A wrong code is refused at its field; the prompt stays open.
    await page.keyboard.type('000000');
    await prompt.locator('.cl-formFieldErrorText__code').waitFor();
    await prompt.locator('input[name="code"]').fill('');
    await page.keyboard.type(TOTP.generate({ secret: Secret.fromBase32(enrolled.totp.secret) }));
    const codes = section.locator('.cl-profileSectionItem__backupCode');
    await codes.first().waitFor();
    await prompt.waitFor({ state: 'hidden' });
    const fresh = (await codes.allTextContents()).map((code) => code.trim());
    assert.ok(fresh.length >= 5, 'the new backup codes are shown');
    assert.ok(!fresh.includes(enrolled.backup_codes[0] ?? ''), 'the old codes were replaced');
    await section.locator('.cl-formButtonPrimary__backupCodesDone').click();

    // Turning the app off later: the password, then "use a backup code" instead of the app.
    await e2e.devCall('POST', `/sessions/${await sessionIdOf(page)}/age`, { minutes: 15 });
    await section.locator('.cl-button__remove').click();
    await section.locator('.cl-form__totpRemove button[type="submit"]').click();
    await prompt.waitFor();
    await focusOn(page, `${promptInput}[name="password"]`);
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await focusOn(page, `${promptInput}[name="code"]`);
    await page.keyboard.press('Tab');
    await focusOn(page, 'dialog.cl-modalContent__reverification .cl-formFieldAction__reverification');
    await page.keyboard.press('Enter');
    await focusOn(page, `${promptInput}[name="code"][autocomplete="off"]`);
    await page.keyboard.type(fresh[0] ?? '');
    await page.keyboard.press('Enter');
    await section.locator('.cl-profileSectionItem__totp').waitFor({ state: 'detached' });
    await prompt.waitFor({ state: 'hidden' });
    assert.deepEqual(await problems(), []);
  });
});
