import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import '../../src/components/create-org/index.js';
import '../../src/components/modal/index.js';
import '../../src/components/org-list/index.js';
import type { LatchOrgList } from '../../src/components/org-list/org-list.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const ADMIN = { emailAddress: 'admin@acme.dev', password: 'correct-horse-battery', firstName: 'Ada' };

async function mountList(props: { hidePersonal?: boolean; afterSelectOrganizationUrl?: string } = {}) {
  const ctx = await loadedLatch({
    users: [ALICE, ADMIN],
    clientState: 'signed-in',
    organizations: [
      { name: 'Mine', slug: 'mine', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      { name: 'Acme', slug: 'acme', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
      { name: 'Globex', slug: 'globex', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
    ],
    organizationSuggestions: ['acme'],
    organizationInvitations: ['globex'],
  });
  const el = await fixture<LatchOrgList>(
    html`<latch-org-list .latch=${ctx.latch} ?hide-personal=${props.hidePersonal}
      .afterSelectOrganizationUrl=${props.afterSelectOrganizationUrl}></latch-org-list>`,
  );
  const rows = props.hidePersonal ? 3 : 4;
  await until(() => el.querySelectorAll('.cl-organizationListPreviewItem').length === rows, 'rows');
  return { ...ctx, el };
}

const rowNames = (el: HTMLElement) =>
  [...el.querySelectorAll('.cl-organizationPreviewMainIdentifier')].map((n) => n.textContent?.trim());

describe('<latch-org-list>', () => {
  it('lists the personal account, memberships, invitations and suggestions accessibly', async () => {
    const { el } = await mountList();
    expect(rowNames(el)).to.deep.equal(['Personal account', 'Mine', 'Globex', 'Acme']);
    expect(el.querySelector('.cl-organizationListCreateOrganizationActionButton')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('accepts an invitation (joins) and a suggestion (awaits approval) from the keyboard', async () => {
    const { el, latch } = await mountList();
    el.querySelector<HTMLButtonElement>('.cl-organizationListPreviewItemActionButton')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.organizationMemberships.some((m) => m.organization.slug === 'globex'), 'joined');
    await until(() => rowNames(el).filter((n) => n === 'Globex').length === 1, 'globex once, as a membership');
    el.querySelector<HTMLButtonElement>('.cl-organizationListPreviewItemActionButton')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-badge__suggestionAccepted'), 'awaiting approval');
    await expect(el).to.be.accessible();
  });

  it('selects an organization and follows after-select-organization-url; hidePersonal hides the personal row', async () => {
    const { el, latch, navigations } = await mountList({ hidePersonal: true, afterSelectOrganizationUrl: '/o/:slug' });
    expect(rowNames(el)[0]).to.equal('Mine');
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Pick an organization');
    el.querySelector<HTMLButtonElement>('.cl-organizationListPreviewButton')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'mine', 'active');
    await until(() => navigations.includes('/o/mine'), 'navigation');
  });

  it('create-organization-mode="modal" opens <latch-create-org> in the modal from the keyboard', async () => {
    const { el, latch } = await mountList();
    el.createOrganizationMode = 'modal';
    el.afterCreateOrganizationUrl = '/org/:slug';
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('.cl-organizationListCreateOrganizationActionButton')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.querySelector('latch-modal latch-create-org input[name="name"]'), 'create modal');
    const card = document.querySelector('latch-modal latch-create-org') as HTMLElement & {
      afterCreateOrganizationUrl?: string;
    };
    expect(card.afterCreateOrganizationUrl).to.equal('/org/:slug');
    latch.closeCreateOrganization();
    expect(document.querySelector('latch-modal')).to.equal(null);
  });

  it("an instance with organizations off is said in the visitor's language, not the server's English", async () => {
    const { el, latch, api } = await mountList();
    latch.update({ localization: frFR });
    const off = () =>
      new LatchApiError({
        status: 403,
        errors: [
          {
            code: 'organization_not_enabled_in_instance',
            message: 'Organizations are not enabled',
            longMessage: 'The organizations feature is not enabled for this instance.',
            meta: {},
          },
        ],
      });
    api.failNext('getUserOrganizationInvitations', off());
    const again = await fixture<LatchOrgList>(html`<latch-org-list .latch=${latch}></latch-org-list>`);
    await until(() => again.querySelector('.cl-alert'), 'the alert');
    const words = again.querySelector('.cl-alert')?.textContent ?? '';
    expect(words).to.contain('ne propose pas les organisations');
    expect(words).not.to.contain('feature is not enabled');
    await expect(again).to.be.accessible();
    el.remove();
  });

  it('speaks French', async () => {
    const { el, latch } = await mountList();
    latch.update({ localization: frFR });
    await el.updateComplete;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Choisissez un compte');
  });
});
