import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, mailedCode, makeServer, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const ONE = '/v1/client/sign_ups/{sign_up_id}';
const PREPARE = '/v1/client/sign_ups/{sign_up_id}/prepare_verification';
const ATTEMPT = '/v1/client/sign_ups/{sign_up_id}/attempt_verification';
const PHONE = '+33612345678';

/** Sign-up with every field on: username and phone number required, names optional. */
describe('sign-up fields from the instance settings', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({
      instance: { username: { enabled: true, required: true }, phone_number: { enabled: true, required: true } },
    });
    browser = new TestBrowser(server.app);
  });

  const create = (form: Record<string, string>) => fapi(browser, 'post', CREATE, CREATE, { form });
  const update = (id: string, form: Record<string, string>) =>
    fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${id}`, { form });
  const prepare = (id: string, strategy: string) =>
    fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, { form: { strategy } });
  const attempt = (id: string, strategy: string, code: string) =>
    fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ups/${id}/attempt_verification`, { form: { strategy, code } });

  it('lists the required fields, names what is missing, and takes the rest by update', async () => {
    const { body } = await create({ email_address: 'ada@example.com', password: 'correct horse battery' });
    const signUp = body.response;
    assert.deepEqual(signUp.required_fields, ['email_address', 'username', 'phone_number', 'password']);
    assert.deepEqual(signUp.optional_fields, ['first_name', 'last_name']);
    assert.deepEqual(signUp.missing_fields, ['username', 'phone_number']);
    const updated = await update(signUp.id, { username: 'Ada_L', phone_number: '+33 6 12 34 56 78' });
    assert.equal(updated.res.status, 200);
    assert.equal(updated.body.response.username, 'ada_l');
    assert.equal(updated.body.response.phone_number, PHONE);
    assert.deepEqual(updated.body.response.missing_fields, []);
    assert.deepEqual(updated.body.response.unverified_fields, ['email_address', 'phone_number']);
  });

  it('verifies the email by code and the phone by SMS code, then creates the user with both', async () => {
    const { body } = await create({
      email_address: 'ada@example.com',
      password: 'correct horse battery',
      username: 'adalove',
      phone_number: PHONE,
    });
    const id = body.response.id;
    await prepare(id, 'email_code');
    const afterEmail = await attempt(id, 'email_code', await mailedCode(server.app, 'ada@example.com'));
    assert.deepEqual(afterEmail.body.response.unverified_fields, ['phone_number']);
    const prepared = await prepare(id, 'phone_code');
    assert.equal(prepared.body.response.verifications.phone_number.status, 'unverified');
    assert.deepEqual(prepared.body.response.verifications.phone_number.supported_strategies, ['phone_code']);
    const wrong = await attempt(id, 'phone_code', '000000');
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');
    const done = await attempt(id, 'phone_code', await mailedCode(server.app, PHONE));
    assert.equal(done.body.response.status, 'complete');
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.username, 'adalove');
    assert.equal(me.body.response.phone_numbers[0].phone_number, PHONE);
  });

  it('refuses usernames that break the rules, and taken usernames and numbers', async () => {
    const short = await create({ email_address: 'a@example.com', username: 'ab' });
    assert.equal(short.res.status, 422);
    assert.equal(errorCode(short.body), 'form_username_invalid_length');
    assert.equal(short.body.errors[0].meta.param_name, 'username');
    for (const bad of ['ada lovelace', 'ada!', '123456']) {
      const res = await create({ email_address: 'a@example.com', username: bad });
      assert.equal(errorCode(res.body), 'form_username_invalid_character', bad);
    }
    const badPhone = await create({ email_address: 'a@example.com', phone_number: '0612' });
    assert.equal(errorCode(badPhone.body), 'form_param_format_invalid');
    assert.equal(badPhone.body.errors[0].meta.param_name, 'phone_number');

    // Someone signs up with "adalove" and the number; the next one cannot take either.
    const first = await create({
      email_address: 'ada+clerk_test@example.com',
      password: 'correct horse battery',
      username: 'adalove',
      phone_number: '+15555550100',
    });
    await prepare(first.body.response.id, 'email_code');
    await attempt(first.body.response.id, 'email_code', '424242');
    await prepare(first.body.response.id, 'phone_code');
    const done = await attempt(first.body.response.id, 'phone_code', '424242');
    assert.equal(done.body.response.status, 'complete');
    const other = new TestBrowser(server.app);
    const taken = await fapi(other, 'post', CREATE, CREATE, {
      form: { email_address: 'b@example.com', username: 'AdaLove' },
    });
    assert.equal(errorCode(taken.body), 'form_identifier_exists');
    const takenPhone = await fapi(other, 'post', CREATE, CREATE, {
      form: { email_address: 'b@example.com', phone_number: '+1 555 555 0100' },
    });
    assert.equal(errorCode(takenPhone.body), 'form_identifier_exists');
  });

  it('refuses a username or phone number when the instance has them off', async () => {
    const off = await makeServer();
    const b = new TestBrowser(off.app);
    for (const param of ['username', 'phone_number']) {
      const res = await fapi(b, 'post', CREATE, CREATE, {
        form: { email_address: 'a@example.com', [param]: 'adalove' },
      });
      assert.equal(errorCode(res.body), 'form_param_unknown');
    }
  });

  it('legal consent: the environment asks for it with the terms and privacy links; without it nothing completes', async () => {
    const legal = await makeServer({ instance: { legal_consent_enabled: true } });
    const b = new TestBrowser(legal.app);
    const env = await fapi(b, 'get', '/v1/environment', '/v1/environment');
    assert.equal(env.body.user_settings.sign_up.legal_consent_enabled, true);
    assert.match(env.body.display_config.terms_url, /\/#\/terms$/);
    assert.match(env.body.display_config.privacy_policy_url, /\/#\/privacy$/);
    const form = { email_address: 'ada+clerk_test@example.com', password: 'correct horse battery' };
    const without = await fapi(b, 'post', CREATE, CREATE, { form });
    assert.deepEqual(without.body.response.missing_fields, ['legal_accepted']);
    await fapi(b, 'post', PREPARE, `/v1/client/sign_ups/${without.body.response.id}/prepare_verification`, {
      form: { strategy: 'email_code' },
    });
    const verified = await fapi(
      b,
      'post',
      ATTEMPT,
      `/v1/client/sign_ups/${without.body.response.id}/attempt_verification`,
      {
        form: { strategy: 'email_code', code: '424242' },
      },
    );
    assert.equal(verified.body.response.status, 'missing_requirements');
    const accepted = await fapi(b, 'patch', ONE, `/v1/client/sign_ups/${without.body.response.id}`, {
      form: { legal_accepted: 'true' },
    });
    assert.equal(accepted.body.response.status, 'complete');
    assert.equal(typeof accepted.body.response.legal_accepted_at, 'number');
  });
});
