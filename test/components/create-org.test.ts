import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/create-org/index.js';
import type { LatchCreateOrg } from '../../src/components/create-org/create-org.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

async function mountCreateOrg(props: { afterCreateOrganizationUrl?: string } = {}) {
  const ctx = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
  const el = await fixture<LatchCreateOrg>(
    html`<latch-create-org .latch=${ctx.latch} .afterCreateOrganizationUrl=${props.afterCreateOrganizationUrl}></latch-create-org>`,
  );
  return { ...ctx, el };
}

describe('<latch-create-org>', () => {
  it('renders name and slug accessibly, with Clerk element keys', async () => {
    const { el } = await mountCreateOrg();
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('New organization');
    expect(el.querySelector('.cl-formField__name')).to.exist;
    expect(el.querySelector('.cl-formField__slug')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('creates by keyboard: the slug follows the name, Enter creates, the new organization is active', async () => {
    const { el, latch, navigations } = await mountCreateOrg({ afterCreateOrganizationUrl: '/orgs/:slug' });
    input(el, 'name').focus();
    await sendKeys({ type: 'Acme Rockets' });
    await el.updateComplete;
    expect(input(el, 'slug').value).to.equal('acme-rockets');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'acme-rockets', 'active organization');
    await until(() => navigations.includes('/orgs/acme-rockets'), 'after-create navigation');
  });

  it('keeps a slug the user typed, and shows the server’s error under it without losing input', async () => {
    const { el, latch } = await mountCreateOrg();
    await latch.createOrganization({ name: 'Taken', slug: 'taken' });
    input(el, 'slug').value = 'taken';
    input(el, 'slug').dispatchEvent(new Event('input'));
    input(el, 'name').value = 'Another';
    input(el, 'name').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(input(el, 'slug').value).to.equal('taken');
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__slug, .cl-alert'), 'slug error');
    expect(input(el, 'name').value).to.equal('Another');
    await expect(el).to.be.accessible();
  });

  it('refuses an empty name without a round trip, renders hostile names as text, and speaks French', async () => {
    const { el, api, latch } = await mountCreateOrg();
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__name'), 'empty error');
    expect(api.calls.some((c) => c.method === 'createOrganization')).to.be.false;
    input(el, 'name').value = '<img src=x onerror=alert(1)>';
    input(el, 'name').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('img[src="x"]')).to.equal(null);
    latch.update({ localization: frFR });
    await el.updateComplete;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Nouvelle organisation');
  });
});
