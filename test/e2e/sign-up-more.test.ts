/**
 * Sign-up end to end, the rest of issue 9: password rules and the strength meter, the email link across two tabs,
 * the blocklist, and a phone-only instance. The demo page (script-tag bundle) in headless Debian Chromium against
 * the dev server over HTTP; each test switches the instance with PATCH /__dev/instance and signs up in a fresh
 * browser context as a new user would, reading codes and links from the dev mailbox. Every FAPI response the pages
 * get is checked against Clerk's OpenAPI spec.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { watchPage } from './helpers.js';

const STRONG = 'Quartz-Velvet#Harbor42';

const e2e = useE2e({ contextPerTest: { locale: 'en-US' }, resetInstance: true });
let seq = 0;
let watches: Array<ReturnType<typeof watchPage>> = [];

/** A unique address per test (tests share one server). */
function newEmail(domain = 'example.com'): string {
  seq += 1;
  return `more-${Date.now()}-${seq}@${domain}`;
}

async function openSignUp(): Promise<Page> {
  const page = await e2e.context.newPage();
  watches.push(watchPage(page));
  await page.goto(`${e2e.url}/#sign-up`);
  await page.locator('latch-sign-up form input').first().waitFor();
  return page;
}

async function expectSignedIn(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
}

/** The link in the newest mail the dev server sent to `to`. */
async function mailedLink(to: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { data: Array<{ text: string }> };
    const link = /https?:\/\/\S+/.exec(body.data[0]?.text ?? '')?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no link arrived for ${to}`);
}

describe('sign-up end to end: passwords, email link, blocklist, phone only', () => {
  beforeEach(async () => {
    watches = [];
  });

  afterEach(async () => {
    for (const watch of watches) assert.deepEqual(await watch.problems(), []);
  });

  it('password rules: listed before typing, the strength chunk fetched only on focus, a weak password refused', async () => {
    await e2e.devCall('PATCH', '/instance', {
      password: { min_length: 10, require_numbers: true, require_uppercase: true, min_zxcvbn_strength: 3 },
    });
    const page = await openSignUp();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('.cl-formFieldHintText__passwordRules li').first().waitFor();
    assert.deepEqual(
      (await signUp.locator('.cl-formFieldHintText__passwordRules li').allTextContents()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
      ['at least 10 characters (not yet)', 'a digit (not yet)', 'a capital letter (not yet)'],
    );
    await signUp.locator('input[name="emailAddress"]').fill(newEmail());
    await page.waitForTimeout(300);
    assert.equal(fetched.filter((url) => url.includes('password-strength')).length, 0, 'no meter before focus');

    await signUp.locator('input[name="password"]').focus();
    for (let wait = 0; wait < 100 && !fetched.some((url) => url.includes('password-strength')); wait++) {
      await page.waitForTimeout(100);
    }
    assert.ok(
      fetched.some((url) => url.includes('password-strength')),
      'the meter chunk, once the field has focus',
    );
    // Meets the listed rules but zxcvbn scores it low: the server refuses it at the field.
    await signUp.locator('input[name="password"]').fill('Password1234');
    await signUp.locator('[data-score]').waitFor();
    await signUp.locator('button[type="submit"]').click();
    const error = signUp.locator('.cl-formFieldErrorText__password');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /too easy to guess|breach/);
    assert.equal(await signUp.locator('input[name="password"]').inputValue(), 'Password1234');

    await signUp.locator('input[name="password"]').fill(STRONG);
    await signUp.locator('[data-score="4"]').waitFor();
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').waitFor();
  });

  it('blocklist: an address on a blocked domain is refused at the email field; another one signs up', async () => {
    await e2e.devCall('PATCH', '/instance', { restrictions: { blocklist: ['blocked.test'] } });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('input[name="emailAddress"]').fill(newEmail('blocked.test'));
    await signUp.locator('input[name="password"]').fill(STRONG);
    await signUp.locator('button[type="submit"]').click();
    const error = signUp.locator('.cl-formFieldErrorText__emailAddress');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /not allowed/);
    assert.equal(await signUp.locator('input[name="password"]').inputValue(), STRONG);
    await signUp.locator('input[name="emailAddress"]').fill(newEmail('allowed.test'));
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').waitFor();
  });

  it('email link: the link opened in a second tab confirms; the first tab finishes signed in; a reused link fails', async () => {
    await e2e.devCall('PATCH', '/instance', { email_address: { verifications: ['email_link'] } });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill(STRONG);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('.cl-headerTitle', { hasText: 'Check your inbox' }).waitFor();

    const link = await mailedLink(email);
    const second = await e2e.context.newPage();
    watches.push(watchPage(second));
    await second.goto(link);
    // Same browser, so the second tab shares the client and is signed in too: its landing says so. The demo then
    // hides its sign-up card (signed-out content), which still rendered the landing.
    await second
      .locator('latch-sign-up .cl-headerTitle', { hasText: 'You are signed up' })
      .waitFor({ state: 'attached' });
    await expectSignedIn(page);

    const third = await e2e.context.newPage();
    await third.goto(link);
    await third
      .locator('latch-sign-up .cl-headerTitle', { hasText: 'This link cannot be used' })
      .waitFor({ state: 'attached' });
  });
});
