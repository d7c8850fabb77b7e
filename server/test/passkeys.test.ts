import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { SoftAuthenticator } from './soft-authenticator.js';

const CREATE = '/v1/client/sign_ins';
const PREPARE = '/v1/client/sign_ins/{sign_in_id}/prepare_first_factor';
const ATTEMPT = '/v1/client/sign_ins/{sign_in_id}/attempt_first_factor';
const PASSKEYS = '/v1/me/passkeys';
const PASSKEY = '/v1/me/passkeys/{passkey_id}';
const VERIFY = '/v1/me/passkeys/{passkey_id}/attempt_verification';
const PASSWORD = 'correct horse battery';
const EMAIL = 'ada@example.com';

describe('passkeys', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let authenticator: SoftAuthenticator;

  beforeEach(async () => {
    server = await makeServer({
      instance: { passkey: { enabled: true, allow_autofill: true, show_sign_in_button: true } },
    });
    await signUpUser(server, EMAIL, PASSWORD, { first_name: 'Ada' });
    browser = new TestBrowser(server.app);
    authenticator = new SoftAuthenticator();
  });

  async function signInWithPassword(): Promise<void> {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: EMAIL, password: PASSWORD } });
    assert.equal(body.response.status, 'complete');
  }

  async function signOut(): Promise<void> {
    const res = await browser.call('delete', '/v1/client/sessions');
    assert.equal(res.status, 200);
  }

  /** Registers a passkey for the signed-in user through the two FAPI steps; returns its id. */
  async function register(): Promise<string> {
    const created = await fapi(browser, 'post', PASSKEYS, PASSKEYS);
    const passkey = created.body.response;
    assert.equal(passkey.object, 'passkey');
    assert.equal(passkey.verification.status, 'unverified');
    const options = JSON.parse(passkey.verification.nonce);
    assert.equal(options.rp.id, 'localhost');
    assert.equal(options.authenticatorSelection.residentKey, 'required');
    const credential = authenticator.create(passkey.verification.nonce);
    const verified = await fapi(browser, 'post', VERIFY, `/v1/me/passkeys/${passkey.id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: credential },
    });
    assert.equal(verified.body.response.verification.status, 'verified');
    assert.equal(verified.body.response.verification.nonce, undefined);
    return passkey.id;
  }

  async function startDiscoverable(): Promise<{ id: string; nonce: string }> {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, { form: { strategy: 'passkey' } });
    assert.equal(body.response.status, 'needs_identifier');
    const verification = body.response.first_factor_verification;
    assert.equal(verification.object, 'verification_passkey');
    assert.deepEqual(JSON.parse(verification.nonce).allowCredentials, []);
    return { id: body.response.id, nonce: verification.nonce };
  }

  const attempt = (id: string, credential: string) =>
    fapi(browser, 'post', ATTEMPT, `${CREATE}/${id}/attempt_first_factor`, {
      form: { strategy: 'passkey', public_key_credential: credential },
    });

  it('the environment turns passkeys on per instance', async () => {
    const { body } = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(body.user_settings.attributes.passkey.enabled, true);
    assert.deepEqual(body.user_settings.passkey_settings, {
      allow_autofill: true,
      show_sign_in_button: true,
      satisfies_second_factor: true,
    });
    assert.ok(body.auth_config.first_factors.includes('passkey'));
    await server.app.request('/__dev/instance', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ passkey: { enabled: false } }),
    });
    const off = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(off.body.user_settings.attributes.passkey.enabled, false);
    assert.equal(off.body.user_settings.passkey_settings.show_sign_in_button, false);
  });

  it('registers a passkey, lists it on the user, renames and deletes it', async () => {
    await signInWithPassword();
    const id = await register();
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.passkeys.length, 1);
    assert.equal(me.body.response.passkeys[0].id, id);

    const renamed = await fapi(browser, 'patch', PASSKEY, `${PASSKEYS}/${id}`, { form: { name: 'Work laptop' } });
    assert.equal(renamed.body.response.name, 'Work laptop');
    const read = await fapi(browser, 'get', PASSKEY, `${PASSKEYS}/${id}`);
    assert.equal(read.body.response.name, 'Work laptop');
    const empty = await fapi(browser, 'patch', PASSKEY, `${PASSKEYS}/${id}`, { form: { name: '   ' } });
    assert.equal(empty.res.status, 422);

    const deleted = await fapi(browser, 'delete', PASSKEY, `${PASSKEYS}/${id}`);
    assert.deepEqual(deleted.body.response, { object: 'passkey', id, deleted: true });
    const gone = await fapi(browser, 'get', PASSKEY, `${PASSKEYS}/${id}`);
    assert.equal(gone.res.status, 404);
  });

  it('refuses registration when signed out, with a forged answer, or from another origin', async () => {
    const signedOut = await fapi(browser, 'post', PASSKEYS, PASSKEYS);
    assert.equal(signedOut.res.status, 401);

    await signInWithPassword();
    const created = await fapi(browser, 'post', PASSKEYS, PASSKEYS);
    const { id, verification } = created.body.response;
    const forged = authenticator.create(verification.nonce, { challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' });
    const bad = await fapi(browser, 'post', VERIFY, `${PASSKEYS}/${id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: forged },
    });
    assert.equal(bad.res.status, 422);
    assert.equal(errorCode(bad.body), 'verification_failed');
    // The challenge was spent by the failed answer: a good one is refused too.
    const again = await fapi(browser, 'post', VERIFY, `${PASSKEYS}/${id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: authenticator.create(verification.nonce) },
    });
    assert.equal(errorCode(again.body), 'verification_failed');

    const second = (await fapi(browser, 'post', PASSKEYS, PASSKEYS)).body.response;
    const elsewhere = authenticator.create(second.verification.nonce, { origin: 'http://localhost:9999' });
    const wrongOrigin = await fapi(browser, 'post', VERIFY, `${PASSKEYS}/${second.id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: elsewhere },
    });
    assert.equal(errorCode(wrongOrigin.body), 'verification_failed');
    const malformed = await fapi(browser, 'post', VERIFY, `${PASSKEYS}/${second.id}/attempt_verification`, {
      form: { strategy: 'passkey', public_key_credential: '[1,2' },
    });
    assert.equal(errorCode(malformed.body), 'form_param_format_invalid');
  });

  it('signs in with a discoverable passkey, skipping the second factor, and keeps the counter', async () => {
    await signInWithPassword();
    await register();
    await signOut();
    const enrolled = await server.app.request(`/__dev/users/${encodeURIComponent(EMAIL)}/mfa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ totp: true }),
    });
    assert.equal(enrolled.status, 200);

    const { id, nonce } = await startDiscoverable();
    const done = await attempt(id, authenticator.get(nonce));
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.response.identifier, EMAIL);
    assert.ok(done.body.response.created_session_id);
    assert.equal(done.body.client.sessions[0].user.passkeys[0].last_used_at, server.clock.now());

    // The same answer again: the sign-in is complete and gone; a replay on a new sign-in fails its challenge.
    await signOut();
    const replayed = await startDiscoverable();
    const credential = authenticator.credentials[0];
    const stale = authenticator.get(nonce, { credential, counter: credential?.counter });
    const replay = await attempt(replayed.id, stale);
    assert.equal(errorCode(replay.body), 'verification_failed');
  });

  it('refuses a cloned key (counter going back), an unknown passkey, and an expired challenge', async () => {
    await signInWithPassword();
    await register();
    await signOut();

    const first = await startDiscoverable();
    assert.equal((await attempt(first.id, authenticator.get(first.nonce))).body.response.status, 'complete');
    await signOut();
    const cloned = await startDiscoverable();
    const back = await attempt(cloned.id, authenticator.get(cloned.nonce, { counter: 1 }));
    assert.equal(errorCode(back.body), 'verification_failed');

    const stranger = new SoftAuthenticator();
    const unknownStart = await startDiscoverable();
    stranger.create(JSON.stringify({ challenge: 'x', rp: { id: 'localhost' }, user: { id: 'dXNlcl94' } }));
    const unknown = await attempt(unknownStart.id, stranger.get(unknownStart.nonce));
    assert.equal(errorCode(unknown.body), 'form_identifier_not_found');

    const late = await startDiscoverable();
    server.clock.advance(6 * MINUTE);
    const expired = await attempt(late.id, authenticator.get(late.nonce));
    assert.equal(errorCode(expired.body), 'verification_expired');
  });

  it('offers passkey as a first factor of an identified user and verifies it with an allow list', async () => {
    await signInWithPassword();
    await register();
    await signOut();

    const { body } = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: EMAIL } });
    assert.equal(body.response.supported_first_factors[0].strategy, 'passkey');
    const id = body.response.id;
    const prepared = await fapi(browser, 'post', PREPARE, `${CREATE}/${id}/prepare_first_factor`, {
      form: { strategy: 'passkey' },
    });
    const nonce = prepared.body.response.first_factor_verification.nonce;
    assert.equal(JSON.parse(nonce).allowCredentials.length, 1);
    const done = await attempt(id, authenticator.get(nonce));
    assert.equal(done.body.response.status, 'complete');
  });

  it('does not offer passkeys to users without one, nor when the instance turns them off', async () => {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, { form: { identifier: EMAIL } });
    assert.ok(!body.response.supported_first_factors.some((f: { strategy: string }) => f.strategy === 'passkey'));
    const refused = await fapi(browser, 'post', PREPARE, `${CREATE}/${body.response.id}/prepare_first_factor`, {
      form: { strategy: 'passkey' },
    });
    assert.equal(errorCode(refused.body), 'strategy_for_user_invalid');

    server.dev.settings.patch({ passkey: { enabled: false } });
    const off = await fapi(browser, 'post', CREATE, CREATE, { form: { strategy: 'passkey' } });
    assert.equal(errorCode(off.body), 'strategy_for_user_invalid');
  });
});
