/**
 * Reverification (issue 13): sensitive /v1/me writes answer 403 session_reverification_required once the session's
 * first factor is older than `reverification.after_minutes`; the session verify endpoints (password, or a mailed
 * code) make it fresh again and the write goes through. Responses validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, mailedCode, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { SoftAuthenticator } from './soft-authenticator.js';

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
      session_verification: { level: 'second_factor', after_minutes: 10 },
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

/**
 * Every sensitive write of the Security and Account pages, as Clerk guards them: refused with
 * `session_reverification_required` once the session's first factor is 11 minutes old (the limit is 10), and
 * allowed after the session was verified again with the password. Each case sets up what its write needs first.
 */
describe('reverification guards every sensitive /v1/me write', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let sessionId: string;

  beforeEach(async () => {
    server = await makeServer({
      instance: {
        reverification: { after_minutes: 10 },
        passkey: { enabled: true, allow_autofill: false, show_sign_in_button: true },
        phone_number: { enabled: true, required: false, used_for_first_factor: false },
      },
    });
    ({ browser, sessionId } = await signedIn(server));
    totpSecret = null;
  });

  /** Answers the new authenticator app's secret with its current code; the verification's response. */
  function verifyTotp(secret: string) {
    const code = TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: server.clock.now() });
    const path = '/v1/me/totp/attempt_verification';
    return fapi(browser, 'post', path, path, { form: { code } });
  }

  /** The authenticator app's secret once `enrolTotp` turned one on (then reverification asks for its code too). */
  let totpSecret: string | null = null;

  /** An authenticator app on the account, verified with a code computed from its secret. */
  async function enrolTotp(): Promise<void> {
    const created = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
    totpSecret = created.body.response.secret;
    const verified = await verifyTotp(created.body.response.secret);
    assert.equal(verified.body.response.verified, true);
  }

  async function registerPasskey(): Promise<string> {
    const created = await fapi(browser, 'post', '/v1/me/passkeys', '/v1/me/passkeys');
    const passkey = created.body.response;
    const credential = new SoftAuthenticator().create(passkey.verification.nonce);
    const path = '/v1/me/passkeys/{passkey_id}/attempt_verification';
    await fapi(browser, 'post', path, `/v1/me/passkeys/${passkey.id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: credential },
    });
    return passkey.id;
  }

  /** Verifies again at the level the refusal named, as the client does: the password, then the app's code if any. */
  async function reverifyWithPassword(level: string): Promise<void> {
    await fapi(browser, 'post', VERIFY, `/v1/client/sessions/${sessionId}/verify`, { form: { level } });
    let done = await fapi(browser, 'post', ATTEMPT, `/v1/client/sessions/${sessionId}/verify/attempt_first_factor`, {
      form: { strategy: 'password', password: PASSWORD },
    });
    if (totpSecret) {
      assert.equal(done.body.response.status, 'needs_second_factor');
      const code = TOTP.generate({ secret: Secret.fromBase32(totpSecret), timestamp: server.clock.now() });
      const path = `/v1/client/sessions/${sessionId}/verify/attempt_second_factor`;
      done = await fapi(browser, 'post', `${VERIFY}/attempt_second_factor`, path, { form: { strategy: 'totp', code } });
    }
    assert.equal(done.body.response.status, 'complete');
  }

  type Write = () => Promise<{ res: Response; body: { errors?: Array<{ code: string }> } }>;
  const cases: Array<{ name: string; setup?: () => Promise<string | undefined>; write: (id?: string) => Write }> = [
    {
      name: 'POST /v1/me/change_password',
      write: () => () =>
        fapi(browser, 'post', '/v1/me/change_password', '/v1/me/change_password', {
          form: { current_password: PASSWORD, new_password: 'purple tractor umbrella' },
        }),
    },
    { name: 'POST /v1/me/totp', write: () => () => fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp') },
    {
      name: 'DELETE /v1/me/totp',
      setup: async () => {
        await enrolTotp();
        return undefined;
      },
      write: () => () => fapi(browser, 'delete', '/v1/me/totp', '/v1/me/totp'),
    },
    {
      name: 'POST /v1/me/backup_codes',
      setup: async () => {
        await enrolTotp();
        return undefined;
      },
      write: () => () => fapi(browser, 'post', '/v1/me/backup_codes', '/v1/me/backup_codes'),
    },
    { name: 'POST /v1/me/passkeys', write: () => () => fapi(browser, 'post', '/v1/me/passkeys', '/v1/me/passkeys') },
    {
      name: 'DELETE /v1/me/passkeys/{id}',
      setup: registerPasskey,
      write: (id) => () => fapi(browser, 'delete', '/v1/me/passkeys/{passkey_id}', `/v1/me/passkeys/${id}`),
    },
    {
      name: 'DELETE /v1/me/email_addresses/{id}',
      setup: () => secondAddress(server, browser),
      write: (id) => () => fapi(browser, 'delete', '/v1/me/email_addresses/{email_id}', `/v1/me/email_addresses/${id}`),
    },
    {
      name: 'DELETE /v1/me/phone_numbers/{id}',
      setup: async () => {
        const created = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
          form: { phone_number: '+15555550123' },
        });
        return created.body.response.id as string;
      },
      write: (id) => () =>
        fapi(browser, 'delete', '/v1/me/phone_numbers/{phone_number_id}', `/v1/me/phone_numbers/${id}`),
    },
    { name: 'DELETE /v1/me', write: () => () => fapi(browser, 'delete', '/v1/me', '/v1/me') },
  ];

  for (const { name, setup, write } of cases) {
    it(`${name}: refused on an old session, allowed once verified again`, async () => {
      const send = write(await setup?.());
      server.clock.advance(11 * MINUTE);
      const refused = await send();
      assert.equal(refused.res.status, 403, `${name} on an old session`);
      assert.equal(errorCode(refused.body), 'session_reverification_required');
      const [asked] = (refused.body.errors ?? []) as Array<{ meta?: { session_verification?: { level: string } } }>;
      await reverifyWithPassword(asked?.meta?.session_verification?.level ?? 'first_factor');
      const allowed = await send();
      assert.equal(allowed.res.status, 200, `${name} after reverification: ${JSON.stringify(allowed.body)}`);
    });
  }

  it('renaming a passkey and verifying a new app need no fresh factor (their creation did)', async () => {
    const id = await registerPasskey();
    const created = await fapi(browser, 'post', '/v1/me/totp', '/v1/me/totp');
    server.clock.advance(11 * MINUTE);
    const renamed = await fapi(browser, 'patch', '/v1/me/passkeys/{passkey_id}', `/v1/me/passkeys/${id}`, {
      form: { name: 'Laptop' },
    });
    assert.equal(renamed.res.status, 200);
    const verified = await verifyTotp(created.body.response.secret);
    assert.equal(verified.res.status, 200);
  });

  it('/__dev/sessions/{id}/age makes the session old (JSON only, positive minutes)', async () => {
    const age = (body: string, type = 'application/json') =>
      server.app.request(`/__dev/sessions/${sessionId}/age`, {
        method: 'POST',
        body,
        headers: { 'Content-Type': type },
      });
    assert.equal((await age('{"minutes": 15}', 'text/plain')).status, 400);
    assert.equal((await age('{"minutes": -1}')).status, 422);
    assert.equal(
      (
        await server.app.request('/__dev/sessions/sess_nope/age', {
          method: 'POST',
          body: '{"minutes":1}',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
      404,
    );
    assert.equal((await age('{"minutes": 15}')).status, 200);
    const refused = await fapi(browser, 'delete', '/v1/me', '/v1/me');
    assert.equal(errorCode(refused.body), 'session_reverification_required');
  });
});
