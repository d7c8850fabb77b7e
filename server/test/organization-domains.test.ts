import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, mailedCode, makeServer, signedInUser, type TestServer } from './helpers.js';

const DOMAINS = '/v1/organizations/{organization_id}/domains';
const DOMAIN = '/v1/organizations/{organization_id}/domains/{domain_id}';
const PREPARE = `${DOMAIN}/prepare_affiliation_verification`;
const ATTEMPT = `${DOMAIN}/attempt_affiliation_verification`;
const MODE = `${DOMAIN}/update_enrollment_mode`;
const REQUESTS = '/v1/organizations/{organization_id}/membership_requests';
const SUGGESTIONS = '/v1/me/organization_suggestions';
const INVITATIONS = '/v1/me/organization_invitations';

describe('organization domains, suggestions, invitations and membership requests', () => {
  let server: TestServer;
  let ada: Awaited<ReturnType<typeof signedInUser>>;
  let orgId: string;
  let base: string;

  beforeEach(async () => {
    server = await makeServer({ instance: { organization_settings: { enabled: true, domains_enabled: true } } });
    ada = await signedInUser(server, 'ada@acme.dev');
    const { body } = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme' },
    });
    orgId = body.response.id;
    base = `/v1/organizations/${orgId}/domains`;
  });

  /** Adds acme.dev, verifies it by the mailed code and puts it in `mode`. */
  async function verifiedDomain(mode: string): Promise<string> {
    const added = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'Acme.dev' } });
    assert.equal(added.res.status, 200);
    const id = added.body.response.id as string;
    await fapi(ada.browser, 'post', PREPARE, `${base}/${id}/prepare_affiliation_verification`, {
      form: { affiliation_email_address: 'ada@acme.dev' },
    });
    const code = await mailedCode(server.app, 'ada@acme.dev');
    const verified = await fapi(ada.browser, 'post', ATTEMPT, `${base}/${id}/attempt_affiliation_verification`, {
      form: { code },
    });
    assert.equal(verified.body.response.affiliation_verification.status, 'verified');
    await fapi(ada.browser, 'post', MODE, `${base}/${id}/update_enrollment_mode`, { form: { enrollment_mode: mode } });
    return id;
  }

  it('adds, verifies by an email code, lists, changes the mode of and deletes a domain', async () => {
    const added = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'acme.dev' } });
    const domain = added.body.response;
    assert.equal(domain.name, 'acme.dev');
    assert.equal(domain.enrollment_mode, 'manual_invitation');
    assert.equal(domain.affiliation_verification, null);

    const wrongDomain = await fapi(
      ada.browser,
      'post',
      PREPARE,
      `${base}/${domain.id}/prepare_affiliation_verification`,
      {
        form: { affiliation_email_address: 'ada@other.dev' },
      },
    );
    assert.equal(errorCode(wrongDomain.body), 'form_param_value_invalid');

    const prepared = await fapi(ada.browser, 'post', PREPARE, `${base}/${domain.id}/prepare_affiliation_verification`, {
      form: { affiliation_email_address: 'it@acme.dev' },
    });
    assert.equal(prepared.body.response.affiliation_email_address, 'it@acme.dev');
    assert.equal(prepared.body.response.affiliation_verification.status, 'unverified');
    const wrong = await fapi(ada.browser, 'post', ATTEMPT, `${base}/${domain.id}/attempt_affiliation_verification`, {
      form: { code: '000000' },
    });
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');
    const code = await mailedCode(server.app, 'it@acme.dev');
    const verified = await fapi(ada.browser, 'post', ATTEMPT, `${base}/${domain.id}/attempt_affiliation_verification`, {
      form: { code },
    });
    assert.equal(verified.body.response.verification.status, 'verified');
    assert.ok(verified.body.response.affiliation_verification.verified_at > 0);

    const moded = await fapi(ada.browser, 'post', MODE, `${base}/${domain.id}/update_enrollment_mode`, {
      form: { enrollment_mode: 'automatic_suggestion' },
    });
    assert.equal(moded.body.response.enrollment_mode, 'automatic_suggestion');
    const badMode = await fapi(ada.browser, 'post', MODE, `${base}/${domain.id}/update_enrollment_mode`, {
      form: { enrollment_mode: 'everyone' },
    });
    assert.equal(errorCode(badMode.body), 'form_param_value_invalid');

    const list = await fapi(ada.browser, 'get', DOMAINS, base, { query: { verified: 'true' } });
    assert.equal(list.body.response.total_count, 1);
    const unverified = await fapi(ada.browser, 'get', DOMAINS, base, { query: { verified: 'false' } });
    assert.equal(unverified.body.response.total_count, 0);

    const removed = await fapi(ada.browser, 'delete', DOMAIN, `${base}/${domain.id}`);
    assert.deepEqual(removed.body.response, { object: 'organization_domain', id: domain.id, deleted: true });
    const gone = await fapi(ada.browser, 'get', DOMAIN, `${base}/${domain.id}`);
    assert.equal(gone.res.status, 404);
  });

  it('refuses public mail providers, malformed and duplicate domains', async () => {
    const common = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'gmail.com' } });
    assert.equal(errorCode(common.body), 'organization_domain_common');
    const bad = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'not a domain' } });
    assert.equal(errorCode(bad.body), 'form_param_format_invalid');
    const markup = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: '<b>x</b>.com' } });
    assert.equal(errorCode(markup.body), 'form_param_format_invalid');
    await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'acme.dev' } });
    const again = await fapi(ada.browser, 'post', DOMAINS, base, { form: { name: 'ACME.dev' } });
    assert.equal(errorCode(again.body), 'form_identifier_exists');
  });

  it('refuses members without the domain and membership permissions, and instances without domains', async () => {
    const bob = await signedInUser(server, 'bob@acme.dev');
    await fapi(
      ada.browser,
      'post',
      '/v1/organizations/{organization_id}/memberships',
      `/v1/organizations/${orgId}/memberships`,
      {
        form: { user_id: bob.userId, role: 'org:member' },
      },
    );
    const read = await fapi(bob.browser, 'get', DOMAINS, base);
    assert.equal(read.res.status, 200);
    const add = await fapi(bob.browser, 'post', DOMAINS, base, { form: { name: 'acme.dev' } });
    assert.equal(add.res.status, 403);
    assert.equal(errorCode(add.body), 'not_allowed_access');
    const requests = await fapi(bob.browser, 'get', REQUESTS, `/v1/organizations/${orgId}/membership_requests`);
    assert.equal(requests.res.status, 403);
    const outsider = await signedInUser(server, 'eve@elsewhere.dev');
    const hidden = await fapi(outsider.browser, 'get', DOMAINS, base);
    assert.equal(hidden.res.status, 404);

    server.dev.settings.patch({ organization_settings: { domains_enabled: false } });
    const off = await fapi(ada.browser, 'get', DOMAINS, base);
    assert.equal(errorCode(off.body), 'organization_domains_not_enabled');
  });

  it('suggests the organization to a new user at the domain; accepting sends a request the admin accepts', async () => {
    const domainId = await verifiedDomain('automatic_suggestion');
    const carol = await signedInUser(server, 'carol@acme.dev');
    const stranger = await signedInUser(server, 'dan@elsewhere.dev');
    const none = await fapi(stranger.browser, 'get', SUGGESTIONS, SUGGESTIONS);
    assert.equal(none.body.response.total_count, 0);

    const listed = await fapi(carol.browser, 'get', SUGGESTIONS, SUGGESTIONS, { query: { status: 'pending' } });
    assert.equal(listed.body.response.total_count, 1);
    const suggestion = listed.body.response.data[0];
    assert.equal(suggestion.public_organization_data.name, 'Acme');
    const domain = await fapi(ada.browser, 'get', DOMAIN, `${base}/${domainId}`);
    assert.equal(domain.body.response.total_pending_suggestions, 1);

    const accepted = await fapi(
      carol.browser,
      'post',
      `${SUGGESTIONS}/{suggestion_id}/accept`,
      `${SUGGESTIONS}/${suggestion.id}/accept`,
    );
    assert.equal(accepted.body.response.status, 'accepted');
    const twice = await fapi(
      carol.browser,
      'post',
      `${SUGGESTIONS}/{suggestion_id}/accept`,
      `${SUGGESTIONS}/${suggestion.id}/accept`,
    );
    assert.equal(twice.res.status, 400);
    const stolen = await fapi(
      stranger.browser,
      'post',
      `${SUGGESTIONS}/{suggestion_id}/accept`,
      `${SUGGESTIONS}/${suggestion.id}/accept`,
    );
    assert.equal(stolen.res.status, 404);

    const requests = await fapi(ada.browser, 'get', REQUESTS, `/v1/organizations/${orgId}/membership_requests`, {
      query: { status: 'pending' },
    });
    assert.equal(requests.body.response.total_count, 1);
    const request = requests.body.response.data[0];
    assert.equal(request.public_user_data.identifier, 'carol@acme.dev');
    const path = `/v1/organizations/${orgId}/membership_requests/${request.id}/accept`;
    const done = await fapi(ada.browser, 'post', `${REQUESTS}/{request_id}/accept`, path);
    assert.equal(done.body.response.status, 'accepted');
    const again = await fapi(ada.browser, 'post', `${REQUESTS}/{request_id}/accept`, path);
    assert.equal(again.res.status, 400);
    const mine = await fapi(
      carol.browser,
      'get',
      '/v1/me/organization_memberships',
      '/v1/me/organization_memberships',
      {
        query: { paginated: 'true' },
      },
    );
    assert.equal(mine.body.response.data[0].organization.id, orgId);
    assert.equal(mine.body.response.data[0].role, 'org:member');
  });

  it('rejects a membership request without adding the member', async () => {
    await verifiedDomain('automatic_suggestion');
    const carol = await signedInUser(server, 'carol@acme.dev');
    const listed = await fapi(carol.browser, 'get', SUGGESTIONS, SUGGESTIONS);
    const id = listed.body.response.data[0].id;
    await fapi(carol.browser, 'post', `${SUGGESTIONS}/{suggestion_id}/accept`, `${SUGGESTIONS}/${id}/accept`);
    const requests = await fapi(ada.browser, 'get', REQUESTS, `/v1/organizations/${orgId}/membership_requests`);
    const requestId = requests.body.response.data[0].id;
    const path = `/v1/organizations/${orgId}/membership_requests/${requestId}/reject`;
    const rejected = await fapi(ada.browser, 'post', `${REQUESTS}/{request_id}/reject`, path);
    assert.equal(rejected.body.response.status, 'rejected');
    assert.equal(server.dev.organizations.membership(orgId, carol.userId), null);
  });

  it('invites a new user at the domain in automatic_invitation mode; accepting joins', async () => {
    const domainId = await verifiedDomain('automatic_invitation');
    const carol = await signedInUser(server, 'carol@acme.dev');
    const listed = await fapi(carol.browser, 'get', INVITATIONS, INVITATIONS, { query: { status: 'pending' } });
    assert.equal(listed.body.response.total_count, 1);
    const invitation = listed.body.response.data[0];
    assert.equal(invitation.email_address, 'carol@acme.dev');
    assert.equal(invitation.public_organization_data.slug, 'acme');
    const suggestions = await fapi(carol.browser, 'get', SUGGESTIONS, SUGGESTIONS);
    assert.equal(suggestions.body.response.total_count, 0);

    const accept = `${INVITATIONS}/{invitation_id}/accept`;
    const accepted = await fapi(carol.browser, 'post', accept, `${INVITATIONS}/${invitation.id}/accept`);
    assert.equal(accepted.body.response.status, 'accepted');
    assert.equal(server.dev.organizations.membership(orgId, carol.userId)?.role, 'org:member');
    const again = await fapi(carol.browser, 'post', accept, `${INVITATIONS}/${invitation.id}/accept`);
    assert.equal(again.res.status, 400);
    // A member is never invited again by the domain.
    const after = await fapi(carol.browser, 'get', INVITATIONS, INVITATIONS, { query: { status: 'pending' } });
    assert.equal(after.body.response.total_count, 0);

    // Switching the mode with delete_pending withdraws what is still pending.
    const dave = await signedInUser(server, 'dave@acme.dev');
    await fapi(dave.browser, 'get', INVITATIONS, INVITATIONS);
    const withdrawn = await fapi(ada.browser, 'post', MODE, `${base}/${domainId}/update_enrollment_mode`, {
      form: { enrollment_mode: 'manual_invitation', delete_pending: true },
    });
    assert.equal(withdrawn.body.response.total_pending_invitations, 0);
    const daves = await fapi(dave.browser, 'get', INVITATIONS, INVITATIONS);
    assert.equal(daves.body.response.total_count, 0);
  });
});
