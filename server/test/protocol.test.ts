import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { defaultInstanceConfig, publishableKeyFor } from '../instance.js';
import { errorCode, fapi, makeServer, PAGE_ORIGIN, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { expectValid } from './openapi-validator.js';

describe('wire protocol', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer();
    browser = new TestBrowser(server.app);
  });

  it('publishable key is pk_test_ + base64(host + "$") and decodes to a host with a dot', () => {
    const key = publishableKeyFor(defaultInstanceConfig);
    assert.match(key, /^pk_test_[A-Za-z0-9+/]+$/);
    assert.equal(key.split('_').length, 3);
    const decoded = Buffer.from(key.slice('pk_test_'.length), 'base64').toString();
    assert.equal(decoded, 'latch-dev.localhost$');
  });

  it('GET and PATCH /v1/environment return the bare Environment, URLs on the page origin', async () => {
    const { body } = await fapi(browser, 'get', '/v1/environment', '/v1/environment');
    assert.equal(body.display_config.application_name, 'Latch Dev');
    assert.equal(body.display_config.instance_environment_type, 'development');
    assert.equal(body.display_config.home_url, `${PAGE_ORIGIN}/`);
    assert.equal(body.display_config.sign_in_url, `${PAGE_ORIGIN}/#/sign-in`);
    assert.equal(body.auth_config.single_session_mode, true);
    assert.equal(body.user_settings.attributes.email_address.verify_at_sign_up, true);
    assert.deepEqual(body.user_settings.attributes.email_address.first_factors, ['email_code']);
    assert.equal(body.user_settings.attributes.username.enabled, false);
    assert.equal(body.user_settings.password_settings.min_length, 8);
    assert.equal(body.user_settings.sign_up.mode, 'public');
    assert.deepEqual(body.user_settings.attack_protection.user_lockout, {
      enabled: true,
      max_attempts: 10,
      duration_in_minutes: 60,
    });
    const patched = await fapi(browser, 'patch', '/v1/environment', '/v1/environment');
    assert.deepEqual(patched.body, body);
  });

  it('GET /v1/client without a client → {response: null, client: null}', async () => {
    const { body } = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.deepEqual(body, { response: null, client: null });
  });

  it('PUT /v1/client creates a client and an HttpOnly, SameSite=Lax, signed __client cookie', async () => {
    const { res, body } = await fapi(browser, 'put', '/v1/client', '/v1/client');
    assert.match(body.response.id, /^client_/);
    assert.deepEqual(body.response.sessions, []);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__client='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
    const again = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(again.body.response.id, body.response.id);
  });

  it('a tampered __client cookie is ignored', async () => {
    await fapi(browser, 'put', '/v1/client', '/v1/client');
    const value = browser.cookies.get('__client') ?? '';
    browser.cookies.set('__client', `${value.split('.')[0]}.forged`);
    const { body } = await fapi(browser, 'get', '/v1/client', '/v1/client');
    assert.equal(body.response, null);
  });

  describe('dev browser', () => {
    it('POST /v1/dev_browser returns a token; requests with it share one client without cookies', async () => {
      const res = await browser.call('post', '/v1/dev_browser');
      // The spec documents this 200 without a body schema: check our own shape.
      await expectValid('/v1/dev_browser', 'post', res);
      const body = (await res.json()) as { object: string; id: string };
      assert.equal(res.status, 200);
      assert.equal(body.object, 'dev_browser');
      assert.equal(typeof body.id, 'string');
      browser.devBrowserToken = body.id;

      const created = await fapi(browser, 'put', '/v1/client', '/v1/client');
      browser.cookies.clear();
      const read = await fapi(browser, 'get', '/v1/client', '/v1/client');
      assert.equal(read.body.response.id, created.body.response.id);
    });

    it('a bad token → 401 dev_browser_unauthenticated', async () => {
      for (const token of ['garbage', 'dvb_abc.def', '']) {
        browser.devBrowserToken = token || null;
        const res = await browser.call('get', '/v1/client', { query: token === '' ? { __clerk_db_jwt: '' } : {} });
        const body = await expectValid('/v1/client', 'get', res);
        assert.equal(res.status, 401, `token ${JSON.stringify(token)}`);
        assert.equal(errorCode(body), 'dev_browser_unauthenticated');
      }
    });

    it('a fresh dev browser adopts the client of the cookie', async () => {
      const created = await fapi(browser, 'put', '/v1/client', '/v1/client');
      const token = ((await (await browser.call('post', '/v1/dev_browser')).json()) as { id: string }).id;
      browser.devBrowserToken = token;
      await fapi(browser, 'get', '/v1/client', '/v1/client');
      browser.cookies.clear();
      const read = await fapi(browser, 'get', '/v1/client', '/v1/client');
      assert.equal(read.body.response.id, created.body.response.id);
    });
  });

  describe('method override and bodies', () => {
    it('POST + _method=PATCH is routed as PATCH; a real PATCH works too', async () => {
      const viaOverride = await browser.call('patch', '/v1/environment');
      assert.equal(viaOverride.status, 200);
      const real = await browser.call('patch', '/v1/environment', { realMethod: true });
      assert.equal(real.status, 200);
      const put = await browser.call('put', '/v1/client', { realMethod: true });
      assert.equal(put.status, 200);
    });

    it('an unusable _method → 400 form_param_value_invalid', async () => {
      const res = await browser.call('post', '/v1/client', { query: { _method: 'TRACE' } });
      const body = await expectValid('/v1/client', 'post', res);
      assert.equal(res.status, 400);
      assert.equal(errorCode(body), 'form_param_value_invalid');
      assert.equal(body.errors[0].meta.param_name, '_method');
    });

    it('an unusable _method on a path the FAPI does not serve → its 404, not a 400 (fuzz: /oauth/register)', async () => {
      const res = await browser.call('post', '/oauth/register', { query: { _method: 'GET' } });
      assert.equal(res.status, 404);
      assert.equal(errorCode((await res.json()) as { errors: Array<{ code: string }> }), 'resource_not_found');
      const withId = await browser.call('post', '/v1/client/sign_ins/sia_nope', { query: { _method: 'GET' } });
      assert.equal(withId.status, 400, 'a served path with an id parameter still reads the override as unusable');
    });

    it('JSON bodies are accepted; malformed JSON → 400 request_body_invalid', async () => {
      const ok = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        json: { email_address: 'json@example.com', unsafe_metadata: { a: 1 } },
      });
      assert.equal(ok.body.response.email_address, 'json@example.com');
      assert.deepEqual(ok.body.response.unsafe_metadata, { a: 1 });
      const bad = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        rawBody: '{"email_address":',
        contentType: 'application/json',
      });
      assert.equal(bad.res.status, 400);
      assert.equal(errorCode(bad.body), 'request_body_invalid');
    });

    it('"" means null on the wire', async () => {
      const { body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: 'x@example.com', first_name: '' },
      });
      assert.equal(body.response.first_name, null);
    });

    it('a name longer than 256 characters → 422 form_param_max_length_exceeded on that field', async () => {
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: 'long@example.com', first_name: 'é'.repeat(257) },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'form_param_max_length_exceeded');
      assert.equal(body.errors[0].meta.param_name, 'first_name');
      const ok = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: 'long@example.com', first_name: 'é'.repeat(256) },
      });
      assert.equal(ok.body.response.first_name.length, 256);
    });

    it('unknown paths → 404 resource_not_found envelope', async () => {
      const res = await browser.call('get', '/v1/nope');
      assert.equal(res.status, 404);
      assert.equal(errorCode(await res.json()), 'resource_not_found');
    });
  });

  describe('origin and CORS', () => {
    it('a foreign Origin → 403 origin_invalid', async () => {
      browser.origin = 'https://evil.example';
      const res = await browser.call('get', '/v1/client');
      const body = await expectValid('/v1/client', 'get', res);
      assert.equal(res.status, 403);
      assert.equal(errorCode(body), 'origin_invalid');
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('allowed origins get credentialed CORS headers', async () => {
      for (const origin of [PAGE_ORIGIN, 'http://127.0.0.1:8080', 'http://localhost']) {
        browser.origin = origin;
        const res = await browser.call('get', '/v1/environment');
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('Access-Control-Allow-Origin'), origin);
        assert.equal(res.headers.get('Access-Control-Allow-Credentials'), 'true');
        assert.match(res.headers.get('Vary') ?? '', /Origin/);
      }
    });

    it('configured origins are allowed', async () => {
      const configured = await makeServer({ app: { allowedOrigins: ['https://app.example.test/'] } });
      const res = await new TestBrowser(configured.app, 'https://app.example.test').call('get', '/v1/environment');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), 'https://app.example.test');
    });

    it('answers preflights', async () => {
      const res = await server.app.request('/v1/client', {
        method: 'OPTIONS',
        headers: {
          Origin: PAGE_ORIGIN,
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), PAGE_ORIGIN);
      assert.match(res.headers.get('Access-Control-Allow-Methods') ?? '', /PATCH/);
      assert.equal(res.headers.get('Access-Control-Allow-Headers'), 'content-type');
    });

    it('pages opened from disk (Origin: null) are served, but only by their dev-browser token, never the cookie', async () => {
      // A browser signed in on the demo: it holds the HttpOnly __client cookie.
      await signUpUser(server, 'disk-page@example.com');
      const demo = new TestBrowser(server.app);
      await fapi(demo, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
        form: { identifier: 'disk-page@example.com', password: 'correct horse battery', strategy: 'password' },
      });
      assert.ok(demo.cookies.has('__client'));

      // The same browser on a file:// page (or any sandboxed frame): the cookie goes along, and must not count.
      const disk = new TestBrowser(server.app, 'null');
      disk.cookies = new Map(demo.cookies);
      const anonymous = await disk.call('get', '/v1/client');
      assert.equal(anonymous.status, 200);
      assert.equal(anonymous.headers.get('Access-Control-Allow-Origin'), 'null');
      assert.equal((await expectValid('/v1/client', 'get', anonymous)).response, null);
      const environment = await disk.call('get', '/v1/environment');
      await expectValid('/v1/environment', 'get', environment);
      assert.equal(environment.status, 200);

      // With its own dev browser it gets a client of its own, and no cookie is set for it.
      const created = await disk.call('post', '/v1/dev_browser');
      disk.devBrowserToken = ((await created.json()) as { id: string }).id;
      disk.cookies.clear();
      const signIn = await fapi(disk, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
        form: { identifier: 'disk-page@example.com', password: 'correct horse battery', strategy: 'password' },
      });
      assert.equal(signIn.body.response.status, 'complete');
      assert.equal(disk.cookies.size, 0);
      const again = await fapi(disk, 'get', '/v1/client', '/v1/client');
      assert.equal(again.body.response.sessions.length, 1);
    });

    it('requests without Origin (curl, server-side) are allowed', async () => {
      browser.origin = null;
      const res = await browser.call('get', '/v1/environment');
      assert.equal(res.status, 200);
    });
  });

  it('rate limits credential endpoints with 429 too_many_requests and Retry-After', async () => {
    const limited = await makeServer({ app: { rateLimit: { max: 2, windowMs: 60_000 } } });
    const b = new TestBrowser(limited.app);
    for (let i = 0; i < 2; i++) {
      const ok = await b.call('post', '/v1/client/sign_ins', { form: {} });
      assert.equal(ok.status, 200);
    }
    const res = await b.call('post', '/v1/client/sign_ins', { form: {} });
    const body = await expectValid('/v1/client/sign_ins', 'post', res);
    assert.equal(res.status, 429);
    assert.equal(errorCode(body), 'too_many_requests');
    assert.equal(res.headers.get('Retry-After'), '60');
    assert.match(res.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    // Reads are not limited; the window reopens after it passes.
    assert.equal((await b.call('get', '/v1/client')).status, 200);
    limited.clock.advance(30_000);
    assert.equal((await b.call('post', '/v1/client/sign_ins', { form: {} })).headers.get('Retry-After'), '30');
    limited.clock.advance(30_000);
    assert.equal((await b.call('post', '/v1/client/sign_ins', { form: {} })).status, 200);
  });

  describe('dev mailbox', () => {
    it('lists newest first, filters by recipient, clears, and escapes the HTML page', async () => {
      server.dev.mailbox.send({ to: 'a@example.com', subject: 'first', text: 'one', code: '111111' });
      server.clock.advance(1000);
      server.dev.mailbox.send({
        to: 'b@example.com',
        subject: '<script>alert(1)</script>',
        text: 'two',
        code: '222222',
      });
      const all = (await (await server.app.request('/__dev/mailbox')).json()) as {
        data: Array<Record<string, unknown>>;
      };
      assert.deepEqual(
        all.data.map((m) => m.code),
        ['222222', '111111'],
      );
      assert.deepEqual(Object.keys(all.data[0] ?? {}).sort(), ['code', 'created_at', 'id', 'subject', 'text', 'to']);
      const filtered = (await (await server.app.request('/__dev/mailbox?to=A@example.com')).json()) as {
        data: unknown[];
      };
      assert.equal(filtered.data.length, 1);

      const page = await server.app.request('/__dev');
      const html = await page.text();
      assert.match(page.headers.get('Content-Type') ?? '', /text\/html/);
      assert.ok(!html.includes('<script>'));
      assert.ok(html.includes('&#60;script&#62;'));
      assert.ok(html.includes('<p class="code"'), 'codes stand out');
      const css = await server.app.request('/__dev/mailbox.css');
      assert.match(css.headers.get('Content-Type') ?? '', /text\/css/);
      assert.match(page.headers.get('Content-Security-Policy') ?? '', /style-src 'self'/);

      const cleared = await server.app.request('/__dev/mailbox', { method: 'DELETE' });
      assert.equal(cleared.status, 200);
      assert.deepEqual(((await (await server.app.request('/__dev/mailbox')).json()) as { data: unknown[] }).data, []);
    });
  });

  it('the FAPI is also reachable under /__clerk', async () => {
    const proxied = new TestBrowser(server.app, PAGE_ORIGIN, '/__clerk');
    const { body } = await fapi(proxied, 'put', '/v1/client', '/v1/client');
    assert.match(body.response.id, /^client_/);
    const sessions = await proxied.call('delete', '/v1/client/sessions');
    assert.equal(sessions.status, 200);
  });
});
