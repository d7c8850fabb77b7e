/**
 * What the sign-up end-to-end files share: the check that a page is signed in, the watch that fails a test whose
 * pages had a problem, and reading the dev mailbox.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import type { Page } from 'playwright-core';
import { watchPage } from './helpers.js';

/** The demo shows its user button once the page is signed in. */
export async function expectSignedIn(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
}

/**
 * Registers hooks: each page handed to the returned function must end its test with no problem (page errors,
 * CSP violations, Frontend API responses off the spec; see watchPage). Call it inside the file's `describe`: its
 * afterEach must run before useE2e's, which closes the test's browser contexts (the checks read response bodies).
 */
export function watchedPages(): (page: Page) => Page {
  let watches: Array<ReturnType<typeof watchPage>> = [];
  beforeEach(() => {
    watches = [];
  });
  afterEach(async () => {
    for (const watch of watches) assert.deepEqual(await watch.problems(), []);
  });
  return (page) => {
    watches.push(watchPage(page));
    return page;
  };
}

export interface Mail {
  text: string;
  code?: string | null;
}

/** The mails the dev server at `serverUrl` sent to `to`, newest first, once there are at least `count`. */
export async function mailsTo(serverUrl: string, to: string, count = 1): Promise<Mail[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const res = await fetch(`${serverUrl}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const { data } = (await res.json()) as { data: Mail[] };
    if (data.length >= count) return data;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fewer than ${count} mails arrived for ${to}`);
}

/** The link a mail carries. */
export function linkIn(mail: Mail | undefined): string {
  const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0];
  assert.ok(link, 'a link in the mail');
  return link;
}

/**
 * On an instance that verifies by email link: the address and password sent from the page's sign-up, which then
 * waits on its "Check your inbox" step.
 */
export async function submitForEmailLink(page: Page, email: string, password: string): Promise<void> {
  const signUp = page.locator('latch-sign-up');
  await signUp.locator('input[name="emailAddress"]').fill(email);
  await signUp.locator('input[name="password"]').fill(password);
  await signUp.locator('button[type="submit"]').click();
  await signUp.locator('.cl-headerTitle', { hasText: 'Check your inbox' }).waitFor();
}
