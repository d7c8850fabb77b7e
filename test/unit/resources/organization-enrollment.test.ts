import { expect } from '@open-wc/testing';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import { MemoryFrontendApi } from '../../../src/api/index.js';
import { Latch } from '../../../src/core/index.js';
import { createFetchStub, json } from '../api/fetch-stub.js';
import { clientJSON } from '../api/samples.js';

const ADA = { emailAddress: 'ada@acme.dev', password: 'correct-horse-battery', firstName: 'Ada' };
const CAROL = { emailAddress: 'carol@acme.dev', password: 'correct-horse-battery', firstName: 'Carol' };

async function signedIn(api: MemoryFrontendApi): Promise<Latch> {
  const latch = new Latch(undefined, { api, routerPush: () => undefined, routerReplace: () => undefined });
  await latch.load();
  return latch;
}

describe('OrganizationDomain, requests, suggestions and invitations (memory adapter)', () => {
  it('adds a domain, verifies it by the mailed code, changes its mode and deletes it', async () => {
    const api = new MemoryFrontendApi({
      users: [ADA],
      clientState: 'signed-in',
      activeOrganization: 'acme',
      organizations: [{ name: 'Acme', slug: 'acme', members: [{ emailAddress: ADA.emailAddress, role: 'org:admin' }] }],
    });
    const latch = await signedIn(api);
    const org = latch.organization!;
    const domain = await org.createDomain('acme.dev');
    expect(domain.name).to.equal('acme.dev');
    expect(domain.enrollmentMode).to.equal('manual_invitation');
    const prepared = await domain.prepareAffiliationVerification({ affiliationEmailAddress: 'it@acme.dev' });
    expect(prepared.verification?.status).to.equal('unverified');
    expect(api.sentCodes.at(-1)?.emailAddress).to.equal('it@acme.dev');
    const verified = await prepared.attemptAffiliationVerification({ code: api.sentCodes.at(-1)!.code });
    expect(verified.verification?.status).to.equal('verified');
    const moded = await verified.updateEnrollmentMode({ enrollmentMode: 'automatic_suggestion' });
    expect(moded.enrollmentMode).to.equal('automatic_suggestion');
    expect((await org.getDomains()).total_count).to.equal(1);
    await moded.delete();
    expect((await org.getDomains()).total_count).to.equal(0);
  });

  it('accepting a suggestion sends a request the admin accepts; an invitation joins at once', async () => {
    const api = new MemoryFrontendApi({
      users: [CAROL, ADA],
      clientState: 'signed-in',
      organizations: [
        { name: 'Acme', slug: 'acme', members: [{ emailAddress: ADA.emailAddress, role: 'org:admin' }] },
        { name: 'Globex', slug: 'globex', members: [{ emailAddress: ADA.emailAddress, role: 'org:admin' }] },
      ],
      organizationSuggestions: ['acme'],
      organizationInvitations: ['globex'],
    });
    const latch = await signedIn(api);
    const user = latch.user!;
    const suggestions = await user.getOrganizationSuggestions({ status: 'pending' });
    expect(suggestions.data[0]?.publicOrganizationData.name).to.equal('Acme');
    const accepted = await suggestions.data[0]!.accept();
    expect(accepted.status).to.equal('accepted');
    expect((await user.getOrganizationSuggestions({ status: 'pending' })).total_count).to.equal(0);

    const invitations = await user.getOrganizationInvitations();
    expect(invitations.data[0]?.publicOrganizationData.slug).to.equal('globex');
    await invitations.data[0]!.accept();
    expect((await user.getOrganizationMemberships()).data.map((m) => m.organization.slug)).to.deep.equal(['globex']);
  });

  it('lists, accepts and rejects membership requests', async () => {
    const api = new MemoryFrontendApi({
      users: [ADA, CAROL, { ...CAROL, emailAddress: 'dan@acme.dev', firstName: 'Dan' }],
      clientState: 'signed-in',
      activeOrganization: 'acme',
      organizations: [{ name: 'Acme', slug: 'acme', members: [{ emailAddress: ADA.emailAddress, role: 'org:admin' }] }],
      membershipRequests: { acme: ['carol@acme.dev', 'dan@acme.dev'] },
    });
    const latch = await signedIn(api);
    const org = latch.organization!;
    const requests = await org.getMembershipRequests({ status: 'pending' });
    expect(requests.data.map((r) => r.publicUserData?.identifier)).to.deep.equal(['carol@acme.dev', 'dan@acme.dev']);
    expect((await requests.data[0]!.accept()).status).to.equal('accepted');
    expect((await requests.data[1]!.reject()).status).to.equal('rejected');
    expect((await org.getMemberships()).total_count).to.equal(2);
    expect((await org.getMembershipRequests({ status: 'pending' })).total_count).to.equal(0);
  });
});

describe('HttpFrontendApi: organization domain, request, suggestion and invitation calls', () => {
  const key = buildPublishableKey('clerk.example.com', 'production');
  const domain = {
    object: 'organization_domain',
    id: 'dmn_1',
    organization_id: 'org_1',
    name: 'acme.dev',
    enrollment_mode: 'automatic_suggestion',
    affiliation_email_address: null,
    verification: null,
    total_pending_invitations: 0,
    total_pending_suggestions: 0,
    created_at: 1,
    updated_at: 1,
  };

  it('sends Clerk paths and snake_case params, and parses the answers', async () => {
    const stub = createFetchStub(
      () => json({ response: { data: [domain], total_count: 1 }, client: clientJSON() }),
      () => json({ response: domain, client: clientJSON() }),
      () => json({ response: { data: [], total_count: 0 }, client: clientJSON() }),
    );
    const api = new HttpFrontendApi({ publishableKey: key, fetch: stub.fetch });
    const page = await api.getOrganizationDomains('org_1', {
      limit: 5,
      offset: 0,
      enrollmentMode: 'automatic_suggestion',
    });
    expect(page.response.data[0]?.name).to.equal('acme.dev');
    await api.updateOrganizationDomainEnrollmentMode('org_1', 'dmn_1', {
      enrollmentMode: 'manual_invitation',
      deletePending: true,
    });
    await api.getUserOrganizationSuggestions({ status: 'pending', limit: 10, offset: 0 });
    const [list, update, suggestions] = stub.calls;
    expect(list!.url.pathname).to.equal('/v1/organizations/org_1/domains');
    expect(list!.url.searchParams.get('enrollment_mode')).to.equal('automatic_suggestion');
    expect(list!.url.searchParams.get('limit')).to.equal('5');
    expect(update!.url.pathname).to.equal('/v1/organizations/org_1/domains/dmn_1/update_enrollment_mode');
    expect(update!.body?.toString()).to.equal('enrollment_mode=manual_invitation&delete_pending=true');
    expect(suggestions!.url.pathname).to.equal('/v1/me/organization_suggestions');
    expect(suggestions!.url.searchParams.get('status')).to.equal('pending');
  });
});
