/**
 * Connected accounts (issue 13): POST /v1/me/external_accounts starts an OAuth redirect for the signed-in user,
 * the mock provider's callback links the account, DELETE unlinks it. Responses validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { authorize, callback } from './oauth-helpers.js';

const PASSWORD = 'correct horse battery';
const PATH = '/v1/me/external_accounts';
const ONE = '/v1/me/external_accounts/{external_account_id}';
const BACK = `${PAGE_ORIGIN}/profile`;
const OCTOCAT = { new: '1', email_address: 'octo@example.com', first_name: 'Octo', email_verified: 'true' };

async function signedIn(server: TestServer, email: string): Promise<TestBrowser> {
  await signUpUser(server, email, PASSWORD);
  const browser = new TestBrowser(server.app);
  const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: email, password: PASSWORD },
  });
  assert.equal(body.response.status, 'complete');
  return browser;
}

async function connect(browser: TestBrowser, strategy = 'oauth_github') {
  return fapi(browser, 'post', PATH, PATH, { form: { strategy, redirect_url: BACK } });
}

describe('/v1/me/external_accounts', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: { social: { oauth_google: true, oauth_github: true } } });
    browser = await signedIn(server, 'ada@example.com');
  });

  it('connects a GitHub account: pending account → provider → callback → listed on the user, same id', async () => {
    const { res, body } = await connect(browser);
    assert.equal(res.status, 200);
    const pending = body.response;
    assert.equal(pending.object, 'external_account');
    assert.equal(pending.provider, 'oauth_github');
    assert.equal(pending.verification.status, 'unverified');
    const url = new URL(pending.verification.external_verification_redirect_url);
    assert.equal(url.pathname, '/__dev/oauth/github/authorize');

    const { decision } = await authorize(server, url.href, OCTOCAT);
    const back = await callback(browser, decision.headers.get('location') ?? '');
    assert.equal(back.res.status, 303);
    assert.equal(back.target, BACK);

    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    const accounts = me.body.response.external_accounts;
    assert.equal(accounts.length, 1);
    assert.equal(accounts[0].id, pending.id);
    assert.equal(accounts[0].email_address, 'octo@example.com');
    assert.equal(accounts[0].verification.status, 'verified');
  });

  it('refuses a second account of the same provider, a provider that is off, and a foreign redirect_url', async () => {
    const first = await connect(browser);
    const url = first.body.response.verification.external_verification_redirect_url;
    const { decision } = await authorize(server, url, OCTOCAT);
    await callback(browser, decision.headers.get('location') ?? '');

    const again = await connect(browser);
    assert.equal(again.res.status, 422);
    assert.equal(errorCode(again.body), 'external_account_exists');

    const off = await connect(browser, 'oauth_microsoft');
    assert.equal(off.res.status, 422);
    assert.equal(errorCode(off.body), 'form_param_value_invalid');

    const open = await fapi(browser, 'post', PATH, PATH, {
      form: { strategy: 'oauth_google', redirect_url: 'https://evil.example/steal' },
    });
    assert.equal(open.res.status, 422);
  });

  it('a provider account that already signs in another user is not linked; the flow fails', async () => {
    const other = await signedIn(server, 'grace@example.com');
    const first = await connect(other);
    const { decision } = await authorize(
      server,
      first.body.response.verification.external_verification_redirect_url,
      OCTOCAT,
    );
    await callback(other, decision.headers.get('location') ?? '');

    const mine = await connect(browser);
    const identityId = server.dev.oauthProvider.identities('github')[0]?.id ?? '';
    const chosen = await authorize(server, mine.body.response.verification.external_verification_redirect_url, {
      identity_id: identityId,
    });
    const back = await callback(browser, chosen.decision.headers.get('location') ?? '');
    assert.equal(back.target, BACK);
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.external_accounts.length, 0);
  });

  it('the callback links nothing when the user signed out in between', async () => {
    const { body } = await connect(browser);
    await fapi(browser, 'delete', '/v1/client/sessions', '/v1/client/sessions');
    const { decision } = await authorize(
      server,
      body.response.verification.external_verification_redirect_url,
      OCTOCAT,
    );
    await callback(browser, decision.headers.get('location') ?? '');
    const linked = server.dev.db.prepare('SELECT COUNT(*) AS n FROM external_accounts').get() as { n: number };
    assert.equal(linked.n, 0);
  });

  it('DELETE unlinks the own account; someone else’s or an unknown id is 404; signed out is 401', async () => {
    const { body } = await connect(browser);
    const { decision } = await authorize(
      server,
      body.response.verification.external_verification_redirect_url,
      OCTOCAT,
    );
    await callback(browser, decision.headers.get('location') ?? '');
    const id = body.response.id as string;

    const other = await signedIn(server, 'grace@example.com');
    const foreign = await fapi(other, 'delete', ONE, `${PATH}/${id}`);
    assert.equal(foreign.res.status, 404);

    const removed = await fapi(browser, 'delete', ONE, `${PATH}/${id}`);
    assert.equal(removed.res.status, 200);
    assert.deepEqual(removed.body.response, { object: 'external_account', id, deleted: true });
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.external_accounts.length, 0);

    const gone = await fapi(browser, 'delete', ONE, `${PATH}/${id}`);
    assert.equal(gone.res.status, 404);

    const stranger = new TestBrowser(server.app);
    const anonymous = await fapi(stranger, 'post', PATH, PATH, {
      form: { strategy: 'oauth_github', redirect_url: BACK },
    });
    assert.equal(anonymous.res.status, 401);
  });
});
