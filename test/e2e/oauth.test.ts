/**
 * OAuth end to end: the demo page (script-tag bundle) in headless Debian Chromium against the dev server over
 * HTTP, through the dev server's mock provider, as a new user would: the social button, the provider's page,
 * back to the app. One server and one browser; each test gets a fresh browser context.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { openDemo as openDemoIn, scriptTag, servePlainPage } from './helpers.js';

let seq = 0;

/** On the mock provider's page: a new test account with a provider-verified email. */
async function newProviderAccount(page: Page, email: string, firstName: string): Promise<void> {
  await page.locator('h1', { hasText: /^Sign in with / }).waitFor();
  await page.locator('input[name="email_address"]').fill(email);
  await page.locator('input[name="first_name"]').fill(firstName);
  await page.locator('button', { hasText: 'Create and continue' }).click();
}

async function expectSignedIn(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
}

const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++seq}@example.com`;

describe('OAuth end to end', () => {
  const e2e = useE2e({ contextPerTest: true, resetInstance: true });
  const openDemo = (context = e2e.context): Promise<Page> => openDemoIn(context, e2e.url);

  beforeEach(async () => {
    await e2e.devCall('PATCH', '/instance', { social: { oauth_google: true, oauth_github: true } });
  });

  it('a new account via Google: the sign-in transfers to a sign-up, which completes: signed in', async () => {
    const page = await openDemo();
    const google = page.locator('latch-sign-in .cl-socialButtonsBlockButton__google');
    assert.equal((await google.textContent())?.trim(), 'Use Google');
    await google.click();
    await newProviderAccount(page, uniqueEmail('grace'), 'Grace');
    await expectSignedIn(page);
    await page.waitForFunction(
      () => (window as unknown as { Latch?: { user?: { firstName: string } } }).Latch?.user?.firstName === 'Grace',
    );
  });

  it('an existing account: picked on the provider page, signed in at once', async () => {
    const email = uniqueEmail('linus');
    const first = await openDemo();
    await first.locator('latch-sign-in .cl-socialButtonsBlockButton__github').click();
    await newProviderAccount(first, email, 'Linus');
    await expectSignedIn(first);

    // Another browser: nothing of the first sign-in is left but the account.
    await e2e.context.close();
    const page = await openDemo(await e2e.newContext());
    await page.locator('latch-sign-in .cl-socialButtonsBlockButton__github').click();
    await page.locator('button.identity', { hasText: email }).click();
    await expectSignedIn(page);
  });

  it('the keyboard reaches the social buttons, and "cancel" on the provider page returns with an error', async () => {
    const page = await openDemo();
    await page.locator('latch-sign-in .cl-socialButtonsBlockButton__google').focus();
    await page.keyboard.press('Enter');
    // Back on the demo page both cards see the `sso-callback` step. Hold the sign-in card's code back so the
    // sign-up card renders first (the race that once left the sign-in card on "Loading…"): the card that went
    // to the provider still handles the return, and the other one leaves the step with it.
    await page.route(/\/chunks\/latch-sign-in-[^/]*\.js$/, async (route) => {
      await page.locator('latch-sign-up .cl-rootBox').waitFor();
      await route.continue();
    });
    await page.locator('button', { hasText: 'Cancel and go back' }).click();
    await page.locator('latch-sign-in .cl-alert', { hasText: 'did not confirm' }).waitFor();
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    await page.locator('latch-sign-up input[name="emailAddress"]').waitFor();
    assert.equal(await page.locator('latch-sign-up .cl-alert').count(), 0);
  });

  it('<latch-authenticate-with-redirect-callback> on its own page finishes the flow', async () => {
    // One HTML for every path of a plain site; /sso-callback holds the callback element, /done the result.
    const site = await servePlainPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey)}
      <script type="module">
        if (location.pathname === '/sso-callback') {
          document.body.insertAdjacentHTML('beforeend',
            '<latch-authenticate-with-redirect-callback sign-up-force-redirect-url="/done"><p>Signing you in…</p></latch-authenticate-with-redirect-callback>');
        }
      </script></head>
      <body><latch-signed-in><p id="who">signed in</p></latch-signed-in></body></html>`);
    try {
      const page = await e2e.context.newPage();
      page.on('pageerror', (error) => assert.fail(`pageerror: ${error.message}`));
      await page.goto(site.url);
      await page.waitForFunction(() => (window as unknown as { Latch?: { loaded: boolean } }).Latch?.loaded === true);
      // The headless API, as a custom flow would call it.
      void page.evaluate(() =>
        (
          window as unknown as {
            Latch: { client: { signIn: { authenticateWithRedirect(p: object): Promise<void> } } };
          }
        ).Latch.client.signIn.authenticateWithRedirect({
          strategy: 'oauth_google',
          redirectUrl: '/sso-callback',
          redirectUrlComplete: '/done',
        }),
      );
      await newProviderAccount(page, uniqueEmail('ada'), 'Ada');
      await page.waitForURL(/\/done$/);
      await page.locator('#who').waitFor();
    } finally {
      await site.close();
    }
  });
});
