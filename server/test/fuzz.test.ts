/**
 * Property-based fuzzing of every dev-server route (issue 6): whatever the method, encoding, body, headers and
 * path ids, the answer is a spec-valid Clerk error or success, never a 5xx, and the server keeps answering.
 * `npm test` runs it with a fixed seed and bounded runs; `npm run fuzz` runs longer (FUZZ_SEED, FUZZ_RUNS).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { createApp, FAPI_PREFIX } from '../http/app.js';
import { createFapiApp } from '../http/fapi-app.js';
import {
  FUZZ_RUNS,
  FUZZ_SEED,
  type FuzzRequest,
  fuzzRequest,
  honoRoutes,
  type KnownState,
  type RouteTemplate,
  specRoutes,
  uniqueRoutes,
} from './fuzz-requests.js';
import { fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';
import { OpenApiValidator } from './openapi-validator.js';

const validator = new OpenApiValidator();
const OVERRIDABLE = new Set(['PATCH', 'PUT', 'DELETE']);

/** The method the FAPI routes on: POST + a valid `_method` becomes that method. */
function effectiveMethod(request: FuzzRequest): string {
  const override = request.query._method?.toUpperCase();
  return request.method === 'POST' && override && OVERRIDABLE.has(override) ? override : request.method;
}

function isEnvelope(body: unknown): boolean {
  const errors = (body as { errors?: unknown })?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return false;
  return errors.every(
    (e) =>
      typeof e?.code === 'string' &&
      typeof e?.message === 'string' &&
      typeof e?.long_message === 'string' &&
      typeof e?.meta === 'object',
  );
}

/** Statuses seen, by status: the run must reach handlers (2xx, 422…), not only bounce off the router. */
const seen = new Map<number, number>();

/** What is wrong with the server's answer to `request` ([] when it is a spec-valid success or error). */
async function problemsOf(app: Hono, request: FuzzRequest): Promise<string[]> {
  const url = `http://localhost${request.path}?${new URLSearchParams(request.query)}`;
  const res = await app.request(url, { method: request.method, headers: request.headers, body: request.body });
  seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
  const text = await res.text();
  const where = `${request.method} ${request.path} (${request.headers['Content-Type'] ?? 'no type'}) → ${res.status}`;
  if (res.status >= 500) return [`${where}: ${text.slice(0, 300)}`];
  if (request.method === 'HEAD' || res.status === 204 || res.status === 304) return [];
  const isJson = (res.headers.get('Content-Type') ?? '').includes('application/json');
  if (!isJson) return res.status >= 400 ? [`${where}: an error outside the envelope: ${text.slice(0, 200)}`] : [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`${where}: JSON content type, unparsable body`];
  }
  if (res.status >= 400 && !isEnvelope(body)) return [`${where}: not a Clerk error envelope: ${text.slice(0, 200)}`];
  const fapiPath = request.path.startsWith(FAPI_PREFIX) ? request.path.slice(FAPI_PREFIX.length) : request.path;
  const method = effectiveMethod(request);
  if (!validator.templateFor(method, fapiPath)) return [];
  return validator.problems(method, fapiPath, res.status, body);
}

/** A signed-in browser's real ids and cookie, so fuzzed requests also reach the handlers' deep paths. */
async function knownState(server: TestServer): Promise<KnownState> {
  await signUpUser(server, 'fuzz-owner+clerk_test@example.com');
  const browser = new TestBrowser(server.app);
  const devBrowser = await browser.call('post', '/v1/dev_browser');
  const token = ((await devBrowser.json()) as { id: string }).id;
  await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: 'fuzz-owner+clerk_test@example.com', password: 'correct horse battery' },
  });
  await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
    form: { email_address: 'half-done+clerk_test@example.com' },
  });
  const ids = ['sessions', 'sign_ins', 'sign_ups', 'users', 'email_addresses', 'clients'].flatMap((table) =>
    (server.dev.db.prepare(`SELECT id FROM ${table}`).all() as Array<{ id: string }>).map((row) => row.id),
  );
  return { ids, clientCookie: browser.cookies.get('__client') ?? '', devBrowserToken: token };
}

async function stillServes(app: Hono, server: TestServer, email: string): Promise<void> {
  const env = await app.request(`${FAPI_PREFIX}/v1/environment?__clerk_api_version=2026-05-12`);
  assert.equal(env.status, 200);
  await signUpUser(server, email);
}

describe(`fuzzing every dev-server route (seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs per mode)`, () => {
  for (const demo of [false, true]) {
    describe(demo ? 'demo mode (FAPI under /__clerk, demo page at /)' : 'FAPI at the root and under /__clerk', () => {
      let server: TestServer;
      let app: Hono;
      let routes: { implemented: RouteTemplate[]; all: RouteTemplate[] };
      let state: KnownState;

      before(async () => {
        const repoRoot = mkdtempSync(join(tmpdir(), 'latch-fuzz-'));
        writeFileSync(join(repoRoot, 'index.html'), '<!doctype html><title>fuzz</title>');
        server = await makeServer();
        // The demo app runs over the same context, so the state set up through the plain app is visible in it.
        app = demo ? createApp(server.dev, { demo, repoRoot, rateLimit: false }) : server.app;
        const prefixes = demo ? [FAPI_PREFIX] : ['', FAPI_PREFIX];
        const withPrefixes = (list: RouteTemplate[]) =>
          prefixes.flatMap((prefix) => list.map((r) => ({ ...r, template: `${prefix}${r.template}` })));
        const implemented = uniqueRoutes([
          ...withPrefixes(honoRoutes(createFapiApp(server.dev).app)),
          ...honoRoutes(app),
          ...(demo ? [{ method: 'GET', template: '/dist/{file}' }] : []),
        ]);
        routes = { implemented, all: uniqueRoutes([...implemented, ...withPrefixes(specRoutes())]) };
        state = await knownState(server);
      });

      it('enumerates the spec operations and every route the hono apps register', () => {
        const has = (method: string, template: string) =>
          routes.implemented.some((r) => r.method === method && r.template === template);
        assert.ok(has('POST', `${FAPI_PREFIX}/v1/client/sign_ups/{id}/attempt_verification`));
        assert.ok(has('DELETE', '/__dev/mailbox'));
        assert.ok(routes.all.length > 150, `${routes.all.length} routes`);
      });

      it('answers every fuzzed request with a spec-valid success or Clerk error, never a 5xx', async () => {
        await fc.assert(
          fc.asyncProperty(fuzzRequest(routes, state), async (request) => {
            const problems = await problemsOf(app, request);
            assert.deepEqual(problems, []);
          }),
          { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, endOnFailure: true },
        );
        // Most requests must get past the Origin and method guards into the handlers, and some must succeed.
        const total = [...seen.values()].reduce((sum, n) => sum + n, 0);
        const guarded = (seen.get(403) ?? 0) + (seen.get(405) ?? 0);
        if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(seen));
        assert.ok(
          [...seen.keys()].some((status) => status < 300),
          `statuses: ${[...seen.keys()]}`,
        );
        assert.ok(guarded < total / 2, `${guarded} of ${total} requests stopped at the guards`);
      });

      it('keeps answering afterwards: environment, then a whole sign-up', async () => {
        await stillServes(app, server, `after-fuzz-${demo ? 'demo' : 'root'}+clerk_test@example.com`);
      });
    });
  }
});

describe('no look-alike account, whatever is done to an existing address', () => {
  let server: TestServer;
  const VICTIM = 'victim+clerk_test@example.com';
  const HIDDEN = ['\u0000', '\u0007', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u2066', '\uFEFF'];

  before(async () => {
    server = await makeServer();
    await signUpUser(server, VICTIM);
  });

  it('case changes, NFD, surrounding space and hidden characters never create a second account', async () => {
    const variant = fc
      .record({
        upper: fc.array(fc.boolean(), { minLength: VICTIM.length, maxLength: VICTIM.length }),
        hidden: fc.array(fc.tuple(fc.nat(VICTIM.length), fc.constantFrom(...HIDDEN)), { maxLength: 3 }),
        nfd: fc.boolean(),
        space: fc.constantFrom('', ' ', '\t'),
      })
      .map(({ upper, hidden, nfd, space }) => {
        let text = [...VICTIM].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
        for (const [at, ch] of hidden) text = text.slice(0, at) + ch + text.slice(at);
        return `${space}${nfd ? text.normalize('NFD') : text}${space}`;
      });
    await fc.assert(
      fc.asyncProperty(variant, async (email) => {
        const browser = new TestBrowser(server.app);
        const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
          form: { email_address: email },
        });
        assert.equal(res.status, 422);
        assert.ok(['form_param_format_invalid', 'form_identifier_exists'].includes(body.errors[0].code));
      }),
      { seed: FUZZ_SEED, numRuns: Math.max(50, Math.floor(FUZZ_RUNS / 2)) },
    );
    const rows = server.dev.db.prepare('SELECT count(*) AS n FROM email_addresses').get() as { n: number };
    assert.equal(rows.n, 1);
  });
});
