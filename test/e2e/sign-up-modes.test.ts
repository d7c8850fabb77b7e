/**
 * Sign-up end to end: the demo page (script-tag bundle) in headless Debian Chromium against the dev server over
 * HTTP. Each test switches the instance with PATCH /__dev/instance and signs up in a fresh browser context as a
 * new user would, reading codes from the dev mailbox.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';

const PASSWORD = 'violet-harbor-lantern-42';

const e2e = useE2e({ contextPerTest: { locale: 'fr-FR' }, resetInstance: true });
let seq = 0;

async function codeFor(to: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { data: Array<{ code: string | null }> };
    if (body.data[0]?.code) return body.data[0].code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code arrived for ${to}`);
}

/** A unique address per test (tests share one server). */
function newEmail(): string {
  seq += 1;
  return `sign-up-${Date.now()}-${seq}@example.com`;
}

async function openSignUp(): Promise<Page> {
  const page = await e2e.context.newPage();
  page.on('pageerror', (error) => assert.fail(`pageerror: ${error.message}`));
  await page.goto(`${e2e.url}/#sign-up`);
  await page.locator('latch-sign-up input[name="emailAddress"]').waitFor();
  return page;
}

async function expectSignedIn(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
}

describe('sign-up end to end', () => {
  it('default preset: names optional, email code, signed in; the phone library is never fetched', async () => {
    const page = await openSignUp();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    const signUp = page.locator('latch-sign-up');
    const names = await signUp
      .locator('form input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    assert.deepEqual(names, ['firstName', 'lastName', 'emailAddress', 'password']);
    const email = newEmail();
    await signUp.locator('input[name="firstName"]').fill('Ada');
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill(PASSWORD);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await expectSignedIn(page);
    assert.equal(fetched.filter((url) => url.includes('phone-field')).length, 0);
  });

  it('everything on: username and phone required, the phone typed in the phone field, email code then SMS code', async () => {
    await e2e.devCall('PATCH', '/instance', {
      username: { enabled: true, required: true },
      phone_number: { enabled: true, required: true },
    });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    const picker = signUp.locator('select[name="phoneNumberCountryCode"]');
    await picker.waitFor();
    // The browser speaks French from France: the picker starts there.
    assert.equal(await picker.inputValue(), 'FR');
    const email = newEmail();
    const phone = `+3361234${String(1000 + seq).slice(-4)}`;
    await signUp.locator('input[name="username"]').fill(`ada_${seq}`);
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="phoneNumber"]').pressSequentially(`0${phone.slice(3)}`);
    assert.match(await signUp.locator('input[name="phoneNumber"]').inputValue(), /^06 12 34 \d\d \d\d$/);
    await signUp.locator('input[name="password"]').fill(PASSWORD);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await signUp.locator('.cl-formFieldHintText__code', { hasText: phone }).waitFor();
    await signUp.locator('input[name="code"]').fill(await codeFor(phone));
    await expectSignedIn(page);
  });

  it('refuses a username that breaks the rules, and a breached password, at their fields', async () => {
    await e2e.devCall('PATCH', '/instance', { username: { enabled: true, required: true } });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('input[name="username"]').fill('ab');
    await signUp.locator('input[name="emailAddress"]').fill(newEmail());
    await signUp.locator('input[name="password"]').fill('password123');
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('.cl-formFieldErrorText__username').waitFor();
    await signUp.locator('input[name="username"]').fill(`ada_${seq}`);
    await signUp.locator('button[type="submit"]').click();
    // The breached-password refusal itself (form_password_pwned's wording), not just any password error.
    await signUp.locator('.cl-formFieldErrorText__password', { hasText: 'known data breach' }).waitFor();
    assert.equal(await signUp.locator('input[name="username"]').inputValue(), `ada_${seq}`);
  });

  it('legal consent required: refused unchecked at the checkbox, then accepted and signed up', async () => {
    await e2e.devCall('PATCH', '/instance', { legal_consent_enabled: true });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill(PASSWORD);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('.cl-formFieldErrorText__legalAccepted').waitFor();
    assert.match((await signUp.locator('.cl-footerPagesLink__termsOfService').getAttribute('href')) ?? '', /#\/terms$/);
    await signUp.locator('input[name="legalAccepted"]').check();
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await expectSignedIn(page);
  });

  it('restricted without a ticket: the restricted message, no form', async () => {
    await e2e.devCall('PATCH', '/instance', { sign_up_mode: 'restricted' });
    const page = await e2e.context.newPage();
    await page.goto(`${e2e.url}/#sign-up`);
    await page.locator('latch-sign-up .cl-headerTitle').waitFor();
    assert.equal(await page.locator('latch-sign-up form').count(), 0);
  });

  it('waitlist mode: the card is a link to the waitlist', async () => {
    await e2e.devCall('PATCH', '/instance', { sign_up_mode: 'waitlist' });
    const page = await e2e.context.newPage();
    await page.goto(`${e2e.url}/#sign-up`);
    const link = page.locator('latch-sign-up a.cl-formButtonPrimary');
    await link.waitFor();
    assert.match((await link.getAttribute('href')) ?? '', /\/waitlist$/);
    assert.equal(await page.locator('latch-sign-up form').count(), 0);
  });
});
