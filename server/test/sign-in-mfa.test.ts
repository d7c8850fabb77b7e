import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { MINUTE, SECOND } from '../clock.js';
import { errorCode, fapi, mailedCode, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ins';
const PREPARE_2FA = '/v1/client/sign_ins/{sign_in_id}/prepare_second_factor';
const ATTEMPT_2FA = '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor';
const PASSWORD = 'correct horse battery';
const PHONE = '+15555550123';

interface Enrolled {
  user_id: string;
  totp: { secret: string; uri: string } | null;
  phone_number: { id: string; phone_number: string } | null;
  backup_codes: string[] | null;
}

async function enroll(server: TestServer, who: string, body: unknown): Promise<{ status: number; json: Enrolled }> {
  const res = await server.app.request(`/__dev/users/${encodeURIComponent(who)}/mfa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Enrolled };
}

function totpCode(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
}

describe('sign-in second factor', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let enrolled: Enrolled;

  beforeEach(async () => {
    server = await makeServer({
      instance: { user_lockout: { enabled: true, max_attempts: 3, duration_in_minutes: 60 } },
    });
    await signUpUser(server, 'ada@example.com', PASSWORD, { first_name: 'Ada' });
    enrolled = (await enroll(server, 'ada@example.com', { totp: true, phone: PHONE, backup_codes: true })).json;
    browser = new TestBrowser(server.app);
  });

  /** Identifier + password in one request: the first factor passes and the sign-in waits for the second. */
  async function passFirstFactor(): Promise<string> {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    assert.equal(body.response.status, 'needs_second_factor');
    return body.response.id;
  }

  const attempt = (id: string, form: Record<string, string | null>) =>
    fapi(browser, 'post', ATTEMPT_2FA, `/v1/client/sign_ins/${id}/attempt_second_factor`, { form });
  const prepare = (id: string, form: Record<string, string | null>) =>
    fapi(browser, 'post', PREPARE_2FA, `/v1/client/sign_ins/${id}/prepare_second_factor`, { form });

  it('the dev route enrolls TOTP, a phone and ten backup codes', () => {
    assert.match(enrolled.user_id, /^user_/);
    assert.match(enrolled.totp?.secret ?? '', /^[A-Z2-7]{32}$/);
    assert.match(enrolled.totp?.uri ?? '', /^otpauth:\/\/totp\/Latch%20Dev:ada%40example\.com\?/);
    assert.equal(enrolled.phone_number?.phone_number, PHONE);
    assert.equal(enrolled.backup_codes?.length, 10);
    assert.equal(new Set(enrolled.backup_codes).size, 10);
  });

  it('a correct password does not sign in: needs_second_factor lists the three factors, no session yet', async () => {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    const signIn = body.response;
    assert.equal(signIn.status, 'needs_second_factor');
    assert.equal(signIn.created_session_id, null);
    assert.deepEqual(
      signIn.supported_second_factors.map((f: { strategy: string }) => f.strategy),
      ['totp', 'phone_code', 'backup_code'],
    );
    const phone = signIn.supported_second_factors[1];
    assert.equal(phone.phone_number_id, enrolled.phone_number?.id);
    assert.equal(phone.safe_identifier, '+•••••••••23', 'the phone is masked');
    assert.equal(body.client.sessions.length, 0);
    assert.equal(body.client.sign_in.status, 'needs_second_factor');
  });

  it('totp: the current code completes the sign-in; the same code is refused the second time', async () => {
    const id = await passFirstFactor();
    const code = totpCode(enrolled.totp?.secret ?? '', server.clock.now());
    const done = await attempt(id, { strategy: 'totp', code });
    assert.equal(done.body.response.status, 'complete');
    assert.match(done.body.response.created_session_id, /^sess_/);
    assert.equal(done.body.response.second_factor_verification.object, 'verification_totp');
    assert.equal(done.body.response.second_factor_verification.status, 'verified');
    assert.equal(done.body.client.last_authentication_strategy, 'password');

    // Sign out and in again within the same 30 s step: the code already used must not work twice.
    const stranger = new TestBrowser(server.app);
    browser = stranger;
    const again = await passFirstFactor();
    const replay = await attempt(again, { strategy: 'totp', code });
    assert.equal(replay.res.status, 422);
    assert.equal(errorCode(replay.body), 'form_code_incorrect');
  });

  it('totp: the previous and next 30 s steps are accepted, two steps away is not', async () => {
    const secret = enrolled.totp?.secret ?? '';
    const id = await passFirstFactor();
    const old = await attempt(id, { strategy: 'totp', code: totpCode(secret, server.clock.now() - 60 * SECOND) });
    assert.equal(errorCode(old.body), 'form_code_incorrect');
    assert.equal(old.body.errors[0].meta.param_name, 'code');
    const late = await attempt(id, { strategy: 'totp', code: totpCode(secret, server.clock.now() - 30 * SECOND) });
    assert.equal(late.body.response.status, 'complete');
  });

  it('phone_code: prepare sends an SMS to the dev mailbox; the code completes the sign-in', async () => {
    const id = await passFirstFactor();
    const prepared = await prepare(id, { strategy: 'phone_code', phone_number_id: enrolled.phone_number?.id ?? '' });
    const verification = prepared.body.response.second_factor_verification;
    assert.equal(verification.object, 'verification_otp');
    assert.equal(verification.strategy, 'phone_code');
    assert.equal(verification.status, 'unverified');
    const code = await mailedCode(server.app, PHONE);
    assert.match(code, /^\d{6}$/);
    const wrong = await attempt(id, { strategy: 'phone_code', code: code === '000000' ? '111111' : '000000' });
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');
    const done = await attempt(id, { strategy: 'phone_code', code });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.response.second_factor_verification.status, 'verified');
  });

  it('phone_code: attempted before prepare → verification_missing; an old code → verification_expired', async () => {
    const id = await passFirstFactor();
    const early = await attempt(id, { strategy: 'phone_code', code: '123456' });
    assert.equal(early.res.status, 400);
    assert.equal(errorCode(early.body), 'verification_missing');

    await prepare(id, { strategy: 'phone_code' });
    const code = await mailedCode(server.app, PHONE);
    server.clock.advance(11 * MINUTE);
    const expired = await attempt(id, { strategy: 'phone_code', code });
    assert.equal(expired.res.status, 422);
    assert.equal(errorCode(expired.body), 'verification_expired');
  });

  it('backup_code: each code works once (case and dashes ignored)', async () => {
    const code = enrolled.backup_codes?.[0] ?? '';
    const id = await passFirstFactor();
    const typed = `${code.slice(0, 5).toUpperCase()}-${code.slice(5)}`;
    const done = await attempt(id, { strategy: 'backup_code', code: typed });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.response.second_factor_verification.object, 'verification_backup_code');

    browser = new TestBrowser(server.app);
    const again = await passFirstFactor();
    const reused = await attempt(again, { strategy: 'backup_code', code });
    assert.equal(reused.res.status, 422);
    assert.equal(errorCode(reused.body), 'form_code_incorrect');
    const other = await attempt(again, { strategy: 'backup_code', code: enrolled.backup_codes?.[1] ?? '' });
    assert.equal(other.body.response.status, 'complete');
  });

  it('wrong second-factor codes count towards the lockout', async () => {
    const id = await passFirstFactor();
    assert.equal(
      errorCode((await attempt(id, { strategy: 'backup_code', code: 'nope-nope-1' })).body),
      'form_code_incorrect',
    );
    assert.equal(errorCode((await attempt(id, { strategy: 'totp', code: '000000' })).body), 'form_code_incorrect');
    const third = await attempt(id, { strategy: 'backup_code', code: 'nope-nope-3' });
    assert.equal(third.res.status, 403);
    assert.equal(errorCode(third.body), 'user_locked');
    // Even a good code is refused while locked, and so is sending an SMS.
    const good = await attempt(id, { strategy: 'backup_code', code: enrolled.backup_codes?.[0] ?? '' });
    assert.equal(errorCode(good.body), 'user_locked');
    assert.equal(errorCode((await prepare(id, { strategy: 'phone_code' })).body), 'user_locked');
  });

  it('refuses what the step cannot do: totp prepare, unknown strategies, missing code, wrong phone', async () => {
    const id = await passFirstFactor();
    const totpPrepare = await prepare(id, { strategy: 'totp' });
    assert.equal(totpPrepare.res.status, 422);
    assert.equal(errorCode(totpPrepare.body), 'form_param_value_invalid');
    const unknown = await attempt(id, { strategy: 'password', code: PASSWORD });
    assert.equal(errorCode(unknown.body), 'form_param_value_invalid');
    const missing = await fapi(browser, 'post', ATTEMPT_2FA, `/v1/client/sign_ins/${id}/attempt_second_factor`, {
      form: { strategy: 'totp' },
    });
    assert.equal(errorCode(missing.body), 'form_param_missing');
    assert.equal(missing.body.errors[0].meta.param_name, 'code');
    const wrongPhone = await prepare(id, { strategy: 'phone_code', phone_number_id: 'idn_not_mine' });
    assert.equal(errorCode(wrongPhone.body), 'form_param_value_invalid');
    assert.equal(wrongPhone.body.errors[0].meta.param_name, 'phone_number_id');
  });

  it('a factor the user does not have is strategy_for_user_invalid', async () => {
    await signUpUser(server, 'bob@example.com', PASSWORD);
    await enroll(server, 'bob@example.com', { backup_codes: true });
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'bob@example.com', password: PASSWORD },
    });
    assert.deepEqual(
      body.response.supported_second_factors.map((f: { strategy: string }) => f.strategy),
      ['backup_code'],
    );
    const totp = await attempt(body.response.id, { strategy: 'totp', code: '123456' });
    assert.equal(errorCode(totp.body), 'strategy_for_user_invalid');
    const sms = await prepare(body.response.id, { strategy: 'phone_code' });
    assert.equal(errorCode(sms.body), 'strategy_for_user_invalid');
  });

  it('second-factor endpoints refuse a sign-in that is not waiting for one', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const id = created.body.response.id;
    assert.equal(created.body.response.supported_second_factors, null);
    const early = await attempt(id, { strategy: 'totp', code: '123456' });
    assert.equal(early.res.status, 400);
    assert.equal(errorCode(early.body), 'sign_in_status_invalid');
    const prep = await prepare(id, { strategy: 'phone_code' });
    assert.equal(errorCode(prep.body), 'sign_in_status_invalid');
  });

  it('a user without second factors still signs in with the password alone', async () => {
    await signUpUser(server, 'carl@example.com', PASSWORD);
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'carl@example.com', password: PASSWORD },
    });
    assert.equal(body.response.status, 'complete');
  });

  it('the dev route: 404 for an unknown user, 422 for a bad phone, 400 for a bad body, JSON from the developer only, Clerk error envelopes; by id works too', async () => {
    assert.equal((await enroll(server, 'nobody@example.com', { totp: true })).status, 404);
    assert.equal((await enroll(server, 'ada@example.com', { phone: '555-0100' })).status, 422);
    const bad = await server.app.request('/__dev/users/ada@example.com/mfa', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'totp',
    });
    assert.equal(bad.status, 400);
    const form = await server.app.request('/__dev/users/ada@example.com/mfa', {
      method: 'POST',
      body: '{"totp":true}',
    });
    assert.equal(form.status, 400, 'a body a plain cross-site form could send is refused');
    assert.equal(((await form.json()) as { errors: Array<{ code: string }> }).errors[0]?.code, 'request_body_invalid');
    const sandboxed = await server.app.request('/__dev/users/ada@example.com/mfa', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'null' },
      body: '{"totp":true}',
    });
    assert.equal(sandboxed.status, 403, 'an opaque-origin page cannot read secrets');
    const byId = await enroll(server, enrolled.user_id, { totp: true });
    assert.equal(byId.status, 200);
    assert.notEqual(byId.json.totp?.secret, enrolled.totp?.secret, 'a new secret replaces the old one');
    assert.equal(byId.json.backup_codes, null);
  });
});
