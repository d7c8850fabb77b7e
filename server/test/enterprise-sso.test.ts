import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const SIGN_INS = '/v1/client/sign_ins';
const SIGN_UPS = '/v1/client/sign_ups';
const SIGN_IN = `${SIGN_INS}/{sign_in_id}`;
const PREPARE = `${SIGN_INS}/{sign_in_id}/prepare_first_factor`;
const ATTEMPT = `${SIGN_INS}/{sign_in_id}/attempt_first_factor`;
const CALLBACK = `${PAGE_ORIGIN}/sign-in#/sso-callback`;
const DONE = `${PAGE_ORIGIN}/dashboard`;

/** The identity provider's page, then its "new account" (or chosen identity) form, posted like a browser. */
async function atIdentityProvider(server: TestServer, authorizeUrl: string, choice: Record<string, string>) {
  const url = new URL(authorizeUrl);
  const page = await server.app.request(url.pathname + url.search);
  const html = await page.text();
  const decision = await server.app.request(url.pathname, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url.origin },
    body: new URLSearchParams({
      redirect_uri: url.searchParams.get('redirect_uri') ?? '',
      state: url.searchParams.get('state') ?? '',
      code_challenge: url.searchParams.get('code_challenge') ?? '',
      ...choice,
    }).toString(),
  });
  return { page, html, location: decision.headers.get('location') ?? '' };
}

/** The browser arrives at the FAPI's callback (with its cookies); returns where the FAPI sends it next. */
async function arrive(browser: TestBrowser, location: string): Promise<{ status: number; target: string }> {
  const url = new URL(location);
  const res = await browser.call('get', url.pathname, { query: Object.fromEntries(url.searchParams) });
  return { status: res.status, target: res.headers.get('location') ?? '' };
}

/** Identifier first, then `enterprise_sso` prepared: the sign-in waiting at the identity provider. */
async function startEnterprise(browser: TestBrowser, identifier: string) {
  const created = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier } });
  assert.equal(created.res.status, 200);
  const id = created.body.response.id as string;
  const prepared = await fapi(browser, 'post', PREPARE, `${SIGN_INS}/${id}/prepare_first_factor`, {
    form: { strategy: 'enterprise_sso', redirect_url: CALLBACK, action_complete_redirect_url: DONE },
  });
  assert.equal(prepared.res.status, 200);
  return { created: created.body.response, prepared: prepared.body.response };
}

/** The sign-in's identity provider page, a choice there, and the browser's arrival back at the FAPI. */
async function throughIdentityProvider(
  server: TestServer,
  browser: TestBrowser,
  prepared: { first_factor_verification: { external_verification_redirect_url: string } },
  choice: Record<string, string>,
) {
  const url = prepared.first_factor_verification.external_verification_redirect_url;
  const { location } = await atIdentityProvider(server, url, choice);
  return { location, ...(await arrive(browser, location)) };
}

/** The user's one enterprise account, in `enterprise_accounts` and in `saml_accounts` (its older name). */
// biome-ignore lint/suspicious/noExplicitAny: a spec-validated response body
function assertEnterpriseAccount(user: any, email: string): void {
  assert.equal(user.enterprise_accounts.length, 1);
  const [account] = user.enterprise_accounts;
  assert.equal(account.object, 'enterprise_account');
  assert.equal(account.email_address, email);
  assert.equal(account.active, true);
  assert.equal(account.verification.status, 'verified');
  assert.equal(account.enterprise_connection.name, 'Acme SSO');
  assert.match(account.enterprise_connection_id, /^ent_/);
  const [saml] = user.saml_accounts;
  assert.equal(saml.object, 'saml_account');
  assert.equal(saml.id, account.id);
  assert.equal(saml.saml_connection.id, account.enterprise_connection_id);
  assert.deepEqual(saml.saml_connection.domains, ['acme.test']);
}

const NEW_JANE = { new: '1', email_address: 'jane@acme.test', first_name: 'Jane', last_name: 'Doe' };

describe('enterprise SSO by email domain', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeEach(async () => {
    server = await makeServer({ instance: { enterprise_sso: { enabled: true, domains: ['acme.test'] } } });
    browser = new TestBrowser(server.app);
  });

  it('the environment says enterprise SSO is on (and saml, its older name)', async () => {
    const { body } = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(body.user_settings.enterprise_sso.enabled, true);
    assert.equal(body.user_settings.saml.enabled, true);
    const off = await makeServer();
    const other = await fapi(new TestBrowser(off.app), 'get', '/v1/environment', '/v1/environment');
    assert.equal(other.body.user_settings.enterprise_sso.enabled, false);
  });

  it('an address of the domain, account or not, has one first factor: enterprise_sso', async () => {
    const { body } = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier: 'Jane@ACME.test' } });
    const signIn = body.response;
    assert.equal(signIn.status, 'needs_first_factor');
    assert.equal(signIn.supported_first_factors.length, 1);
    const [factor] = signIn.supported_first_factors;
    assert.equal(factor.strategy, 'enterprise_sso');
    assert.equal(factor.safe_identifier, 'jane@acme.test');
    assert.equal(factor.enterprise_connection_name, 'Acme SSO');
    assert.match(factor.enterprise_connection_id, /^ent_/);
    // Another domain is still unknown.
    const other = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier: 'jane@example.com' } });
    assert.equal(errorCode(other.body), 'form_identifier_not_found');
  });

  it('a new user: identity provider → callback → transferable → sign-up completes with the address verified', async () => {
    const { prepared } = await startEnterprise(browser, 'jane@acme.test');
    const verification = prepared.first_factor_verification;
    assert.equal(verification.object, 'verification_saml');
    assert.equal(verification.status, 'unverified');
    const authorizeUrl = new URL(verification.external_verification_redirect_url);
    assert.equal(authorizeUrl.pathname, '/__dev/oauth/enterprise/authorize');
    assert.equal(authorizeUrl.searchParams.get('login_hint'), 'jane@acme.test');
    assert.equal(authorizeUrl.searchParams.get('code_challenge_method'), 'S256');

    const { page, html, location } = await atIdentityProvider(server, authorizeUrl.href, NEW_JANE);
    assert.equal(page.status, 200);
    assert.match(html, /value="jane@acme.test"/, 'the login hint prefills the new account');
    const back = await arrive(browser, location);
    assert.equal(back.status, 303);
    assert.equal(back.target, CALLBACK, 'nobody has the address yet: back to the app to transfer');

    const after = await fapi(browser, 'get', SIGN_IN, `${SIGN_INS}/${prepared.id}`);
    assert.equal(after.body.response.first_factor_verification.status, 'transferable');
    const signUp = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { transfer: true } });
    assert.equal(signUp.body.response.status, 'complete');
    assert.equal(signUp.body.response.email_address, 'jane@acme.test');
    assert.equal(signUp.body.response.verifications.external_account.object, 'verification_saml');

    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.first_name, 'Jane');
    assert.equal(me.body.response.email_addresses[0].verification.status, 'verified');
    assertEnterpriseAccount(me.body.response, 'jane@acme.test');
  });

  it('an existing user is signed in by the callback, which goes to action_complete_redirect_url', async () => {
    await signUpUser(server, 'jane@acme.test');
    const { prepared } = await startEnterprise(browser, 'jane@acme.test');
    // The identity provider vouches for its own domain, whatever the test identity's checkbox says.
    const back = await throughIdentityProvider(server, browser, prepared, { ...NEW_JANE, email_verified: 'false' });
    assert.equal(back.target, DONE);
    const client = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sessions.length, 1);
    assert.equal(client.body.response.sign_in, null);
    const user = client.body.response.sessions[0].user;
    assertEnterpriseAccount(user, 'jane@acme.test');
    assert.deepEqual(user.external_accounts, [], 'an enterprise account is no OAuth account');
  });

  it('an account whose domain the instance dropped stays listed, inactive and without a connection', async () => {
    await signUpUser(server, 'jane@acme.test');
    const { prepared } = await startEnterprise(browser, 'jane@acme.test');
    await throughIdentityProvider(server, browser, prepared, NEW_JANE);
    const patched = await server.app.request('/__dev/instance', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: PAGE_ORIGIN },
      body: JSON.stringify({ enterprise_sso: { domains: ['other.test'] } }),
    });
    assert.equal(patched.status, 200);
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    const [account] = me.body.response.enterprise_accounts;
    assert.equal(account.active, false);
    assert.equal(account.enterprise_connection, null);
    assert.equal(me.body.response.saml_accounts[0].saml_connection, null);
  });

  it('a password, a code or a link are refused for an enterprise address', async () => {
    await signUpUser(server, 'jane@acme.test');
    const withPassword = await fapi(browser, 'post', SIGN_INS, SIGN_INS, {
      form: { identifier: 'jane@acme.test', password: 'correct horse battery' },
    });
    assert.equal(errorCode(withPassword.body), 'strategy_for_user_invalid');
    const { body } = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier: 'jane@acme.test' } });
    const id = body.response.id as string;
    const attempt = await fapi(browser, 'post', ATTEMPT, `${SIGN_INS}/${id}/attempt_first_factor`, {
      form: { strategy: 'password', password: 'correct horse battery' },
    });
    assert.equal(errorCode(attempt.body), 'strategy_for_user_invalid');
    const code = await fapi(browser, 'post', PREPARE, `${SIGN_INS}/${id}/prepare_first_factor`, {
      form: { strategy: 'email_code' },
    });
    assert.equal(errorCode(code.body), 'strategy_for_user_invalid');
  });

  it('enterprise_sso is refused for other domains, and without a redirect_url', async () => {
    await signUpUser(server, 'bob@example.com');
    const { body } = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier: 'bob@example.com' } });
    const path = `${SIGN_INS}/${body.response.id}/prepare_first_factor`;
    const other = await fapi(browser, 'post', PREPARE, path, {
      form: { strategy: 'enterprise_sso', redirect_url: CALLBACK },
    });
    assert.equal(errorCode(other.body), 'strategy_for_user_invalid');
    const jane = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { identifier: 'jane@acme.test' } });
    const missing = await fapi(browser, 'post', PREPARE, `${SIGN_INS}/${jane.body.response.id}/prepare_first_factor`, {
      form: { strategy: 'enterprise_sso' },
    });
    assert.equal(errorCode(missing.body), 'form_param_missing');
  });

  it('an identity of another domain fails the verification; the state is single-use', async () => {
    const { prepared } = await startEnterprise(browser, 'jane@acme.test');
    const back = await throughIdentityProvider(server, browser, prepared, {
      ...NEW_JANE,
      email_address: 'mallory@evil.test',
    });
    assert.equal(back.target, CALLBACK);
    const after = await fapi(browser, 'get', SIGN_IN, `${SIGN_INS}/${prepared.id}`);
    assert.equal(after.body.response.first_factor_verification.status, 'failed');
    const replay = await arrive(browser, back.location);
    assert.equal(replay.status, 400, 'the same state and code a second time are refused');
  });
});
