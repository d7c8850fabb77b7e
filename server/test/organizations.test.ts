import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const PASSWORD = 'correct horse battery';
const ORG = '/v1/organizations/{organization_id}';
const MEMBERS = '/v1/organizations/{organization_id}/memberships';
const MEMBER = '/v1/organizations/{organization_id}/memberships/{user_id}';

async function signedIn(server: TestServer, email: string) {
  await signUpUser(server, email, PASSWORD);
  const browser = new TestBrowser(server.app);
  const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: email, password: PASSWORD },
  });
  return { browser, sessionId: body.response.created_session_id as string, userId: body.client.sessions[0].user.id };
}

describe('organizations', () => {
  let server: TestServer;
  let ada: Awaited<ReturnType<typeof signedIn>>;
  let bob: Awaited<ReturnType<typeof signedIn>>;
  let orgId: string;

  beforeEach(async () => {
    server = await makeServer({
      instance: {
        organization_settings: {
          enabled: true,
          roles: [{ key: 'org:billing', name: 'Billing', permissions: ['org:invoices:create', 'org:invoices:read'] }],
        },
      },
    });
    ada = await signedIn(server, 'ada@example.com');
    bob = await signedIn(server, 'bob@example.com');
    const { body } = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme Inc.' },
    });
    orgId = body.response.id;
  });

  const addBob = (role = 'org:member') =>
    fapi(ada.browser, 'post', MEMBERS, `/v1/organizations/${orgId}/memberships`, {
      form: { user_id: bob.userId, role },
    });

  it('creates an organization with a generated slug and the creator as admin', async () => {
    const { body } = await fapi(ada.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(body.response.slug, 'acme-inc');
    assert.equal(body.response.members_count, 1);
    const mine = await fapi(ada.browser, 'get', '/v1/me/organization_memberships', '/v1/me/organization_memberships', {
      query: { paginated: 'true' },
    });
    assert.equal(mine.body.response.total_count, 1);
    assert.equal(mine.body.response.data[0].role, 'org:admin');
    assert.ok(mine.body.response.data[0].permissions.includes('org:sys_memberships:manage'));
    const user = mine.body.client.sessions[0].user;
    assert.equal(user.organization_memberships[0].organization.id, orgId);
  });

  it('keeps slugs unique: a taken generated slug gets a suffix, a taken chosen slug is refused', async () => {
    const again = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme Inc' },
    });
    assert.match(again.body.response.slug, /^acme-inc-[a-z0-9]+$/);
    const taken = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Other', slug: 'acme-inc' },
    });
    assert.equal(taken.res.status, 422);
    assert.equal(errorCode(taken.body), 'form_identifier_exists');
    const bad = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Other', slug: 'Not a slug!' },
    });
    assert.equal(errorCode(bad.body), 'form_param_format_invalid');
    const html = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: '<b>x</b>' },
    });
    assert.equal(errorCode(html.body), 'form_param_format_invalid');
    const missing = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', { form: {} });
    assert.equal(errorCode(missing.body), 'form_param_missing');
  });

  it('updates name and slug for admins', async () => {
    const { body } = await fapi(ada.browser, 'patch', ORG, `/v1/organizations/${orgId}`, {
      form: { name: 'Acme Two', slug: 'acme-two' },
    });
    assert.equal(body.response.name, 'Acme Two');
    assert.equal(body.response.slug, 'acme-two');
  });

  it('hides organizations from non-members and refuses members on admin endpoints', async () => {
    const hidden = await fapi(bob.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(hidden.res.status, 404);
    await addBob();
    const seen = await fapi(bob.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(seen.res.status, 200);
    for (const [method, template, path, form] of [
      ['patch', ORG, `/v1/organizations/${orgId}`, { name: 'Mine' }],
      ['delete', ORG, `/v1/organizations/${orgId}`, undefined],
      ['patch', MEMBER, `/v1/organizations/${orgId}/memberships/${ada.userId}`, { role: 'org:member' }],
      ['delete', MEMBER, `/v1/organizations/${orgId}/memberships/${ada.userId}`, undefined],
      ['post', MEMBERS, `/v1/organizations/${orgId}/memberships`, { user_id: bob.userId, role: 'org:admin' }],
    ] as const) {
      const refused = await fapi(bob.browser, method, template, path, form ? { form } : {});
      assert.equal(refused.res.status, 403, `${method} ${path}`);
      assert.equal(errorCode(refused.body), 'not_allowed_access');
    }
    const list = await fapi(bob.browser, 'get', MEMBERS, `/v1/organizations/${orgId}/memberships`);
    assert.equal(list.res.status, 200);
  });

  it('lists members paginated, searched and filtered by role', async () => {
    await addBob();
    const path = `/v1/organizations/${orgId}/memberships`;
    const page = await fapi(ada.browser, 'get', MEMBERS, path, {
      query: { paginated: 'true', limit: '1', offset: '1' },
    });
    assert.equal(page.body.response.total_count, 2);
    assert.equal(page.body.response.data[0].public_user_data.identifier, 'bob@example.com');
    const searched = await fapi(ada.browser, 'get', MEMBERS, path, { query: { paginated: 'true', query: 'ADA@' } });
    assert.deepEqual(
      searched.body.response.data.map(
        (m: { public_user_data: { identifier: string } }) => m.public_user_data.identifier,
      ),
      ['ada@example.com'],
    );
    const wildcard = await fapi(ada.browser, 'get', MEMBERS, path, { query: { paginated: 'true', query: '%' } });
    assert.equal(wildcard.body.response.total_count, 0);
    const admins = await fapi(ada.browser, 'get', MEMBERS, path, { query: { role: 'org:admin' } });
    assert.equal(admins.body.response.length, 1);
    const bad = await fapi(ada.browser, 'get', MEMBERS, path, { query: { limit: '0' } });
    assert.equal(bad.res.status, 422);
  });

  it('changes roles, refuses unknown roles, and protects the last admin', async () => {
    await addBob();
    const changed = await fapi(ada.browser, 'patch', MEMBER, `/v1/organizations/${orgId}/memberships/${bob.userId}`, {
      form: { role: 'org:billing' },
    });
    assert.equal(changed.body.response.role, 'org:billing');
    assert.deepEqual(changed.body.response.permissions, ['org:invoices:create', 'org:invoices:read']);
    const unknown = await fapi(ada.browser, 'patch', MEMBER, `/v1/organizations/${orgId}/memberships/${bob.userId}`, {
      form: { role: 'org:nope' },
    });
    assert.equal(errorCode(unknown.body), 'form_param_value_invalid');
    const demote = await fapi(ada.browser, 'patch', MEMBER, `/v1/organizations/${orgId}/memberships/${ada.userId}`, {
      form: { role: 'org:member' },
    });
    assert.equal(errorCode(demote.body), 'organization_minimum_permissions_needed');
    const leave = await fapi(
      ada.browser,
      'delete',
      '/v1/me/organization_memberships/{organization_id}',
      `/v1/me/organization_memberships/${orgId}`,
    );
    assert.equal(errorCode(leave.body), 'organization_minimum_permissions_needed');
    const duplicate = await addBob();
    assert.equal(duplicate.res.status, 400);
  });

  it('lets a member leave and an admin remove members and delete the organization', async () => {
    await addBob();
    const left = await fapi(
      bob.browser,
      'delete',
      '/v1/me/organization_memberships/{organization_id}',
      `/v1/me/organization_memberships/${orgId}`,
    );
    assert.equal(left.body.response.deleted, true);
    await addBob();
    const removed = await fapi(ada.browser, 'delete', MEMBER, `/v1/organizations/${orgId}/memberships/${bob.userId}`);
    assert.equal(removed.body.response.public_user_data.user_id, bob.userId);
    const deleted = await fapi(ada.browser, 'delete', ORG, `/v1/organizations/${orgId}`);
    assert.deepEqual(deleted.body.response, { object: 'organization', id: orgId, slug: 'acme-inc', deleted: true });
    const gone = await fapi(ada.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(gone.res.status, 404);
  });

  it('enforces the membership limit', async () => {
    const small = await makeServer({
      instance: { organization_settings: { enabled: true, max_allowed_memberships: 1 } },
    });
    const a = await signedIn(small, 'a@example.com');
    const b = await signedIn(small, 'b@example.com');
    const org = await fapi(a.browser, 'post', '/v1/organizations', '/v1/organizations', { form: { name: 'Tiny' } });
    const full = await fapi(a.browser, 'post', MEMBERS, `/v1/organizations/${org.body.response.id}/memberships`, {
      form: { user_id: b.userId, role: 'org:member' },
    });
    assert.equal(errorCode(full.body), 'organization_membership_quota_exceeded');
  });

  it('switches the active organization with touch, and session tokens carry it', async () => {
    await addBob('org:billing');
    const touched = await fapi(
      bob.browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${bob.sessionId}/touch`,
      {
        form: { active_organization_id: orgId },
      },
    );
    assert.equal(touched.body.response.last_active_organization_id, orgId);
    const claims = decodeJwt(touched.body.response.last_active_token.jwt);
    assert.deepEqual(claims.o, { id: orgId, slg: 'acme-inc', rol: 'billing', per: 'create,read', fpm: '3' });
    assert.equal(claims.fea, 'o:invoices');
    const token = await fapi(
      bob.browser,
      'post',
      '/v1/client/sessions/{session_id}/tokens',
      `/v1/client/sessions/${bob.sessionId}/tokens`,
    );
    assert.equal((decodeJwt(token.body.jwt).o as { id: string }).id, orgId);
    const personal = await fapi(
      bob.browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${bob.sessionId}/touch`,
      {
        form: { active_organization_id: null },
      },
    );
    assert.equal(personal.body.response.last_active_organization_id, null);
    assert.equal(decodeJwt(personal.body.response.last_active_token.jwt).o, undefined);
    const stranger = await fapi(
      ada.browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${ada.sessionId}/touch`,
      {
        form: { active_organization_id: 'org_unknown' },
      },
    );
    assert.equal(stranger.res.status, 404);
  });

  it('reflects the instance settings in the environment and refuses everything when disabled', async () => {
    const env = await fapi(ada.browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(env.body.organization_settings.enabled, true);
    assert.equal(env.body.organization_settings.creator_role, 'org:admin');
    const off = await makeServer({ instance: { organization_settings: { enabled: false } } });
    const carol = await signedIn(off, 'carol@example.com');
    const refused = await fapi(carol.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'X' },
    });
    assert.equal(refused.res.status, 403);
    assert.equal(errorCode(refused.body), 'organization_not_enabled_in_instance');
  });

  it('is off on a new instance and PATCH /__dev/instance switches it on, roles included, for the next request', async () => {
    const fresh = await makeServer();
    const carol = await signedIn(fresh, 'carol@example.com');
    const env = await fapi(carol.browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(env.body.organization_settings.enabled, false);
    const create = () =>
      fapi(carol.browser, 'post', '/v1/organizations', '/v1/organizations', { form: { name: 'Carol Co' } });
    assert.equal(errorCode((await create()).body), 'organization_not_enabled_in_instance');
    const patch = await fresh.app.request('/__dev/instance', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organization_settings: { enabled: true, roles: [{ key: 'org:viewer', name: 'Viewer', permissions: [] }] },
      }),
    });
    assert.equal(patch.status, 200);
    const created = await create();
    assert.equal(created.res.status, 200);
    const roles = await fapi(
      carol.browser,
      'get',
      '/v1/organizations/{organization_id}/roles',
      `/v1/organizations/${created.body.response.id}/roles`,
    );
    assert.ok(roles.body.response.data.some((r: { key: string }) => r.key === 'org:viewer'));
  });

  it('lists the instance roles with their permissions', async () => {
    const { body } = await fapi(
      ada.browser,
      'get',
      '/v1/organizations/{organization_id}/roles',
      `/v1/organizations/${orgId}/roles`,
    );
    assert.deepEqual(
      body.response.data.map((r: { key: string }) => r.key),
      ['org:admin', 'org:member', 'org:billing'],
    );
  });
});
