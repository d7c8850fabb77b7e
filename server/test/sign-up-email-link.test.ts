import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, mailedLink, makeServer, PAGE_ORIGIN, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const ONE = '/v1/client/sign_ups/{sign_up_id}';
const PREPARE = '/v1/client/sign_ups/{sign_up_id}/prepare_verification';
const ENVIRONMENT = '/v1/environment';

describe('sign-up verified by email link', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: { email_address: { verifications: ['email_link'] } } });
    browser = new TestBrowser(server.app);
  });

  async function startWithLink(email: string, redirectUrl = `${PAGE_ORIGIN}/#/sign-up`) {
    const { body } = await fapi(browser, 'post', CREATE, CREATE, {
      form: { email_address: email, password: 'correct horse battery' },
    });
    const id = body.response.id as string;
    const prepared = await fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, {
      form: { strategy: 'email_link', redirect_url: redirectUrl },
    });
    return { id, prepared };
  }

  it('the environment says the address is verified by link', async () => {
    const { body } = await fapi(browser, 'get', ENVIRONMENT, ENVIRONMENT);
    assert.deepEqual(body.user_settings.attributes.email_address.verifications, ['email_link']);
  });

  it('mailed, opened in another tab → 303 verified; the polling tab reads the sign-up complete, signed in', async () => {
    const { id, prepared } = await startWithLink('ada@example.com');
    const verification = prepared.body.response.verifications.email_address;
    assert.equal(verification.strategy, 'email_link');
    assert.equal(verification.status, 'unverified');

    const other = new TestBrowser(server.app, null);
    const opened = await other.call('get', await mailedLink(server, 'ada@example.com'));
    assert.equal(opened.status, 303);
    const back = new URL(opened.headers.get('Location') ?? '');
    assert.equal(back.origin, PAGE_ORIGIN);
    assert.equal(back.searchParams.get('__clerk_status'), 'verified');

    const polled = await fapi(browser, 'get', ONE, `/v1/client/sign_ups/${id}`);
    assert.equal(polled.body.response.status, 'complete');
    assert.match(polled.body.response.created_session_id, /^sess_/);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sessions.length, 1);
    assert.equal(client.body.response.sessions[0].user.email_addresses[0].verification.status, 'verified');
  });

  it('a used link fails, an expired one says expired and leaves the sign-up unverified', async () => {
    await startWithLink('ada@example.com');
    const path = await mailedLink(server, 'ada@example.com');
    const other = new TestBrowser(server.app, null);
    await other.call('get', path);
    const reused = await other.call('get', path);
    assert.equal(new URL(reused.headers.get('Location') ?? '').searchParams.get('__clerk_status'), 'failed');

    browser = new TestBrowser(server.app);
    const { id } = await startWithLink('bob@example.com');
    const late = await mailedLink(server, 'bob@example.com');
    server.clock.advance(11 * MINUTE);
    const expired = await other.call('get', late);
    assert.equal(new URL(expired.headers.get('Location') ?? '').searchParams.get('__clerk_status'), 'expired');
    const polled = await fapi(browser, 'get', ONE, `/v1/client/sign_ups/${id}`);
    assert.equal(polled.body.response.status, 'missing_requirements');
    assert.equal(polled.body.response.verifications.email_address.status, 'expired');
  });

  it('refuses a foreign redirect, and a code where the instance verifies by link only', async () => {
    const { id, prepared } = await startWithLink('ada@example.com', 'https://evil.example/phish');
    assert.equal(prepared.res.status, 422);
    assert.equal(errorCode(prepared.body), 'form_param_value_invalid');
    const code = await fapi(browser, 'post', PREPARE, `/v1/client/sign_ups/${id}/prepare_verification`, {
      form: { strategy: 'email_code' },
    });
    assert.equal(errorCode(code.body), 'form_param_value_invalid');
  });

  it('an instance that verifies by code refuses a link', async () => {
    const codeOnly = await makeServer();
    browser = new TestBrowser(codeOnly.app);
    const { prepared } = await startWithLink('ada@example.com');
    assert.equal(errorCode(prepared.body), 'form_param_value_invalid');
  });
});
