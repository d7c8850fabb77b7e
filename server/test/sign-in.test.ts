import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, mailedCode, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ins';
const ONE = '/v1/client/sign_ins/{sign_in_id}';
const PREPARE = '/v1/client/sign_ins/{sign_in_id}/prepare_first_factor';
const ATTEMPT = '/v1/client/sign_ins/{sign_in_id}/attempt_first_factor';
const PASSWORD = 'correct horse battery';

describe('sign-in', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({
      instance: { user_lockout: { enabled: true, max_attempts: 3, duration_in_minutes: 60 } },
    });
    await signUpUser(server, 'ada@example.com', PASSWORD, { first_name: 'Ada', last_name: 'Lovelace' });
    browser = new TestBrowser(server.app);
  });

  const attemptPassword = (id: string, password: string) =>
    fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ins/${id}/attempt_first_factor`, {
      form: { strategy: 'password', password },
    });

  it('identifier + password completes in one request and creates a session', async () => {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ADA@example.com', password: PASSWORD },
    });
    const signIn = body.response;
    assert.equal(signIn.status, 'complete');
    assert.match(signIn.created_session_id, /^sess_/);
    assert.equal(signIn.first_factor_verification.strategy, 'password');
    assert.equal(signIn.first_factor_verification.status, 'verified');
    assert.equal(body.client.sign_in, null);
    assert.equal(body.client.last_active_session_id, signIn.created_session_id);
    assert.equal(body.client.last_authentication_strategy, 'password');
    assert.equal(body.client.sessions[0].user.last_sign_in_at, server.clock.now());
  });

  it('a wrong password is form_password_incorrect; the sign-in stays at needs_first_factor', async () => {
    const { res, body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ada@example.com', password: 'wrong password!' },
    });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_password_incorrect');
    assert.equal(body.errors[0].meta.param_name, 'password');
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sign_in.status, 'needs_first_factor');
    assert.equal(client.body.response.sessions.length, 0);
  });

  it('identifier alone → needs_first_factor with the real factors → attempt password', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const signIn = created.body.response;
    assert.equal(signIn.status, 'needs_first_factor');
    assert.equal(signIn.identifier, 'ada@example.com');
    assert.deepEqual(signIn.supported_identifiers, ['email_address']);
    assert.deepEqual(
      signIn.supported_first_factors.map((f: { strategy: string }) => f.strategy),
      ['password', 'email_code', 'reset_password_email_code'],
    );
    assert.equal(signIn.supported_first_factors[1].safe_identifier, 'ada@example.com');
    assert.equal(signIn.user_data.first_name, 'Ada');
    assert.match(signIn.user_data.image_url, /^data:image\/svg\+xml;base64,/);

    const got = await fapi(browser, 'get', ONE, `/v1/client/sign_ins/${signIn.id}`);
    assert.equal(got.body.response.id, signIn.id);

    const done = await attemptPassword(signIn.id, PASSWORD);
    assert.equal(done.body.response.status, 'complete');
  });

  it('email_code: prepare mails a code; attempt with it completes', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const id = created.body.response.id;
    const emailFactor = created.body.response.supported_first_factors.find(
      (f: { strategy: string }) => f.strategy === 'email_code',
    );
    const prepared = await fapi(browser, 'post', PREPARE, `/v1/client/sign_ins/${id}/prepare_first_factor`, {
      form: { strategy: 'email_code', email_address_id: emailFactor.email_address_id },
    });
    assert.equal(prepared.body.response.first_factor_verification.status, 'unverified');
    assert.equal(prepared.body.response.first_factor_verification.strategy, 'email_code');
    const code = await mailedCode(server.app, 'ada@example.com');
    const done = await fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ins/${id}/attempt_first_factor`, {
      form: { strategy: 'email_code', code },
    });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.client.last_authentication_strategy, 'email_code');
  });

  it('email_code attempted before prepare → verification_missing', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const { res, body } = await fapi(
      browser,
      'post',
      ATTEMPT,
      `/v1/client/sign_ins/${created.body.response.id}/attempt_first_factor`,
      {
        form: { strategy: 'email_code', code: '123456' },
      },
    );
    assert.equal(res.status, 400);
    assert.equal(errorCode(body), 'verification_missing');
  });

  it('an unknown identifier is form_identifier_not_found', async () => {
    const { res, body } = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'nobody@example.com' } });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_identifier_not_found');
    assert.equal(body.errors[0].meta.param_name, 'identifier');
  });

  it('no identifier → needs_identifier', async () => {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, { form: {} });
    assert.equal(body.response.status, 'needs_identifier');
    assert.equal(body.response.supported_first_factors, null);
  });

  it('strategy=password without a password → form_param_missing; empty → form_param_nil', async () => {
    const missing = await fapi(browser, 'post', CREATE, CREATE, {
      form: { strategy: 'password', identifier: 'ada@example.com' },
    });
    assert.equal(missing.res.status, 422);
    assert.equal(errorCode(missing.body), 'form_param_missing');
    assert.equal(missing.body.errors[0].meta.param_name, 'password');
    const nil = await fapi(browser, 'post', CREATE, CREATE, {
      form: { strategy: 'password', identifier: 'ada@example.com', password: null },
    });
    assert.equal(errorCode(nil.body), 'form_param_nil');
  });

  it('unsupported strategies are refused', async () => {
    const { res, body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { strategy: 'oauth_google', identifier: 'ada@example.com' },
    });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_param_value_invalid');
  });

  it('locks the user after too many wrong passwords, until the window passes', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const id = created.body.response.id;
    assert.equal(errorCode((await attemptPassword(id, 'nope nope 1')).body), 'form_password_incorrect');
    assert.equal(errorCode((await attemptPassword(id, 'nope nope 2')).body), 'form_password_incorrect');
    const third = await attemptPassword(id, 'nope nope 3');
    assert.equal(third.res.status, 403);
    assert.equal(errorCode(third.body), 'user_locked');
    assert.equal(third.body.errors[0].meta.lockout_expires_in_seconds, 3600);

    // Even the right password is refused while locked.
    server.clock.advance(30 * MINUTE);
    const locked = await attemptPassword(id, PASSWORD);
    assert.equal(errorCode(locked.body), 'user_locked');
    assert.equal(locked.body.errors[0].meta.lockout_expires_in_seconds, 1800);

    server.clock.advance(30 * MINUTE + 1000);
    const after = await attemptPassword(id, PASSWORD);
    assert.equal(after.body.response.status, 'complete');
  });

  it('a correct password resets the failure count', async () => {
    const first = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    await attemptPassword(first.body.response.id, 'nope nope 1');
    await attemptPassword(first.body.response.id, 'nope nope 2');
    await attemptPassword(first.body.response.id, PASSWORD);
    const user = server.dev.users.findByEmail('ada@example.com');
    assert.equal(user?.failed_password_attempts, 0);
  });

  it('signing in while a session is active → session_exists (single-session mode)', async () => {
    await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com', password: PASSWORD } });
    const { res, body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    assert.equal(res.status, 400);
    assert.equal(errorCode(body), 'session_exists');
  });

  it('attempting on a completed sign-in is refused', async () => {
    const done = await fapi(browser, 'post', CREATE, CREATE, {
      form: { identifier: 'ada@example.com', password: PASSWORD },
    });
    const { res, body } = await attemptPassword(done.body.response.id, PASSWORD);
    assert.equal(res.status, 400);
    assert.equal(errorCode(body), 'sign_in_status_invalid');
  });

  it('a sign-in of another client is not found', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    const stranger = new TestBrowser(server.app);
    await fapi(stranger, 'put', '/v1/client', '/v1/client');
    const { res, body } = await fapi(stranger, 'get', ONE, `/v1/client/sign_ins/${created.body.response.id}`);
    assert.equal(res.status, 404);
    assert.equal(errorCode(body), 'resource_not_found');
  });

  it('sign-ins are abandoned after a day', async () => {
    const created = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: 'ada@example.com' } });
    server.clock.advance(24 * 60 * MINUTE);
    const { res } = await fapi(browser, 'get', ONE, `/v1/client/sign_ins/${created.body.response.id}`);
    assert.equal(res.status, 404);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sign_in, null);
  });
});
