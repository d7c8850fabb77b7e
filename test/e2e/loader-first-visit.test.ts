/**
 * End to end: the script tag's first load on a plain page of another origin. A new browser (no dev-browser token
 * anywhere) has no client yet, so its card renders from the environment alone while `GET /client` confirms in the
 * background (src/core/latch.ts, #confirmEmptyClient); a returning browser waits for its client, so a signed-in
 * visitor never sees the signed-out form, not even for a frame.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, servePlainPage, signInWithPassword, watchErrors } from './helpers.js';

const e2e = useE2e();

/**
 * Installed before any page script: records whether the sign-in form was ever painted (checked every frame) and the
 * layout shifts. A string, not a function: tsx would add a `__name` helper the page does not have.
 */
const WATCH_PAGE = `window.__formSeen = false;
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const input = document.querySelector('latch-sign-in input[name="identifier"]');
    if (input && input.checkVisibility()) window.__formSeen = true;
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);`;

/** What WATCH_PAGE recorded on the page's current document. */
const watched = (page: Page) =>
  page.evaluate(() => {
    const { __formSeen, __shift } = window as unknown as { __formSeen: boolean; __shift: number };
    return { formSeen: __formSeen, shift: __shift };
  });

describe('script tag: first visit and return', () => {
  it('a new browser signs in from a card drawn before its client was read; back signed in, no form flashes', async () => {
    const email = `first-visit-${Date.now()}@example.com`;
    const password = 'quiet-meadow-copper-81';
    await createVerifiedUser(e2e.server, email, password, 'Noor');
    const site = await servePlainPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey)}</head><body>
      <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
      <latch-signed-in><latch-user-button></latch-user-button></latch-signed-in>
      <p id="below">Below the card</p></body></html>`,
    );
    const context = await e2e.newContext();
    const page = await context.newPage();
    const problems = watchErrors(page);
    const clientReads: string[] = [];
    page.on('request', (request) => {
      if (/\/v1\/client\?/.test(request.url()) && request.method() === 'GET') clientReads.push(request.url());
    });
    try {
      await page.addInitScript(WATCH_PAGE);
      await page.goto(site.url);
      await page.locator('latch-sign-in .cl-formButtonPrimary').waitFor();
      await signInWithPassword(page, email, password);
      await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
      // The background confirmation went out, with the dev browser the script tag created.
      assert.ok(clientReads.length >= 1, 'GET /client was sent');
      assert.match(clientReads[0]!, /__clerk_db_jwt=/);

      // The same browser comes back: its client has a session, and the load waits for it.
      await page.reload();
      await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
      assert.equal((await watched(page)).formSeen, false);
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  it('a bare <latch-sign-in> keeps its place until its chunk arrives: nothing below it moves', async () => {
    // A card inside <latch-signed-out> is hidden until the client says nobody is signed in (a signed-in visitor must
    // never see it), so only a card on its own can hold its place from the first frame (src/loader/early-load.ts).
    const site = await servePlainPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
      ${scriptTag(e2e.url, e2e.server.publishableKey)}</head><body>
      <latch-sign-in routing="virtual"></latch-sign-in><p id="below">Below the card</p></body></html>`,
    );
    const context = await e2e.newContext();
    const page = await context.newPage();
    try {
      await page.addInitScript(WATCH_PAGE);
      await page.goto(site.url);
      await page.locator('latch-sign-in .cl-formButtonPrimary').waitFor();
      const { shift } = await watched(page);
      assert.ok(shift < 0.001, `layout shift ${shift}`);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
