/**
 * Second-factor reverification (issue 13, item 4): for the levels `second_factor` and `multi_factor`, a user with a
 * second factor proves the first factor, then an authenticator code, a backup code or a texted code
 * (`…/verify/prepare_second_factor`, `…/verify/attempt_second_factor`); only then is the session fresh again.
 * A user without one is served `first_factor`. The guard of the `/v1/me` writes is Clerk's `strict` preset (10
 * minutes, `second_factor`): a user with a second factor must have proven it recently (at sign-in, on
 * reverification, or by turning on an authenticator app), a user without one only the first factor. Responses
 * validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { MINUTE } from '../clock.js';
import { type ReverificationPreset, requireRecentVerification } from '../domain/reverification.js';
import { FapiError } from '../errors.js';
import { errorCode, fapi, mailedCode, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const PASSWORD = 'correct horse battery';
const EMAIL = 'ada@example.com';
const PHONE = '+15555550123';
const VERIFY = '/v1/client/sessions/{session_id}/verify';

interface Enrolled {
  totp: { secret: string } | null;
  phone_number: { id: string } | null;
  backup_codes: string[] | null;
}

async function enroll(server: TestServer, body: unknown): Promise<Enrolled> {
  const res = await server.app.request(`/__dev/users/${encodeURIComponent(EMAIL)}/mfa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Enrolled;
}

describe('second-factor reverification', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let sessionId: string;
  const step = (name: string, form: Record<string, string>) =>
    fapi(browser, 'post', `${VERIFY}${name}`, `/v1/client/sessions/${sessionId}/verify${name}`, { form });
  const deleteTotp = () => fapi(browser, 'delete', '/v1/me/totp', '/v1/me/totp');

  beforeEach(async () => {
    server = await makeServer({ instance: { reverification: { after_minutes: 10 } } });
    await signUpUser(server, EMAIL, PASSWORD);
    browser = new TestBrowser(server.app);
    const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: EMAIL, password: PASSWORD },
    });
    sessionId = body.response.created_session_id;
  });

  it('multi_factor: the password, then the authenticator code; the session is fresh only after both', async () => {
    const { totp } = await enroll(server, { totp: true, backup_codes: true });
    server.clock.advance(11 * MINUTE);
    const started = await step('', { level: 'multi_factor' });
    assert.equal(started.body.response.level, 'multi_factor');
    assert.equal(started.body.response.supported_second_factors, null);

    const first = await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    assert.equal(first.res.status, 200);
    assert.equal(first.body.response.status, 'needs_second_factor');
    assert.deepEqual(
      first.body.response.supported_second_factors.map((f: { strategy: string }) => f.strategy),
      ['totp', 'backup_code'],
    );
    assert.equal((await deleteTotp()).res.status, 403, 'the first factor alone does not freshen the session');

    const wrong = await step('/attempt_second_factor', { strategy: 'totp', code: '000000' });
    assert.equal(wrong.res.status, 422);
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');

    const code = TOTP.generate({ secret: Secret.fromBase32(totp?.secret ?? ''), timestamp: server.clock.now() });
    const done = await step('/attempt_second_factor', { strategy: 'totp', code });
    assert.equal(done.res.status, 200);
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.response.second_factor_verification.strategy, 'totp');
    assert.equal((await deleteTotp()).res.status, 200);
  });

  it('second_factor: a backup code completes it once; used again it is refused', async () => {
    const { backup_codes: codes } = await enroll(server, { totp: true, backup_codes: true });
    const backup = codes?.[0] ?? '';
    server.clock.advance(11 * MINUTE);
    await step('', { level: 'second_factor' });
    const early = await step('/attempt_second_factor', { strategy: 'backup_code', code: backup });
    assert.equal(early.res.status, 400, 'no second factor before the first');
    await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    const done = await step('/attempt_second_factor', { strategy: 'backup_code', code: backup });
    assert.equal(done.body.response.status, 'complete');

    await step('', { level: 'second_factor' });
    await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    const replay = await step('/attempt_second_factor', { strategy: 'backup_code', code: backup });
    assert.equal(replay.res.status, 422);
    const missing = await step('/attempt_second_factor', { strategy: 'totp' });
    assert.equal(missing.res.status, 422);
    assert.equal(errorCode(missing.body), 'form_param_missing');
  });

  it('phone_code: prepare texts a code to the second-factor phone, attempt completes it', async () => {
    const { phone_number: phone } = await enroll(server, { phone: PHONE });
    server.clock.advance(11 * MINUTE);
    await step('', { level: 'multi_factor' });
    const early = await step('/prepare_second_factor', { strategy: 'phone_code' });
    assert.equal(early.res.status, 400);
    const first = await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    const factor = first.body.response.supported_second_factors[0];
    assert.equal(factor.strategy, 'phone_code');
    assert.equal(factor.phone_number_id, phone?.id);
    assert.ok(!factor.safe_identifier.includes('5555550'), 'the phone number is masked');

    const prepared = await step('/prepare_second_factor', { strategy: 'phone_code', phone_number_id: phone?.id ?? '' });
    assert.equal(prepared.res.status, 200);
    assert.equal(prepared.body.response.second_factor_verification.strategy, 'phone_code');
    const done = await step('/attempt_second_factor', {
      strategy: 'phone_code',
      code: await mailedCode(server.app, PHONE),
    });
    assert.equal(done.body.response.status, 'complete');
  });

  it('a user without a second factor is served first_factor, whatever the level asked', async () => {
    server.clock.advance(11 * MINUTE);
    const started = await step('', { level: 'multi_factor' });
    assert.equal(started.body.response.level, 'first_factor');
    const done = await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.response.supported_second_factors, null);
  });
});

describe('the strict guard of sensitive /v1/me writes', () => {
  let server: TestServer;
  let browser: TestBrowser;
  const session = async () => sessionIdOf(server);
  const step = async (name: string, form: Record<string, string>) => {
    const id = await session();
    return fapi(browser, 'post', `${VERIFY}${name}`, `/v1/client/sessions/${id}/verify${name}`, { form });
  };
  const regenerate = () => fapi(browser, 'post', '/v1/me/backup_codes', '/v1/me/backup_codes');
  const signIn = (form: Record<string, string>) =>
    fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', { form });
  const totpCode = (secret: string) =>
    TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: server.clock.now() });

  beforeEach(async () => {
    server = await makeServer({ instance: { reverification: { after_minutes: 10 } } });
    await signUpUser(server, EMAIL, PASSWORD);
    browser = new TestBrowser(server.app);
  });

  it('a user who turned on an app since signing in: refused with second_factor, then password and app code', async () => {
    await signIn({ identifier: EMAIL, password: PASSWORD });
    const { totp } = await enroll(server, { totp: true, backup_codes: true });
    const refused = await regenerate();
    assert.equal(refused.res.status, 403, 'no second factor proven in this session yet');
    assert.equal(errorCode(refused.body), 'session_reverification_required');
    assert.deepEqual(refused.body.errors[0].meta, {
      session_verification: { level: 'second_factor', after_minutes: 10 },
    });

    const started = await step('', { level: 'second_factor' });
    assert.equal(started.body.response.level, 'second_factor');
    const first = await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    assert.equal(first.body.response.status, 'needs_second_factor');
    assert.equal((await regenerate()).res.status, 403, 'the password alone is not enough');
    const done = await step('/attempt_second_factor', { strategy: 'totp', code: totpCode(totp?.secret ?? '') });
    assert.equal(done.body.response.status, 'complete');
    assert.deepEqual(done.body.response.session.factor_verification_age, [0, 0]);
    assert.equal((await regenerate()).res.status, 200);

    server.clock.advance(11 * MINUTE);
    const stale = await regenerate();
    assert.equal(stale.res.status, 403, 'ten minutes later both are asked again');
  });

  it('a sign-in with the second factor counts for ten minutes; the dev age route ages both factors', async () => {
    const { totp } = await enroll(server, { totp: true, backup_codes: true });
    const started = await signIn({ identifier: EMAIL, password: PASSWORD });
    assert.equal(started.body.response.status, 'needs_second_factor');
    const signInId = started.body.response.id as string;
    const path = '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor';
    const done = await fapi(browser, 'post', path, `/v1/client/sign_ins/${signInId}/attempt_second_factor`, {
      form: { strategy: 'totp', code: totpCode(totp?.secret ?? '') },
    });
    assert.equal(done.body.response.status, 'complete');
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(client.body.response.sessions[0].factor_verification_age, [0, 0]);
    assert.equal((await regenerate()).res.status, 200);

    server.clock.advance(5 * MINUTE);
    const aged = await server.app.request(`/__dev/sessions/${await session()}/age`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ minutes: 6 }),
    });
    assert.equal(aged.status, 200);
    const after = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(after.body.response.sessions[0].factor_verification_age, [11, 11]);
    assert.equal((await regenerate()).res.status, 403);
  });

  it('turning on an authenticator app proves the second factor: no prompt right after, one ten minutes later', async () => {
    await signIn({ identifier: EMAIL, password: PASSWORD });
    const created = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
    const secret = created.body.response.secret as string;
    const verified = await fapi(
      browser,
      'post',
      '/v1/me/totp/attempt_verification',
      '/v1/me/totp/attempt_verification',
      {
        form: { code: totpCode(secret) },
      },
    );
    assert.equal(verified.res.status, 200);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(client.body.response.sessions[0].factor_verification_age, [0, 0]);
    assert.equal((await regenerate()).res.status, 200);
    server.clock.advance(11 * MINUTE);
    assert.equal((await regenerate()).res.status, 403);
  });

  it('a user without a second factor: the password alone passes, whatever the level the error names', async () => {
    await signIn({ identifier: EMAIL, password: PASSWORD });
    server.clock.advance(11 * MINUTE);
    const remove = () => fapi(browser, 'delete', '/v1/me', '/v1/me');
    const refused = await remove();
    assert.equal(refused.body.errors[0].meta.session_verification.level, 'second_factor');
    const started = await step('', { level: 'second_factor' });
    assert.equal(started.body.response.level, 'first_factor', 'served as first_factor: nothing else to ask');
    const done = await step('/attempt_first_factor', { strategy: 'password', password: PASSWORD });
    assert.equal(done.body.response.status, 'complete');
    assert.deepEqual(done.body.response.session.factor_verification_age, [0, -1]);
    assert.equal((await remove()).res.status, 200);
  });

  it("Clerk's presets: strict_mfa asks both factors, lax a day-old second factor", async () => {
    const { totp } = await enroll(server, { totp: true });
    const started = await signIn({ identifier: EMAIL, password: PASSWORD });
    const signInId = started.body.response.id as string;
    await fapi(
      browser,
      'post',
      '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor',
      `/v1/client/sign_ins/${signInId}/attempt_second_factor`,
      { form: { strategy: 'totp', code: totpCode(totp?.secret ?? '') } },
    );
    const id = await session();
    /** The guard's verdict for the session as it is now: 'ok', or the level its error asks for. */
    const verdict = (preset: ReverificationPreset) => {
      const row = server.dev.sessions.get(id);
      assert.ok(row);
      try {
        requireRecentVerification(server.dev, row, preset);
        return 'ok';
      } catch (err) {
        assert.ok(err instanceof FapiError);
        return String((err.meta.session_verification as { level: string }).level);
      }
    };
    assert.equal(verdict('strict_mfa'), 'ok', 'both were proven at sign-in');
    // The second factor proven two hours ago, the first just now.
    server.dev.sessions.ageFactorVerifications(id, 2 * 60 * MINUTE);
    server.dev.sessions.firstFactorVerified(id);
    assert.equal(verdict('strict_mfa'), 'multi_factor');
    assert.equal(verdict('strict'), 'second_factor');
    assert.equal(verdict('moderate'), 'second_factor', 'an hour at most');
    assert.equal(verdict('lax'), 'ok', 'a day at most');
  });
});

/** The session id of the test browser's client (its last active session). */
async function sessionIdOf(server: TestServer): Promise<string> {
  const row = server.dev.db.prepare('SELECT id FROM sessions ORDER BY created_at DESC, rowid DESC LIMIT 1').get() as
    | { id: string }
    | undefined;
  assert.ok(row, 'a session');
  return row.id;
}
