/**
 * End to end: `<latch-org-profile>` on the demo's Organizations page, in Debian Chromium against the dev server
 * over HTTP (organizations on). Ada creates an organization with its logo in the create form, invites a second
 * address; the invitee opens the mailed link in another browser, signs up and is a member; Ada sees them in the
 * People table and makes them an admin, and only then does `<latch-protect role="org:admin">` show them its
 * content, as soon as they come back to their tab (no reload); Ada removes them, and back on their tab (no reload)
 * the protected content and the header's switcher follow; she deletes the organization with its name typed.
 * Requests: two newcomers whose address is at a verified domain (automatic suggestion) ask to join from the
 * header's switcher; the admin approves one and declines the other in the Members page's Requests tab; the
 * approved one, back on their tab, has the organization.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, signInWithPassword, verifiedDomain, watchPage } from './helpers.js';

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
/** The organization switcher demo.js puts in the page's header when organizations are on. */
const switcher = (page: Page) => page.locator('latch-org-switcher .cl-organizationSwitcherTrigger');

/** A user signed in on the demo in a browser of their own, once the sign-in's redirect landed. */
async function signedInPage(email: string): Promise<Page> {
  const page = await e2e.newPage();
  await page.goto(`${e2e.url}/sign-in`);
  await signInWithPassword(page, email, password);
  await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
  // The user button shows as soon as the session is set, before the card's own redirect after sign-in: let
  // that land first, or it can take the page away from the next `goto` (a 30 s timeout in CI once).
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/**
 * The user was reading another tab and comes back to `page`, until `arrived` shows: the return touches the
 * session, whose answer carries what changed meanwhile (no reload). Playwright tells every page it has focus;
 * without that emulation, switching tabs fires real focus events. A touch on focus is throttled (once per 5 s),
 * so a return soon after the previous one may not touch: the user comes back again. `arrived(timeout)` waits for
 * what the return brings.
 */
async function comeBack(page: Page, arrived: (timeout: number) => Promise<unknown>): Promise<void> {
  await (await page.context().newCDPSession(page)).send('Emulation.setFocusEmulationEnabled', { enabled: false });
  for (let attempt = 1; ; attempt++) {
    const elsewhere = await page.context().newPage();
    await elsewhere.bringToFront();
    await page.bringToFront();
    await elsewhere.close();
    try {
      await arrived(8_000);
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

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
    // Ada signs in and creates Acme with a logo, skips the invite step; Acme becomes active.
    await createVerifiedUser(e2e.server, ada, password, 'Ada');
    const page = await signedInPage(ada);
    const watch = watchPage(page);
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
    const ivy = await e2e.newPage();
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

    // The invitee was reading another tab; coming back to this one, the new role shows without a reload.
    await comeBack(ivy, (timeout) => adminOnly(ivy).waitFor({ timeout }));

    // Ada removes them: when they come back to their tab, without a reload, the protected content gives way to
    // its fallback and the header's switcher is back on the personal account.
    await memberRow(page, invitee).locator('.cl-button__remove').click();
    await memberRow(page, invitee).waitFor({ state: 'detached' });
    await comeBack(ivy, (timeout) => notAdmin(ivy).waitFor({ timeout }));
    assert.equal(await adminOnly(ivy).isVisible(), false);
    await switcher(ivy).filter({ hasText: 'Personal account' }).waitFor();
    await switcher(ivy).click();
    await ivy.getByRole('menuitem', { name: 'New organization' }).waitFor();
    assert.equal(await ivy.locator('latch-org-switcher [role="menuitem"]', { hasText: `Acme ${stamp}` }).count(), 0);

    // Ada deletes Acme, typing its name.
    await profile(page).locator('.cl-navbarButton__general').click();
    await profile(page).locator('.cl-profileSectionPrimaryButton__delete').click();
    await profile(page).locator('input[name="confirmDeletion"]').fill(`Acme ${stamp}`);
    await profile(page).locator('input[name="confirmDeletion"]').press('Enter');
    await profile(page).locator('.cl-profileSection__organizationProfile').waitFor({ state: 'detached' });
    assert.deepEqual(await watch.problems(), []);
    assert.deepEqual(await ivyWatch.problems(), []);
  });

  it('Requests: two newcomers of a verified domain ask to join; the admin approves one and declines the other', async () => {
    const stamp = Date.now();
    const name = `Globex ${stamp}`;
    const domain = `globex-${stamp}.test`;
    const [grace, ben, cy] = [`grace-${stamp}@example.com`, `ben@${domain}`, `cy@${domain}`];
    const graceId = await createVerifiedUser(e2e.server, grace, password, 'Grace');
    const globex = e2e.server.context.organizations.create(graceId, { name });
    verifiedDomain(e2e.server, globex.id, domain, 'automatic_suggestion');

    // Ben and Cy sign in: the header's switcher suggests Globex to each, and each asks to join.
    const askToJoin = async (email: string, first: string): Promise<Page> => {
      await createVerifiedUser(e2e.server, email, password, first);
      const page = await signedInPage(email);
      await switcher(page).click();
      await page.getByRole('menuitem', { name: `Ask to join: ${name}`, exact: true }).click();
      await page.getByRole('menuitem', { name: `${name}: Awaiting approval`, exact: true }).waitFor();
      await page.keyboard.press('Escape');
      return page;
    };
    const benPage = await askToJoin(ben, 'Ben');
    const benWatch = watchPage(benPage);
    await askToJoin(cy, 'Cy');

    // Grace makes Globex active and answers both in the Members page's Requests tab.
    const page = await signedInPage(grace);
    const watch = watchPage(page);
    await page.goto(`${e2e.url}/organizations`);
    await page.locator('latch-org-list .cl-organizationListPreviewButton', { hasText: name }).click();
    await page.waitForURL(/\/protected/);
    await page.goto(`${e2e.url}/organizations`);
    await adminOnly(page).waitFor();
    await profile(page).locator('.cl-navbarButton__members').click();
    await profile(page).locator('.cl-tabButton__requests').click();
    const request = (email: string) => profile(page).locator('.cl-table__requests tbody tr', { hasText: email });
    await request(cy).waitFor();
    await request(ben).locator('.cl-button__approve').click();
    await request(ben).waitFor({ state: 'detached' });
    await request(cy).locator('.cl-button__reject').click();
    await request(cy).waitFor({ state: 'detached' });
    await profile(page).getByText('No one is asking to join.').waitFor();

    // Ben is a member, Cy is not, as the Members tab and the server say.
    await profile(page).locator('.cl-tabButton__members').click();
    await memberRow(page, ben).waitFor();
    assert.equal(await memberRow(page, cy).count(), 0);
    const idOf = (email: string) => e2e.server.context.users.findByEmail(email)?.id ?? '';
    assert.equal(e2e.server.context.organizations.membership(globex.id, idOf(ben))?.role, 'org:member');
    assert.equal(e2e.server.context.organizations.membership(globex.id, idOf(cy)), null);

    // Back on his tab, without a reload, Ben finds Globex among his organizations and makes it active.
    await comeBack(benPage, (timeout) =>
      benPage.waitForFunction(
        (orgName) =>
          (
            window as unknown as { Latch: { user: { organizationMemberships: { organization: { name: string } }[] } } }
          ).Latch.user.organizationMemberships.some((m) => m.organization.name === orgName),
        name,
        { timeout },
      ),
    );
    await switcher(benPage).click();
    await benPage.locator('latch-org-switcher [role="menuitem"]', { hasText: name }).first().click();
    await switcher(benPage).filter({ hasText: name }).waitFor();
    assert.deepEqual(await watch.problems(), []);
    assert.deepEqual(await benWatch.problems(), []);
  });
});
