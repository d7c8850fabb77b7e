import { expect } from '@open-wc/testing';
import { sessionSchema } from '../../../src/api/schemas/index.js';
import { checkAuthorization, hasFor } from '../../../src/resources/authorization.js';
import { Session } from '../../../src/resources/session.js';
import { T0 } from '../core/fake-api.js';
import { TestHost } from './test-host.js';

const admin = { role: 'org:admin', permissions: ['org:sys_memberships:manage', 'org:sys_profile:manage'] };
const billing = { role: 'org:billing', permissions: ['org:invoices:create'] };

function membershipJSON(orgId: string, role: string, permissions: string[]) {
  return {
    id: `orgmem_${orgId}`,
    role,
    permissions,
    organization: { id: orgId, name: `Org ${orgId}`, slug: orgId, created_at: T0, updated_at: T0 },
    created_at: T0,
    updated_at: T0,
  };
}

function sessionIn(activeOrganizationId: string | null): Session {
  const json = sessionSchema.parse({
    id: 'sess_1',
    status: 'active',
    last_active_organization_id: activeOrganizationId,
    user: {
      id: 'user_1',
      organization_memberships: [
        membershipJSON('org_a', 'org:admin', admin.permissions),
        membershipJSON('org_b', 'org:billing', billing.permissions),
      ],
      created_at: T0,
      updated_at: T0,
    },
    created_at: T0,
    updated_at: T0,
  });
  return new Session(new TestHost(), json);
}

describe('has / checkAuthorization', () => {
  it('checks a role, with or without the org: prefix', () => {
    expect(checkAuthorization(admin, { role: 'org:admin' })).to.equal(true);
    expect(checkAuthorization(admin, { role: 'admin' })).to.equal(true);
    expect(checkAuthorization(admin, { role: 'org:member' })).to.equal(false);
  });

  it('checks a permission, system or custom, with or without the prefix', () => {
    expect(checkAuthorization(admin, { permission: 'org:sys_memberships:manage' })).to.equal(true);
    expect(checkAuthorization(billing, { permission: 'invoices:create' })).to.equal(true);
    expect(checkAuthorization(billing, { permission: 'org:sys_memberships:manage' })).to.equal(false);
  });

  it('is false with no membership (personal account, signed out) and for an empty check', () => {
    expect(checkAuthorization(null, { role: 'org:admin' })).to.equal(false);
    expect(checkAuthorization(null, { permission: 'org:invoices:create' })).to.equal(false);
    expect(checkAuthorization(admin, {})).to.equal(false);
  });

  it('binds to one membership for conditions', () => {
    const has = hasFor(billing);
    expect(has({ role: 'org:billing' }) && has({ permission: 'org:invoices:create' })).to.equal(true);
  });

  it('reads the session active organization membership', () => {
    expect(sessionIn('org_a').checkAuthorization({ role: 'org:admin' })).to.equal(true);
    expect(sessionIn('org_b').checkAuthorization({ role: 'org:admin' })).to.equal(false);
    expect(sessionIn('org_b').checkAuthorization({ permission: 'org:invoices:create' })).to.equal(true);
    expect(sessionIn(null).checkAuthorization({ role: 'org:admin' })).to.equal(false);
    expect(sessionIn('org_gone').activeMembership).to.equal(null);
  });
});
