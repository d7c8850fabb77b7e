/**
 * Second-factor reverification (issue 13, item 4): for the levels `second_factor` and `multi_factor`, a user with a
 * second factor proves the first factor, then an authenticator code, a backup code or a texted code
 * (`…/verify/prepare_second_factor`, `…/verify/attempt_second_factor`); only then is the session fresh again.
 * A user without one is served `first_factor`. Responses validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { MINUTE } from '../clock.js';
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
