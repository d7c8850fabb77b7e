import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DAY } from '../clock.js';
import { TICKET_PARAM } from '../domain/waitlist.js';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const JOIN = '/v1/waitlist';
const SIGN_UPS = '/v1/client/sign_ups';
const ONE_SIGN_UP = '/v1/client/sign_ups/{sign_up_id}';

async function invite(server: TestServer, id: string, origin: string | null = PAGE_ORIGIN) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (origin) headers.Origin = origin;
  return server.app.request(`http://localhost/__dev/waitlist/${id}/invite`, { method: 'POST', headers });
}

function ticketOf(link: string): string {
  const ticket = new URL(link).searchParams.get(TICKET_PARAM);
  if (!ticket) throw new Error(`no ticket in ${link}`);
  return ticket;
}

describe('waitlist', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: { sign_up_mode: 'waitlist' } });
    browser = new TestBrowser(server.app);
  });

  it('joins with an email address and answers the bare waitlist entry', async () => {
    const { res, body } = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: ' Ada@Example.com' } });
    assert.equal(res.status, 200);
    assert.equal(body.object, 'waitlist_entry');
    assert.match(body.id, /^wle_/);
    const list = (await (await server.app.request('/__dev/waitlist')).json()) as {
      data: Array<Record<string, unknown>>;
    };
    assert.deepEqual(
      list.data.map((e) => [e.email_address, e.status]),
      [['ada@example.com', 'pending']],
    );
  });

  it('joining twice returns the same entry (the spec: not an error)', async () => {
    const first = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'ada@example.com' } });
    const second = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'ADA@example.com' } });
    assert.equal(second.body.id, first.body.id);
  });

  it('refuses a missing or malformed address and an address that already has an account', async () => {
    const missing = await fapi(browser, 'post', JOIN, JOIN, { form: {} });
    assert.equal(missing.res.status, 422);
    assert.equal(errorCode(missing.body), 'form_param_missing');
    const bad = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'not an email' } });
    assert.equal(bad.res.status, 422);
    assert.equal(errorCode(bad.body), 'form_param_format_invalid');

    const open = await makeServer();
    await signUpUser(open, 'grace@example.com');
    open.dev.instance.sign_up_mode = 'waitlist';
    const taken = await fapi(new TestBrowser(open.app), 'post', JOIN, JOIN, {
      form: { email_address: 'grace@example.com' },
    });
    assert.equal(taken.res.status, 422);
    assert.equal(errorCode(taken.body), 'form_identifier_exists');
  });

  it('is closed unless the instance is in the waitlist sign-up mode', async () => {
    const open = await makeServer();
    const { res, body } = await fapi(new TestBrowser(open.app), 'post', JOIN, JOIN, {
      form: { email_address: 'ada@example.com' },
    });
    assert.equal(res.status, 403);
    assert.equal(errorCode(body), 'feature_not_enabled');
  });

  it('invite mails a sign-up link with a ticket; the ticket signs up once, sign-ups being closed', async () => {
    const joined = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'ada@example.com' } });
    const plain = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { email_address: 'ada@example.com', password: 'correct horse battery' },
    });
    assert.equal(errorCode(plain.body), 'sign_up_restricted_waitlist');

    const invited = await invite(server, joined.body.id);
    assert.equal(invited.status, 200);
    const { entry, link } = (await invited.json()) as { entry: { status: string }; link: string };
    assert.equal(entry.status, 'invited');
    const mail = server.dev.mailbox.list({ to: 'ada@example.com' })[0];
    assert.ok(mail?.text.includes(link), 'the mail carries the link');
    assert.equal(new URL(link).origin, 'http://localhost');
    assert.equal(new URL(link).searchParams.get('__clerk_status'), 'sign_up', 'the ticket is for a sign-up card');

    const created = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'ticket', ticket: ticketOf(link) },
    });
    const signUp = created.body.response;
    assert.equal(signUp.email_address, 'ada@example.com');
    assert.deepEqual(signUp.unverified_fields, []);
    assert.deepEqual(signUp.missing_fields, ['password']);
    const done = await fapi(browser, 'patch', ONE_SIGN_UP, `${SIGN_UPS}/${signUp.id}`, {
      form: { password: 'correct horse battery' },
    });
    assert.equal(done.body.response.status, 'complete');
    assert.ok(done.body.client.sessions.length === 1);

    const again = await fapi(new TestBrowser(server.app), 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'ticket', ticket: ticketOf(link) },
    });
    assert.equal(again.res.status, 422);
    assert.equal(errorCode(again.body), 'form_param_value_invalid');
    const list = (await (await server.app.request('/__dev/waitlist')).json()) as { data: Array<{ status: string }> };
    assert.equal(list.data[0]?.status, 'completed');
  });

  it('a ticket expires, and a new invitation replaces the old ticket', async () => {
    const joined = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'ada@example.com' } });
    const first = ((await (await invite(server, joined.body.id)).json()) as { link: string }).link;
    const second = ((await (await invite(server, joined.body.id)).json()) as { link: string }).link;
    const stale = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'ticket', ticket: ticketOf(first) },
    });
    assert.equal(errorCode(stale.body), 'form_param_value_invalid');
    server.clock.advance(31 * DAY);
    const expired = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'ticket', ticket: ticketOf(second) },
    });
    assert.equal(expired.res.status, 422);
    assert.equal(errorCode(expired.body), 'ticket_expired');
  });

  it('the /__dev page lists entries with an Invite form, and a form post redirects back', async () => {
    const joined = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: '<b>x</b>@example.com' } });
    const page = await (await server.app.request('/__dev')).text();
    assert.match(page, new RegExp(`action="/__dev/waitlist/${joined.body.id}/invite"`));
    assert.ok(!page.includes('<b>x</b>'), 'addresses are escaped');
    const res = await server.app.request(`http://localhost/__dev/waitlist/${joined.body.id}/invite`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('Location'), '/__dev#waitlist');
  });

  it('invite refuses unknown entries, opaque origins and foreign sites', async () => {
    assert.equal((await invite(server, 'wle_nope')).status, 404);
    const joined = await fapi(browser, 'post', JOIN, JOIN, { form: { email_address: 'ada@example.com' } });
    assert.equal((await invite(server, joined.body.id, 'null')).status, 403);
    assert.equal((await invite(server, joined.body.id, 'https://evil.example')).status, 403);
    assert.equal(server.dev.mailbox.list().length, 0);
  });
});
