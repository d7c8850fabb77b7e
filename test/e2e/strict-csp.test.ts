/**
 * End to end under the strictest policy a page can set: the demo served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'` as an HTTP header.
 * Every flow of the demo is driven through it, and the page must report no `securitypolicyviolation` event, no
 * console error and no uncaught error, counted from the first byte.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { openUserMenuAndSignOut, signInWithPassword, watchPage } from './helpers.js';

const e2e = useE2e();

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

let context: BrowserContext;
const email = `strict-${Date.now()}@example.com`;
const password = 'quiet-meadow-compass-71';

/** Installed before any page script: records every CSP violation the document reports. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/**
 * Chromium logs every 4xx answer as "Failed to load resource". From the Frontend API a 4xx is how a form error
 * (a wrong password: 422) arrives, so those lines are the protocol, not a fault of the page.
 */
function isFapiClientError(text: string, url: string): boolean {
  return (
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(text) && url.includes('/__clerk/v1/')
  );
}

/** A page of the strict context, watched from the first byte: violations, console errors, uncaught errors. */
async function strictPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await context.newPage();
  const watch = watchPage(page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' || isFapiClientError(message.text(), message.location().url)) return;
    consoleErrors.push(`console.error: ${message.text()}`);
  });
  return {
    page,
    problems: async () => {
      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      return [...violations.map((v) => `securitypolicyviolation: ${v}`), ...consoleErrors, ...(await watch.problems())];
    },
  };
}

async function signUp(page: Page): Promise<void> {
  const form = page.locator('latch-sign-up');
  await form.locator('input[name="emailAddress"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  const code = form.locator('input[name="code"]');
  await code.waitFor();
  await code.fill(await e2e.latestCode(email));
  await page.locator('[data-demo="email"]', { hasText: email }).waitFor();
}

describe('the demo under a strict CSP with Trusted Types', () => {
  before(async () => {
    context = await e2e.newContext();
    await context.addInitScript(recordViolations);
    // The demo's documents arrive with exactly the policy under test, as a response header.
    await context.route(`${e2e.url}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
  });

  it('enforces the policy (the probe shows the collector sees a violation)', async () => {
    const { page } = await strictPage();
    await page.goto(e2e.url);
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>untrusted</b>';
        return 'accepted';
      } catch {
        return 'refused';
      }
    });
    assert.equal(sink, 'refused', 'Trusted Types must refuse a plain string in innerHTML');
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.equal(violations.length, 1, `only the probe's own violation: ${violations.join('; ')}`);
    assert.match(violations[0]!, /require-trusted-types-for/);
    await page.close();
  });

  it('signs up with the mailed code, signs out, signs in with the password, and survives a reload', async () => {
    const { page, problems } = await strictPage();
    await page.goto(e2e.url);
    await signUp(page);
    await openUserMenuAndSignOut(page);
    await signInWithPassword(page, email, password);
    await page.locator('[data-demo="email"]', { hasText: email }).waitFor();
    await page.reload();
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    await openUserMenuAndSignOut(page);
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('shows the wrong-password error', async () => {
    const { page, problems } = await strictPage();
    await page.goto(e2e.url);
    await signInWithPassword(page, email, 'not-the-password');
    await page.locator('latch-sign-in .cl-formFieldErrorText__password').waitFor();
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('signs in with an emailed code instead of the password', async () => {
    const { page, problems } = await strictPage();
    await page.goto(e2e.url);
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('input[name="identifier"]').fill(email);
    await signIn.locator('button[type="submit"]').click();
    await signIn.locator('input[name="password"]').waitFor();
    const before = await e2e.latestCode(email);
    await signIn.locator('.cl-formButtonReset').click();
    await signIn.locator('.cl-alternativeMethodsBlockButton__email_code').click();
    const code = signIn.locator('input[name="code"]');
    await code.waitFor();
    let fresh = before;
    for (let attempt = 0; attempt < 50 && fresh === before; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await e2e.latestCode(email);
    }
    await code.fill(fresh);
    await page.locator('[data-demo="email"]', { hasText: email }).waitFor();
    await openUserMenuAndSignOut(page);
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it("switches theme and language live from the demo's pickers", async () => {
    const { page, problems } = await strictPage();
    await page.goto(e2e.url);
    const title = page.locator('latch-sign-in .cl-headerTitle');
    await title.waitFor();
    const english = await title.textContent();
    for (const theme of ['dark', 'shadesOfPurple', 'neobrutalism', 'simple', '']) {
      await page.locator('[data-demo="theme"]').selectOption(theme);
    }
    await page.locator('[data-demo="locale"]').selectOption('fr-FR');
    await page.waitForFunction(
      (before) => document.querySelector('latch-sign-in .cl-headerTitle')?.textContent !== before,
      english,
    );
    await page.locator('[data-demo="locale"]').selectOption('');
    await page.waitForFunction(
      (before) => document.querySelector('latch-sign-in .cl-headerTitle')?.textContent === before,
      english,
    );
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
