/**
 * End to end, the ways in (issue 11), on the demo app in Debian Chromium against the dev server over HTTP, as a
 * new user would: join the waitlist and sign up from the emailed invitation; the unstyled buttons in redirect and
 * modal mode; the redirect-to elements; path routing (deep link, reload, Back/Forward through sign-in steps); a
 * sign-out button that signs out one account of two; the demo app's pages. One server, one browser.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, watchPage } from './helpers.js';

const e2e = useE2e({ instance: { single_session_mode: false } });

const password = 'copper-meadow-lantern-58';

const createUser = (email: string, firstName: string) => createVerifiedUser(e2e.server, email, password, firstName);

/** A fresh browser context (no cookies): a new visitor. */
async function newVisitor(): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }> {
  const context = await e2e.newContext();
  const page = await context.newPage();
  return { page, watch: watchPage(page) };
}

async function passFirstFactor(page: Page, scope: string, email: string): Promise<void> {
  const signIn = page.locator(scope);
  await signIn.locator('input[name="identifier"]').fill(email);
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('input[name="password"]').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

const signedInAs = (page: Page, name: string) =>
  page.locator('latch-user-button .cl-userButtonOuterIdentifier', { hasText: name }).waitFor();

describe('waitlist, buttons, redirects and path routing (e2e)', () => {
  it('joins the waitlist, is invited from /__dev, and signs up from the emailed link', async () => {
    e2e.server.context.instance.sign_up_mode = 'waitlist';
    try {
      const email = `waiting-${Date.now()}@example.com`;
      const { page, watch } = await newVisitor();
      await page.goto(`${e2e.url}/waitlist`);
      await page.locator('latch-waitlist input[name="emailAddress"]').fill(email);
      await page.locator('latch-waitlist button[type="submit"]').click();
      await page.locator('latch-waitlist .cl-formFieldSuccessText').waitFor();

      // The developer invites the entry from the dev page.
      await page.goto(`${e2e.url}/__dev`);
      await page.getByRole('button', { name: `Invite ${email}` }).click();
      await page.waitForURL(/\/__dev/);
      const mail = (await (await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
        data: Array<{ text: string }>;
      };
      const link = /https?:\/\/\S+__clerk_ticket=\S+/.exec(mail.data[0]?.text ?? '')?.[0];
      assert.ok(link, `an invitation link in the mail: ${mail.data[0]?.text}`);

      // The link opens the invited sign-up: the address is the invitation's and locked.
      await page.goto(link);
      const signUp = page.locator('latch-sign-up');
      const address = signUp.locator('input[name="emailAddress"]');
      await page.waitForFunction(
        (expected) =>
          document.querySelector<HTMLInputElement>('latch-sign-up input[name="emailAddress"]')?.value === expected,
        email,
      );
      assert.equal(await address.getAttribute('readonly'), '');
      assert.doesNotMatch(page.url(), /__clerk_ticket/, 'the spent ticket leaves the URL');
      // The link opens the demo's home, which shows a sign-in card too. The link names the sign-up as the ticket's
      // flow (`__clerk_status=sign_up`), so the sign-in card leaves the single-use ticket alone and says nothing.
      assert.equal(new URL(link).searchParams.get('__clerk_status'), 'sign_up');
      await page.locator('latch-sign-in input[name="identifier"]').waitFor();
      assert.equal(await page.locator('latch-sign-in .cl-alert').count(), 0, 'no error on the sign-in card');
      // The visitor came to sign up: the sign-up card's first field left to fill (the optional first name; the
      // address is locked) has the focus, not the sign-in card's, so typing goes there.
      await page.waitForFunction(() => document.activeElement?.matches('latch-sign-up input[name="firstName"]'));
      await page.keyboard.type('Ines');
      await signUp.locator('input[name="password"]').fill(password);
      await page.keyboard.press('Enter');
      await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
      await page.locator('[data-demo="email"]', { hasText: email }).waitFor();

      // The ticket was single use.
      const again = await newVisitor();
      await again.page.goto(link);
      await again.page.locator('latch-sign-up .cl-alert').waitFor();
      assert.deepEqual(await watch.problems(), []);
      await page.context().close();
      await again.page.context().close();
    } finally {
      e2e.server.context.instance.sign_up_mode = 'public';
    }
  });

  it('path routing: a deep link and a reload land on the step, Back and Forward move through the steps', async () => {
    const email = `paths-${Date.now()}@example.com`;
    await createUser(email, 'Paula');
    const { page, watch } = await newVisitor();
    await page.goto(`${e2e.url}/sign-in`);
    const signIn = page.locator('latch-sign-in');
    await signIn.locator('input[name="identifier"]').fill(email);
    await signIn.locator('button[type="submit"]').click();
    await signIn.locator('input[name="password"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in/factor-one');

    await page.reload();
    await signIn.locator('input[name="password"]').waitFor();
    await page.goBack();
    await signIn.locator('input[name="identifier"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await page.goForward();
    await signIn.locator('input[name="password"]').fill(password);
    await signIn.locator('button[type="submit"]').click();
    await signedInAs(page, 'Paula');
    // The card navigates to the after-sign-in URL once the session is set: wait for it, do not race it.
    await page.waitForURL((url) => url.pathname === '/');

    // The sign-up page routes on its path too.
    const visitor = await newVisitor();
    await visitor.page.goto(`${e2e.url}/sign-up`);
    const signUp = visitor.page.locator('latch-sign-up');
    await signUp.locator('input[name="emailAddress"]').fill(`new-${Date.now()}+clerk_test@example.com`);
    await signUp.locator('input[name="password"]').fill(password);
    await signUp.locator('button[type="submit"]').click();
    await signUp.locator('input[name="code"]').waitFor();
    assert.equal(new URL(visitor.page.url()).pathname, '/sign-up/verify-email-address');
    assert.deepEqual(await watch.problems(), []);
    assert.deepEqual(await visitor.watch.problems(), []);
    await page.context().close();
    await visitor.page.context().close();
  });

  it('the buttons: sign-in and sign-up in redirect and modal mode', async () => {
    const { page, watch } = await newVisitor();
    await page.goto(`${e2e.url}/buttons`);
    await page.locator('[data-demo="sign-in-redirect"] button').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('redirect_url'), `${e2e.url}/buttons`);
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();

    await page.goto(`${e2e.url}/buttons`);
    await page.locator('[data-demo="sign-up-redirect"] button').click();
    await page.waitForURL((url) => url.pathname === '/sign-up');
    assert.equal(new URL(page.url()).searchParams.get('redirect_url'), `${e2e.url}/buttons`);

    await page.goto(`${e2e.url}/buttons`);
    await page.locator('[data-demo="sign-in-modal"] button').click();
    await page.locator('latch-modal latch-sign-in input[name="identifier"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    await page.locator('[data-demo="sign-up-modal"] button').click();
    await page.locator('latch-modal latch-sign-up input[name="emailAddress"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/buttons', 'modal mode stays on the page');
    assert.deepEqual(await watch.problems(), []);
    await page.context().close();
  });

  it('the redirect-to elements: the protected page sends a visitor to sign in and back, then each redirect lands right', async () => {
    const email = `guard-${Date.now()}@example.com`;
    await createUser(email, 'Gina');
    const { page, watch } = await newVisitor();
    await page.goto(`${e2e.url}/protected`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('redirect_url'), `${e2e.url}/protected`);
    await passFirstFactor(page, 'latch-sign-in', email);
    await page.waitForURL((url) => url.pathname === '/protected');
    await page.locator('#protected-title').waitFor();
    await page.locator('[data-demo="email"]', { hasText: email }).waitFor();

    // The signed-in redirect-to elements go to the instance's pages.
    for (const page_ of ['user-profile', 'organization-profile', 'create-organization']) {
      await page.route(`${e2e.url}/e2e-${page_}`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>${page_}</title><script src="/dist/latch.js" data-publishable-key="${e2e.server.publishableKey}"
            data-proxy-url="/__clerk"></script>
            <latch-signed-in><latch-redirect-to-${page_}></latch-redirect-to-${page_}></latch-signed-in>`,
        }),
      );
      await page.goto(`${e2e.url}/e2e-${page_}`);
      await page.waitForURL((url) => url.pathname === '/' && url.hash === `#/${page_}`);
    }

    // <latch-redirect-to-sign-up>, on a page of the demo's origin.
    const visitor = await newVisitor();
    await visitor.page.route(`${e2e.url}/e2e-join?from=here`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>join</title><script src="/dist/latch.js" data-publishable-key="${e2e.server.publishableKey}"
          data-proxy-url="/__clerk" data-sign-up-url="/sign-up"></script>
          <latch-signed-out><latch-redirect-to-sign-up></latch-redirect-to-sign-up></latch-signed-out>`,
      }),
    );
    await visitor.page.goto(`${e2e.url}/e2e-join?from=here`);
    await visitor.page.waitForURL((url) => url.pathname === '/sign-up');
    assert.equal(new URL(visitor.page.url()).searchParams.get('redirect_url'), `${e2e.url}/e2e-join?from=here`);
    assert.deepEqual(await watch.problems(), []);
    await page.context().close();
    await visitor.page.context().close();
  });

  it('a sign-out button signs out one account of two; the other stays signed in', async () => {
    const stamp = Date.now();
    await createUser(`one-${stamp}@example.com`, 'Olive');
    await createUser(`two-${stamp}@example.com`, 'Tariq');
    const { page, watch } = await newVisitor();
    await page.goto(`${e2e.url}/sign-in`);
    await passFirstFactor(page, 'latch-sign-in', `one-${stamp}@example.com`);
    // The sign-in page sends the new session home: open the menu once there, not on the page being left.
    await page.waitForURL((url) => url.pathname === '/');
    await signedInAs(page, 'Olive');
    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    // "Add account" goes to the sign-in page (the demo sets signInUrl), which keeps Olive signed in.
    await page.locator('.cl-userButtonPopoverActionButton__addAccount').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await passFirstFactor(page, 'latch-sign-in', `two-${stamp}@example.com`);
    await page.waitForURL((url) => url.pathname === '/');
    await signedInAs(page, 'Tariq');

    await page.goto(`${e2e.url}/buttons`);
    await page.locator('[data-demo="sign-out-this"] button').click();
    await signedInAs(page, 'Olive');
    const sessions = await page.evaluate(
      () =>
        (window as unknown as { Latch: { client: { activeSessions: unknown[] } } }).Latch.client.activeSessions.length,
    );
    assert.equal(sessions, 1);
    // Signing out of every account goes to afterSignOutUrl (the demo's home), signed out.
    await page.locator('[data-demo="sign-out-all"] button').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('latch-sign-in input[name="identifier"]').waitFor();
    assert.deepEqual(await watch.problems(), []);
    await page.context().close();
  });
});
