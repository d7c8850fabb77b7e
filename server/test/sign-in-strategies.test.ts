import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import type { InstanceOverrides } from '../instance.js';
import { errorCode, fapi, mailedCode, makeServer, PAGE_ORIGIN, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ins';
const ONE = '/v1/client/sign_ins/{sign_in_id}';
const PREPARE = '/v1/client/sign_ins/{sign_in_id}/prepare_first_factor';
const ATTEMPT = '/v1/client/sign_ins/{sign_in_id}/attempt_first_factor';
const RESET = '/v1/client/sign_ins/{sign_in_id}/reset_password';
const PASSWORD = 'correct horse battery';
const PHONE = '+33612345678';

/** Everything on: email, phone and username, with password, codes and links. */
const EVERYTHING: InstanceOverrides = {
  email_address: { first_factors: ['email_code', 'email_link'] },
  phone_number: { enabled: true },
  username: { enabled: true },
};

async function dev(server: TestServer, method: string, path: string, body?: unknown) {
  const res = await server.app.request(`/__dev${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { res, body: (await res.json()) as any };
}

async function seedAda(server: TestServer): Promise<void> {
  const { res } = await dev(server, 'POST', '/users', {
    email_address: 'ada@example.com',
    username: 'ada',
    phone_number: PHONE,
    password: PASSWORD,
    first_name: 'Ada',
  });
  assert.equal(res.status, 201);
}

const strategies = (signIn: { supported_first_factors: Array<{ strategy: string }> }) =>
  signIn.supported_first_factors.map((f) => f.strategy);

describe('instance settings at run time', () => {
  let server: TestServer;
  let browser: TestBrowser;
  before(async () => {
    server = await makeServer();
    browser = new TestBrowser(server.app);
  });

  it('PATCH /__dev/instance merges, the next environment reflects it, reset restores the start settings', async () => {
    const initial = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(initial.body.user_settings.attributes.phone_number.enabled, false);
    assert.deepEqual(initial.body.auth_config.identification_strategies, ['email_address']);

    const patched = await dev(server, 'PATCH', '/instance', EVERYTHING);
    assert.equal(patched.res.status, 200);
    assert.equal(patched.body.phone_number.enabled, true);
    assert.equal(patched.body.password.min_length, 8, 'nested settings merge, they are not replaced');

    const env = (await fapi(browser, 'get', '/v1/environment', '/v1/environment')).body;
    const { attributes } = env.user_settings;
    assert.deepEqual(attributes.email_address.first_factors, ['email_code', 'email_link']);
    assert.equal(attributes.phone_number.enabled, true);
    assert.equal(attributes.phone_number.used_for_first_factor, true);
    assert.deepEqual(attributes.phone_number.first_factors, ['phone_code']);
    assert.deepEqual(attributes.phone_number.verifications, ['phone_code']);
    assert.equal(attributes.username.enabled, true);
    assert.equal(attributes.username.used_for_first_factor, true);
    assert.deepEqual(env.auth_config.identification_strategies, ['email_address', 'phone_number', 'username']);
    assert.equal(env.auth_config.phone_number, 'on');
    assert.equal(env.auth_config.username, 'on');
    assert.deepEqual(env.auth_config.first_factors, [
      'email_code',
      'email_link',
      'phone_code',
      'password',
      'reset_password_email_code',
      'reset_password_phone_code',
    ]);

    assert.equal((await dev(server, 'GET', '/instance')).body.username.enabled, true);
    const reset = await dev(server, 'POST', '/instance/reset');
    assert.equal(reset.body.username.enabled, false);
    const after = (await fapi(browser, 'get', '/v1/environment', '/v1/environment')).body;
    assert.equal(after.user_settings.attributes.username.enabled, false);
  });

  it('a PATCH the server cannot honour is refused and changes nothing', async () => {
    for (const bad of [
      { nonsense: true },
      { email_address: { first_factors: ['carrier_pigeon'] } },
      { email_address: { enabled: false } },
      { username: { required: 'yes' } },
      { password: { enabled: false }, email_address: { first_factors: [] } },
      { password: 'yes' },
      { password: { min_length: { $gt: 1 } } },
      [1, 2],
    ]) {
      const { res, body } = await dev(server, 'PATCH', '/instance', bad);
      assert.equal(res.status, 400, JSON.stringify(bad));
      assert.match(body.errors[0].message, /^instance: /);
    }
    const { body } = await dev(server, 'GET', '/instance');
    assert.deepEqual(body.email_address.first_factors, ['email_code']);
    assert.equal(body.password.enabled, true);
  });

  it('support_email shows in the environment and can be cleared', async () => {
    await dev(server, 'PATCH', '/instance', { support_email: 'help@example.com' });
    let env = (await fapi(browser, 'get', '/v1/environment', '/v1/environment')).body;
    assert.equal(env.display_config.support_email, 'help@example.com');
    await dev(server, 'PATCH', '/instance', { support_email: null });
    env = (await fapi(browser, 'get', '/v1/environment', '/v1/environment')).body;
    assert.equal(env.display_config.support_email, null);
  });
});

describe('sign-in strategies', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: EVERYTHING });
    await seedAda(server);
    browser = new TestBrowser(server.app);
  });

  const create = (form: Record<string, string>) => fapi(browser, 'post', CREATE, CREATE, { form });
  const prepare = (id: string, form: Record<string, string>) =>
    fapi(browser, 'post', PREPARE, `/v1/client/sign_ins/${id}/prepare_first_factor`, { form });
  const attempt = (id: string, form: Record<string, string>) =>
    fapi(browser, 'post', ATTEMPT, `/v1/client/sign_ins/${id}/attempt_first_factor`, { form });

  it('username + password (any case) signs in', async () => {
    const { body } = await create({ identifier: ' ADA ', password: PASSWORD });
    assert.equal(body.response.status, 'complete');
    assert.equal(body.client.last_authentication_strategy, 'password');
  });

  it('a username is not an identifier when usernames are off', async () => {
    await dev(server, 'PATCH', '/instance', { username: { enabled: false } });
    const { res, body } = await create({ identifier: 'ada' });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_identifier_not_found');
  });

  it('phone: the number (formatted any way) finds the account; phone_code comes first; the SMS code completes', async () => {
    const { body } = await create({ identifier: '+33 6 12 34 56 78' });
    const signIn = body.response;
    assert.equal(signIn.identifier, PHONE);
    assert.deepEqual(signIn.supported_identifiers, ['email_address', 'phone_number', 'username']);
    assert.deepEqual(strategies(signIn), [
      'password',
      'phone_code',
      'email_code',
      'email_link',
      'reset_password_email_code',
      'reset_password_phone_code',
    ]);
    const phoneFactor = signIn.supported_first_factors[1];
    assert.equal(phoneFactor.safe_identifier, PHONE);
    assert.match(phoneFactor.phone_number_id, /^idn_/);

    const prepared = await prepare(signIn.id, { strategy: 'phone_code', phone_number_id: phoneFactor.phone_number_id });
    assert.equal(prepared.body.response.first_factor_verification.strategy, 'phone_code');
    const code = await mailedCode(server.app, PHONE);
    const wrong = await attempt(signIn.id, { strategy: 'phone_code', code: code === '000000' ? '111111' : '000000' });
    assert.equal(errorCode(wrong.body), 'form_code_incorrect');
    const done = await attempt(signIn.id, { strategy: 'phone_code', code });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.client.last_authentication_strategy, 'phone_code');
  });

  it('a strategy the account or instance does not have is strategy_for_user_invalid', async () => {
    await dev(server, 'PATCH', '/instance', { phone_number: { enabled: false } });
    const { body } = await create({ identifier: 'ada@example.com' });
    assert.ok(!strategies(body.response).includes('phone_code'));
    const refused = await prepare(body.response.id, { strategy: 'phone_code' });
    assert.equal(refused.res.status, 422);
    assert.equal(errorCode(refused.body), 'strategy_for_user_invalid');
    const other = await prepare(body.response.id, { strategy: 'email_code', email_address_id: 'idn_someone_else' });
    assert.equal(errorCode(other.body), 'form_param_value_invalid');
  });

  it('email link: mailed, opened once → 303 with __clerk_status=verified; the polling tab sees complete', async () => {
    const { body } = await create({ identifier: 'ada@example.com' });
    const id = body.response.id;
    const prepared = await prepare(id, { strategy: 'email_link', redirect_url: `${PAGE_ORIGIN}/#/sign-in/verify` });
    const verification = prepared.body.response.first_factor_verification;
    assert.equal(verification.object, 'verification_email_link');
    assert.equal(verification.status, 'unverified');

    const mail = (await dev(server, 'GET', '/mailbox?to=ada@example.com')).body.data[0];
    assert.equal(mail.code, null, 'a link, not a code');
    const link = new URL(/https?:\/\/\S+/.exec(mail.text)?.[0] ?? '');
    assert.equal(link.pathname, '/v1/verify');

    // Opened in another tab: no cookie of the first tab is needed.
    const other = new TestBrowser(server.app, null);
    const opened = await other.call('get', `${link.pathname}${link.search}`);
    assert.equal(opened.status, 303);
    const back = new URL(opened.headers.get('Location') ?? '');
    assert.equal(back.origin, PAGE_ORIGIN);
    assert.equal(back.searchParams.get('__clerk_status'), 'verified');

    const polled = await fapi(browser, 'get', ONE, `/v1/client/sign_ins/${id}`);
    assert.equal(polled.body.response.status, 'complete', 'the polling tab reads the sign-in as complete');
    assert.match(polled.body.response.created_session_id, /^sess_/);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sessions.length, 1);
    assert.equal(client.body.response.last_authentication_strategy, 'email_link');

    const reused = await other.call('get', `${link.pathname}${link.search}`);
    assert.equal(new URL(reused.headers.get('Location') ?? '').searchParams.get('__clerk_status'), 'failed');
  });

  it('email link: an expired link says expired; a bad token failed; a foreign redirect is refused', async () => {
    const { body } = await create({ identifier: 'ada@example.com' });
    const id = body.response.id;
    const foreign = await prepare(id, { strategy: 'email_link', redirect_url: 'https://evil.example/phish' });
    assert.equal(foreign.res.status, 422);
    assert.equal(errorCode(foreign.body), 'form_param_value_invalid');

    await prepare(id, { strategy: 'email_link' });
    const mail = (await dev(server, 'GET', '/mailbox?to=ada@example.com')).body.data[0];
    const link = new URL(/https?:\/\/\S+/.exec(mail.text)?.[0] ?? '');
    server.clock.advance(11 * MINUTE);
    const expired = await browser.call('get', `${link.pathname}${link.search}`);
    assert.equal(expired.status, 400);
    assert.match(await expired.text(), /data-status="expired"/);
    const bogus = await browser.call('get', '/v1/verify?token=not-a-token');
    assert.match(await bogus.text(), /data-status="failed"/);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sessions.length, 0);
  });

  it('an email link cannot be "attempted" with a guess', async () => {
    const { body } = await create({ identifier: 'ada@example.com' });
    await prepare(body.response.id, { strategy: 'email_link' });
    const guessed = await attempt(body.response.id, { strategy: 'email_link', code: 'x' });
    assert.equal(guessed.res.status, 422);
  });

  it('forgot password: reset code → needs_new_password → pwned refused → new password signs in, others out', async () => {
    // Ada is signed in on another device.
    const laptop = new TestBrowser(server.app);
    await fapi(laptop, 'post', CREATE, CREATE, { form: { identifier: 'ada', password: PASSWORD } });

    const { body } = await create({ identifier: 'ada@example.com' });
    const id = body.response.id;
    await prepare(id, { strategy: 'reset_password_email_code' });
    const code = await mailedCode(server.app, 'ada@example.com');
    const early = await fapi(browser, 'post', RESET, `/v1/client/sign_ins/${id}/reset_password`, {
      form: { password: 'a new long password' },
    });
    assert.equal(early.res.status, 400, 'no reset before the code');

    const verified = await attempt(id, { strategy: 'reset_password_email_code', code });
    assert.equal(verified.body.response.status, 'needs_new_password');

    const pwned = await fapi(browser, 'post', RESET, `/v1/client/sign_ins/${id}/reset_password`, {
      form: { password: 'password123' },
    });
    assert.equal(errorCode(pwned.body), 'form_password_pwned');
    const short = await fapi(browser, 'post', RESET, `/v1/client/sign_ins/${id}/reset_password`, {
      form: { password: 'short' },
    });
    assert.equal(errorCode(short.body), 'form_password_length_too_short');

    const done = await fapi(browser, 'post', RESET, `/v1/client/sign_ins/${id}/reset_password`, {
      form: { password: 'a new long password', sign_out_of_other_sessions: 'true' },
    });
    assert.equal(done.body.response.status, 'complete');
    assert.equal(done.body.client.last_authentication_strategy, 'reset_password_email_code');
    const laptopClient = await fapi(laptop, 'get', '/v1/client', '/v1/client');
    assert.equal(laptopClient.body.response.sessions.length, 0, 'signed out of the other device');

    const fresh = new TestBrowser(server.app);
    const old = await fapi(fresh, 'post', CREATE, CREATE, { form: { identifier: 'ada', password: PASSWORD } });
    assert.equal(errorCode(old.body), 'form_password_incorrect');
    const again = await fapi(fresh, 'post', CREATE, CREATE, {
      form: { identifier: 'ada', password: 'a new long password' },
    });
    assert.equal(again.body.response.status, 'complete');
  });

  it('reset by SMS: reset_password_phone_code', async () => {
    const { body } = await create({ identifier: PHONE });
    await prepare(body.response.id, { strategy: 'reset_password_phone_code' });
    const code = await mailedCode(server.app, PHONE);
    const verified = await attempt(body.response.id, { strategy: 'reset_password_phone_code', code });
    assert.equal(verified.body.response.status, 'needs_new_password');
  });

  it('the dev users route refuses duplicates and malformed phone numbers', async () => {
    const dup = await dev(server, 'POST', '/users', { email_address: 'other@example.com', username: 'ADA' });
    assert.equal(dup.res.status, 422);
    const bad = await dev(server, 'POST', '/users', { email_address: 'x@example.com', phone_number: '0612' });
    assert.equal(bad.res.status, 400);
  });
});
