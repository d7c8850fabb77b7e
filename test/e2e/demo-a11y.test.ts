/**
 * The demo's pages as a whole, checked by axe (WCAG 2 A and AA, and axe's best practices) in Chromium against the
 * dev server: the component tests and stories check each element alone, but only a page shows what elements do
 * to each other (two cards' landmarks, headings, ids) and to the page around them. Signed out and signed in, in
 * the light theme in English and in the dark theme in French, right to left.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, signInWithPassword } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const password = 'quartz-meadow-lantern-58';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe's violations on the page as it stands, one line per rule with the first nodes it names. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the demo's Content-Security-Policy does not apply to it.
  await page.evaluate(axeSource);
  const found = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as Violation[];
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  assert.deepEqual(await violations(page), [], `axe on ${where} (${page.url()})`);
}

const e2e = useE2e({ instance: { organization_settings: { enabled: true } }, contextPerTest: true });

describe('the demo pages pass axe', () => {
  it('signed out: both cards, the sign-in steps, the waitlist, the buttons and the sign-in dialog', async () => {
    const page = await e2e.context.newPage();
    await page.goto(e2e.url);
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    await page.locator('latch-sign-up input[name="emailAddress"]').waitFor();
    await expectAccessible(page, 'the home page with both cards');

    await page.locator('latch-sign-in input[name="identifier"]').fill('nobody@example.com');
    await page.locator('latch-sign-in button[type="submit"]').click();
    await page.locator('latch-sign-in .cl-formFieldErrorText, latch-sign-in .cl-alert').first().waitFor();
    await expectAccessible(page, 'a sign-in error');

    await page.goto(`${e2e.url}/waitlist`);
    await page.locator('latch-waitlist input[name="emailAddress"]').waitFor();
    await expectAccessible(page, 'the waitlist');

    await page.goto(`${e2e.url}/buttons`);
    await page.locator('latch-sign-in-button button').first().waitFor();
    await expectAccessible(page, 'the buttons page');
    await page.locator('latch-sign-in-button[mode="modal"] button').first().click();
    await page.locator('latch-modal latch-sign-in input[name="identifier"]').waitFor();
    await expectAccessible(page, 'the sign-in dialog');
  });

  it('signed in: the home page, the user menu, the account page and the organization pages', async () => {
    const email = `axe-${Date.now()}@example.com`;
    await createVerifiedUser(e2e.server, email, password, 'Ada');
    const page = await e2e.context.newPage();
    await page.goto(`${e2e.url}/sign-in`);
    await signInWithPassword(page, email, password);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(e2e.url);
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    await expectAccessible(page, 'the signed-in home page');

    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    await page.locator('.cl-userButtonPopoverCard').waitFor();
    await expectAccessible(page, 'the open user menu');
    await page.keyboard.press('Escape');

    await page.goto(`${e2e.url}/account`);
    await page.locator('latch-user-profile .cl-profileSection__profile').waitFor();
    await expectAccessible(page, 'the account page');

    await page.goto(`${e2e.url}/organizations`);
    await page.locator('latch-create-org input[name="name"]').waitFor();
    await expectAccessible(page, 'the organizations page with no organization');
  });

  it('dark theme, French, right to left: the home page signed out', async () => {
    await e2e.context.addInitScript(() =>
      localStorage.setItem('latch-demo-look', JSON.stringify({ theme: 'dark', locale: 'fr-FR', dir: 'rtl' })),
    );
    const page = await e2e.context.newPage();
    await page.goto(e2e.url);
    await page.locator('latch-sign-in button[type="submit"]', { hasText: 'Continuer' }).waitFor();
    await page.locator('latch-sign-up .cl-rootBox[dir="rtl"]').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.demoScheme === 'dark');
    await expectAccessible(page, 'the dark, French, right-to-left home page');
  });
});
