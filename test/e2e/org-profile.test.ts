/**
 * End to end: `<latch-org-profile>` on the demo's Organizations page, in Debian Chromium against the dev server
 * over HTTP (organizations on). Ada creates an organization with its logo in the create form, invites a second
 * address; the invitee opens the mailed link in another browser, signs up and is a member; Ada sees them in the
 * People table and makes them an admin, and only then does `<latch-protect role="org:admin">` show them its
 * content, as soon as they come back to their tab (no reload); Ada removes them, then deletes the organization with its name typed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, signInWithPassword, watchPage } from './helpers.js';

const password = 'amber-quarry-willow-17';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const e2e = useE2e({ instance: { organization_settings: { enabled: true } } });

const profile = (page: Page) => page.locator('latch-org-profile');
const adminOnly = (page: Page) => page.locator('[data-demo="org-admin"]');
const notAdmin = (page: Page) => page.locator('[data-demo="org-not-admin"]');
const memberRow = (page: Page, email: string) =>
  profile(page).locator('.cl-table__members tbody tr', { hasText: email });

async function invitationLink(email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${e2e.url}/__dev/mailbox?to=${encodeURIComponent(email)}`);
    const mail = (await res.json()) as { data: Array<{ text: string }> };
    const link = /https?:\/\/\S+__clerk_ticket=\S+/.exec(mail.data[0]?.text ?? '')?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no invitation arrived for ${email}`);
}

describe('organization profile (e2e)', () => {
  it('logo, invitation signed up from the mailbox, role change seen by <latch-protect>, removal, deletion', async () => {
    const stamp = Date.now();
    const ada = `ada-${stamp}@example.com`;
    const invitee = `ivy-${stamp}@example.com`;
    await createVerifiedUser(e2e.server, ada, password, 'Ada');

    // Ada signs in and creates Acme with a logo, skips the invite step; Acme becomes active.
    const adaContext = await e2e.newContext();
    const page = await adaContext.newPage();
    const watch = watchPage(page);
    await page.goto(`${e2e.url}/sign-in`);
    await signInWithPassword(page, ada, password);
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    // The user button shows as soon as the session is set, before the card's own redirect after sign-in: let
    // that land first, or it can take the page away from /organizations below (a 30 s timeout in CI once).
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${e2e.url}/organizations`);
    const create = page.locator('latch-create-org');
    await create.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await create.locator('.cl-organizationPreviewAvatarImage').waitFor();
    await create.locator('input[name="name"]').fill(`Acme ${stamp}`);
    await create.locator('button[type="submit"]').click();
    await create.locator('input[name="emailAddresses"]').waitFor();
    await create.locator('.cl-formButtonReset').click();
    await page.waitForURL(/\/protected/);
    await page.goto(`${e2e.url}/organizations`);
    await adminOnly(page).waitFor();

    // The logo chosen in the create form is the organization's.
    await profile(page).locator('.cl-profileSection__organizationProfile img').waitFor();

    // An invitation to a second address, with the member role.
    await profile(page).locator('.cl-navbarButton__members').click();
    await profile(page).locator('.cl-tabButton__invitations').click();
    await profile(page).locator('.cl-profileSectionPrimaryButton__invite').click();
    await profile(page).locator('input[name="emailAddresses"]').fill(invitee);
    await profile(page).locator('input[name="emailAddresses"]').press('Enter');
    await profile(page).locator('.cl-table__invitations tbody tr', { hasText: invitee }).waitFor();

    // The invitee opens the mailed link in their own browser and signs up: the address is the invitation's.
    const link = await invitationLink(invitee);
    const ivyContext = await e2e.newContext();
    const ivy = await ivyContext.newPage();
    const ivyWatch = watchPage(ivy);
    await ivy.goto(link);
    await ivy.waitForFunction(
      (expected) =>
        document.querySelector<HTMLInputElement>('latch-sign-up input[name="emailAddress"]')?.value === expected,
      invitee,
    );
    await ivy.locator('latch-sign-up input[name="password"]').fill(password);
    await ivy.locator('latch-sign-up button[type="submit"]').click();
    await ivy.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    // A member now: Acme is in their list; choosing it makes it active. Admin content stays hidden.
    await ivy.goto(`${e2e.url}/organizations`);
    await ivy.locator('latch-org-list .cl-organizationListPreviewButton', { hasText: `Acme ${stamp}` }).click();
    await ivy.waitForURL(/\/protected/);
    await ivy.goto(`${e2e.url}/organizations`);
    await notAdmin(ivy).waitFor();
    assert.equal(await adminOnly(ivy).isVisible(), false);
    // A member sees the People page but cannot manage it.
    await profile(ivy).locator('.cl-navbarButton__members').click();
    await memberRow(ivy, ada).waitFor();
    assert.equal(await profile(ivy).locator('select').count(), 0);

    // Ada sees the new member and makes them an admin.
    await page.reload();
    await profile(page).locator('.cl-navbarButton__members').click();
    await memberRow(page, invitee).waitFor();
    await memberRow(page, invitee).locator('select').selectOption('org:admin');
    await page.waitForFunction(
      (email) =>
        Array.from(document.querySelectorAll('latch-org-profile .cl-table__members tbody tr')).some(
          (row) => row.textContent?.includes(email) && row.querySelector('select')?.value === 'org:admin',
        ) && !document.querySelector('latch-org-profile table[aria-busy="true"]'),
      invitee,
    );

    // The invitee was reading another tab; coming back to this one touches the session, whose answer carries
    // the new membership: the protected content shows without a reload.
    // Playwright tells every page it has focus; without that emulation, switching tabs fires real focus events.
    await (await ivyContext.newCDPSession(ivy)).send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const elsewhere = await ivyContext.newPage();
    await elsewhere.bringToFront();
    await ivy.bringToFront();
    await adminOnly(ivy).waitFor();
    await elsewhere.close();

    // Ada removes them: their page no longer has the organization.
    await memberRow(page, invitee).locator('.cl-button__remove').click();
    await memberRow(page, invitee).waitFor({ state: 'detached' });
    await ivy.reload();
    await ivy.locator('latch-org-list').waitFor();
    assert.equal(await adminOnly(ivy).isVisible(), false);

    // Ada deletes Acme, typing its name.
    await profile(page).locator('.cl-navbarButton__general').click();
    await profile(page).locator('.cl-profileSectionPrimaryButton__delete').click();
    await profile(page).locator('input[name="confirmDeletion"]').fill(`Acme ${stamp}`);
    await profile(page).locator('input[name="confirmDeletion"]').press('Enter');
    await profile(page).locator('.cl-profileSection__organizationProfile').waitFor({ state: 'detached' });
    assert.deepEqual(await watch.problems(), []);
    assert.deepEqual(await ivyWatch.problems(), []);
  });
});
