/**
 * End to end: organizations on a plain page of another origin with the script tag, in Debian Chromium against
 * the dev server over HTTP (organizations switched on for the instance). Ada creates an organization from the
 * switcher, in Latch's modal; `<latch-protect role="org:admin">` shows its content; switching to the personal
 * account hides it (the session token's `o` claim follows). Grace, added as a member, sees only member content,
 * and the server refuses her an admin call: `<latch-protect>` hides, the server secures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, orgClaim, signInWithPassword, switcherPage, watchErrors } from './helpers.js';

const password = 'amber-quarry-willow-17';

const e2e = useE2e({
  instance: { organization_settings: { enabled: true } },
  site: (server) =>
    switcherPage(
      server,
      `<latch-protect role="org:admin"><p id="admin-content">Admin settings</p>
      <p slot="fallback" id="not-admin">Admins only</p></latch-protect>
    <latch-protect permission="org:sys_memberships:read"><p id="member-content">Member directory</p></latch-protect>`,
    ),
});

const createUser = (email: string, firstName: string) => createVerifiedUser(e2e.server, email, password, firstName);

const trigger = (page: Page) => page.locator('latch-org-switcher .cl-organizationSwitcherTrigger');
const item = (page: Page, name: string) => page.locator('latch-org-switcher [role="menuitem"]', { hasText: name });
const admin = (page: Page) => page.locator('#admin-content');
const notAdmin = (page: Page) => page.locator('#not-admin');
const member = (page: Page) => page.locator('#member-content');

describe('organizations (e2e)', () => {
  it('creates an organization, protects by role, switches to the personal account, and the server refuses a member', async () => {
    const stamp = Date.now();
    const ada = `ada-${stamp}@example.com`;
    const grace = `grace-${stamp}@example.com`;
    await createUser(ada, 'Ada');
    const graceId = await createUser(grace, 'Grace');

    const adaContext = await e2e.newContext();
    const page = await adaContext.newPage();
    const problems = watchErrors(page);
    await page.goto(e2e.site.url);
    await signInWithPassword(page, ada, password);
    await trigger(page).filter({ hasText: 'Personal account' }).waitFor();
    await notAdmin(page).waitFor();
    assert.equal(await admin(page).isVisible(), false);

    // Create "Acme" from the switcher: <latch-create-org> opens in Latch's modal (its chunk fetched then); past
    // the invite step (skipped) the modal closes, Acme is active and Ada is its admin.
    await trigger(page).click();
    await item(page, 'New organization').click();
    const create = page.locator('latch-modal latch-create-org');
    await create.locator('input[name="name"]').fill('Acme');
    await create.locator('button[type="submit"]').click();
    await create.locator('.cl-formButtonReset').click();
    await page.locator('latch-modal').waitFor({ state: 'detached' });
    await trigger(page).filter({ hasText: 'Acme' }).waitFor();
    await admin(page).waitFor();
    await member(page).waitFor();
    const claim = await orgClaim(page);
    assert.equal(claim?.rol, 'admin');
    const orgId = claim?.id as string;

    // The personal account: no organization, so the protected content hides and the token has no `o`.
    await trigger(page).click();
    await item(page, 'Personal account').click();
    await trigger(page).filter({ hasText: 'Personal account' }).waitFor();
    await notAdmin(page).waitFor();
    assert.equal(await admin(page).isVisible(), false);
    assert.equal(await member(page).isVisible(), false);
    assert.equal(await orgClaim(page), null);
    assert.deepEqual(problems(), []);

    // Grace joins Acme as a member (an admin added her: the dev server's domain call stands in for that step).
    e2e.server.context.organizations.addMember(orgId, graceId, 'org:member');
    const graceContext = await e2e.newContext();
    const gracePage = await graceContext.newPage();
    await gracePage.goto(e2e.site.url);
    await signInWithPassword(gracePage, grace, password);
    await trigger(gracePage).click();
    await item(gracePage, 'Acme').click();
    await trigger(gracePage).filter({ hasText: 'Acme' }).waitFor();
    await member(gracePage).waitFor();
    await notAdmin(gracePage).waitFor();
    assert.equal(await admin(gracePage).isVisible(), false);
    assert.equal((await orgClaim(gracePage))?.rol, 'member');

    // Hiding is not securing: an admin call from Grace's page is refused by the server.
    const refused = await gracePage.evaluate(async () => {
      const latch = (
        window as unknown as { Latch: { organization: { update(p: { name: string }): Promise<unknown> } } }
      ).Latch;
      try {
        await latch.organization.update({ name: 'Taken over' });
        return 'accepted';
      } catch (error) {
        return `${(error as { status?: number }).status} ${(error as { errors?: Array<{ code: string }> }).errors?.[0]?.code}`;
      }
    });
    assert.equal(refused, '403 not_allowed_access');
    assert.equal(e2e.server.context.organizations.get(orgId)?.name, 'Acme');

    await adaContext.close();
    await graceContext.close();
  });
});
