import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { MemoryFrontendApiOptions } from '../../src/api/memory/memory-api.js';
import '../../src/components/org-profile/index.js';
import type { LatchOrgProfile } from '../../src/components/org-profile/org-profile.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const BOB = {
  emailAddress: 'bob@example.com',
  password: 'correct-horse-battery',
  firstName: '<img src=x onerror=alert(1)>',
};
const CAROL = { emailAddress: 'carol@example.com', password: 'correct-horse-battery', firstName: 'Carol' };

/** An instance with verified domains on (the Domains page shows only there). */
function domainsEnvironment() {
  const environment = defaultEnvironment();
  Object.assign(environment, {
    organization_settings: { enabled: true, actions: { admin_delete: true }, domains: { enabled: true } },
  });
  return environment;
}

/** Alice and Bob in Acme; `aliceRole` is Alice's role. Carol asks to join. */
async function mountProfile(aliceRole = 'org:admin', extra: Partial<MemoryFrontendApiOptions> = {}) {
  const ctx = await loadedLatch({
    users: [ALICE, BOB, CAROL],
    clientState: 'signed-in',
    activeOrganization: 'acme',
    environment: domainsEnvironment(),
    organizations: [
      {
        name: '<b>Acme</b>',
        slug: 'acme',
        members: [
          { emailAddress: ALICE.emailAddress, role: aliceRole },
          { emailAddress: BOB.emailAddress, role: 'org:admin' },
        ],
        invitations: [{ emailAddress: 'dave@example.com', role: 'org:member' }],
      },
    ],
    membershipRequests: { acme: [CAROL.emailAddress] },
    ...extra,
  });
  const el = await fixture<LatchOrgProfile>(
    html`<latch-org-profile .latch=${ctx.latch} routing="virtual"></latch-org-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSection__organizationProfile'), 'general page');
  return { ...ctx, el };
}

const $ = <T extends HTMLElement = HTMLElement>(el: ParentNode, selector: string) => {
  const found = el.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const navLabels = (el: HTMLElement) => [...el.querySelectorAll('.cl-navbarButton')].map((b) => b.textContent?.trim());

async function openMembers(el: HTMLElement) {
  $(el, '.cl-navbarButton__members').click();
  await until(() => el.querySelectorAll('.cl-table__members tbody tr').length >= 2, 'members listed');
  await settled(el);
}

/** Waits until no change or reload is in flight in the People tables. */
const settled = (el: HTMLElement) =>
  until(() => !el.querySelector('table[aria-busy="true"]') && el.querySelector('table'), 'tables settled');

describe('<latch-org-profile> General page', () => {
  it('shows the organization to an admin, names as text, with every page in the navbar, accessibly', async () => {
    const { el } = await mountProfile();
    expect(navLabels(el)).to.deep.equal(['General', 'People', 'Domains']);
    const section = $(el, '.cl-profileSection__organizationProfile');
    expect(section.textContent).to.contain('<b>Acme</b>');
    expect(section.querySelector('b')).to.equal(null);
    expect(el.querySelector('.cl-profileSectionPrimaryButton__organizationProfile')).to.exist;
    expect(el.querySelector('.cl-profileSectionPrimaryButton__leave')).to.exist;
    expect(el.querySelector('.cl-profileSectionPrimaryButton__delete')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('hides what a member may not do: no edit, no delete, no People management, no Domains', async () => {
    const { el } = await mountProfile('org:member');
    expect(navLabels(el)).to.deep.equal(['General', 'People']);
    expect(el.querySelector('.cl-profileSectionPrimaryButton__organizationProfile')).to.equal(null);
    expect(el.querySelector('.cl-profileSectionPrimaryButton__delete')).to.equal(null);
    expect(el.querySelector('.cl-profileSectionPrimaryButton__leave')).to.exist;
    await openMembers(el);
    expect(el.querySelector('[role="tablist"]')).to.equal(null);
    expect(el.querySelector('select')).to.equal(null);
    expect(el.querySelector('.cl-button__remove')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the last admin is refused leaving, with a localized error in the confirmation, what was typed kept', async () => {
    const { el, latch } = await mountProfile('org:admin', {
      organizations: [
        { name: 'Solo', slug: 'acme', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      ],
    });
    $(el, '.cl-profileSectionPrimaryButton__leave').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === el.querySelector('input[name="confirmDeletion"]'), 'field focused');
    await sendKeys({ type: 'Solo' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-form__leave [role="alert"]'), 'refusal shown');
    expect($(el, '.cl-form__leave [role="alert"]').textContent).to.contain('last admin');
    expect(input(el, 'confirmDeletion').value).to.equal('Solo');
    expect(latch.organization?.slug).to.equal('acme');
    await expect(el).to.be.accessible();
    // Cancel from the keyboard: back to the Leave button, the organization still there.
    $(el, '.cl-form__leave .cl-formButtonReset').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === el.querySelector('.cl-profileSectionPrimaryButton__leave'), 'back');
    expect(el.querySelector('.cl-profileSectionPrimaryButton__delete')).to.exist;
  });

  it('edits name and slug with the keyboard; a bad slug and a refused save keep what was typed', async () => {
    const { el, api, latch } = await mountProfile();
    $(el, '.cl-profileSectionPrimaryButton__organizationProfile').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === el.querySelector('input[name="name"]'), 'name focused');
    await expect(el).to.be.accessible();
    input(el, 'name').select();
    await sendKeys({ type: 'Acme & Sons' });
    await sendKeys({ press: 'Tab' });
    input(el, 'slug').select();
    await sendKeys({ type: 'Not A Slug' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__slug'), 'slug error');
    expect(input(el, 'name').value).to.equal('Acme & Sons');
    expect(document.activeElement).to.equal(input(el, 'slug'));
    input(el, 'slug').select();
    await sendKeys({ type: 'acme-sons' });
    api.failNext(
      'updateOrganization',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'form_identifier_exists', message: 'is taken', meta: { paramName: 'slug' } }],
      }),
    );
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__slug'), 'server error at the slug');
    expect(input(el, 'slug').value).to.equal('acme-sons');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'acme-sons', 'saved');
    await until(() => !el.querySelector('form'), 'form closed');
    expect($(el, '.cl-profileSection__organizationProfile').textContent).to.contain('Acme & Sons');
  });

  it('uploads a logo, refuses a non-image before any upload, and removes the logo', async () => {
    const { el, latch } = await mountProfile();
    $(el, '.cl-profileSectionPrimaryButton__organizationProfile').click();
    await until(() => el.querySelector('input[type="file"]'), 'file input');
    const file = $<HTMLInputElement>(el, 'input[type="file"]');
    const choose = (f: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(f);
      file.files = transfer.files;
      file.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose(new File(['text'], 'notes.txt', { type: 'text/plain' }));
    await until(() => el.querySelector('.cl-formFieldErrorText__file'), 'file error');
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
      (c) => c.charCodeAt(0),
    );
    choose(new File([png], 'logo.png', { type: 'image/png' }));
    await until(() => latch.organization?.hasImage === true, 'logo set');
    await until(() => el.querySelector('.cl-avatarImageActionsRemove'), 'remove button');
    $(el, '.cl-avatarImageActionsRemove').click();
    await until(() => latch.organization?.hasImage === false, 'logo removed');
  });

  it('deletes only after the name is typed exactly', async () => {
    const { el, latch } = await mountProfile();
    let left = 0;
    el.addEventListener('latch-organization-leave', () => left++);
    $(el, '.cl-profileSectionPrimaryButton__delete').click();
    await until(() => el.querySelector('input[name="confirmDeletion"]'), 'confirmation field');
    await expect(el).to.be.accessible();
    input(el, 'confirmDeletion').focus();
    await sendKeys({ type: 'Acme' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__confirmDeletion'), 'mismatch error');
    expect(input(el, 'confirmDeletion').value).to.equal('Acme');
    input(el, 'confirmDeletion').select();
    await sendKeys({ type: '<b>Acme</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => left === 1, 'leave event');
    expect(latch.organization).to.equal(null);
  });

  it('leaves the organization from the keyboard, after the name is typed', async () => {
    const { el, latch } = await mountProfile('org:member');
    let left = 0;
    el.addEventListener('latch-organization-leave', () => left++);
    $(el, '.cl-profileSectionPrimaryButton__leave').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === el.querySelector('input[name="confirmDeletion"]'), 'field focused');
    expect($(el, '.cl-form__leave').textContent).to.contain('<b>Acme</b>');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '<b>Acme</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization === null, 'left');
    expect(left).to.equal(1);
    expect(latch.user?.organizationMemberships.length).to.equal(0);
  });
});

describe('<latch-org-profile> People page', () => {
  it('lists members with role and date, searches, changes a role and removes a member', async () => {
    const { el, latch } = await mountProfile();
    await openMembers(el);
    const table = $(el, '.cl-table__members');
    expect(table.textContent).to.contain('bob@example.com');
    expect(table.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(table.querySelector('img[src="x"]')).to.equal(null);
    expect(table.querySelectorAll('time').length).to.equal(2);
    // Alice cannot change or remove herself; Bob's row has a select and a Remove button.
    expect(table.querySelectorAll('select').length).to.equal(1);
    await expect(el).to.be.accessible();

    $(el, '.cl-organizationProfileMembersSearchInput').focus();
    await sendKeys({ type: 'bob' });
    await until(() => el.querySelectorAll('.cl-table__members tbody tr').length === 1, 'search narrows');
    await settled(el);

    const select = $<HTMLSelectElement>(el, '.cl-table__members select');
    select.focus();
    select.value = 'org:member';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const org = latch.organization!;
    await el.updateComplete;
    await settled(el);
    expect($<HTMLSelectElement>(el, '.cl-table__members select').value).to.equal('org:member');
    const bob = (await org.getMemberships({ query: 'bob' })).data[0]!;
    expect(bob.role).to.equal('org:member');

    $(el, '.cl-table__members .cl-button__remove').click();
    await until(() => el.querySelector('.cl-table__members .cl-tableRow__empty'), 'Bob removed');
    expect((await org.getMemberships()).total_count).to.equal(1);
  });

  it('pages through more than ten members', async () => {
    const others = Array.from({ length: 11 }, (_, i) => ({
      emailAddress: `member${String(i).padStart(2, '0')}@example.com`,
      password: 'correct-horse-battery',
    }));
    const { el } = await mountProfile('org:admin', {
      users: [ALICE, BOB, CAROL, ...others],
      organizations: [
        {
          name: 'Acme',
          slug: 'acme',
          members: [ALICE, ...others].map((u) => ({ emailAddress: u.emailAddress, role: 'org:admin' })),
        },
      ],
    });
    await openMembers(el);
    const rows = () => el.querySelectorAll('.cl-table__members tbody tr').length;
    expect(rows()).to.equal(10);
    expect($(el, '.cl-paginationRowText').textContent).to.contain('1–10 of 12');
    expect($<HTMLButtonElement>(el, '.cl-paginationButton__previous').disabled).to.equal(true);
    $(el, '.cl-paginationButton__next').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows() === 2, 'second page');
    expect($(el, '.cl-paginationRowText').textContent).to.contain('11–12 of 12');
    await expect(el).to.be.accessible();
  });

  it('shows a refused role change in the alert and keeps the list', async () => {
    const { el, api } = await mountProfile();
    await openMembers(el);
    api.failNext(
      'updateOrganizationMembership',
      new LatchApiError({ status: 403, errors: [{ code: 'not_allowed_access', message: 'not allowed', meta: {} }] }),
    );
    const select = $<HTMLSelectElement>(el, '.cl-table__members select');
    select.value = 'org:member';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.querySelector('[role="alert"]'), 'alert');
    expect(el.querySelectorAll('.cl-table__members tbody tr').length).to.equal(2);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('invites several addresses with a role from the keyboard, and withdraws an invitation', async () => {
    const { el } = await mountProfile();
    await openMembers(el);
    $(el, '.cl-tabButton__members').focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => document.activeElement === el.querySelector('.cl-tabButton__invitations'), 'invitations tab');
    await until(() => el.querySelector('.cl-table__invitations')?.textContent?.includes('dave@example.com'), 'pending');
    await expect(el).to.be.accessible();
    $(el, '.cl-profileSectionPrimaryButton__invite').click();
    await until(() => document.activeElement === el.querySelector('input[name="emailAddresses"]'), 'addresses focused');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddresses'), 'empty error');
    await sendKeys({ type: 'erin@example.com, frank@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => el.querySelector('.cl-table__invitations')?.textContent?.includes('frank@example.com'),
      'invited',
    );
    expect($(el, '.cl-table__invitations').textContent).to.contain('erin@example.com');
    const rows = () => el.querySelectorAll('.cl-table__invitations tbody tr').length;
    expect(rows()).to.equal(3);
    $(el, '.cl-table__invitations .cl-button__revoke').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows() === 2, 'withdrawn');
  });

  it('accepts a request to join from the keyboard', async () => {
    const { el, latch } = await mountProfile();
    await openMembers(el);
    $(el, '.cl-tabButton__members').focus();
    await sendKeys({ press: 'End' });
    await until(() => document.activeElement === el.querySelector('.cl-tabButton__requests'), 'requests tab');
    await until(() => el.querySelector('.cl-table__requests')?.textContent?.includes('carol@example.com'), 'request');
    await expect(el).to.be.accessible();
    $(el, '.cl-table__requests .cl-button__approve').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-table__requests .cl-tableRow__empty'), 'answered');
    expect((await latch.organization!.getMemberships()).total_count).to.equal(3);
  });
});

describe('<latch-org-profile> Domains page', () => {
  it('adds a domain, verifies it with a mailed code, sets the enrollment mode and removes it', async () => {
    const { el, api } = await mountProfile();
    $(el, '.cl-navbarButton__domains').click();
    await until(() => el.querySelector('.cl-profileSectionPrimaryButton__organizationDomains'), 'domains page');
    await expect(el).to.be.accessible();
    $(el, '.cl-profileSectionPrimaryButton__organizationDomains').click();
    await until(() => document.activeElement === el.querySelector('input[name="domain"]'), 'domain focused');
    await sendKeys({ type: 'acme.test' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('input[name="affiliationEmailAddress"]'), 'address step');
    input(el, 'affiliationEmailAddress').focus();
    await sendKeys({ type: 'alice@acme.test' });
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === el.querySelector('input[name="code"]'), 'code step, focused');
    expect(api.sentCodes.at(-1)?.emailAddress).to.equal('alice@acme.test');
    expect($(el, '.cl-form__verifyDomainCode').textContent).to.contain('alice@acme.test');
    await expect(el).to.be.accessible();
    // A wrong code: a localized error under the field, which keeps what was typed and the focus.
    await sendKeys({ type: '111111' });
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'wrong code refused');
    expect(input(el, 'code').value).to.equal('111111');
    expect(document.activeElement).to.equal(input(el, 'code'));
    await expect(el).to.be.accessible();
    input(el, 'code').select();
    await sendKeys({ type: '424242' });
    await until(() => el.querySelector('.cl-badge__manual_invitation'), 'verified');
    $(el, '.cl-button__enrollment').click();
    await until(() => el.querySelector('input[value="automatic_suggestion"]'), 'modes');
    await expect(el).to.be.accessible();
    $(el, 'input[value="automatic_suggestion"]').click();
    $(el, 'form button[type="submit"]').click();
    await until(() => el.querySelector('.cl-badge__automatic_suggestion'), 'mode saved');
    $(el, '.cl-button__remove').click();
    await until(() => el.querySelector('form.cl-form__removeDomain'), 'remove form');
    $(el, 'form button[type="submit"]').click();
    await until(() => !el.querySelector('.cl-profileSectionItem__organizationDomain'), 'removed');
  });
});

describe('<latch-org-profile> custom pages and links', () => {
  it('adds a page with the author content and a link, and reorders the defaults', async () => {
    const { latch, navigations } = await loadedLatch({
      users: [ALICE],
      clientState: 'signed-in',
      activeOrganization: 'acme',
      organizations: [
        { name: 'Acme', slug: 'acme', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      ],
    });
    const el = await fixture<LatchOrgProfile>(html`<latch-org-profile .latch=${latch} routing="virtual">
      <latch-org-profile-page label="Billing" url="billing"><p id="billing-content">Invoices here</p></latch-org-profile-page>
      <latch-org-profile-link label="Home" url="/home"></latch-org-profile-link>
      <latch-org-profile-page label="members"></latch-org-profile-page>
      <latch-org-profile-page label="general"></latch-org-profile-page>
    </latch-org-profile>`);
    await until(() => el.querySelectorAll('.cl-navbarButton').length === 4, 'navbar');
    expect(navLabels(el)).to.deep.equal(['Billing', 'Home', 'People', 'General']);
    expect(el.querySelector<HTMLElement>('latch-org-profile-page[url="billing"]')!.hidden).to.equal(true);
    $(el, '.cl-navbarButton__billing').click();
    await until(() => el.querySelector('.cl-profilePage__billing #billing-content'), 'custom content in the card');
    const page = el.querySelector<HTMLElement>('latch-org-profile-page[url="billing"]')!;
    expect(page.hidden).to.equal(false);
    await expect(el).to.be.accessible();
    $(el, '.cl-navbarButton__general').click();
    await until(() => el.querySelector('.cl-profileSection__organizationProfile'), 'general again');
    expect(page.hidden).to.equal(true);
    $(el, '.cl-navbarButton__link').click();
    await until(() => navigations.length > 0, 'navigated');
    expect(navigations[0]).to.contain('/home');
  });
});
