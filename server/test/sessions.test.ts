import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { DAY, MINUTE } from '../clock.js';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { expectValid } from './openapi-validator.js';

const PASSWORD = 'correct horse battery';

describe('sessions, tokens and /v1/me', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let sessionId: string;
  let userId: string;

  beforeEach(async () => {
    server = await makeServer({ instance: { single_session_mode: false } });
    await signUpUser(server, 'ada@example.com', PASSWORD);
    browser = new TestBrowser(server.app);
    const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    sessionId = body.response.created_session_id;
    userId = body.client.sessions[0].user.id;
  });

  async function jwks() {
    const res = await server.app.request('/.well-known/jwks.json');
    return expectValid<{ keys: Array<Record<string, string>> }>('/.well-known/jwks.json', 'get', res);
  }

  it('publishes an RS256 public key (and no private parts) at /.well-known/jwks.json', async () => {
    const set = await jwks();
    assert.equal(set.keys.length, 1);
    const [key] = set.keys;
    assert.equal(key?.kty, 'RSA');
    assert.equal(key?.alg, 'RS256');
    assert.equal(key?.use, 'sig');
    assert.match(key?.kid ?? '', /^ins_/);
    assert.equal(key?.d, undefined);
    assert.deepEqual(await (await server.app.request('/v1/jwks')).json(), set);
  });

  it('mints a session JWT that verifies against the JWKS with Clerk claims', async () => {
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`, {
      form: { organization_id: null },
    });
    const body = await expectValid<{ object: string; jwt: string }>(
      '/v1/client/sessions/{session_id}/tokens',
      'post',
      res,
    );
    assert.equal(body.object, 'token');
    const keySet = createLocalJWKSet(await jwks());
    const now = Math.floor(server.clock.now() / 1000);
    const { payload, protectedHeader } = await jwtVerify(body.jwt, keySet, {
      issuer: 'http://localhost',
      algorithms: ['RS256'],
      currentDate: new Date(server.clock.now()),
    });
    assert.equal(protectedHeader.kid, (await jwks()).keys[0]?.kid);
    assert.equal(payload.sub, userId);
    assert.equal(payload.sid, sessionId);
    assert.equal(payload.iat, now);
    assert.equal(payload.nbf, now);
    assert.equal(payload.exp, now + 60);
    assert.equal(payload.azp, PAGE_ORIGIN);
    assert.equal(payload.v, 2);
    assert.deepEqual(payload.fva, [0, -1]);
  });

  it('fva counts minutes since the first factor', async () => {
    server.clock.advance(5 * MINUTE);
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`);
    const { jwt } = (await res.json()) as { jwt: string };
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString());
    assert.deepEqual(payload.fva, [5, -1]);
    assert.equal(decodeProtectedHeader(jwt).alg, 'RS256');
  });

  it('the client carries last_active_token for active sessions', async () => {
    const { body } = await fapi(browser, 'get', '/v1/client', '/v1/client');
    const token = body.response.sessions[0].last_active_token.jwt;
    const { payload } = await jwtVerify(token, createLocalJWKSet(await jwks()), {
      currentDate: new Date(server.clock.now()),
    });
    assert.equal(payload.sid, sessionId);
  });

  it('JWT templates do not exist → template_not_found', async () => {
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens/supabase`);
    const body = await expectValid('/v1/client/sessions/{session_id}/tokens/{template_name}', 'post', res);
    assert.equal(res.status, 404);
    assert.equal(errorCode(body), 'template_not_found');
  });

  it('a token for an organization the user is not a member of is refused → resource_not_found', async () => {
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`, {
      form: { organization_id: 'org_1' },
    });
    const body = await expectValid('/v1/client/sessions/{session_id}/tokens', 'post', res);
    assert.equal(res.status, 404);
    assert.equal(errorCode(body), 'resource_not_found');
  });

  it('touch updates last_active_at and makes the session the active one', async () => {
    server.clock.advance(MINUTE);
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/touch',
      `/v1/client/sessions/${sessionId}/touch`,
      {
        form: { active_organization_id: null, intent: 'focus' },
      },
    );
    assert.equal(body.response.last_active_at, server.clock.now());
    assert.equal(body.client.last_active_session_id, sessionId);
  });

  it('end: status ended, gone from the client, tokens refused with 401 signed_out', async () => {
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/end',
      `/v1/client/sessions/${sessionId}/end`,
    );
    assert.equal(body.response.status, 'ended');
    assert.equal(body.response.last_active_token, null);
    assert.deepEqual(body.client.sessions, []);
    assert.equal(body.client.last_active_session_id, null);
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`);
    const error = await expectValid('/v1/client/sessions/{session_id}/tokens', 'post', res);
    assert.equal(res.status, 401);
    assert.equal(errorCode(error), 'signed_out');
  });

  it('remove: status removed', async () => {
    const { body } = await fapi(
      browser,
      'post',
      '/v1/client/sessions/{session_id}/remove',
      `/v1/client/sessions/${sessionId}/remove`,
    );
    assert.equal(body.response.status, 'removed');
    assert.deepEqual(body.client.sessions, []);
  });

  it('DELETE /v1/client/sessions signs out of every session but keeps the client', async () => {
    // Multi-session instance: a second sign-in adds a second session to the same client.
    await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    const before = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(before.body.response.sessions.length, 2);
    const { body } = await fapi(browser, 'delete', '/v1/client/sessions', '/v1/client/sessions');
    assert.deepEqual(body.response.sessions, []);
    assert.equal(body.response.id, before.body.response.id);
    assert.equal(body.client.last_active_session_id, null);
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.res.status, 401);
  });

  it('DELETE /v1/client destroys the client and clears the cookie', async () => {
    const { body } = await fapi(browser, 'delete', '/v1/client', '/v1/client');
    assert.equal(body.client, null);
    assert.deepEqual(body.response.sessions, []);
    assert.equal(browser.cookies.has('__client'), false);
    const after = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(after.body, { response: null, client: null });
  });

  it('sessions of another client are not found', async () => {
    const stranger = new TestBrowser(server.app);
    await fapi(stranger, 'put', '/v1/client', '/v1/client');
    const res = await stranger.call('post', `/v1/client/sessions/${sessionId}/tokens`);
    assert.equal(res.status, 404);
  });

  it('sessions expire after 7 days', async () => {
    server.clock.advance(7 * DAY);
    const { body } = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(body.response.sessions, []);
    const res = await browser.call('post', `/v1/client/sessions/${sessionId}/tokens`);
    assert.equal(res.status, 401);
  });

  describe('/v1/me', () => {
    it('returns the user of the session named by _clerk_session_id', async () => {
      const { body } = await fapi(browser, 'get', '/v1/me', '/v1/me', { query: { _clerk_session_id: sessionId } });
      assert.equal(body.response.id, userId);
      assert.equal(body.response.email_addresses[0].email_address, 'ada@example.com');
      assert.equal(body.response.password_enabled, true);
      assert.equal(body.client.last_active_session_id, sessionId);
    });

    it('falls back to the last active session', async () => {
      const { body } = await fapi(browser, 'get', '/v1/me', '/v1/me');
      assert.equal(body.response.id, userId);
    });

    it('without a client → 401 authentication_invalid', async () => {
      const stranger = new TestBrowser(server.app);
      const { res, body } = await fapi(stranger, 'get', '/v1/me', '/v1/me');
      assert.equal(res.status, 401);
      assert.equal(errorCode(body), 'authentication_invalid');
    });

    it('with an ended session → 401 signed_out', async () => {
      await browser.call('post', `/v1/client/sessions/${sessionId}/end`);
      const { res, body } = await fapi(browser, 'get', '/v1/me', '/v1/me', { query: { _clerk_session_id: sessionId } });
      assert.equal(res.status, 401);
      assert.equal(errorCode(body), 'signed_out');
    });
  });
});
