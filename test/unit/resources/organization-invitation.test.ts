import { expect } from '@open-wc/testing';
import { type LatchApiError, MemoryFrontendApi } from '../../../src/api/index.js';
import { Latch } from '../../../src/core/index.js';
// The `latch` module entry: it sets how the organization profile's lazily loaded calls arrive.
import '../../../src/index.js';

const ADA = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', firstName: 'Ada' };
const BOB = { emailAddress: 'bob@example.com', password: 'correct-horse-battery', firstName: 'Bob' };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function signedIn(role = 'org:admin'): Promise<Latch> {
  const api = new MemoryFrontendApi({
    users: [ADA, BOB],
    clientState: 'signed-in',
    activeOrganization: 'acme',
    organizations: [
      {
        name: 'Acme',
        slug: 'acme',
        members: [
          { emailAddress: ADA.emailAddress, role },
          { emailAddress: BOB.emailAddress, role: 'org:admin' },
        ],
        invitations: [{ emailAddress: 'old@example.com', role: 'org:member' }],
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

describe('OrganizationInvitation and the organization profile calls (memory adapter)', () => {
  it('invites one or several addresses, lists them by status and revokes one', async () => {
    const org = (await signedIn()).organization!;
    const one = await org.inviteMember({ emailAddress: 'cy@example.com', role: 'org:member' });
    expect(one.emailAddress).to.equal('cy@example.com');
    expect(one.status).to.equal('pending');
    const many = await org.inviteMembers({ emailAddresses: ['dee@example.com', 'eve@example.com'], role: 'org:admin' });
    expect(many.map((i) => i.roleName)).to.deep.equal(['Admin', 'Admin']);

    const page = await org.getInvitations({ pageSize: 2, status: ['pending'] });
    expect(page.total_count).to.equal(4);
    expect(page.data).to.have.length(2);
    const revoked = await one.revoke();
    expect(revoked.status).to.equal('revoked');
    expect((await org.getInvitations({ status: ['pending'] })).total_count).to.equal(3);
    expect((await org.getInvitations({ status: ['revoked'] })).data[0]?.id).to.equal(one.id);
  });

  it('refuses a pending address, a member and a malformed address, as the server does', async () => {
    const org = (await signedIn()).organization!;
    expect(await codeOf(org.inviteMember({ emailAddress: 'old@example.com', role: 'org:member' }))).to.equal(
      'duplicate_record',
    );
    expect(await codeOf(org.inviteMember({ emailAddress: BOB.emailAddress, role: 'org:member' }))).to.equal(
      'already_a_member_in_organization',
    );
    expect(await codeOf(org.inviteMember({ emailAddress: 'nope', role: 'org:member' }))).to.equal(
      'form_param_format_invalid',
    );
  });

  it('lists the roles and sets and removes the logo', async () => {
    const latch = await signedIn();
    const org = latch.organization!;
    const roles = await org.getRoles();
    expect(roles.data.map((r) => r.key)).to.include.members(['org:admin', 'org:member']);
    const withLogo = await org.setLogo({ file: new File([PNG], 'logo.png', { type: 'image/png' }) });
    expect(withLogo.hasImage).to.equal(true);
    expect(latch.organization?.hasImage).to.equal(true);
    const without = await org.setLogo({ file: null });
    expect(without.hasImage).to.equal(false);
    expect(latch.organization?.hasImage).to.equal(false);
    const html = new File(['<svg/>'], 'logo.png', { type: 'text/html' });
    expect(await codeOf(org.setLogo({ file: html }))).to.equal('form_param_format_invalid');
  });

  it('refuses a member without org:sys_memberships:manage', async () => {
    const org = (await signedIn('org:member')).organization!;
    expect(await codeOf(org.getInvitations())).to.equal('not_allowed_access');
    expect(await codeOf(org.inviteMember({ emailAddress: 'x@example.com', role: 'org:member' }))).to.equal(
      'not_allowed_access',
    );
    expect(await codeOf(org.setLogo({ file: null }))).to.equal('not_allowed_access');
  });
});
