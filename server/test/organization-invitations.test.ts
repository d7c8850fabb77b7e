import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  API_QUERY,
  errorCode,
  fapi,
  makeServer,
  PAGE_ORIGIN,
  signedInUser,
  signUpUser,
  TestBrowser,
  type TestServer,
} from './helpers.js';
import { expectValid } from './openapi-validator.js';

const PASSWORD = 'correct horse battery';
const INVITATIONS = '/v1/organizations/{organization_id}/invitations';
const BULK = '/v1/organizations/{organization_id}/invitations/bulk';
const REVOKE = '/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke';
const LOGO = '/v1/organizations/{organization_id}/logo';
const ORG = '/v1/organizations/{organization_id}';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/**
 * The ticket in the link of the latest invitation mailed to `to`, the page the link opens, and the flow the link
 * names for the ticket (`__clerk_status`).
 */
function mailedTicket(server: TestServer, to: string): { ticket: string; page: string; flow: string | null } {
  const mail = server.dev.mailbox.list({ to })[0];
  assert.ok(mail, `no mail to ${to}`);
  const link = new URL(/https?:\/\/\S+/.exec(mail.text)?.[0] ?? '');
  return {
    ticket: link.searchParams.get('__clerk_ticket') ?? '',
    page: `${link.pathname}${link.hash}`,
    flow: link.searchParams.get('__clerk_status'),
  };
}

/** PUT /v1/organizations/{id}/logo as clerk-js sends it: POST + `_method=PUT`, a multipart `file` part. */
async function uploadLogo(server: TestServer, browser: TestBrowser, orgId: string, bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'logo.png');
  const query = new URLSearchParams({ ...API_QUERY, _method: 'PUT' });
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await server.app.request(`http://localhost/v1/organizations/${orgId}/logo?${query}`, {
    method: 'POST',
    body: form,
    headers: { Origin: PAGE_ORIGIN, Cookie: cookie },
  });
  return { res, body: await expectValid<any>(LOGO, 'put', res) };
}

describe('organization invitations and logo', () => {
  let server: TestServer;
  let ada: Awaited<ReturnType<typeof signedInUser>>;
  let orgId: string;

  beforeEach(async () => {
    server = await makeServer({ instance: { organization_settings: { enabled: true } } });
    ada = await signedInUser(server, 'ada@example.com');
    const { body } = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme Inc.' },
    });
    orgId = body.response.id;
  });

  /** Bob, signed in and a plain member of the organization. */
  const memberBob = async () => {
    const bob = await signedInUser(server, 'bob@example.com');
    const path = `/v1/organizations/${orgId}/memberships`;
    await fapi(ada.browser, 'post', '/v1/organizations/{organization_id}/memberships', path, {
      form: { user_id: bob.userId, role: 'org:member' },
    });
    return bob;
  };

  const invite = (emails: string[], role = 'org:member', browser = ada.browser) =>
    fapi(browser, 'post', BULK, `/v1/organizations/${orgId}/invitations/bulk`, {
      form: { email_address: emails, role },
    });

  it('invites several addresses at once, lists them paginated and by status, and counts them as pending', async () => {
    const sent = await invite(['bea@example.com', 'Cy@Example.com', 'bea@example.com']);
    assert.equal(sent.res.status, 200);
    assert.deepEqual(sent.body.response.map((i: { email_address: string }) => i.email_address).sort(), [
      'bea@example.com',
      'cy@example.com',
    ]);
    assert.equal(sent.body.response[0].status, 'pending');
    assert.equal(sent.body.response[0].role_name, 'Member');
    assert.equal(sent.body.response[0].public_organization_data.name, 'Acme Inc.');
    assert.equal(mailedTicket(server, 'bea@example.com').page, '/#/sign-up');
    assert.equal(mailedTicket(server, 'bea@example.com').flow, 'sign_up', 'a new user: the sign-up card redeems it');

    const one = await fapi(ada.browser, 'post', INVITATIONS, `/v1/organizations/${orgId}/invitations`, {
      form: { email_address: 'dee@example.com', role: 'org:admin' },
    });
    assert.equal(one.body.response.role, 'org:admin');

    const path = `/v1/organizations/${orgId}/invitations`;
    const page = await fapi(ada.browser, 'get', INVITATIONS, path, {
      query: { paginated: 'true', limit: '2', offset: '0', status: 'pending' },
    });
    assert.equal(page.body.response.total_count, 3);
    assert.equal(page.body.response.data.length, 2);
    assert.equal(page.body.response.data[0].email_address, 'dee@example.com');
    const org = await fapi(ada.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(org.body.response.pending_invitations_count, 3);

    const revoked = await fapi(ada.browser, 'post', REVOKE, `${path}/${one.body.response.id}/revoke`);
    assert.equal(revoked.body.response.status, 'revoked');
    const again = await fapi(ada.browser, 'post', REVOKE, `${path}/${one.body.response.id}/revoke`);
    assert.equal(again.res.status, 400);
    const onlyRevoked = await fapi(ada.browser, 'get', INVITATIONS, path, { query: { status: 'revoked' } });
    assert.equal(onlyRevoked.body.response.length, 1);
    const badStatus = await fapi(ada.browser, 'get', INVITATIONS, path, { query: { status: 'nope' } });
    assert.equal(badStatus.res.status, 422);
  });

  it('refuses a duplicate pending invitation, a member, a bad address or role, all or nothing', async () => {
    await invite(['bea@example.com']);
    const duplicate = await invite(['new@example.com', 'BEA@example.com']);
    assert.equal(duplicate.res.status, 400);
    assert.equal(errorCode(duplicate.body), 'duplicate_record');
    const member = await invite(['ada@example.com']);
    assert.equal(errorCode(member.body), 'already_a_member_in_organization');
    const malformed = await invite(['not-an-address']);
    assert.equal(malformed.res.status, 422);
    const role = await invite(['new@example.com'], 'org:nope');
    assert.equal(errorCode(role.body), 'form_param_value_invalid');
    const list = await fapi(ada.browser, 'get', INVITATIONS, `/v1/organizations/${orgId}/invitations`);
    assert.deepEqual(
      list.body.response.map((i: { email_address: string }) => i.email_address),
      ['bea@example.com'],
    );
    assert.equal(server.dev.mailbox.list({ to: 'new@example.com' }).length, 0);
  });

  it('needs org:sys_memberships:manage to invite, list or revoke', async () => {
    const bob = await memberBob();
    const sent = await invite(['bea@example.com']);
    const path = `/v1/organizations/${orgId}/invitations`;
    for (const [method, template, url] of [
      ['post', BULK, `${path}/bulk`],
      ['get', INVITATIONS, path],
      ['post', REVOKE, `${path}/${sent.body.response[0].id}/revoke`],
    ] as const) {
      const refused = await fapi(bob.browser, method, template, url, {
        form: method === 'post' ? { email_address: 'x@example.com', role: 'org:member' } : undefined,
      });
      assert.equal(refused.res.status, 403, `${method} ${url}`);
      assert.equal(errorCode(refused.body), 'not_allowed_access');
    }
  });

  it('signs a new user up through the mailed ticket, who joins with the role; the ticket works once', async () => {
    await invite(['bea@example.com'], 'org:admin');
    const { ticket } = mailedTicket(server, 'bea@example.com');
    const bea = new TestBrowser(server.app);
    const signUp = await fapi(bea, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket, password: PASSWORD },
    });
    assert.equal(signUp.body.response.status, 'complete');
    const user = signUp.body.client.sessions[0].user;
    assert.equal(user.organization_memberships[0].organization.id, orgId);
    assert.equal(user.organization_memberships[0].role, 'org:admin');
    const list = await fapi(ada.browser, 'get', INVITATIONS, `/v1/organizations/${orgId}/invitations`);
    assert.equal(list.body.response[0].status, 'accepted');

    const replay = await fapi(new TestBrowser(server.app), 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket, password: PASSWORD },
    });
    assert.equal(replay.res.status, 422);
  });

  it('joins a sign-up that completes later (the password comes in a second step)', async () => {
    await invite(['bea@example.com']);
    const { ticket } = mailedTicket(server, 'bea@example.com');
    const bea = new TestBrowser(server.app);
    const started = await fapi(bea, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket },
    });
    assert.equal(started.body.response.status, 'missing_requirements');
    const done = await fapi(
      bea,
      'patch',
      '/v1/client/sign_ups/{sign_up_id}',
      `/v1/client/sign_ups/${started.body.response.id}`,
      {
        form: { password: PASSWORD },
      },
    );
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.client.sessions[0].user.organization_memberships[0].role, 'org:member');
  });

  it('signs an existing user in with the ticket (the link opens the sign-in page) and they join', async () => {
    await signUpUser(server, 'bob@example.com', PASSWORD);
    await invite(['bob@example.com']);
    const { ticket, page, flow } = mailedTicket(server, 'bob@example.com');
    assert.equal(page, '/#/sign-in');
    assert.equal(flow, 'sign_in', 'an account holder: the sign-in card redeems it');
    const signUp = await fapi(new TestBrowser(server.app), 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket },
    });
    assert.equal(errorCode(signUp.body), 'form_identifier_exists');
    const bob = new TestBrowser(server.app);
    const signIn = await fapi(bob, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { strategy: 'ticket', ticket },
    });
    assert.equal(signIn.body.response.status, 'complete');
    assert.equal(signIn.body.client.sessions[0].user.organization_memberships[0].organization.id, orgId);
  });

  it('refuses a revoked or expired ticket', async () => {
    const sent = await invite(['bea@example.com', 'cy@example.com']);
    const bea = sent.body.response.find((i: { email_address: string }) => i.email_address === 'bea@example.com');
    await fapi(ada.browser, 'post', REVOKE, `/v1/organizations/${orgId}/invitations/${bea.id}/revoke`);
    const revoked = await fapi(new TestBrowser(server.app), 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket: mailedTicket(server, 'bea@example.com').ticket, password: PASSWORD },
    });
    assert.equal(revoked.res.status, 422);
    server.clock.advance(31 * 24 * 3600 * 1000);
    const expired = await fapi(new TestBrowser(server.app), 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { strategy: 'ticket', ticket: mailedTicket(server, 'cy@example.com').ticket, password: PASSWORD },
    });
    assert.equal(errorCode(expired.body), 'ticket_expired');
  });

  it('uploads a logo checked by its bytes, serves it, and removes it', async () => {
    const { res, body } = await uploadLogo(server, ada.browser, orgId, PNG);
    assert.equal(res.status, 200);
    assert.equal(body.response.has_image, true);
    const url = body.response.image_url as string;
    assert.match(url, /\/v1\/organization_logos\/img_/);
    const served = await server.app.request(url);
    assert.equal(served.headers.get('Content-Type'), 'image/png');
    assert.equal(served.headers.get('X-Content-Type-Options'), 'nosniff');

    const html = await uploadLogo(server, ada.browser, orgId, new TextEncoder().encode('<svg onload=alert(1)>'));
    assert.equal(errorCode(html.body), 'form_param_format_invalid');
    const huge = new Uint8Array(2 * 1024 * 1024 + 1);
    huge.set(PNG);
    const tooBig = await uploadLogo(server, ada.browser, orgId, huge);
    assert.ok(tooBig.res.status === 413 || tooBig.res.status === 422, String(tooBig.res.status));

    const removed = await fapi(ada.browser, 'delete', LOGO, `/v1/organizations/${orgId}/logo`);
    assert.equal(removed.body.response.deleted, true);
    const org = await fapi(ada.browser, 'get', ORG, `/v1/organizations/${orgId}`);
    assert.equal(org.body.response.has_image, false);
    assert.equal((await server.app.request(url)).status, 404);
    const again = await fapi(ada.browser, 'delete', LOGO, `/v1/organizations/${orgId}/logo`);
    assert.equal(again.res.status, 404);
  });

  it('needs org:sys_profile:manage to change the logo', async () => {
    const bob = await memberBob();
    const refused = await uploadLogo(server, bob.browser, orgId, PNG);
    assert.equal(refused.res.status, 403);
    const removal = await fapi(bob.browser, 'delete', LOGO, `/v1/organizations/${orgId}/logo`);
    assert.equal(removal.res.status, 403);
  });
});
