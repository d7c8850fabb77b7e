/**
 * Reverification (issue 13): sensitive /v1/me writes answer 403 session_reverification_required once the session's
 * first factor is older than `reverification.after_minutes`; the session verify endpoints (password, or a mailed
 * code) make it fresh again and the write goes through. Responses validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, mailedCode, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const PASSWORD = 'correct horse battery';
const EMAIL = 'ada@example.com';
const VERIFY = '/v1/client/sessions/{session_id}/verify';
const PREPARE = `${VERIFY}/prepare_first_factor`;
const ATTEMPT = `${VERIFY}/attempt_first_factor`;

async function signedIn(server: TestServer): Promise<{ browser: TestBrowser; sessionId: string }> {
  await signUpUser(server, EMAIL, PASSWORD);
  const browser = new TestBrowser(server.app);
  const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: EMAIL, password: PASSWORD },
  });
  return { browser, sessionId: body.response.created_session_id };
}

/** A second, verified address to make primary (the guarded write used here). */
async function secondAddress(server: TestServer, browser: TestBrowser): Promise<string> {
  const created = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', {
    form: { email_address: 'countess@example.com' },
  });
  const id = created.body.response.id as string;
  const path = '/v1/me/email_addresses/{email_id}';
  await fapi(browser, 'post', `${path}/prepare_verification`, `/v1/me/email_addresses/${id}/prepare_verification`, {
    form: { strategy: 'email_code' },
  });
  const code = await mailedCode(server.app, 'countess@example.com');
  await fapi(browser, 'post', `${path}/attempt_verification`, `/v1/me/email_addresses/${id}/attempt_verification`, {
    form: { code },
  });
  return id;
}

const makePrimary = (browser: TestBrowser, id: string) =>
  fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { primary_email_address_id: id } });

describe('reverification', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let sessionId: string;

  beforeEach(async () => {
    server = await makeServer({ instance: { reverification: { after_minutes: 10 } } });
    ({ browser, sessionId } = await signedIn(server));
  });

  it('an old session gets 403 session_reverification_required for a new primary address; names still save', async () => {
    const id = await secondAddress(server, browser);
    server.clock.advance(11 * MINUTE);
    const refused = await makePrimary(browser, id);
    assert.equal(refused.res.status, 403);
    assert.equal(errorCode(refused.body), 'session_reverification_required');
    assert.deepEqual(refused.body.errors[0].meta, {
      session_verification: { level: 'first_factor', after_minutes: 10 },
    });
    // Names are not sensitive: they still save.
    const named = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { first_name: 'Ada' } });
    assert.equal(named.res.status, 200);
  });

  it('reverifies with the password, then the write goes through; a wrong password is refused', async () => {
    const id = await secondAddress(server, browser);
    server.clock.advance(11 * MINUTE);
    const started = await fapi(browser, 'post', VERIFY, `/v1/client/sessions/${sessionId}/verify`, {
      form: { level: 'first_factor' },
    });
    assert.equal(started.res.status, 200);
    assert.equal(started.body.response.status, 'needs_first_factor');
    const strategies = started.body.response.supported_first_factors.map((f: { strategy: string }) => f.strategy);
    assert.deepEqual(strategies, ['password', 'email_code', 'email_code']);

    const attempt = `/v1/client/sessions/${sessionId}/verify/attempt_first_factor`;
    const wrong = await fapi(browser, 'post', ATTEMPT, attempt, { form: { strategy: 'password', password: 'nope' } });
    assert.equal(wrong.res.status, 422);
    assert.equal(errorCode(wrong.body), 'form_password_incorrect');

    const right = await fapi(browser, 'post', ATTEMPT, attempt, { form: { strategy: 'password', password: PASSWORD } });
    assert.equal(right.res.status, 200);
    assert.equal(right.body.response.status, 'complete');
    assert.deepEqual(right.body.response.session.factor_verification_age, [0, -1]);
    assert.equal((await makePrimary(browser, id)).res.status, 200);

    const again = await fapi(browser, 'post', ATTEMPT, attempt, { form: { strategy: 'password', password: PASSWORD } });
    assert.equal(again.res.status, 400, 'a completed reverification is not attempted twice');
  });

  it('reverifies with a code mailed to the primary address', async () => {
    server.clock.advance(11 * MINUTE);
    await fapi(browser, 'post', VERIFY, `/v1/client/sessions/${sessionId}/verify`, {
      form: { level: 'second_factor' },
    });
    const prepared = await fapi(
      browser,
      'post',
      PREPARE,
      `/v1/client/sessions/${sessionId}/verify/prepare_first_factor`,
      {
        form: { strategy: 'email_code' },
      },
    );
    assert.equal(prepared.body.response.first_factor_verification.strategy, 'email_code');
    assert.equal(prepared.body.response.level, 'first_factor', 'served as a first-factor reverification');
    const code = await mailedCode(server.app, EMAIL);
    const done = await fapi(browser, 'post', ATTEMPT, `/v1/client/sessions/${sessionId}/verify/attempt_first_factor`, {
      form: { strategy: 'email_code', code },
    });
    assert.equal(done.body.response.status, 'complete');
  });

  it('guards unlinking a connected account; refuses a bad level, and another client’s session', async () => {
    server.clock.advance(11 * MINUTE);
    const unlink = await fapi(
      browser,
      'delete',
      '/v1/me/external_accounts/{external_account_id}',
      '/v1/me/external_accounts/eac_x',
    );
    assert.equal(unlink.res.status, 403);
    const bad = await fapi(browser, 'post', VERIFY, `/v1/client/sessions/${sessionId}/verify`, {
      form: { level: 'x' },
    });
    assert.equal(bad.res.status, 422);
    const stranger = new TestBrowser(server.app);
    const foreign = await fapi(stranger, 'post', VERIFY, `/v1/client/sessions/${sessionId}/verify`, {
      form: { level: 'first_factor' },
    });
    assert.ok([401, 404].includes(foreign.res.status));
  });
});
