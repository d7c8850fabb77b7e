import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { authorize, callback } from './oauth-helpers.js';
import { expectValid } from './openapi-validator.js';

const SIGN_INS = '/v1/client/sign_ins';
const SIGN_UPS = '/v1/client/sign_ups';
const APP = `${PAGE_ORIGIN}/sign-in`;
const CALLBACK = `${APP}#/sso-callback`;
const DONE = `${PAGE_ORIGIN}/dashboard`;

const NEW_GOOGLE_USER = {
  new: '1',
  email_address: 'grace@example.com',
  first_name: 'Grace',
  last_name: 'Hopper',
  email_verified: 'true',
};

async function startSignIn(browser: TestBrowser, strategy = 'oauth_google') {
  const { res, body } = await fapi(browser, 'post', SIGN_INS, SIGN_INS, {
    form: { strategy, redirect_url: CALLBACK, action_complete_redirect_url: DONE },
  });
  assert.equal(res.status, 200);
  return body.response;
}

describe('OAuth through the mock provider', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeEach(async () => {
    server = await makeServer({ instance: { social: { oauth_google: true, oauth_github: true } } });
    browser = new TestBrowser(server.app);
  });

  it('the environment lists the providers, on and off', async () => {
    const { body } = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(body.user_settings.social.oauth_google.enabled, true);
    assert.equal(body.user_settings.social.oauth_microsoft.enabled, false);
    assert.equal(body.user_settings.social.oauth_github.name, 'GitHub');
  });

  it('a new account: transferable sign-in → sign-up with transfer=true completes, with the external account', async () => {
    const signIn = await startSignIn(browser);
    assert.equal(signIn.status, 'needs_identifier');
    const verification = signIn.first_factor_verification;
    assert.equal(verification.object, 'verification_oauth');
    assert.equal(verification.status, 'unverified');
    const authorizeUrl = new URL(verification.external_verification_redirect_url);
    assert.equal(authorizeUrl.pathname, '/__dev/oauth/google/authorize');
    assert.equal(authorizeUrl.searchParams.get('code_challenge_method'), 'S256');

    const { page, html, decision } = await authorize(server, authorizeUrl.href, NEW_GOOGLE_USER);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'self'/);
    assert.doesNotMatch(html, /<script|style=/);
    assert.equal(decision.status, 303);
    const back = await callback(browser, decision.headers.get('location') ?? '');
    assert.equal(back.res.status, 303);
    assert.equal(back.target, CALLBACK, 'not complete: back to the redirect URL to transfer');

    const after = await fapi(browser, 'get', `${SIGN_INS}/{sign_in_id}`, `${SIGN_INS}/${signIn.id}`);
    assert.equal(after.body.response.first_factor_verification.status, 'transferable');

    const signUp = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { transfer: true } });
    assert.equal(signUp.body.response.status, 'complete');
    assert.equal(signUp.body.response.email_address, 'grace@example.com');
    assert.equal(signUp.body.response.verifications.external_account.status, 'verified');

    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.equal(me.body.response.first_name, 'Grace');
    assert.equal(me.body.response.external_accounts[0].provider, 'oauth_google');
    assert.equal(me.body.response.email_addresses[0].verification.object, 'verification_from_oauth');
  });

  it('a known external account signs in at once and the callback goes to action_complete_redirect_url', async () => {
    const first = await startSignIn(browser);
    const done = await authorize(
      server,
      first.first_factor_verification.external_verification_redirect_url,
      NEW_GOOGLE_USER,
    );
    await callback(browser, done.decision.headers.get('location') ?? '');
    await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { transfer: true } });

    const again = new TestBrowser(server.app);
    const signIn = await startSignIn(again);
    const identityId = server.dev.oauthProvider.identities('google')[0]?.id ?? '';
    const chosen = await authorize(server, signIn.first_factor_verification.external_verification_redirect_url, {
      identity_id: identityId,
    });
    assert.match(chosen.html, /Grace Hopper/);
    const back = await callback(again, chosen.decision.headers.get('location') ?? '');
    assert.equal(back.target, DONE);
    const client = await fapi(again, 'get', '/v1/client', '/v1/client');
    assert.equal(client.body.response.sessions.length, 1);
  });

  it('a provider-verified email matching a user links the account (Clerk linking rule); an unverified one does not', async () => {
    await signUpUser(server, 'linus@example.com');
    const unverified = await startSignIn(browser);
    const denied = await authorize(server, unverified.first_factor_verification.external_verification_redirect_url, {
      ...NEW_GOOGLE_USER,
      email_address: 'linus@example.com',
      email_verified: 'false',
    });
    await callback(browser, denied.decision.headers.get('location') ?? '');
    const state = await fapi(browser, 'get', `${SIGN_INS}/{sign_in_id}`, `${SIGN_INS}/${unverified.id}`);
    assert.equal(state.body.response.first_factor_verification.status, 'transferable');
    const taken = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { transfer: true } });
    assert.equal(errorCode(taken.body), 'form_identifier_exists');

    const linked = await startSignIn(browser, 'oauth_github');
    const ok = await authorize(server, linked.first_factor_verification.external_verification_redirect_url, {
      ...NEW_GOOGLE_USER,
      email_address: 'linus@example.com',
    });
    const back = await callback(browser, ok.decision.headers.get('location') ?? '');
    assert.equal(back.target, DONE);
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    assert.deepEqual(
      me.body.response.external_accounts.map((a: { provider: string }) => a.provider),
      ['oauth_github'],
    );
  });

  it('sign-up with strategy=oauth_*: a new identity completes; a known one is transferable to sign-in', async () => {
    const created = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'oauth_google', redirect_url: CALLBACK, action_complete_redirect_url: DONE },
    });
    const url = created.body.response.verifications.external_account.external_verification_redirect_url;
    const done = await authorize(server, url, NEW_GOOGLE_USER);
    const back = await callback(browser, done.decision.headers.get('location') ?? '');
    assert.equal(back.target, DONE);

    const other = new TestBrowser(server.app);
    const again = await fapi(other, 'post', SIGN_UPS, SIGN_UPS, {
      form: { strategy: 'oauth_google', redirect_url: CALLBACK },
    });
    const identityId = server.dev.oauthProvider.identities('google')[0]?.id ?? '';
    const chosen = await authorize(
      server,
      again.body.response.verifications.external_account.external_verification_redirect_url,
      {
        identity_id: identityId,
      },
    );
    const returned = await callback(other, chosen.decision.headers.get('location') ?? '');
    assert.equal(returned.target, CALLBACK);
    const signUp = await fapi(other, 'get', `${SIGN_UPS}/{sign_up_id}`, `${SIGN_UPS}/${again.body.response.id}`);
    assert.equal(signUp.body.response.verifications.external_account.status, 'transferable');
    const signIn = await fapi(other, 'post', SIGN_INS, SIGN_INS, { form: { transfer: true } });
    assert.equal(signIn.body.response.status, 'complete');
  });

  it('a transfer needs more when the instance does (missing_requirements)', async () => {
    await fetchPatch(server, { last_name: { required: true } });
    const signIn = await startSignIn(browser);
    const done = await authorize(server, signIn.first_factor_verification.external_verification_redirect_url, {
      ...NEW_GOOGLE_USER,
      last_name: '',
    });
    await callback(browser, done.decision.headers.get('location') ?? '');
    const signUp = await fapi(browser, 'post', SIGN_UPS, SIGN_UPS, { form: { transfer: true } });
    assert.equal(signUp.body.response.status, 'missing_requirements');
    assert.deepEqual(signUp.body.response.missing_fields, ['last_name']);
  });

  it('refuses a disabled provider, a missing redirect_url and a foreign redirect_url', async () => {
    const off = await fapi(browser, 'post', SIGN_INS, SIGN_INS, {
      form: { strategy: 'oauth_apple', redirect_url: CALLBACK },
    });
    assert.equal(errorCode(off.body), 'form_param_value_invalid');
    const missing = await fapi(browser, 'post', SIGN_INS, SIGN_INS, { form: { strategy: 'oauth_google' } });
    assert.equal(errorCode(missing.body), 'form_param_missing');
    const foreign = await fapi(browser, 'post', SIGN_INS, SIGN_INS, {
      form: { strategy: 'oauth_google', redirect_url: 'https://evil.example/steal' },
    });
    assert.equal(errorCode(foreign.body), 'form_param_value_invalid');
  });

  it('state is single use, codes are single use and expire, the PKCE verifier and redirect URI are checked', async () => {
    const signIn = await startSignIn(browser);
    const authorizeUrl = signIn.first_factor_verification.external_verification_redirect_url;
    const done = await authorize(server, authorizeUrl, NEW_GOOGLE_USER);
    const location = done.decision.headers.get('location') ?? '';
    await callback(browser, location);
    // The same state again: refused (the flow is spent), in Clerk's envelope.
    const replay = await browser.call('get', '/v1/oauth_callback', {
      query: Object.fromEntries(new URL(location).searchParams),
    });
    assert.equal(replay.status, 400);
    await expectValid('/v1/oauth_callback', 'get', replay);
    // An unknown state.
    const forged = await browser.call('get', '/v1/oauth_callback', { query: { state: 'forged', code: 'x' } });
    assert.equal(forged.status, 400);

    // The code itself: single use, bound to the verifier and the redirect URI, short-lived.
    const provider = server.dev.oauthProvider;
    const identity = provider.identities('google')[0];
    assert.ok(identity);
    const callbackUrl = new URL(authorizeUrl).searchParams.get('redirect_uri') ?? '';
    const verifier = 'v'.repeat(43);
    const { pkceChallenge } = await import('../oauth/mock-provider.js');
    const code = provider.issueCode(identity, callbackUrl, pkceChallenge(verifier));
    assert.throws(() => provider.exchange(code, 'w'.repeat(43), callbackUrl), { longMessage: /PKCE/ });
    assert.throws(() => provider.exchange(code, verifier, callbackUrl), { longMessage: /already used/ });
    const other = provider.issueCode(identity, callbackUrl, pkceChallenge(verifier));
    assert.throws(() => provider.exchange(other, verifier, 'http://localhost/elsewhere'), {
      longMessage: /redirect URI/,
    });
    const late = provider.issueCode(identity, callbackUrl, pkceChallenge(verifier));
    server.clock.advance(3 * MINUTE);
    assert.throws(() => provider.exchange(late, verifier, callbackUrl), { longMessage: /expired/ });
  });

  it('a wrong code or "cancel" fails the verification and returns to the app', async () => {
    const signIn = await startSignIn(browser);
    const authorizeUrl = signIn.first_factor_verification.external_verification_redirect_url;
    const denied = await authorize(server, authorizeUrl, { deny: '1' });
    const location = new URL(denied.decision.headers.get('location') ?? '');
    assert.equal(location.searchParams.get('error'), 'access_denied');
    const back = await callback(browser, location.href);
    assert.equal(back.target, CALLBACK);
    const after = await fapi(browser, 'get', `${SIGN_INS}/{sign_in_id}`, `${SIGN_INS}/${signIn.id}`);
    assert.equal(after.body.response.first_factor_verification.status, 'failed');

    const retry = await startSignIn(browser);
    const state = new URL(retry.first_factor_verification.external_verification_redirect_url).searchParams.get('state');
    const wrong = await callback(browser, `http://localhost/v1/oauth_callback?state=${state}&code=nope`);
    assert.equal(wrong.target, CALLBACK);
  });

  it('the authorize page refuses a foreign redirect_uri, a missing PKCE challenge and escapes names', async () => {
    const signIn = await startSignIn(browser);
    const url = new URL(signIn.first_factor_verification.external_verification_redirect_url);
    const foreign = new URL(url);
    foreign.searchParams.set('redirect_uri', 'https://evil.example/v1/oauth_callback');
    const refused = await server.app.request(foreign.pathname + foreign.search);
    assert.equal(refused.status, 400);
    assert.equal(errorCode((await refused.json()) as never), 'form_param_format_invalid');
    const noPkce = new URL(url);
    noPkce.searchParams.delete('code_challenge');
    assert.equal((await server.app.request(noPkce.pathname + noPkce.search)).status, 400);

    await authorize(server, url.href, { ...NEW_GOOGLE_USER, first_name: '<img src=x onerror=alert(1)>' });
    const page = await server.app.request(url.pathname + url.search);
    const html = await page.text();
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&#60;img/);
  });
});

async function fetchPatch(server: TestServer, body: unknown): Promise<void> {
  const res = await server.app.request('/__dev/instance', {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.text());
}
