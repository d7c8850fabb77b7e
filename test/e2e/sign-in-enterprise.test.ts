/**
 * Enterprise SSO end to end: the demo page (script-tag bundle) in headless Debian Chromium against the dev server
 * over HTTP. The instance maps `acme.test` to its enterprise connection (the mock provider's `enterprise` page); a
 * user types an address of that domain, goes to the identity provider, and comes back signed in, or signed up.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, openDemo as openDemoIn } from './helpers.js';

const e2e = useE2e({ contextPerTest: true, resetInstance: true });
let seq = 0;

const acmeEmail = (prefix: string) => `${prefix}-${Date.now()}-${++seq}@acme.test`;

const openDemo = (): Promise<Page> => openDemoIn(e2e.context, e2e.url);

/** The start step, by keyboard: the address, then Enter. */
async function typeIdentifier(page: Page, email: string): Promise<void> {
  await page.locator('latch-sign-in input[name="identifier"]').fill(email);
  await page.keyboard.press('Enter');
}

async function expectSignedIn(page: Page, firstName: string): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
  await page.waitForFunction(
    (name) => (window as unknown as { Latch?: { user?: { firstName: string } } }).Latch?.user?.firstName === name,
    firstName,
  );
}

describe('Enterprise SSO end to end', () => {
  beforeEach(async () => {
    await e2e.devCall('PATCH', '/instance', { enterprise_sso: { enabled: true, domains: ['acme.test'] } });
  });

  it('a new user: the address, the identity provider (prefilled), back: signed up and signed in', async () => {
    const email = acmeEmail('jane');
    const page = await openDemo();
    await typeIdentifier(page, email);
    await page.locator('h1', { hasText: 'Sign in with your organization' }).waitFor();
    assert.equal(await page.locator('input[name="email_address"]').inputValue(), email, 'login_hint prefills it');
    await page.locator('input[name="first_name"]').fill('Jane');
    await page.locator('button', { hasText: 'Create and continue' }).click();
    await expectSignedIn(page, 'Jane');
    const address = await page.evaluate(
      () =>
        (window as unknown as { Latch: { user: { primaryEmailAddress: { emailAddress: string } } } }).Latch.user
          .primaryEmailAddress.emailAddress,
    );
    assert.equal(address, email);
  });

  it('an existing user with a password is sent to the identity provider, never asked for the password', async () => {
    const email = acmeEmail('ada');
    await createVerifiedUser(e2e.server, email, 'correct horse battery', 'Ada');
    const page = await openDemo();
    await typeIdentifier(page, email);
    await page.locator('h1', { hasText: 'Sign in with your organization' }).waitFor();
    await page.locator('input[name="first_name"]').fill('Ada');
    await page.locator('button', { hasText: 'Create and continue' }).click();
    await expectSignedIn(page, 'Ada');
  });

  it('an identity of another domain at the provider comes back with an error, on the start step', async () => {
    const page = await openDemo();
    await typeIdentifier(page, acmeEmail('eve'));
    await page.locator('h1', { hasText: 'Sign in with your organization' }).waitFor();
    await page.locator('input[name="email_address"]').fill(`eve-${Date.now()}@elsewhere.test`);
    await page.locator('button', { hasText: 'Create and continue' }).click();
    // The provider's refusal (external_account_not_verified) or the failed verification it leaves
    // (verification_failed): both are this error. Once in CI the first wording never came; the card's text is
    // printed if it happens again.
    await page
      .locator('latch-sign-in .cl-alert', { hasText: /did not confirm|could not confirm/ })
      .waitFor()
      .catch(async (error: unknown) => {
        console.log(
          'enterprise e2e: card was',
          ((await page.locator('latch-sign-in').textContent()) ?? '').replace(/\s+/g, ' '),
        );
        throw error;
      });
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
  });
});
