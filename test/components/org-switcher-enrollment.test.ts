import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/org-switcher/index.js';
import type { LatchOrgSwitcher } from '../../src/components/org-switcher/org-switcher.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const ADMIN = { emailAddress: 'admin@acme.dev', password: 'correct-horse-battery', firstName: 'Ada' };

/** Alice in Mine (active); Globex invited her, Acme is suggested to her by a verified domain. */
async function mountSwitcher() {
  const ctx = await loadedLatch({
    users: [ALICE, ADMIN],
    clientState: 'signed-in',
    activeOrganization: 'mine',
    organizations: [
      { name: 'Mine', slug: 'mine', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      { name: 'Acme', slug: 'acme', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
      { name: 'Globex', slug: 'globex', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
    ],
    organizationSuggestions: ['acme'],
    organizationInvitations: ['globex'],
  });
  const el = await fixture<LatchOrgSwitcher>(html`<latch-org-switcher .latch=${ctx.latch}></latch-org-switcher>`);
  await until(() => trigger(el), 'trigger');
  return { ...ctx, el };
}

const trigger = (el: Element) => el.querySelector<HTMLButtonElement>('.cl-organizationSwitcherTrigger')!;
const items = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const labels = (el: Element) => items(el).map((i) => i.getAttribute('aria-label') ?? i.textContent?.trim());
const acceptButtons = (el: Element) => el.querySelectorAll('.cl-organizationSwitcherInvitationAcceptButton');

describe('<latch-org-switcher> invitations and suggestions', () => {
  it('lists them below the organizations, each with its accept action, accessibly', async () => {
    const { el } = await mountSwitcher();
    trigger(el).click();
    await until(() => acceptButtons(el).length === 2, 'the two accept actions');
    expect(labels(el).slice(-2)).to.deep.equal(['Join: Globex', 'Ask to join: Acme']);
    expect(el.querySelectorAll('.cl-organizationSwitcherPopoverInvitationActionsBox')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: joins Globex, which can then be switched to', async () => {
    const { el, latch } = await mountSwitcher();
    trigger(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => acceptButtons(el).length === 2, 'the accept actions');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('aria-label')).to.equal('Join: Globex');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.organizationMemberships.some((m) => m.organization.slug === 'globex'), 'joined');
    await until(() => acceptButtons(el).length === 1, 'the invitation row gone');
    await until(() => el.contains(document.activeElement) && document.activeElement !== document.body, 'focus kept');
    const globex = items(el).find(
      (i) => i.querySelector('.cl-organizationPreviewMainIdentifier')?.textContent === 'Globex',
    );
    expect(globex, 'Globex listed to switch to').to.exist;
    globex?.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'globex', 'Globex active');
  });

  it('asking to join a suggestion leaves it awaiting approval (a disabled item)', async () => {
    const { el, latch } = await mountSwitcher();
    trigger(el).click();
    await until(() => acceptButtons(el).length === 2, 'the accept actions');
    (acceptButtons(el)[1] as HTMLElement).click();
    await until(() => el.querySelector('.cl-badge__suggestionAccepted'), 'awaiting approval');
    const pending = el.querySelector('.cl-badge__suggestionAccepted');
    expect(pending?.getAttribute('aria-disabled')).to.equal('true');
    expect(pending?.getAttribute('aria-label')).to.equal('Acme: Awaiting approval');
    expect(latch.user?.organizationMemberships.some((m) => m.organization.slug === 'acme')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('speaks French', async () => {
    const { el, latch } = await mountSwitcher();
    latch.update({ localization: frFR });
    trigger(el).click();
    await until(() => acceptButtons(el).length === 2, 'the accept actions');
    expect(labels(el).slice(-2)).to.deep.equal(['Rejoindre: Globex', 'Demander à rejoindre: Acme']);
  });
});
