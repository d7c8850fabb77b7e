/**
 * End to end, one strategy per test: the demo page (script-tag bundle) in headless Debian Chromium against the
 * dev server over HTTP. Each test switches the instance with PATCH /__dev/instance, seeds its user through the
 * dev route, and signs in in a fresh browser context as a user would, reading codes and links from the mailbox.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { openDemo as openDemoIn } from './helpers.js';

const PASSWORD = 'violet-harbor-lantern-42';

const e2e = useE2e({ contextPerTest: true, resetInstance: true });
let seq = 0;

/** A fresh user with the given identifiers (unique per test, so tests share one server). */
async function seedUser(extra: { username?: string; phone_number?: string; password?: string | null } = {}) {
  seq += 1;
  const email = `strategies-${Date.now()}-${seq}@example.com`;
  const password = extra.password === null ? undefined : (extra.password ?? PASSWORD);
  await e2e.devCall('POST', '/users', { email_address: email, ...extra, password });
  return email;
}

async function mailTo(to: string): Promise<{ code: string | null; text: string }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { data: Array<{ code: string | null; text: string }> };
    if (body.data[0]) return body.data[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing arrived for ${to}`);
}

async function codeFor(to: string): Promise<string> {
  const { code } = await mailTo(to);
  assert.ok(code, `a code for ${to}`);
  return code;
}

const openDemo = (): Promise<Page> => openDemoIn(e2e.context, e2e.url);

async function submitIdentifier(page: Page, identifier: string): Promise<void> {
  const signIn = page.locator('latch-sign-in');
  await signIn.locator('input[name="identifier"]').fill(identifier);
  await signIn.locator('button[type="submit"]').click();
}

async function expectSignedIn(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
}

describe('sign-in strategies end to end', () => {
  it('username + password', async () => {
    await e2e.devCall('PATCH', '/instance', { username: { enabled: true } });
    await seedUser({ username: `ada${seq + 1}` });
    const page = await openDemo();
    assert.equal(await page.locator('latch-sign-in label[for$="-identifier"]').textContent(), 'Email or username');
    await submitIdentifier(page, `ADA${seq}`);
    await page.locator('latch-sign-in input[name="password"]').fill(PASSWORD);
    await page.locator('latch-sign-in button[type="submit"]').click();
    await expectSignedIn(page);
  });

  it('phone code: "Use phone", the number, the SMS code from the mailbox', async () => {
    await e2e.devCall('PATCH', '/instance', { phone_number: { enabled: true } });
    const phone = `+3361234${String(1000 + seq).slice(-4)}`;
    await seedUser({ phone_number: phone, password: null });
    const page = await openDemo();
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('.cl-formFieldAction__identifier').click();
    assert.equal(await signIn.locator('input[name="identifier"]').getAttribute('type'), 'tel');
    await submitIdentifier(page, `${phone.slice(0, 3)} ${phone.slice(3, 4)} ${phone.slice(4)}`);
    await signIn.locator('input[name="code"]').waitFor();
    await signIn.locator('.cl-headerTitle', { hasText: 'Look at your phone' }).waitFor();
    await signIn.locator('input[name="code"]').fill(await codeFor(phone));
    await expectSignedIn(page);
  });

  it('email code', async () => {
    const email = await seedUser({ password: null });
    const page = await openDemo();
    await submitIdentifier(page, email);
    const code = page.locator('latch-sign-in input[name="code"]');
    await code.waitFor();
    await code.fill(await codeFor(email));
    await expectSignedIn(page);
  });

  it('email link: opened in a second tab, the first tab finishes by itself', async () => {
    await e2e.devCall('PATCH', '/instance', { email_address: { first_factors: ['email_link'] } });
    const email = await seedUser({ password: null });
    const page = await openDemo();
    await submitIdentifier(page, email);
    await page.locator('latch-sign-in .cl-headerTitle', { hasText: 'Open the link in your inbox' }).waitFor();

    const { text } = await mailTo(email);
    const link = /https?:\/\/\S+/.exec(text)?.[0];
    assert.ok(link, 'the email carries a link');
    const second = await e2e.context.newPage();
    await second.goto(link);
    assert.equal(new URL(second.url()).searchParams.get('__clerk_status'), 'verified');

    await expectSignedIn(page);
    // A second opening of the same link says it does not work any more.
    const third = await e2e.newPage();
    await third.goto(link);
    assert.equal(new URL(third.url()).searchParams.get('__clerk_status'), 'failed');
    await third.locator('latch-sign-in .cl-headerTitle', { hasText: 'This link does not work' }).waitFor();
    await third.close();
  });

  it('forgot password → reset code → new password → signed in', async () => {
    const email = await seedUser();
    const page = await openDemo();
    const signIn = page.locator('latch-sign-in');
    await submitIdentifier(page, email);
    await signIn.locator('.cl-formFieldAction__password').click();
    await signIn.locator('.cl-headerTitle', { hasText: 'Choose a new password' }).waitFor();
    await signIn.locator('input[name="code"]').fill(await codeFor(email));

    await signIn.locator('input[name="new-password"]').fill('password123');
    await signIn.locator('input[name="confirm-password"]').fill('password123');
    await signIn.locator('button[type="submit"]').click();
    await signIn.locator('.cl-formFieldErrorText', { hasText: 'data breach' }).waitFor();

    await signIn.locator('input[name="new-password"]').fill('a brand new lantern 7');
    await signIn.locator('input[name="confirm-password"]').fill('a brand new lantern 7');
    assert.equal(await signIn.locator('input[name="sign-out-of-other-sessions"]').isChecked(), true);
    await signIn.locator('button[type="submit"]').click();
    await expectSignedIn(page);
  });
});
