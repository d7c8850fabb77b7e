/**
 * End to end, the organization profile opened from the switcher ("Organization settings": Latch's modal, its chunk
 * fetched then) on a plain page of another origin with the script tag, in Debian Chromium against the dev server
 * over HTTP (organizations and verified domains on).
 * Leave: the organization's only admin types its name to leave and is refused, with the reason in the form and the
 * membership kept; a member leaves the same way, the browser lands on the switcher's `after-leave-organization-url`
 * and the switcher no longer lists the organization.
 * Domains: an admin adds a domain, verifies it with the code the dev mailbox received at an address there, and sets
 * its enrollment mode; the server holds what the page shows.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useE2e } from './fixture.js';
import { createVerifiedUser, scriptTag, signInWithPassword, watchPage } from './helpers.js';

const password = 'amber-quarry-willow-17';
const stamp = Date.now();

const e2e = useE2e({
  instance: { organization_settings: { enabled: true, domains_enabled: true } },
  // The plain server answers every path with this page, so `/left` is the same page at another address.
  site: (server) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Organizations</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
    <latch-signed-in><latch-org-switcher after-leave-organization-url="/left"></latch-org-switcher></latch-signed-in>
    </main></body></html>`,
});

const trigger = (page: Page) => page.locator('latch-org-switcher .cl-organizationSwitcherTrigger');
const item = (page: Page, name: string) =>
  page.locator('latch-org-switcher [role="menuitem"]', { has: page.getByText(name, { exact: true }) });
const profile = (page: Page) => page.locator('latch-modal latch-org-profile');

/** A user made in the dev server's store, signed in on the site in a browser of their own, with `org` active. */
async function signedInWith(email: string, org: string): Promise<Page> {
  const page = await e2e.newPage();
  await page.goto(e2e.site.url);
  await signInWithPassword(page, email, password);
  await trigger(page).click();
  await item(page, org).click();
  await trigger(page).filter({ hasText: org }).waitFor();
  return page;
}

/** "Organization settings" in the switcher: the organization profile in Latch's modal, on its General page. */
async function openProfile(page: Page): Promise<void> {
  await trigger(page).click();
  await page.getByRole('menuitem', { name: 'Organization settings' }).click();
  await profile(page).locator('.cl-profileSection__organizationProfile').waitFor();
}

/** Leave on the General page, confirmed by typing the organization's name. */
async function leave(page: Page, name: string): Promise<void> {
  await profile(page).locator('.cl-profileSectionPrimaryButton__leave').click();
  await profile(page).locator('input[name="confirmDeletion"]').fill(name);
  await profile(page).locator('input[name="confirmDeletion"]').press('Enter');
}

describe('organization profile from the switcher: leave, domains (e2e)', () => {
  const acmeName = `Acme ${stamp}`;
  const [ada, bo] = [`ada-${stamp}@example.com`, `bo-${stamp}@example.com`];
  let acme: { id: string };
  let adaId: string;
  let boId: string;

  before(async () => {
    adaId = await createVerifiedUser(e2e.server, ada, password, 'Ada');
    boId = await createVerifiedUser(e2e.server, bo, password, 'Bo');
    acme = e2e.server.context.organizations.create(adaId, { name: acmeName });
    e2e.server.context.organizations.addMember(acme.id, boId, 'org:member');
  });

  it('the only admin is refused leaving; a member leaves and lands on after-leave-organization-url', async () => {
    // Ada is Acme's only admin: the server refuses, the form says why and keeps what she typed.
    const adaPage = await signedInWith(ada, acmeName);
    const adaWatch = watchPage(adaPage);
    await openProfile(adaPage);
    await leave(adaPage, acmeName);
    const refusal = profile(adaPage).locator('.cl-form__leave [role="alert"]');
    await refusal.waitFor();
    assert.match((await refusal.textContent()) ?? '', /last admin/);
    assert.equal(await profile(adaPage).locator('input[name="confirmDeletion"]').inputValue(), acmeName);
    assert.equal(e2e.server.context.organizations.membership(acme.id, adaId)?.role, 'org:admin');
    assert.equal(new URL(adaPage.url()).pathname, '/');

    // Bo, a member, leaves: the modal closes, the browser goes to /left, where the switcher no longer has Acme.
    const boPage = await signedInWith(bo, acmeName);
    const boWatch = watchPage(boPage);
    await openProfile(boPage);
    await leave(boPage, acmeName);
    await boPage.waitForURL((url) => url.pathname === '/left');
    await trigger(boPage).filter({ hasText: 'Personal account' }).waitFor();
    assert.equal(e2e.server.context.organizations.membership(acme.id, boId), null);
    await trigger(boPage).click();
    await boPage.getByRole('menuitem', { name: 'New organization' }).waitFor();
    assert.equal(await item(boPage, acmeName).count(), 0);
    assert.equal(await boPage.locator('latch-modal').count(), 0);
    assert.deepEqual(await adaWatch.problems(), []);
    assert.deepEqual(await boWatch.problems(), []);
  });

  it('an admin adds a domain, verifies it with the mailed code, and sets its enrollment mode', async () => {
    const domain = `acme-${stamp}.test`;
    const address = `it@${domain}`;
    const page = await signedInWith(ada, acmeName);
    const watch = watchPage(page);
    await openProfile(page);
    await profile(page).locator('.cl-navbarButton__domains').click();
    await profile(page).locator('.cl-profileSectionPrimaryButton__organizationDomains').click();
    await profile(page).locator('input[name="domain"]').fill(domain);
    await profile(page).locator('input[name="domain"]').press('Enter');
    await profile(page).locator('input[name="affiliationEmailAddress"]').fill(address);
    await profile(page).locator('input[name="affiliationEmailAddress"]').press('Enter');

    // The code the dev mailbox received at the domain; a complete code submits itself.
    const code = profile(page).locator('input[name="code"]');
    await code.waitFor();
    await code.pressSequentially(await e2e.latestCode(address));
    const row = profile(page).locator('.cl-profileSectionItem__organizationDomain', { hasText: domain });
    await row.locator('.cl-badge__manual_invitation').waitFor();

    // Enrollment: people with an address at the domain are suggested to join.
    await row.locator('.cl-button__enrollment').click();
    await profile(page).locator('input[value="automatic_suggestion"]').check();
    await profile(page).locator('form.cl-form__enrollmentMode button[type="submit"]').click();
    await row.locator('.cl-badge__automatic_suggestion').waitFor();
    const stored = e2e.server.context.organizationDomains
      .list(acme.id, { limit: 10, offset: 0 })
      .data.find((d) => d.name === domain);
    assert.equal(stored?.enrollment_mode, 'automatic_suggestion');
    assert.ok(stored?.verified_at, 'the domain is verified');
    assert.deepEqual(await watch.problems(), []);
  });
});
