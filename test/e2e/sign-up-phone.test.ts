/**
 * Sign-up end to end, issue 9's remaining acceptance lines: a phone-only instance (the SMS code from the dev
 * mailbox), the continue step after OAuth (the mock provider gives no username, the instance requires one),
 * restricted mode with an invitation ticket, and the demo presets' field combinations picked from the demo's own
 * Instance menu. The demo page (script-tag bundle) in headless Debian Chromium against the dev server over HTTP,
 * one server and one browser, a fresh browser context per test; every FAPI response is checked against the spec.
 * Also: dist/latch.full.js fetches the strength meter's estimator beside itself, on the password's first focus.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { scriptTag, servePlainPage } from './helpers.js';
import { expectSignedIn, watchedPages } from './sign-up-support.js';

const PASSWORD = 'violet-harbor-lantern-42';

const e2e = useE2e({ contextPerTest: { locale: 'fr-FR' }, resetInstance: true });
let seq = 0;
/** Set in the describe, so its checks run before the fixture closes the test's browser contexts. */
let watch: ReturnType<typeof watchedPages>;

const codeFor = (to: string) => e2e.latestCode(to);

/** A unique address and French mobile number per test (tests share one server). */
function newEmail(): string {
  seq += 1;
  return `phone-${Date.now()}-${seq}@example.com`;
}
function newPhone(): string {
  seq += 1;
  return `+3361234${String(1000 + (Date.now() % 9000) + seq).slice(-4)}`;
}

const newPage = async (): Promise<Page> => watch(await e2e.context.newPage());

async function openSignUp(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${e2e.url}/#sign-up`);
  await page.locator('latch-sign-up form input').first().waitFor();
  return page;
}

/** Picks a preset in the demo footer's Instance menu, as a developer trying the demo would; the page reloads. */
async function pickPreset(page: Page, preset: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.locator('[data-demo="preset"]').selectOption(preset)]);
  await page.locator('latch-sign-up form input').first().waitFor();
}

async function fieldNames(page: Page): Promise<string[]> {
  return page
    .locator('latch-sign-up form input:not([type="hidden"])')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
}

describe('sign-up end to end: phone only, OAuth continue, restricted with a ticket, demo presets', () => {
  watch = watchedPages();

  it('phone only (demo preset): the number alone, the SMS code from the dev mailbox, signed in; back in by SMS', async () => {
    const page = await openSignUp();
    await pickPreset(page, 'phoneOnly');
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('select[name="phoneNumberCountryCode"]').waitFor();
    assert.deepEqual(await fieldNames(page), ['firstName', 'lastName', 'phoneNumber']);
    const phone = newPhone();
    await signUp.locator('input[name="phoneNumber"]').pressSequentially(`0${phone.slice(3)}`);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('.cl-formFieldHintText__code', { hasText: phone }).waitFor();
    await signUp.locator('input[name="code"]').fill(await codeFor(phone));
    await expectSignedIn(page);
    const me = await page.evaluate(() => {
      const user = (
        window as unknown as {
          Latch: { user: { primaryEmailAddress: unknown; primaryPhoneNumber: { phoneNumber: string } } };
        }
      ).Latch.user;
      return { email: user.primaryEmailAddress ?? null, phone: user.primaryPhoneNumber?.phoneNumber };
    });
    assert.deepEqual(me, { email: null, phone });

    // Signed out, the same number signs back in with a new SMS code.
    const other = await e2e.newContext({ locale: 'fr-FR' });
    try {
      const again = watch(await other.newPage());
      await again.goto(e2e.url);
      const signIn = again.locator('latch-sign-in');
      await signIn.locator('input[name="identifier"]').pressSequentially(`0${phone.slice(3)}`);
      await signIn.locator('button[type="submit"]').click();
      await signIn.locator('input[name="code"]').waitFor();
      await signIn.locator('input[name="code"]').fill(await codeFor(phone));
      await expectSignedIn(again);
    } finally {
      await other.close();
    }
  });

  it('passwordless (demo preset): email and an optional phone, no password; the email code signs up', async () => {
    const page = await openSignUp();
    await pickPreset(page, 'passwordless');
    assert.deepEqual(await fieldNames(page), ['firstName', 'lastName', 'emailAddress', 'phoneNumber']);
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await expectSignedIn(page);
  });

  it('email + password (demo preset): no phone, no username; the email code signs up, the password signs back in', async () => {
    const page = await openSignUp();
    await pickPreset(page, 'emailPassword');
    assert.deepEqual(await fieldNames(page), ['firstName', 'lastName', 'emailAddress', 'password']);
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill('quartz-meadow-lantern-73');
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await expectSignedIn(page);

    // Another browser: the address and the password sign in, with no code.
    const other = await e2e.newContext();
    try {
      const again = watch(await other.newPage());
      await again.goto(e2e.url);
      const signIn = again.locator('latch-sign-in');
      await signIn.locator('input[name="identifier"]').fill(email);
      await signIn.locator('button[type="submit"]').click();
      await signIn.locator('input[name="password"]').fill('quartz-meadow-lantern-73');
      await signIn.locator('button[type="submit"]').click();
      await expectSignedIn(again);
    } finally {
      await other.close();
    }
  });

  it('everything on (demo preset): username, email, phone and password; email code then SMS code', async () => {
    const page = await openSignUp();
    await pickPreset(page, 'everything');
    assert.deepEqual(await fieldNames(page), [
      'firstName',
      'lastName',
      'username',
      'emailAddress',
      'phoneNumber',
      'password',
    ]);
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    const phone = newPhone();
    await signUp.locator('input[name="username"]').fill(`grace_${seq}`);
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="phoneNumber"]').pressSequentially(`0${phone.slice(3)}`);
    await signUp.locator('input[name="password"]').fill(PASSWORD);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').fill(await codeFor(email));
    await signUp.locator('.cl-formFieldHintText__code', { hasText: phone }).waitFor();
    await signUp.locator('input[name="code"]').fill(await codeFor(phone));
    await expectSignedIn(page);
  });

  it('OAuth then "continue": the provider gives no username, the card asks for it alone, then signed in', async () => {
    await e2e.devCall('PATCH', '/instance', {
      username: { enabled: true, required: true },
      social: { oauth_google: true },
    });
    const page = await openSignUp();
    await page.locator('latch-sign-up .cl-socialButtonsBlockButton__google').click();
    await page.locator('h1', { hasText: /^Sign in with / }).waitFor();
    await page.locator('input[name="email_address"]').fill(newEmail());
    await page.locator('input[name="first_name"]').fill('Grace');
    await page.locator('button', { hasText: 'Create and continue' }).click();

    const signUp = page.locator('latch-sign-up');
    await signUp.locator('input[name="username"]').waitFor();
    assert.deepEqual(await fieldNames(page), ['username']);
    await signUp.locator('input[name="username"]').fill(`grace_${seq}`);
    await signUp.locator('button[type="submit"]').click();
    await expectSignedIn(page);
    // Signed in on /sign-up, the card then goes to the after-sign-up page: a plain evaluate can land in between.
    await page.waitForFunction(
      (name) => (window as unknown as { Latch?: { user?: { username: string } } }).Latch?.user?.username === name,
      `grace_${seq}`,
    );
  });

  it('dist/latch.full.js on another origin: the strength estimator is fetched beside it on first focus, not carried', async () => {
    await e2e.devCall('PATCH', '/instance', { password: { min_zxcvbn_strength: 3 } });
    const site = await servePlainPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey, 'latch.full.js')}</head>
      <body><latch-sign-up routing="virtual"></latch-sign-up></body></html>`,
    );
    try {
      const page = await newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto(site.url);
      const signUp = page.locator('latch-sign-up');
      await signUp.locator('input[name="password"]').waitFor();
      assert.equal(fetched.filter((url) => url.includes('password-strength')).length, 0, 'nothing before focus');
      await signUp.locator('input[name="password"]').focus();
      await page.keyboard.type('abc');
      await signUp.locator('[data-score]', { hasText: 'abc' }).waitFor();
      assert.deepEqual(
        fetched.filter((url) => url.includes('password-strength')),
        [`${e2e.url}/dist/latch.password-strength.js`],
      );
    } finally {
      await site.close();
    }
  });

  it('restricted mode with an invitation ticket: the invited address, locked; a password; signed in', async () => {
    // The invitation comes from the waitlist (the dev server's way to mail tickets), then sign-ups are restricted.
    await e2e.devCall('PATCH', '/instance', { sign_up_mode: 'waitlist' });
    const email = newEmail();
    const page = await newPage();
    await page.goto(`${e2e.url}/waitlist`);
    await page.locator('latch-waitlist input[name="emailAddress"]').fill(email);
    await page.locator('latch-waitlist button[type="submit"]').click();
    await page.locator('latch-waitlist .cl-formFieldSuccessText').waitFor();
    const list = (await e2e.devCall('GET', '/waitlist')) as { data: Array<{ id: string; email_address: string }> };
    const entry = list.data.find((e) => e.email_address === email);
    assert.ok(entry, 'the waitlist entry');
    await page.goto(`${e2e.url}/__dev`);
    await page.getByRole('button', { name: `Invite ${email}` }).click();
    await page.waitForURL(/\/__dev/);
    const mail = (await (await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
      data: Array<{ text: string }>;
    };
    const link = /https?:\/\/\S+__clerk_ticket=\S+/.exec(mail.data[0]?.text ?? '')?.[0];
    assert.ok(link, 'an invitation link in the mail');
    await e2e.devCall('PATCH', '/instance', { sign_up_mode: 'restricted' });

    await page.goto(link);
    const signUp = page.locator('latch-sign-up');
    await page.waitForFunction(
      (expected) =>
        document.querySelector<HTMLInputElement>('latch-sign-up input[name="emailAddress"]')?.value === expected,
      email,
    );
    assert.equal(await signUp.locator('input[name="emailAddress"]').getAttribute('readonly'), '');
    await signUp.locator('input[name="password"]').fill(PASSWORD);
    await signUp.locator('button[type="submit"]').click();
    await expectSignedIn(page);
  });
});
