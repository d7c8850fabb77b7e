import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const PASSWORD = 'correct horse battery';

/** The `sub` claim of a session JWT: whose token it is. */
function subOf(jwt: string): string {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()).sub;
}

describe('multi-session clients (single_session_mode: false)', () => {
  let server: TestServer;
  let browser: TestBrowser;

  async function signIn(identifier: string) {
    const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier, password: PASSWORD },
    });
    assert.equal(res.status, 200, JSON.stringify(body));
    return body.response.created_session_id as string;
  }

  async function token(sessionId: string) {
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/tokens',
      `/v1/client/sessions/${sessionId}/tokens`,
    );
    return body.jwt as string;
  }

  beforeEach(async () => {
    server = await makeServer({ instance: { single_session_mode: false } });
    await signUpUser(server, 'ada@example.com', PASSWORD);
    await signUpUser(server, 'grace@example.com', PASSWORD);
    browser = new TestBrowser(server.app);
  });

  it('the environment says so', async () => {
    const { body } = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(body.auth_config.single_session_mode, false);
  });

  it('signing in while signed in adds a session; the client lists both and the newest is active', async () => {
    const ada = await signIn('ada@example.com');
    server.clock.advance(MINUTE);
    const grace = await signIn('grace@example.com');
    const { body } = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(
      body.response.sessions.map((s: { id: string }) => s.id),
      [ada, grace],
    );
    assert.deepEqual(
      body.response.sessions.map(
        (s: { user: { email_addresses: Array<{ email_address: string }> } }) =>
          s.user.email_addresses[0]?.email_address,
      ),
      ['ada@example.com', 'grace@example.com'],
    );
    assert.equal(body.response.last_active_session_id, grace);
  });

  it('touch with intent select_session switches the active session; tokens carry each user', async () => {
    const ada = await signIn('ada@example.com');
    const grace = await signIn('grace@example.com');
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${ada}/touch`,
      { form: { intent: 'select_session' } },
    );
    assert.equal(body.client.last_active_session_id, ada);
    const users = new Map(
      body.client.sessions.map((s: { id: string; user: { id: string } }) => [s.id, s.user.id] as const),
    );
    assert.equal(subOf(await token(ada)), users.get(ada));
    assert.equal(subOf(await token(grace)), users.get(grace));
    assert.notEqual(users.get(ada), users.get(grace));
  });

  it('removing the active session keeps the other signed in and makes it the active one', async () => {
    const ada = await signIn('ada@example.com');
    server.clock.advance(MINUTE);
    const grace = await signIn('grace@example.com');
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/remove',
      `/v1/client/sessions/${grace}/remove`,
    );
    assert.equal(body.response.status, 'removed');
    assert.deepEqual(
      body.client.sessions.map((s: { id: string }) => s.id),
      [ada],
    );
    assert.equal(body.client.last_active_session_id, ada);
    const res = await browser.call('post', `/v1/client/sessions/${grace}/tokens`);
    assert.equal(res.status, 401);
    assert.equal(errorCode(await res.json()), 'signed_out');
  });

  it('ending a session that is not the active one leaves the active one alone', async () => {
    const ada = await signIn('ada@example.com');
    const grace = await signIn('grace@example.com');
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/end',
      `/v1/client/sessions/${ada}/end`,
    );
    assert.equal(body.response.status, 'ended');
    assert.equal(body.client.last_active_session_id, grace);
  });

  it('DELETE /v1/client/sessions signs out of every account', async () => {
    await signIn('ada@example.com');
    await signIn('grace@example.com');
    const { body } = await fapi(browser, 'delete', '/v1/client/sessions', '/v1/client/sessions');
    assert.deepEqual(body.response.sessions, []);
    assert.equal(body.response.last_active_session_id, null);
  });

  it('single-session instances still refuse a second sign-in with session_exists', async () => {
    server = await makeServer();
    await signUpUser(server, 'ada@example.com', PASSWORD);
    browser = new TestBrowser(server.app);
    await signIn('ada@example.com');
    const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    assert.equal(res.status, 400);
    assert.equal(errorCode(body), 'session_exists');
  });
});
