import { expect } from '@open-wc/testing';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import '../../../src/index.js';
import { createFetchStub, type Handler, json } from './fetch-stub.js';

const liveKey = buildPublishableKey('clerk.example.com', 'production');

function api(handlers: Handler[]) {
  const stub = createFetchStub(...handlers);
  return { adapter: new HttpFrontendApi({ publishableKey: liveKey, fetch: stub.fetch }), calls: stub.calls };
}

const invitation = (email: string) => ({
  object: 'organization_invitation',
  id: `orginv_${email}`,
  email_address: email,
  role: 'org:member',
  role_name: 'Member',
  organization_id: 'org_1',
  status: 'pending',
  public_metadata: {},
  url: null,
  expires_at: 1,
  created_at: 1,
  updated_at: 1,
});

describe('HttpFrontendApi: the organization profile requests (loaded on first use)', () => {
  it('sends a bulk invitation as repeated email_address params with one role', async () => {
    const { adapter, calls } = api([
      () => json({ response: [invitation('a@example.com'), invitation('b@example.com')], client: null }),
    ]);
    const result = await adapter.createOrganizationInvitations('org_1', {
      emailAddresses: ['a@example.com', 'b@example.com'],
      role: 'org:member',
    });
    expect(result.response.map((i) => i.email_address)).to.deep.equal(['a@example.com', 'b@example.com']);
    expect(calls[0]?.url.pathname).to.equal('/v1/organizations/org_1/invitations/bulk');
    expect(calls[0]?.body?.getAll('email_address')).to.deep.equal(['a@example.com', 'b@example.com']);
    expect(calls[0]?.body?.get('role')).to.equal('org:member');
  });

  it('lists invitations paginated with a status filter and revokes by id', async () => {
    const { adapter, calls } = api([
      () => json({ response: { data: [invitation('a@example.com')], total_count: 7 }, client: null }),
      () => json({ response: { ...invitation('a@example.com'), status: 'revoked' }, client: null }),
    ]);
    const page = await adapter.getOrganizationInvitations('org_1', { limit: 1, offset: 2, status: ['pending'] });
    expect(page.response.total_count).to.equal(7);
    const query = calls[0]?.url.searchParams;
    expect([query?.get('paginated'), query?.get('limit'), query?.get('offset'), query?.get('status')]).to.deep.equal([
      'true',
      '1',
      '2',
      'pending',
    ]);
    const revoked = await adapter.revokeOrganizationInvitation('org_1', 'orginv_a');
    expect(revoked.response.status).to.equal('revoked');
    expect(calls[1]?.url.pathname).to.equal('/v1/organizations/org_1/invitations/orginv_a/revoke');
  });

  it('uploads the logo as PUT (POST + _method) and turns a malformed answer into a typed error', async () => {
    const { adapter, calls } = api([() => json({ response: { id: 'org_1' }, client: null })]);
    let error: unknown;
    try {
      await adapter.setOrganizationLogo('org_1', new Blob(['x']));
    } catch (caught) {
      error = caught;
    }
    expect((error as { code?: string }).code).to.equal('malformed_response');
    expect(calls[0]?.method).to.equal('POST');
    expect(calls[0]?.url.searchParams.get('_method')).to.equal('PUT');
    expect(calls[0]?.url.pathname).to.equal('/v1/organizations/org_1/logo');
  });
});
