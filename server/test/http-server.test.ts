import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { type DevServer, startDevServer } from '../index.js';
import { expectValid } from './openapi-validator.js';

const Q = '__clerk_api_version=2026-05-12&_clerk_js_version=0.1.0-test';

describe('startDevServer over real HTTP', () => {
  let server: DevServer;
  before(async () => {
    server = await startDevServer({ port: 0, dbFile: ':memory:', quiet: true });
  });
  after(() => server.close());

  it('listens on a free port and reports a publishable key', () => {
    assert.match(server.url, /^http:\/\/localhost:\d+$/);
    assert.notEqual(server.url, 'http://localhost:0');
    assert.match(server.publishableKey, /^pk_test_/);
  });

  it('runs a whole test-mode sign-up with a dev browser, then verifies the token with the remote JWKS', async () => {
    const origin = 'http://localhost:5173';
    const headers = { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' };
    const db = (await (await fetch(`${server.url}/v1/dev_browser?${Q}`, { method: 'POST', headers })).json()) as {
      id: string;
    };
    const q = `${Q}&__clerk_db_jwt=${encodeURIComponent(db.id)}`;

    const created = await fetch(`${server.url}/v1/client/sign_ups?${q}`, {
      method: 'POST',
      headers,
      body: 'email_address=http%2Bclerk_test%40example.com&password=correct+horse+battery',
    });
    assert.equal(created.headers.get('Access-Control-Allow-Origin'), origin);
    const signUp = (await expectValid('/v1/client/sign_ups', 'post', created)).response;
    await fetch(`${server.url}/v1/client/sign_ups/${signUp.id}/prepare_verification?${q}`, {
      method: 'POST',
      headers,
      body: 'strategy=email_code',
    });
    const done = await fetch(`${server.url}/v1/client/sign_ups/${signUp.id}/attempt_verification?${q}`, {
      method: 'POST',
      headers,
      body: 'strategy=email_code&code=424242',
    });
    const body = await expectValid('/v1/client/sign_ups/{sign_up_id}/attempt_verification', 'post', done);
    assert.equal(body.response.status, 'complete');

    const tokenRes = await fetch(`${server.url}/v1/client/sessions/${body.response.created_session_id}/tokens?${q}`, {
      method: 'POST',
      headers,
    });
    const { jwt } = (await tokenRes.json()) as { jwt: string };
    const keys = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(jwt, keys, { issuer: server.url });
    assert.equal(payload.sub, body.response.created_user_id);
    assert.equal(payload.azp, origin);
  });

  it('answers a real PATCH and a POST + _method=DELETE', async () => {
    const patched = await fetch(`${server.url}/v1/environment?${Q}`, { method: 'PATCH' });
    assert.equal(patched.status, 200);
    const deleted = await fetch(`${server.url}/v1/client?${Q}&_method=DELETE`, { method: 'POST' });
    assert.deepEqual(await deleted.json(), { response: null, client: null });
  });
});

describe('demo mode', () => {
  let server: DevServer;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'latch-demo-'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><title>demo</title><script type="module" src="/dist/latch.js"></script>',
    );
    mkdirSync(join(root, 'dist', 'sub'), { recursive: true });
    writeFileSync(join(root, 'dist', 'latch.js'), 'export const ok = true;');
    writeFileSync(join(root, 'dist', 'sub', 'style.css'), 'body{}');
    writeFileSync(join(root, 'secret.txt'), 'do not serve');
    server = await startDevServer({ port: 0, demo: true, dbFile: ':memory:', repoRoot: root, quiet: true });
  });
  after(() => server.close());

  it('serves index.html at / with the strict CSP', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', /text\/html/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(await res.text(), /<title>demo<\/title>/);
  });

  it("answers index.html for the demo app's pages and every path below them (path routing, reloads)", async () => {
    for (const path of [
      '/sign-in',
      '/sign-in/factor-one',
      '/sign-up/verify-email-address',
      '/waitlist',
      '/protected',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('Content-Security-Policy') ?? '', /script-src 'self'/, path);
      assert.match(await res.text(), /<title>demo<\/title>/, path);
    }
    assert.equal((await fetch(`${server.url}/sign-inx`)).status, 404);
  });

  it('serves dist files with content types', async () => {
    const js = await fetch(`${server.url}/dist/latch.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('Content-Type') ?? '', /text\/javascript/);
    const css = await fetch(`${server.url}/dist/sub/style.css`);
    assert.match(css.headers.get('Content-Type') ?? '', /text\/css/);
    assert.equal((await fetch(`${server.url}/dist/missing.js`)).status, 404);
  });

  it('refuses path traversal out of dist/', async () => {
    for (const path of ['/dist/..%2fsecret.txt', '/dist/%2e%2e/secret.txt', '/dist/sub/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /do not serve/);
    }
  });

  it('mounts the FAPI under /__clerk, the JWKS at the root, and the mailbox at /__dev', async () => {
    assert.equal(server.fapiUrl, `${server.url}/__clerk`);
    const client = await fetch(`${server.fapiUrl}/v1/client?${Q}`);
    assert.deepEqual(await client.json(), { response: null, client: null });
    const jwks = await fetch(`${server.url}/.well-known/jwks.json`);
    assert.equal(((await jwks.json()) as { keys: unknown[] }).keys.length, 1);
    assert.equal((await fetch(`${server.fapiUrl}/.well-known/jwks.json`)).status, 200);
    assert.equal((await fetch(`${server.url}/__dev/mailbox`)).status, 200);
    // The bare /v1 paths belong to the page in demo mode.
    assert.equal((await fetch(`${server.url}/v1/client`)).status, 404);
  });
});
