/**
 * Regression tests for the error boundary and the body limits (issue 6): no input reaches a 5xx or a
 * non-envelope answer, on any mount, with any method, whatever the body.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type DevServer, startDevServer } from '../index.js';
import { errorCode, fapi, makeServer, TestBrowser, type TestServer } from './helpers.js';

const Q = '__clerk_api_version=2026-05-12&_clerk_js_version=0.1.0-test';
const DEEP = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;

/** Sends raw bytes and returns the raw HTTP answer: the only way to send what `fetch` refuses to. */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () => done(answer));
    socket.on('error', fail);
    socket.setTimeout(5_000, () => {
      socket.destroy();
      done(answer);
    });
  });
}

function envelopeOf(raw: string): { status: number; body: { errors: Array<{ code: string }> } } {
  const status = Number(raw.slice(9, 12));
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return { status, body: JSON.parse(body) };
}

describe('bodies that used to answer 500', () => {
  let server: TestServer;
  before(async () => {
    server = await makeServer();
  });

  it('unsafe_metadata nested 20,000 levels in a JSON body → 400 request_body_invalid', async () => {
    const browser = new TestBrowser(server.app);
    const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      rawBody: `{"email_address":"deep+clerk_test@example.com","unsafe_metadata":${DEEP}}`,
      contentType: 'application/json',
    });
    assert.equal(res.status, 400);
    assert.equal(errorCode(body), 'request_body_invalid');
  });

  it('unsafe_metadata nested 20,000 levels in a form value → 422 naming the param', async () => {
    const browser = new TestBrowser(server.app);
    const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { email_address: 'deep+clerk_test@example.com', unsafe_metadata: DEEP },
    });
    assert.equal(res.status, 422);
    assert.equal(body.errors[0].meta.param_name, 'unsafe_metadata');
  });

  it('unsafe_metadata 11 levels deep or over 8 KB → 422 form_param_value_invalid; 10 levels is fine', async () => {
    const nest = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const cases: Array<[string, number]> = [
      [nest(11), 422],
      [JSON.stringify({ big: 'x'.repeat(9_000) }), 422],
      [nest(10), 200],
    ];
    for (const [metadata, status] of cases) {
      const browser = new TestBrowser(server.app);
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: 'meta+clerk_test@example.com', unsafe_metadata: metadata },
      });
      assert.equal(res.status, status, metadata.slice(0, 40));
      if (status === 422) assert.equal(errorCode(body), 'form_param_value_invalid');
      else assert.equal(JSON.stringify(body.response.unsafe_metadata), metadata);
    }
  });

  it('multipart without a boundary, or with a broken one → 400 request_body_invalid', async () => {
    for (const [contentType, rawBody] of [
      ['multipart/form-data', 'email_address=x'],
      ['multipart/form-data; boundary=zz', '--zz\r\nbroken'],
      ['multipart/form-data; boundary=', '--\r\n\r\n'],
    ] as const) {
      const browser = new TestBrowser(server.app);
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        rawBody,
        contentType,
      });
      assert.equal(res.status, 400, contentType);
      assert.equal(errorCode(body), 'request_body_invalid');
    }
  });

  it('a well-formed multipart body is still read', async () => {
    const browser = new TestBrowser(server.app);
    const form = new FormData();
    form.set('email_address', 'multi+clerk_test@example.com');
    const request = new Request('http://x', { method: 'POST', body: form });
    const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      rawBody: await request.text(),
      contentType: request.headers.get('content-type') ?? '',
    });
    assert.equal(res.status, 200);
    assert.equal(body.response.email_address, 'multi+clerk_test@example.com');
  });

  it('bodies over 1 MiB, over 1,000 params, or JSON over 32 levels → 413/400 envelopes', async () => {
    const cases: Array<[string, string, number]> = [
      ['application/x-www-form-urlencoded', `a=${'x'.repeat(1024 * 1024)}`, 413],
      ['application/x-www-form-urlencoded', Array.from({ length: 1_001 }, (_, i) => `k${i}=1`).join('&'), 400],
      ['application/json', `{"x":${'['.repeat(33)}${']'.repeat(33)}}`, 400],
      ['application/json', '{"x":', 400],
      ['application/json', '[1]', 400],
    ];
    for (const [contentType, rawBody, status] of cases) {
      const browser = new TestBrowser(server.app);
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
        rawBody,
        contentType,
      });
      assert.equal(res.status, status, rawBody.slice(0, 40));
      assert.equal(errorCode(body), 'request_body_invalid');
    }
  });
});

describe('methods and requests Node refuses, over real HTTP', () => {
  for (const demo of [false, true]) {
    describe(demo ? 'demo mode' : 'FAPI at the root', () => {
      let server: DevServer;
      before(async () => {
        server = await startDevServer({ port: 0, dbFile: ':memory:', quiet: true, demo, rateLimit: false });
      });
      after(() => server.close());

      const paths = demo ? ['/', '/__clerk/v1/client', '/__dev/mailbox', '/dist/x.js'] : ['/v1/client', '/__dev/'];
      for (const path of paths) {
        for (const method of ['TRACE', 'PROPFIND', 'CONNECT', 'FOO']) {
          it(`${method} ${path} → a 4xx error envelope`, async () => {
            const target = method === 'CONNECT' ? 'localhost:1' : `${path}?${Q}`;
            const raw = await rawRequest(
              server.url,
              `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
            );
            const { status, body } = envelopeOf(raw);
            assert.ok(status >= 400 && status < 500, raw.slice(0, 200));
            assert.match(body.errors[0]?.code ?? '', /^(request_method_invalid|request_body_invalid)$/);
          });
        }
      }

      it('a garbage request line, a bad Host and an unknown path answer envelopes; the server keeps serving', async () => {
        for (const text of ['GARBAGE\r\n\r\n', 'GET /v1/client HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n']) {
          const { status, body } = envelopeOf(await rawRequest(server.url, text));
          assert.equal(status, 400);
          assert.equal(body.errors[0]?.code, 'request_body_invalid');
        }
        const missing = await fetch(`${server.url}/__dev/nothing-here`);
        assert.equal(missing.status, 404);
        assert.equal(
          ((await missing.json()) as { errors: Array<{ code: string }> }).errors[0]?.code,
          'resource_not_found',
        );
        const env = await fetch(`${server.fapiUrl}/v1/environment?${Q}`);
        assert.equal(env.status, 200);
      });
    });
  }
});
