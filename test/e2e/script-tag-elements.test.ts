/**
 * End to end: EVERY element of the script tag on a plain page of another origin (the dev server is on localhost,
 * the page on 127.0.0.1, so every chunk arrives with CORS), and every `mount*` method both before its element's
 * chunk has arrived (the chunk is held back: the element is in the page, undefined, and upgrades when the chunk
 * comes) and after (it renders at once). script-tag.test.ts covers sign-in, the modal, later tags and shadow roots.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, servePlainPage, watchErrors } from './helpers.js';

// Organizations on, for the organization elements.
const e2e = useE2e({ instance: { organization_settings: { enabled: true } } });

/** For each element: the node that shows it has rendered (its Clerk element key, or its own button). */
const READY: Record<string, string> = {
  'latch-sign-in': '.cl-formButtonPrimary',
  'latch-sign-up': '.cl-formButtonPrimary',
  'latch-waitlist': 'button[type="submit"]',
  'latch-sign-in-button': 'button',
  'latch-sign-up-button': 'button',
  'latch-sign-out-button': 'button',
  'latch-user-button': '.cl-userButtonTrigger',
  'latch-user-profile': '.cl-navbarButton',
  'latch-org-switcher': '.cl-organizationSwitcherTrigger',
  'latch-create-org': '.cl-formButtonPrimary',
  'latch-org-list': '.cl-organizationListPreviewItem',
  'latch-org-profile': '.cl-navbarButton',
};

/** `mount<Component>` of window.Latch and the element it puts in the node. */
const SIGNED_OUT_MOUNTS = { SignUp: 'latch-sign-up', Waitlist: 'latch-waitlist' };
const SIGNED_IN_MOUNTS = {
  UserButton: 'latch-user-button',
  UserProfile: 'latch-user-profile',
  OrganizationSwitcher: 'latch-org-switcher',
  CreateOrganization: 'latch-create-org',
  OrganizationList: 'latch-org-list',
  OrganizationProfile: 'latch-org-profile',
};

type LatchOnPage = Record<string, (...args: unknown[]) => unknown> & {
  loaded: boolean;
  client: { signIn: { create(params: object): Promise<{ status: string; createdSessionId: string }> } };
  setActive(params: object): Promise<void>;
  createOrganization(params: { name: string }): Promise<{ id: string }>;
};

/** A plain page of another origin with the script tag and `body`; element chunks matching `hold` wait for release. */
async function openPlainPage(body: string, hold?: RegExp) {
  const site = await servePlainPage(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
    ${scriptTag(e2e.url, e2e.server.publishableKey)}</head><body>${body}</body></html>`,
  );
  const page = await e2e.newPage();
  const problems = watchErrors(page);
  let release = () => {};
  if (hold) {
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(hold, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(site.url);
  await page.waitForFunction(() => (window as unknown as { Latch: LatchOnPage }).Latch?.loaded);
  return {
    page,
    problems,
    release: () => release(),
    close: async () => {
      await page.close();
      await site.close();
    },
  };
}

const waitReady = (page: Page, scope: string, tag: string) =>
  page.locator(`${scope} ${tag} ${READY[tag]}`).first().waitFor();

/** Mounts each component into a new `<div id="<prefix>-<Component>">`; returns which tags were defined by then. */
function mountAll(page: Page, mounts: Record<string, string>, prefix: string) {
  return page.evaluate(
    ({ mounts, prefix }) => {
      // Inside the page: nothing of this file's scope is there but what the arguments carry.
      const latch = (window as unknown as { Latch: LatchOnPage }).Latch;
      const defined: Record<string, boolean> = {};
      for (const [component, tag] of Object.entries(mounts)) {
        const node = document.createElement('div');
        node.id = `${prefix}-${component}`;
        document.body.append(node);
        latch[`mount${component}`]!(node, { routing: 'virtual' });
        assertTrue(node.firstElementChild?.localName === tag, `mount${component} puts <${tag}> in the node`);
        defined[tag] = Boolean(customElements.get(tag));
      }
      return defined;
      function assertTrue(ok: boolean, message: string) {
        if (!ok) throw new Error(message);
      }
    },
    { mounts, prefix },
  );
}

/** Unmounts what mountAll put in; returns how many children each node has left. */
function unmountAll(page: Page, mounts: Record<string, string>, prefix: string) {
  return page.evaluate(
    ({ mounts, prefix }) => {
      const latch = (window as unknown as { Latch: LatchOnPage }).Latch;
      return Object.keys(mounts).map((component) => {
        const node = document.getElementById(`${prefix}-${component}`)!;
        latch[`unmount${component}`]!(node);
        return node.childElementCount;
      });
    },
    { mounts, prefix },
  );
}

/** A regex matching the chunk files of these tags (`/chunks/latch-sign-up-<hash>.js`). */
const chunksOf = (tags: string[]) => new RegExp(`/chunks/(${tags.join('|')})-[\\w-]{8}\\.js$`);

describe('every element through the script tag, on a page of another origin', () => {
  it('signed out: sign-in, sign-up, waitlist and the buttons come from their chunks; mount* before and after', async () => {
    const tags = Object.values(SIGNED_OUT_MOUNTS);
    const plain = await openPlainPage(
      `<latch-sign-in routing="virtual"></latch-sign-in>
      <latch-sign-in-button></latch-sign-in-button><latch-sign-up-button></latch-sign-up-button>`,
      chunksOf(tags),
    );
    const { page } = plain;
    try {
      for (const tag of ['latch-sign-in', 'latch-sign-in-button', 'latch-sign-up-button'])
        await waitReady(page, 'body >', tag);

      const defined = await mountAll(page, SIGNED_OUT_MOUNTS, 'before');
      assert.deepEqual(Object.values(defined), [false, false], 'their chunks are held back: not defined yet');
      plain.release();
      for (const [component, tag] of Object.entries(SIGNED_OUT_MOUNTS))
        await waitReady(page, `#before-${component}`, tag);

      // After the chunks arrived: a mount renders in the element's first update.
      await mountAll(page, SIGNED_OUT_MOUNTS, 'after');
      for (const [component, tag] of Object.entries(SIGNED_OUT_MOUNTS))
        await waitReady(page, `#after-${component}`, tag);
      assert.deepEqual(await unmountAll(page, SIGNED_OUT_MOUNTS, 'after'), [0, 0]);
      assert.deepEqual(plain.problems(), []);
    } finally {
      // A held chunk request left pending would keep the browser (and the test file) from ever closing.
      plain.release();
      await plain.close();
    }
  });

  it('signed in: the user and organization elements, mounted before and after their chunks, and as tags', async () => {
    const email = `every-element-${Date.now()}+clerk_test@example.com`;
    const password = 'amber-lighthouse-quill-58';
    await createVerifiedUser(e2e.server, email, password, 'Ada');
    const tags = Object.values(SIGNED_IN_MOUNTS);
    const plain = await openPlainPage('', chunksOf(tags));
    const { page } = plain;
    try {
      // Signed in headlessly (Clerk's own calls), with an active organization for the organization profile.
      await page.evaluate(
        async ({ email, password }) => {
          const latch = (window as unknown as { Latch: LatchOnPage }).Latch;
          const signIn = await latch.client.signIn.create({ identifier: email, password, strategy: 'password' });
          if (signIn.status !== 'complete') throw new Error(`sign-in is ${signIn.status}`);
          await latch.setActive({ session: signIn.createdSessionId });
          const organization = await latch.createOrganization({ name: 'Orbit Works' });
          await latch.setActive({ organization: organization.id });
        },
        { email, password },
      );

      const defined = await mountAll(page, SIGNED_IN_MOUNTS, 'before');
      assert.deepEqual(
        Object.values(defined),
        tags.map(() => false),
        'their chunks are held back: not defined yet',
      );
      plain.release();
      for (const [component, tag] of Object.entries(SIGNED_IN_MOUNTS))
        await waitReady(page, `#before-${component}`, tag);
      await page
        .locator('#before-OrganizationList .cl-organizationListPreviewItem', { hasText: 'Orbit Works' })
        .waitFor();

      await mountAll(page, SIGNED_IN_MOUNTS, 'after');
      for (const [component, tag] of Object.entries(SIGNED_IN_MOUNTS))
        await waitReady(page, `#after-${component}`, tag);
      assert.deepEqual(
        await unmountAll(page, SIGNED_IN_MOUNTS, 'after'),
        tags.map(() => 0),
      );

      // The same elements as tags written into the page later, with the organization profile's custom page.
      await page.evaluate(() => {
        const section = document.createElement('section');
        section.id = 'tags';
        section.innerHTML = `<latch-user-button></latch-user-button><latch-org-switcher></latch-org-switcher>
        <latch-sign-out-button></latch-sign-out-button><latch-org-list></latch-org-list>
        <latch-org-profile routing="virtual">
          <latch-org-profile-page label="Billing" url="billing"><p id="billing">Invoices</p></latch-org-profile-page>
        </latch-org-profile>`;
        document.body.append(section);
      });
      for (const tag of ['latch-user-button', 'latch-org-switcher', 'latch-sign-out-button', 'latch-org-list'])
        await waitReady(page, '#tags', tag);
      await page.locator('#tags latch-org-profile .cl-navbarButton', { hasText: 'Billing' }).click();
      await page.locator('#tags #billing').waitFor({ state: 'visible' });
      assert.deepEqual(plain.problems(), []);
    } finally {
      plain.release();
      await plain.close();
    }
  });
});
