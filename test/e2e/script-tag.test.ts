/**
 * End to end: dist/latch.js as a loader, on plain pages of another origin, in headless Chromium against the dev
 * server over HTTP. Every element arrives through the script tag (its chunk imported from beside the script, with
 * CORS), `mount*` / `open*` work before and after the element's chunk is in, a tag added later upgrades, and a
 * page only downloads the chunks of the elements it shows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { scriptTag, servePlainPage, watchErrors } from './helpers.js';

const e2e = useE2e();

/** What these tests use of the page's `window.Latch` (the browser side is not type-checked with the node files). */
declare global {
  interface Window {
    Latch?: {
      loaded: boolean;
      mountSignIn(node: HTMLElement, props?: Record<string, unknown>): void;
      unmountSignIn(node: HTMLElement): void;
      openSignIn(props?: Record<string, unknown>): void;
      closeSignIn(): void;
    };
  }
}

/** Opens `body` on a plain page of another origin with the script tag; returns the page and the chunks it fetched. */
async function openPlainPage(body: string, options: { delayChunk?: RegExp; file?: string } = {}) {
  const site = await servePlainPage(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
    ${scriptTag(e2e.url, e2e.server.publishableKey, options.file)}</head><body>${body}<div id="mount"></div></body></html>`,
  );
  const page = await e2e.newPage();
  const problems = watchErrors(page);
  const chunks: string[] = [];
  page.on('request', (request) => {
    const match = /\/dist\/chunks\/([\w-]+?)-[\w-]{8}\.js$/.exec(request.url());
    if (match) chunks.push(match[1]!);
  });
  let release = () => {};
  if (options.delayChunk) {
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(options.delayChunk, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(site.url);
  return {
    page,
    chunks,
    problems,
    release: () => release(),
    close: async () => {
      await page.close();
      await site.close();
    },
  };
}

const primaryButton = (page: Page, scope: string) => page.locator(`${scope} .cl-formButtonPrimary`);

describe('script tag loader on a page of another origin', () => {
  it('signs up, then shows the user button, each element from its own chunk', async () => {
    const email = `loader-${Date.now()}+clerk_test@example.com`;
    const plain =
      await openPlainPage(`<latch-signed-out><latch-sign-up routing="virtual"></latch-sign-up></latch-signed-out>
      <latch-signed-in><latch-user-button></latch-user-button></latch-signed-in>`);
    const { page } = plain;
    const signUp = page.locator('latch-sign-up');
    await signUp.locator('input[name="emailAddress"]').fill(email);
    await signUp.locator('input[name="password"]').fill('violet-harbor-lantern-42');
    await primaryButton(page, 'latch-sign-up').click();
    await signUp.locator('input[name="code"]').fill('424242');
    await page.locator('latch-user-button .cl-userButtonTrigger').click();
    await page.locator('.cl-userButtonPopoverActionButton__signOut').waitFor();
    assert.ok(plain.chunks.includes('latch-sign-up') && plain.chunks.includes('latch-user-button'));
    assert.ok(!plain.chunks.includes('latch-sign-in'), 'no sign-in chunk on a page without sign-in');
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('sends a signed-out visitor on with <latch-redirect-to-sign-in>, whose chunk the loader fetches', async () => {
    const plain = await openPlainPage(
      '<latch-signed-out><latch-redirect-to-sign-in></latch-redirect-to-sign-in></latch-signed-out>',
    );
    const before = plain.page.url();
    await plain.page.waitForURL((url) => url.href !== before);
    assert.equal(new URL(plain.page.url()).searchParams.get('redirect_url'), before);
    assert.ok(plain.chunks.includes('latch-redirect-to-sign-in'));
    assert.ok(!plain.chunks.includes('latch-sign-in'), 'a redirect needs no sign-in chunk');
    await plain.close();
  });

  it('shows <latch-sign-in> with only its own chunks', async () => {
    const plain = await openPlainPage('<latch-sign-in routing="virtual"></latch-sign-in>');
    await primaryButton(plain.page, 'latch-sign-in').waitFor();
    assert.ok(plain.chunks.includes('latch-sign-in'));
    for (const other of ['latch-sign-up', 'latch-user-button', 'latch-modal']) assert.ok(!plain.chunks.includes(other));
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('mountSignIn before the chunk has arrived: the element is there at once and upgrades when it comes', async () => {
    const plain = await openPlainPage('', { delayChunk: /\/chunks\/latch-sign-in-/ });
    const { page } = plain;
    await page.waitForFunction(() => window.Latch?.loaded);
    const defined = await page.evaluate(() => {
      window.Latch!.mountSignIn(document.getElementById('mount')!, { routing: 'virtual' });
      return Boolean(customElements.get('latch-sign-in'));
    });
    assert.equal(defined, false, 'the chunk is held back, so the element is not defined yet');
    assert.equal(await page.locator('#mount > latch-sign-in').count(), 1);
    plain.release();
    await primaryButton(page, '#mount latch-sign-in').waitFor();
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('mountSignIn after the chunk has arrived renders at once; unmountSignIn removes it', async () => {
    const plain = await openPlainPage('<latch-sign-in routing="virtual"></latch-sign-in>');
    const { page } = plain;
    await primaryButton(page, 'latch-sign-in').waitFor();
    const rendered = await page.evaluate(async () => {
      const node = document.getElementById('mount')!;
      window.Latch!.mountSignIn(node, { routing: 'virtual' });
      const element = node.querySelector('latch-sign-in') as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      const button = Boolean(node.querySelector('.cl-formButtonPrimary'));
      window.Latch!.unmountSignIn(node);
      return { button, left: node.childElementCount };
    });
    assert.deepEqual(rendered, { button: true, left: 0 });
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('upgrades a tag added to the page later, and one inside a shadow root handed to LatchBundle.observe', async () => {
    const plain = await openPlainPage('');
    const { page } = plain;
    await page.waitForFunction(() => window.Latch?.loaded);
    await page.evaluate(() => {
      document.getElementById('mount')!.innerHTML = '<latch-sign-up routing="virtual"></latch-sign-up>';
    });
    await primaryButton(page, 'latch-sign-up').waitFor();
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'host';
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      (window as unknown as { LatchBundle: { observe(root: ShadowRoot): void } }).LatchBundle.observe(root);
      root.innerHTML = '<latch-sign-in routing="virtual"></latch-sign-in>';
    });
    await page.locator('#host latch-sign-in .cl-formButtonPrimary').waitFor();
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('openSignIn fetches the modal and sign-in chunks and shows the form in a dialog; closeSignIn removes it', async () => {
    const plain = await openPlainPage('');
    const { page } = plain;
    await page.waitForFunction(() => window.Latch?.loaded);
    await page.evaluate(() => window.Latch!.openSignIn());
    const button = page.locator('latch-modal latch-sign-in .cl-formButtonPrimary');
    await button.waitFor();
    assert.ok(await page.locator('latch-modal dialog[open]').count(), 'the dialog is open');
    assert.ok(plain.chunks.includes('latch-modal') && plain.chunks.includes('latch-sign-in'));
    await page.evaluate(() => window.Latch!.closeSignIn());
    assert.equal(await page.locator('latch-modal').count(), 0);
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });

  it('dist/latch.full.js: every element in one classic script, no chunk requests', async () => {
    const plain = await openPlainPage('<latch-sign-in routing="virtual"></latch-sign-in>', { file: 'latch.full.js' });
    await primaryButton(plain.page, 'latch-sign-in').waitFor();
    await plain.page.evaluate(() => window.Latch!.openSignIn());
    await plain.page.locator('latch-modal latch-sign-in .cl-formButtonPrimary').waitFor();
    assert.deepEqual(plain.chunks, []);
    assert.deepEqual(plain.problems(), []);
    await plain.close();
  });
});
