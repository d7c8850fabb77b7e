/**
 * End to end: the demo page (script-tag bundle) in headless Debian Chromium against the real dev server over
 * HTTP, as a new user would use it: sign up with a code read from the dev mailbox, sign out, sign in with the
 * password, reload and stay signed in. Then the same bundle on a plain page of another origin.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enUSErrors } from '../../src/localization/en-US-errors.js';
import { useE2e } from './fixture.js';
import { openUserMenuAndSignOut, scriptTag, servePlainPage, signInWithPassword, watchPage } from './helpers.js';

const email = `e2e-${Date.now()}@example.com`;
const password = 'violet-harbor-lantern-42';

describe('demo page end to end', () => {
  const e2e = useE2e();

  it('signs up with an emailed code, signs out, signs in with the password, and survives a reload', async () => {
    const page = await e2e.newPage();
    const watch = watchPage(page);
    await page.goto(e2e.url);

    // Sign up.
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill(password);
    await signUp.locator('button[type="submit"]').click();
    const codeInput = signUp.locator('input[name="code"]');
    await codeInput.waitFor();
    assert.match(page.url(), /#\/verify-email-address$/);
    await codeInput.fill(await e2e.latestCode(email));

    // Signed in: the user button shows, the sign-up card is gone.
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    await page.locator('[data-demo="email"]', { hasText: email }).waitFor();

    // Sign out, then sign in with the password.
    await openUserMenuAndSignOut(page);
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('input[name="identifier"]').fill(email);
    await signIn.locator('button[type="submit"]').click();
    const passwordInput = signIn.locator('input[name="password"]');
    await passwordInput.waitFor();
    assert.match(page.url(), /#\/factor-one$/);
    await passwordInput.fill(password);
    await signIn.locator('button[type="submit"]').click();
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();

    // A reload keeps the session.
    await page.reload();
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    await page.locator('[data-demo="email"]', { hasText: email }).waitFor();
    assert.equal(await page.locator('latch-sign-in input[name="identifier"]').isVisible(), false);

    assert.deepEqual(await watch.problems(), []);
    assert.ok(watch.checked() >= 10, `every FAPI response was checked against the spec (${watch.checked()})`);
    await page.close();
  });

  it('shows the server error under the field for a wrong password, keeping what was typed', async () => {
    const page = await e2e.newPage();
    const watch = watchPage(page);
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
    await page.goto(e2e.url);
    await signInWithPassword(page, email, 'not-the-password');
    const signIn = page.locator('latch-sign-in');
    const passwordInput = signIn.locator('input[name="password"]');
    const error = signIn.locator('.cl-formFieldErrorText__password');
    await error.waitFor();
    // In Latch's words (the error strings' chunk, fetched by this first error), not the server's.
    assert.equal((await error.textContent())?.trim(), enUSErrors.unstable__errors.form_password_incorrect);
    assert.ok(
      chunks.some((path) => /\/chunks\/error-strings-[\w-]+\.js$/.test(path)),
      chunks.join(' '),
    );
    assert.equal(await passwordInput.getAttribute('aria-invalid'), 'true');
    assert.equal(await passwordInput.inputValue(), 'not-the-password');
    assert.deepEqual(await watch.problems(), []);
    await page.close();
  });

  it("switches the elements' theme and language live from the demo's pickers", async () => {
    const page = await e2e.newPage();
    const watch = watchPage(page);
    await page.goto(e2e.url);
    const card = page.locator('latch-sign-in .cl-cardBox');
    await card.waitFor();
    const background = () => card.evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await background();
    await page.locator('[data-demo="theme"]').selectOption('dark');
    await page.waitForFunction(
      (before) => getComputedStyle(document.querySelector('latch-sign-in .cl-cardBox')!).backgroundColor !== before,
      light,
    );
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    assert.ok(r! + g! + b! < 150, `the dark theme paints a dark card (got ${await background()})`);
    await page.locator('[data-demo="theme"]').selectOption('');
    await page.waitForFunction(
      (before) => getComputedStyle(document.querySelector('latch-sign-in .cl-cardBox')!).backgroundColor === before,
      light,
    );
    const title = page.locator('latch-sign-in .cl-headerTitle');
    const english = await title.textContent();
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
    assert.deepEqual(await watch.problems(), []);
    await page.close();
  });

  it('fits a 375 px wide phone screen without sideways scrolling: the home page, the modal, the lone cards', async () => {
    const page = await e2e.newPage({ viewport: { width: 375, height: 740 } });
    const watch = watchPage(page);
    await page.goto(e2e.url);
    await page.locator('latch-sign-up .cl-cardBox').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `the page is ${await overflow()}px wider than the screen`);

    // The sign-in modal: its card and close button stay on the screen (the card ran 41 px off it).
    await page.click('[data-demo="open-sign-in"]');
    const dialog = page.locator('dialog[open]');
    await dialog.locator('.cl-cardBox').waitFor();
    for (const part of ['.cl-cardBox', '.cl-modalCloseButton']) {
      const box = await dialog.locator(part).first().boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${part} on the screen: ${JSON.stringify(box)}`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));

    // A card alone on its page (sign-in, waitlist) narrows with the screen too.
    for (const [path, card] of [
      ['/sign-in', 'latch-sign-in'],
      ['/waitlist', 'latch-waitlist'],
    ]) {
      await page.goto(`${e2e.url}${path}`);
      await page.locator(`${card} .cl-cardBox`).waitFor();
      assert.ok((await overflow()) <= 0, `${path} is ${await overflow()}px wider than the screen`);
    }
    assert.deepEqual(await watch.problems(), []);
    await page.close();
  });

  it('does not push the page down when Latch loads and shows the sign-in button in the header', async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 800 } });
    // The Frontend API is held until the header has been measured without Latch's content.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/__clerk/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(e2e.url);
    const mainTop = () => page.locator('.demo-main').evaluate((el) => el.getBoundingClientRect().top);
    await page.locator('latch-loading p').waitFor();
    const before = await mainTop();
    release();
    await page.locator('[data-demo="open-sign-in"]').waitFor();
    await page.locator('latch-sign-in .cl-cardBox').waitFor();
    assert.equal(await mainTop(), before, 'the header kept its height (it grew 16 px with the button)');
    await page.close();
  });

  it('works from a plain HTML file opened from disk (file://)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'latch-plain-'));
    const file = join(dir, 'plain.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>From disk</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey)}</head>
      <body><latch-signed-out><latch-sign-in></latch-sign-in></latch-signed-out>
      <latch-signed-in><p id="hello">signed in</p></latch-signed-in></body></html>`,
    );
    const page = await e2e.newPage();
    const watch = watchPage(page);
    await page.goto(`file://${file}`);
    await signInWithPassword(page, email, password);
    await page.locator('#hello').waitFor();
    // Still on the file: the default redirect (`/`) has no meaning without a site, so Latch stays.
    await page.waitForTimeout(300);
    assert.equal(page.url(), `file://${file}`);
    assert.ok(await page.locator('#hello').isVisible());
    // No cookies on file:// pages: the dev-browser token (kept in localStorage) carries the session over a reload.
    await page.reload();
    await page.locator('#hello').waitFor();
    assert.deepEqual(await watch.problems(), []);
    await page.close();
  });

  it('works from a plain HTML page on another origin that loads dist/latch.js with a script tag', async () => {
    const plain = await servePlainPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey)}</head>
      <body><latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
      <latch-signed-in><p id="hello">signed in</p></latch-signed-in></body></html>`,
    );
    try {
      const page = await e2e.newPage();
      const watch = watchPage(page);
      await page.goto(plain.url);
      await signInWithPassword(page, email, password);
      await page.locator('#hello').waitFor();
      assert.deepEqual(await watch.problems(), []);
      await page.close();
    } finally {
      await plain.close();
    }
  });
});
