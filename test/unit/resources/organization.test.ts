import { expect } from '@open-wc/testing';
import { type LatchApiError, MemoryFrontendApi } from '../../../src/api/index.js';
import { Latch } from '../../../src/core/index.js';

const ADA = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', firstName: 'Ada' };
const BOB = { emailAddress: 'bob@example.com', password: 'correct-horse-battery', firstName: 'Bob' };
const CAROL = { emailAddress: 'carol@example.com', password: 'correct-horse-battery', firstName: 'Carol' };

async function adaInAcme(): Promise<Latch> {
  const api = new MemoryFrontendApi({
    users: [ADA, BOB, CAROL],
    clientState: 'signed-in',
    activeOrganization: 'acme',
    organizations: [
      {
        name: 'Acme',
        slug: 'acme',
        members: [
          { emailAddress: ADA.emailAddress, role: 'org:admin' },
          { emailAddress: BOB.emailAddress, role: 'org:member' },
          { emailAddress: CAROL.emailAddress, role: 'org:member' },
        ],
      },
    ],
  });
  const latch = new Latch(undefined, { api, routerPush: () => undefined, routerReplace: () => undefined });
  await latch.load();
  return latch;
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as LatchApiError).errors?.[0]?.code;
  }
  return 'no error';
};

describe('Organization and OrganizationMembership resources (memory adapter)', () => {
  it('pages and searches the members, with Clerk page parameters', async () => {
    const latch = await adaInAcme();
    const org = latch.organization!;
    expect(org.name).to.equal('Acme');
    const first = await org.getMemberships({ pageSize: 2 });
    expect(first.total_count).to.equal(3);
    expect(first.data).to.have.length(2);
    const second = await org.getMemberships({ pageSize: 2, initialPage: 2 });
    expect(second.data).to.have.length(1);
    const bob = await org.getMemberships({ query: 'bob' });
    expect(bob.data.map((m) => m.userId)).to.have.length(1);
    expect((await org.getMemberships({ role: ['org:admin'] })).total_count).to.equal(1);
  });

  it('changes roles and removes members; the last admin cannot step down', async () => {
    const latch = await adaInAcme();
    const org = latch.organization!;
    expect(await codeOf(org.updateMember({ userId: latch.user!.id, role: 'org:member' }))).to.equal(
      'organization_minimum_permissions_needed',
    );
    const [, carol] = (await org.getMemberships({ role: ['org:member'] })).data;
    await carol!.destroy();
    expect((await org.getMemberships()).total_count).to.equal(2);
    const updated = await org.update({ name: 'Acme Inc.' });
    expect(updated.name).to.equal('Acme Inc.');
    expect(latch.organization!.name).to.equal('Acme Inc.');
  });

  it('creates an organization and lists the user memberships; a member is refused admin calls', async () => {
    const latch = await adaInAcme();
    const created = await latch.createOrganization({ name: 'Globex' });
    expect(created.slug).to.equal('globex');
    const mine = await latch.user!.getOrganizationMemberships();
    expect(mine.data.map((m) => m.organization.slug)).to.have.members(['acme', 'globex']);
    const bobMembership = (await latch.organization!.getMemberships({ query: 'bob' })).data[0]!;
    await bobMembership.update({ role: 'org:admin' });
    await latch.organization!.updateMember({ userId: latch.user!.id, role: 'org:member' });
    expect(latch.organization!.name).to.equal('Acme');
    expect(await codeOf(latch.organization!.update({ name: 'Mine' }))).to.equal('not_allowed_access');
    expect(await codeOf(latch.organization!.destroy())).to.equal('not_allowed_access');
    await latch.setActive({ organization: 'globex' });
    await latch.organization!.destroy();
    expect(latch.user!.organizationMemberships.map((m) => m.organization.slug)).to.deep.equal(['acme']);
    expect(latch.organization).to.equal(null);
  });
});
