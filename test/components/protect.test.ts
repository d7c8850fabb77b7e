import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/control/index.js';
import type { LatchProtect } from '../../src/components/control/protect.js';
import { Latch } from '../../src/core/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const BOB = { emailAddress: 'bob@example.com', password: 'correct-horse-battery', firstName: 'Bob' };
const shownSlot = (el: Element) => el.shadowRoot?.querySelector('slot')?.name;

/** Alice admin of Acme, Bob member of Acme; Alice signed in with Acme active. */
function acme(active = 'acme') {
  return loadedLatch({
    users: [ALICE, BOB],
    clientState: 'signed-in',
    activeOrganization: active || undefined,
    roles: { 'org:billing': ['org:invoices:read'] },
    organizations: [
      {
        name: 'Acme',
        slug: 'acme',
        members: [
          { emailAddress: ALICE.emailAddress, role: 'org:admin' },
          { emailAddress: BOB.emailAddress, role: 'org:member' },
        ],
      },
      { name: 'Billing Co', slug: 'billing-co', members: [{ emailAddress: ALICE.emailAddress, role: 'org:billing' }] },
    ],
  });
}

describe('<latch-protect>', () => {
  it('shows nothing before load, then the content to a role that passes', async () => {
    const { latch } = await acme();
    const notLoaded = new Latch(undefined, { api: latch.api });
    const early = await fixture<LatchProtect>(
      html`<latch-protect .latch=${notLoaded} role="org:admin"><p>admin</p><p slot="fallback">no</p></latch-protect>`,
    );
    expect(shownSlot(early)).to.equal(undefined);
    const el = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} role="org:admin"><p>admin</p><p slot="fallback">no</p></latch-protect>`,
    );
    expect(shownSlot(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('accepts roles and permissions with or without the org: prefix, and a condition given has', async () => {
    const { latch } = await acme();
    const role = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} role="admin"><p>x</p></latch-protect>`,
    );
    const member = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} role="org:member"><p>x</p></latch-protect>`,
    );
    const permission = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} permission="org:sys_memberships:manage"><p>x</p></latch-protect>`,
    );
    const condition = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} .condition=${(has: (p: { role: string }) => boolean) => !has({ role: 'org:admin' })}
        ><p>x</p></latch-protect
      >`,
    );
    expect(shownSlot(role)).to.equal('');
    expect(shownSlot(member)).to.equal('fallback');
    expect(shownSlot(permission)).to.equal('');
    expect(shownSlot(condition)).to.equal('fallback');
  });

  it('follows the active organization: the personal account and another role get the fallback', async () => {
    const { latch } = await acme();
    const el = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} role="org:admin"><p>admin</p><p slot="fallback">no</p></latch-protect>`,
    );
    const invoices = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} permission="invoices:read"><p>invoices</p></latch-protect>`,
    );
    expect(invoices && shownSlot(invoices)).to.equal('fallback');
    await latch.setActive({ organization: null });
    await until(() => shownSlot(el) === 'fallback', 'fallback for the personal account');
    await latch.setActive({ organization: 'billing-co' });
    await until(() => shownSlot(invoices) === '', 'custom permission in Billing Co');
    expect(shownSlot(el)).to.equal('fallback');
    await latch.setActive({ organization: 'acme' });
    await until(() => shownSlot(el) === '', 'admin content again');
  });

  it('follows a membership change (the role taken away) and signing out', async () => {
    const { latch } = await acme();
    const el = await fixture<LatchProtect>(
      html`<latch-protect .latch=${latch} permission="org:sys_profile:manage"><p>manage</p></latch-protect>`,
    );
    expect(shownSlot(el)).to.equal('');
    // Bob becomes admin, then Alice steps down to member: the membership in the piggybacked client changes.
    const bob = (await latch.organization!.getMemberships()).data.find((m) => m.role === 'org:member')!;
    await bob.update({ role: 'org:admin' });
    await latch.organization!.updateMember({ userId: latch.user!.id, role: 'org:member' });
    await until(() => shownSlot(el) === 'fallback', 'fallback after the role change');
    await latch.signOut();
    await until(() => shownSlot(el) === 'fallback' && !latch.user, 'fallback when signed out');
  });

  it('with no check, shows its content to any signed-in user; keyboard reaches the content', async () => {
    const { latch } = await acme('');
    const el = await fixture<LatchProtect>(
      html`<div><latch-protect .latch=${latch}><button type="button">Open</button></latch-protect></div>`,
    );
    const button = el.querySelector('button')!;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });
});
