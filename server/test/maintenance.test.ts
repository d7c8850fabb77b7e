import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { expectValid } from './openapi-validator.js';

const PASSWORD = 'correct horse battery';

async function patchInstance(server: TestServer, body: unknown): Promise<void> {
  const res = await server.app.request('/__dev/instance', {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.text());
}

describe('maintenance mode', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let sessionId: string;

  beforeEach(async () => {
    server = await makeServer();
    await signUpUser(server, 'ada@example.com', PASSWORD);
    browser = new TestBrowser(server.app);
    const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    sessionId = body.response.created_session_id;
    await patchInstance(server, { maintenance_mode: true });
  });

  it('the environment says so; reading, touch and tokens still work', async () => {
    const env = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(env.body.maintenance_mode, true);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.res.status, 200);
    const touch = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${sessionId}/touch`,
    );
    assert.equal(touch.res.status, 200);
    const token = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`);
    assert.equal(token.status, 200);
    await expectValid('/v1/client/sessions/{session_id}/tokens', 'post', token);
  });

  it('a sign-in, a sign-up and a sign-out are refused with 503 maintenance_mode', async () => {
    const other = new TestBrowser(server.app);
    for (const [template, path] of [
      ['/v1/client/sign_ins', '/v1/client/sign_ins'],
      ['/v1/client/sign_ups', '/v1/client/sign_ups'],
    ]) {
      const { res, body } = await fapi(other, 'post', template as string, path as string, {
        form: { identifier: 'ada@example.com', email_address: 'new@example.com' },
      });
      assert.equal(res.status, 503);
      assert.equal(errorCode(body), 'maintenance_mode');
    }
    const signOut = await browser.call('delete', '/v1/client/sessions');
    assert.equal(signOut.status, 503);
  });

  it('turned off again, sign-ins work', async () => {
    await patchInstance(server, { maintenance_mode: false });
    const { res } = await fapi(new TestBrowser(server.app), 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    assert.equal(res.status, 200);
  });
});
