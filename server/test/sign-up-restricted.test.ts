import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY } from '../clock.js';
import { TICKET_PARAM } from '../domain/waitlist.js';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signedInUser, TestBrowser, type TestServer } from './helpers.js';

/**
 * `sign_up_mode: restricted`: only an invitation opens a sign-up. The invitation's ticket (from the waitlist the
 * dev server keeps, or from an organization invitation) is presented with `strategy=ticket`; anything else, and
 * a ticket that is made up, spent or expired, is refused with its own error code. Every response (the errors
 * included) is validated against the OpenAPI spec by `fapi`.
 */

const SIGN_UPS = '/v1/client/sign_ups';
const ONE_SIGN_UP = '/v1/client/sign_ups/{sign_up_id}';
const PASSWORD = 'correct horse battery';

/** A waitlist invitation for `email`: joined while the waitlist is open, then sign-ups are restricted. */
async function invitedFromWaitlist(email: string): Promise<{ server: TestServer; ticket: string }> {
  const server = await makeServer({ instance: { sign_up_mode: 'waitlist' } });
  const joined = await fapi(new TestBrowser(server.app), 'post', '/v1/waitlist', '/v1/waitlist', {
    form: { email_address: email },
  });
  const res = await server.app.request(`http://localhost/__dev/waitlist/${joined.body.id}/invite`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: PAGE_ORIGIN },
  });
  const { link } = (await res.json()) as { link: string };
  const ticket = new URL(link).searchParams.get(TICKET_PARAM);
  assert.ok(ticket, 'a ticket in the invitation link');
  server.dev.instance.sign_up_mode = 'restricted';
  return { server, ticket };
}

const withTicket = (browser: TestBrowser, form: Record<string, string>) =>
  fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { strategy: 'ticket', ...form } });

function assertTicketRefused(
  result: { res: Response; body: { errors: Array<{ code: string; meta: { param_name?: string } }> } },
  code: string,
) {
  assert.equal(result.res.status, 422);
  assert.equal(errorCode(result.body), code);
  assert.equal(result.body.errors[0].meta.param_name, 'ticket');
}

describe('sign-up in restricted mode', () => {
  it('a sign-up without a ticket is refused; the environment says the mode', async () => {
    const { server } = await invitedFromWaitlist('ada@example.com');
    const browser = new TestBrowser(server.app);
    const env = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(env.body.user_settings.sign_up.mode, 'restricted');
    const plain = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { email_address: 'ada@example.com', password: PASSWORD },
    });
    assert.equal(plain.res.status, 403);
    assert.equal(errorCode(plain.body), 'sign_up_mode_restricted');
  });

  it('a valid waitlist ticket opens the sign-up: the invited address, verified; the password completes it', async () => {
    const { server, ticket } = await invitedFromWaitlist('ada@example.com');
    const browser = new TestBrowser(server.app);
    // An address sent with the ticket is ignored: the invitation decides it.
    const created = await withTicket(browser, { ticket, email_address: 'someone.else@example.com' });
    assert.equal(created.res.status, 200);
    const signUp = created.body.response;
    assert.equal(signUp.status, 'missing_requirements');
    assert.equal(signUp.email_address, 'ada@example.com');
    assert.deepEqual(signUp.unverified_fields, []);
    assert.deepEqual(signUp.missing_fields, ['password']);
    assert.equal(signUp.verifications.email_address.strategy, 'ticket');
    assert.equal(signUp.verifications.email_address.status, 'verified');

    const done = await fapi(browser, 'patch', ONE_SIGN_UP, `${SIGN_UPS}/${signUp.id}`, {
      form: { password: PASSWORD },
    });
    assert.equal(done.res.status, 200);
    assert.equal(done.body.response.status, 'complete');
    const [session] = done.body.client.sessions;
    assert.equal(session.user.email_addresses[0].email_address, 'ada@example.com');
    assert.equal(session.user.email_addresses[0].verification.status, 'verified');
  });

  it('a ticket and a password in one call sign up at once', async () => {
    const { server, ticket } = await invitedFromWaitlist('ada@example.com');
    const created = await withTicket(new TestBrowser(server.app), { ticket, password: PASSWORD });
    assert.equal(created.body.response.status, 'complete');
    assert.equal(created.body.client.sessions.length, 1);
  });

  it('an organization invitation ticket opens a sign-up too, and the new user joins', async () => {
    const server = await makeServer({ instance: { organization_settings: { enabled: true } } });
    const ada = await signedInUser(server, 'ada@example.com');
    const org = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme Inc.' },
    });
    const orgId = org.body.response.id;
    await fapi(
      ada.browser,
      'post',
      '/v1/organizations/{organization_id}/invitations/bulk',
      `/v1/organizations/${orgId}/invitations/bulk`,
      {
        form: { email_address: ['bea@example.com'], role: 'org:member' },
      },
    );
    server.dev.instance.sign_up_mode = 'restricted';
    const mail = server.dev.mailbox.list({ to: 'bea@example.com' })[0];
    const ticket = new URL(/https?:\/\/\S+/.exec(mail?.text ?? '')?.[0] ?? 'http://x').searchParams.get(TICKET_PARAM);
    assert.ok(ticket, 'a ticket in the invitation mail');

    const created = await withTicket(new TestBrowser(server.app), { ticket, password: PASSWORD });
    assert.equal(created.body.response.status, 'complete');
    const user = created.body.client.sessions[0].user;
    assert.equal(user.organization_memberships[0].organization.id, orgId);
  });

  it('a made-up, a spent and a missing ticket are refused, and open no sign-up', async () => {
    const { server, ticket } = await invitedFromWaitlist('ada@example.com');
    const browser = new TestBrowser(server.app);
    assertTicketRefused(await withTicket(browser, { ticket: 'not-a-real-ticket' }), 'form_param_value_invalid');

    await withTicket(new TestBrowser(server.app), { ticket, password: PASSWORD });
    assertTicketRefused(await withTicket(browser, { ticket, password: PASSWORD }), 'form_param_value_invalid');

    const missing = await withTicket(browser, { password: PASSWORD });
    assert.equal(missing.res.status, 422);
    assert.equal(errorCode(missing.body), 'form_param_missing');

    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response?.sign_up ?? null, null, 'no sign-up was opened');
  });

  it('an expired ticket is refused with ticket_expired', async () => {
    const { server, ticket } = await invitedFromWaitlist('ada@example.com');
    server.clock.advance(31 * DAY);
    assertTicketRefused(await withTicket(new TestBrowser(server.app), { ticket }), 'ticket_expired');
  });
});
