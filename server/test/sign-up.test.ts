import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, mailedCode, makeServer, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const ONE = '/v1/client/sign_ups/{sign_up_id}';
const PREPARE = '/v1/client/sign_ups/{sign_up_id}/prepare_verification';
const ATTEMPT = '/v1/client/sign_ups/{sign_up_id}/attempt_verification';

describe('sign-up', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer();
    browser = new TestBrowser(server.app);
  });

  async function startSignUp(email: string, extra: Record<string, string> = {}) {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { email_address: email, password: 'correct horse battery', ...extra },
    });
    return body.response.id as string;
  }

  const prepare = (id: string) =>
    fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, {
      form: { strategy: 'email_code' },
    });
  const attempt = (id: string, code: string) =>
    fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ups/${id}/attempt_verification`, {
      form: { strategy: 'email_code', code },
    });

  it('create → prepare → code from the mailbox → attempt → complete with an active session', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, {
      form: { email_address: 'Ada@Example.com ', password: 'correct horse battery', first_name: 'Ada' },
    });
    const signUp = created.body.response;
    assert.equal(signUp.status, 'missing_requirements');
    assert.equal(signUp.email_address, 'ada@example.com');
    assert.deepEqual(signUp.unverified_fields, ['email_address']);
    assert.deepEqual(signUp.missing_fields, []);
    assert.equal(signUp.password_enabled, true);
    assert.equal(created.body.client.sign_up.id, signUp.id);
    assert.match(browser.cookies.get('__client') ?? '', /^client_/);

    const prepared = await prepare(signUp.id);
    const verification = prepared.body.response.verifications.email_address;
    assert.equal(verification.status, 'unverified');
    assert.equal(verification.strategy, 'email_code');
    assert.equal(verification.next_action, 'needs_attempt');
    assert.equal(verification.expire_at, server.clock.now() + 10 * MINUTE);

    const code = await mailedCode(server.app, 'ada@example.com');
    assert.match(code, /^\d{6}$/);
    const done = await attempt(signUp.id, code);
    const complete = done.body.response;
    assert.equal(complete.status, 'complete');
    assert.match(complete.created_user_id, /^user_/);
    assert.match(complete.created_session_id, /^sess_/);
    const client = done.body.client;
    assert.equal(client.sign_up, null);
    assert.equal(client.last_active_session_id, complete.created_session_id);
    assert.equal(client.sessions.length, 1);
    const session = client.sessions[0];
    assert.equal(session.status, 'active');
    assert.equal(session.user.first_name, 'Ada');
    assert.equal(session.user.email_addresses[0].verification.status, 'verified');
    assert.equal(session.expire_at, server.clock.now() + 7 * 24 * 60 * MINUTE);
    assert.equal(session.abandon_at, server.clock.now() + 30 * 24 * 60 * MINUTE);
    assert.equal(session.last_active_token.object, 'token');
    assert.equal(session.last_active_token.jwt.split('.').length, 3);
  });

  it('stores the code hashed, never in plain text', async () => {
    const id = await startSignUp('hash@example.com');
    await prepare(id);
    const code = await mailedCode(server.app, 'hash@example.com');
    const rows = server.dev.db.prepare('SELECT code_hash FROM verifications').all() as Array<{ code_hash: string }>;
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.notEqual(row.code_hash, code);
      assert.match(row.code_hash, /^[0-9a-f]{64}$/);
    }
  });

  it('+clerk_test addresses accept 424242 and receive no email', async () => {
    const id = await startSignUp('jane+clerk_test@example.com');
    await prepare(id);
    const mailbox = await (await server.app.request('/__dev/mailbox')).json();
    assert.deepEqual(mailbox.data, []);
    const done = await attempt(id, '424242');
    assert.equal(done.body.response.status, 'complete');
  });

  it('a wrong code is form_code_incorrect and does not complete', async () => {
    const id = await startSignUp('wrong@example.com');
    await prepare(id);
    const real = await mailedCode(server.app, 'wrong@example.com');
    const wrong = real === '000000' ? '111111' : '000000';
    const { res, body } = await attempt(id, wrong);
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_code_incorrect');
    assert.equal(body.errors[0].meta.param_name, 'code');
    const again = await attempt(id, real);
    assert.equal(again.body.response.status, 'complete');
  });

  it('an expired code is verification_expired', async () => {
    const id = await startSignUp('late@example.com');
    await prepare(id);
    const code = await mailedCode(server.app, 'late@example.com');
    server.clock.advance(10 * MINUTE + 1);
    const { res, body } = await attempt(id, code);
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'verification_expired');
    // A fresh code works again.
    await prepare(id);
    const fresh = await mailedCode(server.app, 'late@example.com');
    assert.equal((await attempt(id, fresh)).body.response.status, 'complete');
  });

  it('too many wrong attempts fail the verification, even for the right code afterwards', async () => {
    const id = await startSignUp('guess@example.com');
    await prepare(id);
    const real = await mailedCode(server.app, 'guess@example.com');
    const wrong = real === '000000' ? '111111' : '000000';
    assert.equal(errorCode((await attempt(id, wrong)).body), 'form_code_incorrect');
    assert.equal(errorCode((await attempt(id, wrong)).body), 'form_code_incorrect');
    const third = await attempt(id, wrong);
    assert.equal(third.res.status, 422);
    assert.equal(errorCode(third.body), 'verification_failed');
    assert.equal(errorCode((await attempt(id, real)).body), 'verification_failed');
  });

  it('a code cannot be reused once it verified', async () => {
    // With a required field still missing the sign-up stays open after the code verifies.
    server = await makeServer({ instance: { first_name: { enabled: true, required: true } } });
    browser = new TestBrowser(server.app);
    const id = await startSignUp('reuse@example.com');
    await prepare(id);
    const code = await mailedCode(server.app, 'reuse@example.com');
    const first = await attempt(id, code);
    assert.equal(first.body.response.status, 'missing_requirements');
    assert.deepEqual(first.body.response.missing_fields, ['first_name']);
    assert.deepEqual(first.body.response.unverified_fields, []);
    assert.equal(first.body.response.verifications.email_address.status, 'verified');
    const second = await attempt(id, code);
    assert.equal(second.res.status, 400);
    assert.equal(errorCode(second.body), 'verification_already_verified');

    const updated = await fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${id}`, { form: { first_name: 'Grace' } });
    assert.equal(updated.body.response.status, 'complete');
  });

  it('PATCH updates fields; a new email voids the earlier code', async () => {
    const id = await startSignUp('first@example.com');
    await prepare(id);
    const oldCode = await mailedCode(server.app, 'first@example.com');
    const patched = await fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${id}`, {
      form: { email_address: 'second@example.com', last_name: 'Lovelace' },
    });
    assert.equal(patched.body.response.email_address, 'second@example.com');
    assert.equal(patched.body.response.last_name, 'Lovelace');
    assert.equal(patched.body.response.verifications.email_address, null);
    const stale = await attempt(id, oldCode);
    assert.equal(errorCode(stale.body), 'verification_missing');
  });

  it('GET returns the sign-up; unknown ids are 404', async () => {
    const id = await startSignUp('get@example.com');
    const got = await fapi(browser, 'get', ONE, `/v1/client/sign_ups/${id}`);
    assert.equal(got.body.response.id, id);
    const missing = await fapi(browser, 'get', ONE, '/v1/client/sign_ups/sua_nope');
    assert.equal(missing.res.status, 404);
    assert.equal(errorCode(missing.body), 'resource_not_found');
  });

  it('another browser cannot read this sign-up', async () => {
    const id = await startSignUp('mine@example.com');
    const stranger = new TestBrowser(server.app);
    const { res } = await fapi(stranger, 'get', ONE, `/v1/client/sign_ups/${id}`);
    assert.equal(res.status, 404);
  });

  it('unsafe_metadata (JSON string) and legal_accepted are carried over', async () => {
    server = await makeServer({
      instance: { legal_consent_enabled: true, email_address: { verify_at_sign_up: false } },
    });
    browser = new TestBrowser(server.app);
    const first = await fapi(browser, 'post', CREATE, CREATE, {
      form: { email_address: 'meta@example.com', password: 'correct horse battery', unsafe_metadata: '{"plan":"pro"}' },
    });
    assert.deepEqual(first.body.response.missing_fields, ['legal_accepted']);
    assert.deepEqual(first.body.response.unsafe_metadata, { plan: 'pro' });
    const done = await fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${first.body.response.id}`, {
      form: { legal_accepted: true },
    });
    assert.equal(done.body.response.status, 'complete');
    const user = done.body.client.sessions[0].user;
    assert.deepEqual(user.unsafe_metadata, { plan: 'pro' });
    assert.equal(user.legal_accepted_at, server.clock.now());
  });

  describe('validation', () => {
    const cases: Array<[string, Record<string, string>, number, string, string | undefined]> = [
      [
        'malformed email',
        { email_address: 'not-an-email', password: 'correct horse battery' },
        422,
        'form_param_format_invalid',
        'email_address',
      ],
      [
        'short password',
        { email_address: 'a@example.com', password: 'short' },
        422,
        'form_password_length_too_short',
        'password',
      ],
      [
        'long password',
        { email_address: 'a@example.com', password: 'x'.repeat(73) },
        422,
        'form_password_length_too_long',
        'password',
      ],
      [
        'pwned password',
        { email_address: 'a@example.com', password: 'Password123' },
        422,
        'form_password_pwned',
        'password',
      ],
      [
        'bad unsafe_metadata',
        { email_address: 'a@example.com', unsafe_metadata: '{nope' },
        422,
        'form_param_format_invalid',
        'unsafe_metadata',
      ],
      ['username is off', { username: 'ada' }, 422, 'form_param_unknown', 'username'],
      ['unsupported strategy', { strategy: 'oauth_google' }, 422, 'form_param_value_invalid', 'strategy'],
      ['bad boolean', { legal_accepted: 'maybe' }, 422, 'form_param_format_invalid', 'legal_accepted'],
    ];
    for (const [name, form, status, code, param] of cases) {
      it(`${name} → ${status} ${code}`, async () => {
        const { res, body } = await fapi(browser, 'post', CREATE, CREATE, { form });
        assert.equal(res.status, status);
        assert.equal(errorCode(body), code);
        assert.equal(body.errors[0].meta.param_name, param);
      });
    }

    it('an email that already has an account → form_identifier_exists', async () => {
      const id = await startSignUp('taken@example.com');
      await prepare(id);
      await attempt(id, await mailedCode(server.app, 'taken@example.com'));
      const other = new TestBrowser(server.app);
      const { res, body } = await fapi(other, 'post', CREATE, CREATE, {
        form: { email_address: 'TAKEN@example.com', password: 'correct horse battery' },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'form_identifier_exists');
      assert.equal(body.errors[0].meta.param_name, 'email_address');
    });

    it('prepare and attempt need a strategy; attempt needs a code', async () => {
      const id = await startSignUp('params@example.com');
      const noStrategy = await fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, {
        form: {},
      });
      assert.equal(errorCode(noStrategy.body), 'form_param_missing');
      assert.equal(noStrategy.body.errors[0].meta.param_name, 'strategy');
      await prepare(id);
      const nilCode = await fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ups/${id}/attempt_verification`, {
        form: { strategy: 'email_code', code: null },
      });
      assert.equal(errorCode(nilCode.body), 'form_param_nil');
      assert.equal(nilCode.body.errors[0].meta.param_name, 'code');
    });

    it('a completed sign-up cannot be updated', async () => {
      const id = await startSignUp('done+clerk_test@example.com');
      await prepare(id);
      await attempt(id, '424242');
      const { res, body } = await fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${id}`, {
        form: { first_name: 'X' },
      });
      assert.equal(res.status, 400);
      assert.equal(errorCode(body), 'sign_up_cannot_be_updated');
    });

    it('restricted and waitlist modes refuse sign-ups', async () => {
      for (const [mode, code] of [
        ['restricted', 'sign_up_mode_restricted'],
        ['waitlist', 'sign_up_restricted_waitlist'],
      ] as const) {
        const restricted = await makeServer({ instance: { sign_up_mode: mode } });
        const { res, body } = await fapi(new TestBrowser(restricted.app), 'post', CREATE, CREATE, {
          form: { email_address: 'x@example.com', password: 'correct horse battery' },
        });
        assert.equal(res.status, 403);
        assert.equal(errorCode(body), code);
      }
    });
  });
});
