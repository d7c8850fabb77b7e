import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/create-org/index.js';
import '../../src/components/modal/index.js';
import '../../src/components/org-switcher/index.js';
import type { LatchOrgSwitcher } from '../../src/components/org-switcher/org-switcher.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const BOB = { emailAddress: 'bob@example.com', password: 'correct-horse-battery', firstName: 'Bob' };

/** Alice in Acme (admin) and Globex (member); `active` is the active organization's slug ('' = personal). */
function twoOrgs(active = 'acme') {
  return loadedLatch({
    users: [ALICE, BOB],
    clientState: 'signed-in',
    activeOrganization: active || undefined,
    organizations: [
      { name: 'Acme', slug: 'acme', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      { name: 'Globex', slug: 'globex', members: [{ emailAddress: ALICE.emailAddress, role: 'org:member' }] },
    ],
  });
}

const trigger = (el: Element) => el.querySelector<HTMLButtonElement>('.cl-organizationSwitcherTrigger')!;
const items = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
/** An item's visible name (the avatar's initials are decorative, hidden from assistive technology). */
const nameOf = (item: Element | null | undefined) =>
  (item?.querySelector('.cl-organizationPreviewMainIdentifier') ?? item)?.textContent?.trim();

describe('<latch-org-switcher>', () => {
  it('shows the active organization; the menu lists the personal account, the others and Create', async () => {
    const { latch } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(html`<latch-org-switcher .latch=${latch}></latch-org-switcher>`);
    await until(() => trigger(el), 'trigger');
    expect(trigger(el).textContent).to.contain('Acme');
    trigger(el).click();
    await until(() => items(el).length === 4, 'four items');
    expect(items(el).map(nameOf)).to.deep.equal([
      'Organization settings',
      'Personal account',
      'Globex',
      'New organization',
    ]);
    await expect(el).to.be.accessible();
  });

  it('switches from the keyboard, and the trigger follows; hidePersonal leaves the personal account out', async () => {
    const { latch } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(
      html`<latch-org-switcher .latch=${latch} after-select-organization-url="/orgs/:slug"></latch-org-switcher>`,
    );
    await until(() => trigger(el), 'trigger');
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => document.activeElement === items(el)[0], 'first item focused');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(document.activeElement)).to.equal('Globex');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'globex', 'Globex active');
    await until(() => document.activeElement === trigger(el), 'focus back on the trigger');
    expect(trigger(el).textContent).to.contain('Globex');

    el.hidePersonal = true;
    await el.updateComplete;
    trigger(el).click();
    await until(() => items(el).length > 0, 'menu');
    expect(items(el).map(nameOf)).to.deep.equal(['Organization settings', 'Acme', 'New organization']);
    await sendKeys({ press: 'Escape' });
    await until(() => items(el).length === 0, 'closed');
  });

  it('goes to the personal account, then back; Escape returns focus to the trigger', async () => {
    const { latch } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(html`<latch-org-switcher .latch=${latch}></latch-org-switcher>`);
    await until(() => trigger(el), 'trigger');
    trigger(el).click();
    await until(() => items(el).length > 0, 'menu');
    items(el)[1]!.click();
    await until(() => latch.organization === null, 'personal account');
    expect(trigger(el).textContent).to.contain('Personal account');
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => items(el).length > 0, 'menu');
    await sendKeys({ press: 'Escape' });
    await until(() => document.activeElement === trigger(el), 'trigger focused');
  });

  it('opens <latch-create-org> in the modal from the keyboard; the new organization becomes active', async () => {
    const { latch, navigations } = await twoOrgs('');
    const el = await fixture<LatchOrgSwitcher>(
      html`<latch-org-switcher .latch=${latch} after-create-organization-url="/org/:slug"></latch-org-switcher>`,
    );
    await until(() => trigger(el), 'trigger');
    trigger(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => nameOf(document.activeElement) === 'New organization', 'last item focused');
    await sendKeys({ press: 'Enter' });
    await until(() => document.querySelector('latch-modal latch-create-org input[name="name"]'), 'create modal');
    expect(items(el)).to.have.length(0);
    const modal = document.querySelector<HTMLElement>('latch-modal')!;
    await until(() => document.activeElement === modal.querySelector('input[name="name"]'), 'name focused');
    await expect(modal).to.be.accessible();
    await sendKeys({ type: '<b>Initech</b> & Co' });
    await sendKeys({ press: 'Enter' });
    // The invite step comes next; skipping it ends the card, which closes the modal.
    await until(() => modal.querySelector('latch-create-org .cl-formButtonReset'), 'invite step');
    modal.querySelector<HTMLButtonElement>('latch-create-org .cl-formButtonReset')!.click();
    await until(() => !document.querySelector('latch-modal'), 'modal closed');
    expect(latch.organization?.name).to.equal('<b>Initech</b> & Co');
    await until(() => navigations.includes(`/org/${latch.organization?.slug}`), 'after-create URL');
    await until(() => trigger(el).textContent?.includes('<b>Initech</b> & Co'), 'name shown as text');
    expect(trigger(el).querySelector('b')).to.equal(null);
    await until(() => document.activeElement === trigger(el), 'focus back on the trigger');
  });

  it('goes to the create-organization page in navigation mode', async () => {
    const { latch, navigations } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(
      html`<latch-org-switcher .latch=${latch} create-organization-mode="navigation" create-organization-url="/new-org"></latch-org-switcher>`,
    );
    await until(() => trigger(el), 'trigger');
    trigger(el).click();
    await until(() => items(el).length > 0, 'menu');
    items(el).at(-1)!.click();
    await until(() => navigations.includes('/new-org'), 'navigation');
    expect(document.querySelector('latch-modal')).to.equal(null);
  });

  it('offers Manage organization in navigation mode', async () => {
    const { latch, navigations } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(
      html`<latch-org-switcher .latch=${latch} organization-profile-mode="navigation" organization-profile-url="/org"></latch-org-switcher>`,
    );
    await until(() => trigger(el), 'trigger');
    trigger(el).click();
    await until(() => items(el).length > 0, 'menu');
    expect(nameOf(items(el)[0])).to.equal('Organization settings');
    items(el)[0]!.click();
    await until(() => navigations.length > 0, 'navigation');
    expect(navigations[0]).to.contain('/org');
  });

  it('opens the organization profile in a modal by default, with after-leave-organization-url', async () => {
    const { latch } = await twoOrgs();
    const el = await fixture<LatchOrgSwitcher>(
      html`<latch-org-switcher .latch=${latch} after-leave-organization-url="/left"></latch-org-switcher>`,
    );
    await until(() => trigger(el), 'trigger');
    trigger(el).click();
    await until(() => items(el).length > 0, 'menu');
    items(el)[0]!.click();
    await until(() => document.querySelector('latch-modal latch-org-profile'), 'profile modal');
    expect(document.querySelector('latch-org-profile')?.afterLeaveOrganizationUrl).to.equal('/left');
    latch.closeOrganizationProfile();
    expect(document.querySelector('latch-modal latch-org-profile')).to.equal(null);
  });
});
