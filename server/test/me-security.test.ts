/**
 * The profile's Security page on the server (issue 13): POST /v1/me/change_password, the authenticator app
 * (/v1/me/totp…), backup codes, the active sessions list and revoking one, and DELETE /v1/me. Every response
 * is validated against the FAPI spec by `fapi()`.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { parseUserAgent } from '../domain/me-security-activity.js';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'purple tractor umbrella';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function signIn(server: TestServer, email: string, password = PASSWORD, userAgent = FIREFOX) {
  const browser = new TestBrowser(server.app);
  const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: email, password },
    headers: { 'User-Agent': userAgent },
  });
  return { browser, res, body };
}

async function signedIn(server: TestServer, email: string, userAgent = FIREFOX): Promise<TestBrowser> {
  const { browser, body } = await signIn(server, email, PASSWORD, userAgent);
  assert.equal(body.response.status, 'complete');
  return browser;
}

function changePassword(browser: TestBrowser, form: Record<string, string | boolean>) {
  return fapi(browser, 'post', '/v1/me/change_password', '/v1/me/change_password', { form });
}

function me(browser: TestBrowser) {
  return fapi(browser, 'get', '/v1/me', '/v1/me');
}

function codeFor(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
}

describe('/v1/me security', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: { single_session_mode: false } });
    await signUpUser(server, 'ada@example.com', PASSWORD);
    browser = await signedIn(server, 'ada@example.com');
  });

  describe('POST /v1/me/change_password', () => {
    it('changes the password; the old one no longer signs in, the new one does', async () => {
      const { res, body } = await changePassword(browser, { current_password: PASSWORD, new_password: NEW_PASSWORD });
      assert.equal(res.status, 200);
      assert.equal(body.response.password_enabled, true);
      assert.equal(typeof body.response.password_last_updated_at, 'number');
      const old = await signIn(server, 'ada@example.com', PASSWORD);
      assert.equal(errorCode(old.body), 'form_password_incorrect');
      const fresh = await signIn(server, 'ada@example.com', NEW_PASSWORD);
      assert.equal(fresh.body.response.status, 'complete');
    });

    it('a wrong current password is form_password_incorrect at current_password and counts toward lockout', async () => {
      await server.app.request('/__dev/instance', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:5173' },
        body: JSON.stringify({ user_lockout: { enabled: true, max_attempts: 2, duration_in_minutes: 5 } }),
      });
      const wrong = await changePassword(browser, { current_password: 'nope nope nope', new_password: NEW_PASSWORD });
      assert.equal(wrong.res.status, 422);
      assert.equal(errorCode(wrong.body), 'form_password_incorrect');
      assert.equal(wrong.body.errors[0].meta.param_name, 'current_password');
      const locking = await changePassword(browser, { current_password: 'nope again', new_password: NEW_PASSWORD });
      assert.equal(errorCode(locking.body), 'user_locked');
      const locked = await changePassword(browser, { current_password: PASSWORD, new_password: NEW_PASSWORD });
      assert.equal(errorCode(locked.body), 'user_locked');
    });

    it('applies the sign-up password rules at new_password', async () => {
      const short = await changePassword(browser, { current_password: PASSWORD, new_password: 'short' });
      assert.equal(errorCode(short.body), 'form_password_length_too_short');
      assert.equal(short.body.errors[0].meta.param_name, 'new_password');
      const common = await changePassword(browser, { current_password: PASSWORD, new_password: 'password123' });
      assert.equal(errorCode(common.body), 'form_password_pwned');
      const missing = await changePassword(browser, { current_password: PASSWORD });
      assert.equal(errorCode(missing.body), 'form_param_missing');
      assert.equal(missing.body.errors[0].meta.param_name, 'new_password');
      const noCurrent = await changePassword(browser, { new_password: NEW_PASSWORD });
      assert.equal(noCurrent.body.errors[0].meta.param_name, 'current_password');
    });

    it('sign_out_of_other_sessions ends the other devices and keeps this one', async () => {
      const other = await signedIn(server, 'ada@example.com', IPHONE);
      await changePassword(browser, {
        current_password: PASSWORD,
        new_password: NEW_PASSWORD,
        sign_out_of_other_sessions: true,
      });
      assert.equal((await me(other)).res.status, 401);
      assert.equal((await me(browser)).res.status, 200);
    });

    it('sets a first password for a user who has none, without asking for a current one', async () => {
      const user = server.dev.users.findByEmail('ada@example.com');
      assert.ok(user);
      server.dev.db.prepare('UPDATE users SET password_digest = NULL WHERE id = ?').run(user.id);
      assert.equal((await me(browser)).body.response.password_enabled, false);
      const { body } = await changePassword(browser, { new_password: NEW_PASSWORD });
      assert.equal(body.response.password_enabled, true);
    });

    it('needs a signed-in session', async () => {
      const stranger = new TestBrowser(server.app);
      const { res, body } = await changePassword(stranger, { current_password: PASSWORD, new_password: NEW_PASSWORD });
      assert.equal(res.status, 401);
      assert.equal(errorCode(body), 'authentication_invalid');
    });
  });

  describe('authenticator app and backup codes', () => {
    async function enable(): Promise<{ secret: string; codes: string[] }> {
      const created = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
      const secret = created.body.response.secret as string;
      const verified = await fapi(
        browser,
        'post',
        '/v1/me/totp/attempt_verification',
        '/v1/me/totp/attempt_verification',
        {
          form: { code: codeFor(secret, server.clock.now()) },
        },
      );
      assert.equal(verified.res.status, 200);
      return { secret, codes: verified.body.response.backup_codes };
    }

    it('creates a pending secret with its otpauth URI; nothing is in force before a code', async () => {
      const { body } = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
      assert.equal(body.response.object, 'totp');
      assert.equal(body.response.verified, false);
      assert.match(body.response.secret, /^[A-Z2-7]{32}$/);
      assert.match(body.response.uri, /^otpauth:\/\/totp\/Latch%20Dev:ada%40example\.com\?.*secret=[A-Z2-7]{32}/);
      assert.equal((await me(browser)).body.response.totp_enabled, false);
    });

    it('a wrong code is form_code_incorrect; the right one enables it and returns backup codes once', async () => {
      const created = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
      const wrong = await fapi(
        browser,
        'post',
        '/v1/me/totp/attempt_verification',
        '/v1/me/totp/attempt_verification',
        {
          form: { code: '000000' },
        },
      );
      assert.equal(errorCode(wrong.body), 'form_code_incorrect');
      const ok = await fapi(browser, 'post', '/v1/me/totp/attempt_verification', '/v1/me/totp/attempt_verification', {
        form: { code: codeFor(created.body.response.secret, server.clock.now()) },
      });
      assert.equal(ok.body.response.verified, true);
      assert.equal(ok.body.response.secret, null);
      assert.equal(ok.body.response.backup_codes.length, 10);
      const user = (await me(browser)).body.response;
      assert.deepEqual([user.totp_enabled, user.backup_code_enabled, user.two_factor_enabled], [true, true, true]);
      const again = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
      assert.equal(again.res.status, 400);
      assert.equal(errorCode(again.body), 'totp_already_enabled');
    });

    it('the sign-in then asks for the app code, and a backup code works once', async () => {
      const { secret, codes } = await enable();
      const first = await signIn(server, 'ada@example.com');
      assert.equal(first.body.response.status, 'needs_second_factor');
      server.clock.advance(60_000);
      const done = await fapi(
        first.browser,
        'post',
        '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor',
        `/v1/client/sign_ins/${first.body.response.id}/attempt_second_factor`,
        { form: { strategy: 'totp', code: codeFor(secret, server.clock.now()) } },
      );
      assert.equal(done.body.response.status, 'complete');
      const second = await signIn(server, 'ada@example.com');
      const backup = await fapi(
        second.browser,
        'post',
        '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor',
        `/v1/client/sign_ins/${second.body.response.id}/attempt_second_factor`,
        { form: { strategy: 'backup_code', code: codes[0] ?? '' } },
      );
      assert.equal(backup.body.response.status, 'complete');
    });

    it('regenerating backup codes replaces the old set', async () => {
      const { codes } = await enable();
      const { body } = await fapi(browser, 'post', '/v1/me/backup_codes', '/v1/me/backup_codes');
      assert.equal(body.response.object, 'backup_code');
      assert.equal(body.response.codes.length, 10);
      assert.notDeepEqual(body.response.codes, codes);
      const user = server.dev.users.findByEmail('ada@example.com');
      assert.ok(user);
      assert.equal(server.dev.secondFactors.consumeBackupCode(user, codes[0] ?? ''), false);
      assert.equal(server.dev.secondFactors.consumeBackupCode(user, body.response.codes[0]), true);
    });

    it('backup codes need a second factor first', async () => {
      const { res, body } = await fapi(browser, 'post', '/v1/me/backup_codes', '/v1/me/backup_codes');
      assert.equal(res.status, 400);
      assert.equal(errorCode(body), 'backup_codes_require_second_factor');
    });

    it('DELETE /v1/me/totp removes the app and its backup codes; a second delete is not found', async () => {
      await enable();
      const { body } = await fapi(browser, 'delete', '/v1/me/totp', '/v1/me/totp');
      assert.equal(body.response.deleted, true);
      const user = (await me(browser)).body.response;
      assert.deepEqual([user.totp_enabled, user.backup_code_enabled, user.two_factor_enabled], [false, false, false]);
      const again = await fapi(browser, 'delete', '/v1/me/totp', '/v1/me/totp');
      assert.equal(again.res.status, 404);
      const first = await signIn(server, 'ada@example.com');
      assert.equal(first.body.response.status, 'complete');
    });

    it('verifying with no pending secret is not found; a missing code is form_param_missing', async () => {
      const none = await fapi(browser, 'post', '/v1/me/totp/attempt_verification', '/v1/me/totp/attempt_verification', {
        form: { code: '123456' },
      });
      assert.equal(none.res.status, 404);
      await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
      const missing = await fapi(
        browser,
        'post',
        '/v1/me/totp/attempt_verification',
        '/v1/me/totp/attempt_verification',
      );
      assert.equal(errorCode(missing.body), 'form_param_missing');
    });
  });

  describe('active sessions', () => {
    it('lists every device with its browser, and revokes one of them', async () => {
      const phone = await signedIn(server, 'ada@example.com', IPHONE);
      const { body } = await fapi(browser, 'get', '/v1/me/sessions/active', '/v1/me/sessions/active');
      // Three devices: the sign-up's browser (no User-Agent), this one and the phone.
      assert.equal(body.length, 3);
      const byBrowser = Object.fromEntries(
        body.map((s: { latest_activity: { browser_name: string } }) => [s.latest_activity.browser_name, s]),
      );
      assert.equal(byBrowser.Firefox.latest_activity.device_type, 'Windows');
      assert.equal(byBrowser.Firefox.latest_activity.is_mobile, false);
      assert.equal(byBrowser.Safari.latest_activity.device_type, 'iPhone');
      assert.equal(byBrowser.Safari.latest_activity.is_mobile, true);
      assert.equal(byBrowser.Safari.last_active_token, null);
      const revoked = await fapi(
        browser,
        'post',
        '/v1/me/sessions/{session_id}/revoke',
        `/v1/me/sessions/${byBrowser.Safari.id}/revoke`,
      );
      assert.equal(revoked.body.response.status, 'revoked');
      assert.equal((await me(phone)).res.status, 401);
      const after = await fapi(browser, 'get', '/v1/me/sessions/active', '/v1/me/sessions/active');
      assert.equal(after.body.length, 2);
    });

    it("another user's session is not found", async () => {
      await signUpUser(server, 'bob@example.com', PASSWORD);
      const bob = await signedIn(server, 'bob@example.com');
      const bobSessions = await fapi(bob, 'get', '/v1/me/sessions/active', '/v1/me/sessions/active');
      const id = bobSessions.body[0].id;
      const { res, body } = await fapi(
        browser,
        'post',
        '/v1/me/sessions/{session_id}/revoke',
        `/v1/me/sessions/${id}/revoke`,
      );
      assert.equal(res.status, 404);
      assert.equal(errorCode(body), 'resource_not_found');
      assert.equal((await me(bob)).res.status, 200);
    });
  });

  describe('DELETE /v1/me', () => {
    it('deletes the account: signed out everywhere, the address free again', async () => {
      const other = await signedIn(server, 'ada@example.com', IPHONE);
      const { res, body } = await fapi(browser, 'delete', '/v1/me', '/v1/me');
      assert.equal(res.status, 200);
      assert.deepEqual([body.response.object, body.response.deleted], ['user', true]);
      assert.equal(body.client.sessions.length, 0);
      assert.equal((await me(browser)).res.status, 401);
      assert.equal((await me(other)).res.status, 401);
      const again = await signIn(server, 'ada@example.com');
      assert.equal(errorCode(again.body), 'form_identifier_not_found');
      await signUpUser(server, 'ada@example.com', PASSWORD);
    });

    it('is refused when the instance does not allow it, and the user says so', async () => {
      await server.app.request('/__dev/instance', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:5173' },
        body: JSON.stringify({ actions: { delete_self: false } }),
      });
      assert.equal((await me(browser)).body.response.delete_self_enabled, false);
      const { res, body } = await fapi(browser, 'delete', '/v1/me', '/v1/me');
      assert.equal(res.status, 403);
      assert.equal(errorCode(body), 'delete_self_disabled');
    });
  });
});

describe('parseUserAgent', () => {
  it('names the common browsers and devices', () => {
    assert.deepEqual(
      parseUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      ),
      { browser_name: 'Edge', browser_version: '131', device_type: 'Macintosh', is_mobile: false },
    );
    assert.equal(parseUserAgent(IPHONE).browser_name, 'Safari');
    assert.equal(parseUserAgent('').browser_name, 'Unknown');
  });
});
