/**
 * Sign-up end to end, "send another": on the SMS code step and on the email link step, the user waits out the
 * countdown, asks for a new code (link), and the new one from the dev mailbox finishes the sign-up while the old
 * one is refused. The demo page (script-tag bundle) in headless Debian Chromium against the dev server over HTTP,
 * a fresh browser context per test. The page's clock is Playwright's (`page.clock`), run 30 s ahead rather
 * than waited for; every FAPI response is checked against the spec.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { expectSignedIn, linkIn, mailsTo, submitForEmailLink, watchedPages } from './sign-up-support.js';

const STRONG = 'Quartz-Velvet#Harbor42';
/** The resend countdown (ResendCooldown's 30 s) and one tick more. */
const COOLDOWN_MS = 31_000;

const e2e = useE2e({ contextPerTest: { locale: 'en-US' }, resetInstance: true });
let seq = 0;
/** Set in the describe, so its checks run before the fixture closes the test's browser contexts. */
let watch: ReturnType<typeof watchedPages>;

/** A unique French mobile number and address per test (tests share one server). */
function newPhone(): string {
  seq += 1;
  return `+3361234${String(1000 + (Date.now() % 9000) + seq).slice(-4)}`;
}
function newEmail(): string {
  seq += 1;
  return `resend-${Date.now()}-${seq}@example.com`;
}

const newPage = async (): Promise<Page> => watch(await e2e.context.newPage());

/** The demo's sign-up, its clock under the test's hand (installed before the page loads). */
async function openSignUp(): Promise<Page> {
  const page = await newPage();
  await page.clock.install();
  await page.goto(`${e2e.url}/#sign-up`);
  await page.locator('latch-sign-up form input').first().waitFor();
  return page;
}

/**
 * Runs the page's clock `ms` ahead a second at a time, each second only once no request of the page is in flight.
 * In one `runFor` the adapter's 15 s request timeout fired for any request still on its way (the email link's
 * polling, say), which no real 30 s wait does: the step then showed a timeout and ignored the resend while its
 * error settled (a run with two e2e files at once failed so, "fewer than 2 mails").
 */
async function runClockWithIdleNetwork(page: Page, ms: number): Promise<void> {
  let inFlight = 0;
  const started = () => inFlight++;
  const ended = () => inFlight--;
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    for (let elapsed = 0; elapsed < ms; elapsed += 1000) {
      for (let waited = 0; inFlight > 0 && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await page.clock.runFor(Math.min(1000, ms - elapsed));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Past the countdown: the resend button is enabled again, then pressed from the keyboard. */
async function resendAfterCooldown(page: Page): Promise<void> {
  const resend = page.locator('latch-sign-up .cl-formResendCodeLink');
  assert.equal(await resend.isDisabled(), true, 'disabled right after a send');
  await runClockWithIdleNetwork(page, COOLDOWN_MS);
  await page.waitForFunction(
    () => document.querySelector<HTMLButtonElement>('latch-sign-up .cl-formResendCodeLink')?.disabled === false,
  );
  await resend.focus();
  await page.keyboard.press('Enter');
}

describe('sign-up end to end: resend on the SMS code step and the email link step', () => {
  watch = watchedPages();

  it('SMS code: after the countdown a new code is texted; the old one is refused, the new one signs up', async () => {
    await e2e.devCall('PATCH', '/instance', {
      email_address: { enabled: false, required: false, used_for_first_factor: false },
      phone_number: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['phone_code'] },
      password: { enabled: false, required: false },
    });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('select[name="phoneNumberCountryCode"]').waitFor();
    const phone = newPhone();
    await signUp.locator('input[name="phoneNumber"]').pressSequentially(phone);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('.cl-formFieldHintText__code', { hasText: phone }).waitFor();
    const first = (await mailsTo(e2e.url, phone, 1))[0]?.code;
    assert.ok(first, 'the first SMS code');

    await resendAfterCooldown(page);
    const second = (await mailsTo(e2e.url, phone, 2))[0]?.code;
    assert.ok(second && second !== first, 'a new code, not the first one again');
    await page.waitForFunction(
      () => document.querySelector<HTMLButtonElement>('latch-sign-up .cl-formResendCodeLink')?.disabled === true,
    );

    const code = signUp.locator('input[name="code"]');
    await code.fill(first);
    await signUp.locator('.cl-formFieldErrorText__code').waitFor();
    await code.fill(second);
    await expectSignedIn(page);
  });

  it('email link: after the countdown a new link is mailed; the old one cannot be used, the new one signs up', async () => {
    await e2e.devCall('PATCH', '/instance', { email_address: { verifications: ['email_link'] } });
    const page = await openSignUp();
    const signUp = page.locator('latch-sign-up');
    const email = newEmail();
    await submitForEmailLink(page, email, STRONG);
    const oldLink = linkIn((await mailsTo(e2e.url, email, 1))[0]);

    await resendAfterCooldown(page);
    const newLink = linkIn((await mailsTo(e2e.url, email, 2))[0]);
    assert.notEqual(newLink, oldLink);

    // The old link, opened in another tab: spent by the resend, so its landing says it cannot be used.
    const stale = await newPage();
    await stale.goto(oldLink);
    await stale.locator('latch-sign-up .cl-headerTitle', { hasText: 'This link cannot be used' }).waitFor();
    assert.equal(await signUp.locator('.cl-headerTitle').textContent(), 'Check your inbox');

    // The new one, opened on another device (a browser of its own), confirms the address and says to go back;
    // the first tab, waiting, finishes signed in.
    const device = await e2e.newContext({ locale: 'en-US' });
    const fresh = watch(await device.newPage());
    await fresh.goto(newLink);
    await fresh.locator('latch-sign-up .cl-headerTitle', { hasText: 'Email confirmed' }).waitFor();
    await expectSignedIn(page);
  });
});
