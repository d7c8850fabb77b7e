import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, mailedCode, makeServer, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const PREPARE = '/v1/client/sign_ups/{sign_up_id}/prepare_verification';
const ATTEMPT = '/v1/client/sign_ups/{sign_up_id}/attempt_verification';
const SIGN_IN = '/v1/client/sign_ins';
const SIGN_IN_PREPARE = '/v1/client/sign_ins/{sign_in_id}/prepare_first_factor';
const SIGN_IN_ATTEMPT = '/v1/client/sign_ins/{sign_in_id}/attempt_first_factor';
const PHONE = '+33612345678';

/** A phone-only instance: email off, the phone number required, SMS codes, no password. */
const PHONE_ONLY = {
  email_address: { enabled: false, required: false, used_for_first_factor: false },
  phone_number: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['phone_code' as const] },
  password: { enabled: false, required: false },
};

describe('sign-up on a phone-only instance', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: PHONE_ONLY });
    browser = new TestBrowser(server.app);
  });

  const create = (form: Record<string, string>) => fapi(browser, 'post', CREATE, CREATE, { form });
  const prepare = (id: string) =>
    fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, {
      form: { strategy: 'phone_code' },
    });
  const attempt = (id: string, code: string) =>
    fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ups/${id}/attempt_verification`, {
      form: { strategy: 'phone_code', code },
    });

  it('the environment offers the phone alone: email off, phone required', async () => {
    const env = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    const { attributes } = env.body.user_settings;
    assert.equal(attributes.email_address.enabled, false);
    assert.equal(attributes.phone_number.enabled, true);
    assert.equal(attributes.phone_number.required, true);
  });

  it('asks for the phone only, verifies it by SMS code, creates a user without an email, signed in', async () => {
    const { body } = await create({ phone_number: '+33 6 12 34 56 78', first_name: 'Ada' });
    const signUp = body.response;
    assert.equal(signUp.status, 'missing_requirements');
    assert.deepEqual(signUp.required_fields, ['phone_number']);
    assert.deepEqual(signUp.missing_fields, []);
    assert.deepEqual(signUp.unverified_fields, ['phone_number']);
    assert.equal(signUp.email_address, null);

    await prepare(signUp.id);
    const code = await mailedCode(server.app, PHONE);
    const wrong = await attempt(signUp.id, code === '000000' ? '111111' : '000000');
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');
    const done = await attempt(signUp.id, code);
    assert.equal(done.body.response.status, 'complete');
    assert.match(done.body.response.created_session_id, /^sess_/);

    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.deepEqual(me.body.response.email_addresses, []);
    assert.equal(me.body.response.primary_email_address_id, null);
    assert.equal(me.body.response.phone_numbers[0].phone_number, PHONE);
    assert.equal(me.body.response.phone_numbers[0].verification.status, 'verified');
    assert.equal(me.body.response.primary_phone_number_id, me.body.response.phone_numbers[0].id);
  });

  it('the new user signs back in with the number and an SMS code', async () => {
    const { body } = await create({ phone_number: PHONE });
    await prepare(body.response.id);
    await attempt(body.response.id, await mailedCode(server.app, PHONE));

    const other = new TestBrowser(server.app);
    const signIn = await fapi(other, 'post', SIGN_IN, SIGN_IN, { form: { identifier: PHONE } });
    const factors = signIn.body.response.supported_first_factors.map((f: { strategy: string }) => f.strategy);
    assert.deepEqual(factors, ['phone_code']);
    const { id } = signIn.body.response;
    const phoneNumberId = signIn.body.response.supported_first_factors[0].phone_number_id;
    await fapi(other, 'post', SIGN_IN_PREPARE, `/v1/client/sign_ins/${id}/prepare_first_factor`, {
      form: { strategy: 'phone_code', phone_number_id: phoneNumberId },
    });
    const done = await fapi(other, 'post', SIGN_IN_ATTEMPT, `/v1/client/sign_ins/${id}/attempt_first_factor`, {
      form: { strategy: 'phone_code', code: await mailedCode(server.app, PHONE) },
    });
    assert.equal(done.body.response.status, 'complete');
  });

  it('refuses an email address (email is off) and a sign-up without the phone stays incomplete', async () => {
    const email = await create({ email_address: 'ada@example.com', phone_number: PHONE });
    assert.equal(email.res.status, 422);
    assert.equal(errorCode(email.body), 'form_param_unknown');
    assert.equal(email.body.errors[0].meta.param_name, 'email_address');

    const empty = await create({ first_name: 'Ada' });
    assert.equal(empty.body.response.status, 'missing_requirements');
    assert.deepEqual(empty.body.response.missing_fields, ['phone_number']);
  });

  it('a number already taken is refused at the phone field', async () => {
    const first = await create({ phone_number: PHONE });
    await prepare(first.body.response.id);
    await attempt(first.body.response.id, await mailedCode(server.app, PHONE));
    const taken = await fapi(new TestBrowser(server.app), 'post', CREATE, CREATE, {
      form: { phone_number: '+33 6 12 34 56 78' },
    });
    assert.equal(errorCode(taken.body), 'form_identifier_exists');
    assert.equal(taken.body.errors[0].meta.param_name, 'phone_number');
  });

  it('the instance refuses email off unless the phone is on and required', async () => {
    await assert.rejects(
      makeServer({ instance: { email_address: { enabled: false }, phone_number: { enabled: true, required: false } } }),
      /phone_number must be enabled and required/,
    );
  });
});
