/** What the end-to-end tests share: a page watcher, the dev mailbox, and the sign-in/sign-out moves. */
import type { Page } from 'playwright-core';
import { OpenApiValidator } from '../../server/test/openapi-validator.js';

const spec = new OpenApiValidator();

/**
 * Watches a page for what must never happen: a CSP violation, an uncaught error, or a dev-server response that
 * does not match Clerk's OpenAPI spec for its operation (every FAPI exchange of the page is checked). Call the
 * returned function at the end of the test: it waits for the checks and resolves to the problems found.
 */
export function watchPage(page: Page): { problems: () => Promise<string[]>; checked: () => number } {
  const problems: string[] = [];
  const checks: Promise<void>[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(text)) problems.push(`csp: ${text}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    const at = url.pathname.indexOf('/__clerk/v1/');
    if (at < 0 || response.request().method() === 'OPTIONS') return;
    // Non-GET/POST methods travel as POST + `_method`; the spec describes the real method.
    const method = url.searchParams.get('_method') ?? response.request().method();
    const path = url.pathname.slice(at + '/__clerk'.length);
    checks.push(
      response.text().then(
        (text) => {
          problems.push(...spec.problems(method, path, response.status(), text ? JSON.parse(text) : null));
        },
        () => {}, // the page navigated away before the body arrived: nothing to check
      ),
    );
  });
  return {
    problems: async () => {
      await Promise.all(checks);
      return problems;
    },
    checked: () => checks.length,
  };
}

/** The newest verification code the dev server sent to `to`, read from the dev mailbox's JSON. */
export async function latestCode(serverUrl: string, to: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${serverUrl}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { data: Array<{ code?: string | null }> };
    const code = body.data[0]?.code;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code arrived for ${to}`);
}

/** Signs in through the page's `<latch-sign-in>`: address, Continue, then the given password, Continue. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  const signIn = page.locator('latch-sign-in');
  await signIn.locator('input[name="identifier"]').fill(email);
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('input[name="password"]').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

export async function openUserMenuAndSignOut(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').click();
  await page.locator('.cl-userButtonPopoverActionButton__signOut').click();
  await page.locator('latch-sign-in input[name="identifier"]').waitFor();
}
