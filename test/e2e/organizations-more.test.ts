/**
 * End to end, more organizations: a plain page of another origin with the script tag, in Debian Chromium against
 * the dev server over HTTP. Verified domains suggest (or invite to) an organization, and the switcher asks to join
 * (or joins); an admin accepts the request; an existing user accepts an invitation from the switcher, another
 * opens the mailed link and the ticket signs them in; a member leaves; the session token's `o` claim follows
 * switching between two organizations and the personal account.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import {
  createVerifiedUser,
  orgClaim,
  signInWithPassword,
  switcherPage,
  verifiedDomain,
  watchErrors,
} from './helpers.js';

const password = 'amber-quarry-willow-17';
const stamp = Date.now();

const e2e = useE2e({
  instance: { organization_settings: { enabled: true } },
  site: (server) => switcherPage(server),
});

const trigger = (page: Page) => page.locator('latch-org-switcher .cl-organizationSwitcherTrigger');
const item = (page: Page, name: string) =>
  page.locator('latch-org-switcher [role="menuitem"]', { has: page.getByText(name, { exact: true }) });
const accept = (page: Page, label: string) => page.getByRole('menuitem', { name: label, exact: true });

/** A user made in the dev server's store, and a page of their own browser signed in on the site. */
async function signedIn(name: string, email: string): Promise<{ id: string; page: Page; problems: () => string[] }> {
  const id = await createVerifiedUser(e2e.server, email, password, name);
  const page = await e2e.newPage();
  const problems = watchErrors(page);
  await page.goto(e2e.site.url);
  await signInWithPassword(page, email, password);
  await trigger(page).waitFor();
  return { id, page, problems };
}

/**
 * Ada invites `email` to Acme as a member. Through the dev server's store: on a script-tag page,
 * `organization.inviteMember` needs the organization profile's chunk, which this page does not load.
 */
function invite(orgId: string, email: string): void {
  const pages = { signUp: `${e2e.site.url}#/sign-up`, signIn: `${e2e.site.url}#/sign-in` };
  e2e.server.context.organizationInvitations.create(
    orgId,
    { emailAddresses: [email], role: 'org:member', notify: true },
    pages,
  );
}

/**
 * Switches in the switcher to `name` (or the personal account) and waits for the trigger to say so. A page that has
 * just signed in may still apply a client update (the menu is then drawn anew, closed) or already be on `name`
 * (the active organization is not listed as an item): the menu is opened again until the item shows.
 */
async function switchTo(page: Page, name: string): Promise<void> {
  const switched = trigger(page).filter({ hasText: name });
  for (let attempt = 1; ; attempt++) {
    if (await switched.count()) return;
    await trigger(page).click();
    try {
      await item(page, name).click({ timeout: attempt < 4 ? 5_000 : 30_000 });
      break;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await switched.waitFor();
}

describe('organizations, more (e2e)', () => {
  let ada: Awaited<ReturnType<typeof signedIn>>;
  let acme: { id: string; slug: string };
  let globex: { id: string; slug: string };
  const acmeDomain = `acme-${stamp}.test`;
  const globexDomain = `globex-${stamp}.test`;

  before(async () => {
    ada = await signedIn('Ada', `ada-${stamp}@example.com`);
    acme = e2e.server.context.organizations.create(ada.id, { name: 'Acme' });
    globex = e2e.server.context.organizations.create(ada.id, { name: 'Globex' });
    verifiedDomain(e2e.server, acme.id, acmeDomain, 'automatic_suggestion');
    verifiedDomain(e2e.server, globex.id, globexDomain, 'automatic_invitation');
  });

  it('a suggested organization: the new user asks to join, and is in once an admin accepts', async () => {
    const ben = await signedIn('Ben', `ben@${acmeDomain}`);
    await trigger(ben.page).click();
    await accept(ben.page, 'Ask to join: Acme').click();
    await accept(ben.page, 'Acme: Awaiting approval').waitFor();
    assert.equal(e2e.server.context.organizations.membership(acme.id, ben.id), null);

    // Ada, an admin of Acme, accepts the request from her page (the organization profile's Requests do the same).
    const accepted = await ada.page.evaluate(async (orgId) => {
      type Request = { accept(): Promise<{ status: string }> };
      const latch = (
        window as unknown as {
          Latch: {
            reloadClient(): Promise<unknown>;
            setActive(p: { organization: string }): Promise<void>;
            organization: { getMembershipRequests(): Promise<{ data: Request[] }> };
          };
        }
      ).Latch;
      // The organizations were made in the server's store after her page loaded: the client learns of them.
      await latch.reloadClient();
      await latch.setActive({ organization: orgId });
      const requests = await latch.organization.getMembershipRequests();
      return (await requests.data[0]?.accept())?.status;
    }, acme.id);
    assert.equal(accepted, 'accepted');

    await ben.page.reload();
    await switchTo(ben.page, 'Acme');
    const claim = await orgClaim(ben.page);
    assert.deepEqual([claim?.id, claim?.slg, claim?.rol], [acme.id, acme.slug, 'member']);
    assert.deepEqual(ben.problems(), []);
  });

  it('an invitation by domain: joined from the switcher at once; the claims follow two organizations and the personal account', async () => {
    const cy = await signedIn('Cy', `cy@${globexDomain}`);
    await trigger(cy.page).click();
    await accept(cy.page, 'Join: Globex').click();
    await item(cy.page, 'Globex').waitFor();
    assert.equal(e2e.server.context.organizations.membership(globex.id, cy.id)?.role, 'org:member');
    // Ada adds Cy to Acme too, so that Cy has two organizations to switch between.
    e2e.server.context.organizations.addMember(acme.id, cy.id, 'org:admin');
    await cy.page.reload();

    await switchTo(cy.page, 'Globex');
    const inGlobex = await orgClaim(cy.page);
    assert.deepEqual([inGlobex?.id, inGlobex?.slg, inGlobex?.rol], [globex.id, globex.slug, 'member']);
    await switchTo(cy.page, 'Acme');
    const inAcme = await orgClaim(cy.page);
    assert.deepEqual([inAcme?.id, inAcme?.slg, inAcme?.rol], [acme.id, acme.slug, 'admin']);
    await switchTo(cy.page, 'Personal account');
    assert.equal(await orgClaim(cy.page), null);
    assert.deepEqual(cy.problems(), []);
  });

  it('an invitation to an existing user is accepted from the switcher; a member leaves', async () => {
    const dee = await signedIn('Dee', `dee-${stamp}@example.com`);
    invite(acme.id, `dee-${stamp}@example.com`);

    await dee.page.reload();
    await trigger(dee.page).click();
    await accept(dee.page, 'Join: Acme').click();
    await item(dee.page, 'Acme').click();
    await trigger(dee.page).filter({ hasText: 'Acme' }).waitFor();
    assert.equal((await orgClaim(dee.page))?.rol, 'member');

    // Dee leaves Acme: the switcher falls back to the personal account and no longer offers Acme.
    await dee.page.evaluate(async (orgId) => {
      const latch = (
        window as unknown as {
          Latch: {
            user: { leaveOrganization(id: string): Promise<void> };
            setActive(p: { organization: null }): Promise<void>;
            reloadClient(): Promise<unknown>;
          };
        }
      ).Latch;
      await latch.setActive({ organization: null });
      await latch.user.leaveOrganization(orgId);
      await latch.reloadClient();
    }, acme.id);
    await trigger(dee.page).filter({ hasText: 'Personal account' }).waitFor();
    assert.equal(e2e.server.context.organizations.membership(acme.id, dee.id), null);
    await trigger(dee.page).click();
    await dee.page.getByRole('menuitem', { name: 'New organization' }).waitFor();
    assert.equal(await item(dee.page, 'Acme').count(), 0);
    assert.deepEqual(dee.problems(), []);
  });

  it('the mailed invitation link signs an existing user in with its ticket, into the organization', async () => {
    const email = `eve-${stamp}@example.com`;
    const eveId = await createVerifiedUser(e2e.server, email, password, 'Eve');
    invite(acme.id, email);
    const mail = e2e.server.context.mailbox.list({ to: email })[0];
    const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0] ?? '';
    assert.ok(new URL(link).searchParams.get('__clerk_ticket'), `a ticket link: ${link}`);
    assert.equal(new URL(link).origin, new URL(e2e.site.url).origin, 'the link opens the page the admin invited from');

    const page = await e2e.newPage();
    const problems = watchErrors(page);
    await page.goto(link);
    await trigger(page).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('__clerk_ticket'), null, 'the spent ticket left the URL');
    assert.equal(e2e.server.context.organizations.membership(acme.id, eveId)?.role, 'org:member');
    await switchTo(page, 'Acme');
    assert.equal((await orgClaim(page))?.id, acme.id);
    assert.deepEqual(problems(), []);
  });
});
