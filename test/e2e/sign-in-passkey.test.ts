/**
 * End to end: passkeys on the demo page (script-tag bundle) in Debian Chromium against the dev server over
 * HTTP, with a CDP virtual authenticator (CTAP2, built in, resident keys, user verification) standing in for
 * the device. A signed-in user registers a passkey through the headless API (`Latch.user.createPasskey()`,
 * i.e. POST /v1/me/passkeys then attempt_verification), signs out, signs in with the card's button, signs out,
 * and signs in again by picking the passkey from the identifier field's autofill (conditional mediation).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import {
  addVirtualAuthenticator,
  createVerifiedUser,
  openUserMenuAndSignOut,
  signInWithPassword,
  watchPage,
} from './helpers.js';

const e2e = useE2e({ instance: { passkey: { enabled: true, allow_autofill: true, show_sign_in_button: true } } });

const password = 'amber-quarry-willow-17';

const createUser = (email: string) => createVerifiedUser(e2e.server, email, password, 'Grace');

const signedIn = (page: Page) => page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

/** Switches the identifier field's passkey autofill on or off for the instance (the next page load sees it). */
async function setAutofill(on: boolean): Promise<void> {
  const res = await fetch(`${e2e.url}/__dev/instance`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ passkey: { allow_autofill: on } }),
  });
  assert.equal(res.status, 200);
}

describe('passkeys (e2e)', () => {
  it('registers a passkey, then signs in with the button and again through autofill', async () => {
    const email = `passkey-${Date.now()}@example.com`;
    await createUser(email);
    const page = await e2e.newPage();
    const { problems } = watchPage(page);
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    // The virtual authenticator answers a conditional request at once (no user to pick): autofill stays off
    // until its own part of the test, or it would sign in before the button is clicked.
    await setAutofill(false);
    await page.goto(e2e.url);

    // Signed in with the password, the page registers a passkey through the headless resource API.
    assert.equal(
      await page.locator('latch-sign-in input[name="identifier"]').getAttribute('autocomplete'),
      'username webauthn',
    );
    await signInWithPassword(page, email, password);
    await signedIn(page);
    const registered = await page.evaluate(async () => {
      const latch = (window as unknown as { Latch: import('../../src/core/latch.js').Latch }).Latch;
      const passkey = await latch.user!.createPasskey();
      return { id: passkey.id, status: passkey.verification?.status, listed: latch.user!.passkeys.length };
    });
    assert.equal(registered.status, 'verified');
    assert.equal(registered.listed, 1);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0]?.isResidentCredential, true);
    assert.equal(credentials[0]?.rpId, 'localhost');

    // Signed out, the card's button signs in with it: no identifier typed.
    await openUserMenuAndSignOut(page);
    const button = page.locator('latch-sign-in .cl-footerAction__usePasskey button');
    assert.equal((await button.textContent())?.trim(), 'Sign in with a passkey');
    await button.click();
    await signedIn(page);
    const afterButton = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.ok((afterButton.credentials[0]?.signCount ?? 0) > (credentials[0]?.signCount ?? 0), 'counter moved');

    // Signed out, the address first: the account's "Use your passkey" step, and Continue opens the prompt.
    await openUserMenuAndSignOut(page);
    await page.locator('latch-sign-in input[name="identifier"]').fill(email);
    await page.locator('latch-sign-in button[type="submit"]').click();
    await page.locator('latch-sign-in .cl-headerTitle', { hasText: 'Use your passkey' }).waitFor();
    await page.locator('latch-sign-in .cl-formButtonPrimary').click();
    await signedIn(page);

    // Signed out again, with autofill on, the identifier field offers the passkey (conditional mediation): the
    // virtual authenticator picks it as the user would, and that signs in.
    await openUserMenuAndSignOut(page);
    await setAutofill(true);
    const conditional = page.waitForRequest(
      (request) =>
        request.url().includes('/v1/client/sign_ins') && request.postData()?.includes('strategy=passkey') === true,
    );
    await page.reload();
    await conditional;
    await signedIn(page);
    const lastStrategy = await page.evaluate(
      () =>
        (window as unknown as { Latch: { client: { lastAuthenticationStrategy: string | null } } }).Latch.client
          .lastAuthenticationStrategy,
    );
    assert.equal(lastStrategy, 'passkey');

    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
