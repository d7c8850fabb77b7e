/**
 * Property: whatever a server (or a broken proxy, or the network) answers, every `FrontendApi` method of the
 * HTTP adapter either resolves to schema-checked data or rejects with a `LatchApiError` / `LatchRuntimeError`
 * carrying a stable code. Never another error type, never an unhandled rejection.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LatchApiError, LatchRuntimeError } from '../../../src/api/errors.js';
import type { FrontendApi } from '../../../src/api/fapi.js';
import { browserDevBrowserStore } from '../../../src/api/http/dev-browser-store.js';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import { fuzzParameters, fuzzTimeout } from '../../fuzz/settings.js';
import { clientJSON, environmentJSON, sessionJSON, signInJSON, userJSON } from './samples.js';

const T = 1_767_225_600_000;
const signUpJSON = () => ({
  object: 'sign_up_attempt',
  id: 'sua_1',
  status: 'missing_requirements',
  missing_fields: [],
  unverified_fields: ['email_address'],
  email_address: 'ada@example.com',
  unsafe_metadata: {},
  abandon_at: T,
});
const envelope = (response: unknown) => ({ response, client: clientJSON() });

/** Every FrontendApi method, called with plausible arguments, and a body its schema accepts. */
const OPERATIONS: Array<{
  name: string;
  call: (api: FrontendApi, id: string, metadata: Record<string, unknown>) => Promise<unknown>;
  valid: () => unknown;
}> = [
  { name: 'getEnvironment', call: (api) => api.getEnvironment(), valid: environmentJSON },
  { name: 'getClient', call: (api) => api.getClient(), valid: () => envelope(clientJSON()) },
  { name: 'createClient', call: (api) => api.createClient(), valid: () => envelope(clientJSON()) },
  { name: 'destroyClient', call: (api) => api.destroyClient(), valid: () => ({ response: null, client: null }) },
  {
    name: 'createSignIn',
    call: (api, id) => api.createSignIn({ identifier: id, password: id }),
    valid: () => envelope(signInJSON()),
  },
  { name: 'getSignIn', call: (api, id) => api.getSignIn(id), valid: () => envelope(signInJSON()) },
  {
    name: 'prepareSignInFirstFactor',
    call: (api, id) => api.prepareSignInFirstFactor(id, { strategy: 'email_code', emailAddressId: 'idn_1' }),
    valid: () => envelope(signInJSON()),
  },
  {
    name: 'attemptSignInFirstFactor',
    call: (api, id) => api.attemptSignInFirstFactor(id, { strategy: 'password', password: 'pw' }),
    valid: () => envelope(signInJSON()),
  },
  {
    name: 'createSignUp',
    call: (api, id, metadata) => api.createSignUp({ emailAddress: id, unsafeMetadata: metadata }),
    valid: () => envelope(signUpJSON()),
  },
  {
    name: 'updateSignUp',
    call: (api, id, metadata) => api.updateSignUp(id, { firstName: id, unsafeMetadata: metadata }),
    valid: () => envelope(signUpJSON()),
  },
  { name: 'getSignUp', call: (api, id) => api.getSignUp(id), valid: () => envelope(signUpJSON()) },
  {
    name: 'prepareSignUpVerification',
    call: (api, id) => api.prepareSignUpVerification(id, { strategy: 'email_code' }),
    valid: () => envelope(signUpJSON()),
  },
  {
    name: 'attemptSignUpVerification',
    call: (api, id) => api.attemptSignUpVerification(id, { strategy: 'email_code', code: id }),
    valid: () => envelope(signUpJSON()),
  },
  {
    name: 'touchSession',
    call: (api, id) => api.touchSession(id, { intent: 'focus' }),
    valid: () => envelope(sessionJSON()),
  },
  {
    name: 'createSessionToken',
    call: (api, id) => api.createSessionToken(id, { template: id }),
    valid: () => ({ object: 'token', jwt: 'a.b.c' }),
  },
  { name: 'endSession', call: (api, id) => api.endSession(id), valid: () => envelope(sessionJSON()) },
  { name: 'removeSession', call: (api, id) => api.removeSession(id), valid: () => envelope(sessionJSON()) },
  { name: 'endAllSessions', call: (api) => api.endAllSessions(), valid: () => ({ response: null, client: null }) },
  { name: 'getMe', call: (api) => api.getMe(), valid: () => envelope(userJSON()) },
];

// ---- what the fake network answers -----------------------------------------------------------------------

type Plan =
  | { kind: 'reject'; error: unknown }
  | { kind: 'hang' }
  | { kind: 'not-a-response'; value: unknown }
  | { kind: 'network-error-response' }
  | { kind: 'respond'; status: number; headers: Record<string, string>; body: Body; breakMidway: boolean };

type Body = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'valid' } | Mutation;
type Mutation = { kind: 'mutate'; at: number; value: unknown; remove: boolean } | { kind: 'truncate'; at: number };

/** Any UTF-16 code unit, lone surrogates included (JSON can carry them as `"\ud800"`). */
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** Header values are byte strings without CR/LF/NUL: Latin-1 printable characters. */
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) });

const statusCode = fc.oneof(
  // Mostly 200: a success status with a bad body is where parsing, not the error path, has to hold.
  { weight: 4, arbitrary: fc.constant(200) },
  fc.constantFrom(200, 201, 202, 204, 205, 206, 299, 300, 301, 302, 304, 400, 401, 403, 404, 409, 413, 422, 429),
  fc.constantFrom(500, 502, 503, 504, 599),
  fc.integer({ min: 200, max: 599 }),
);

const headers = fc.record(
  {
    'content-type': fc.oneof(
      fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/octet-stream', 'application/xml'),
      headerValue,
    ),
    'retry-after': fc.oneof(
      fc.constantFrom('0', '-1', '1e309', 'NaN', 'Infinity', ' 3 ', 'Wed, 21 Oct 2015 07:28:00 GMT', 'soon', ''),
      headerValue,
    ),
    'clerk-db-jwt': fc.oneof(fc.constantFrom('dvb_rotated', ''), headerValue),
  },
  { requiredKeys: [] },
);

/** Deeply nested arrays and objects, as text (building them as values would blow our own stack first). */
const deepJson = fc
  .record({ depth: fc.integer({ min: 1_000, max: 100_000 }), open: fc.constantFrom('[', '{"a":') })
  .map(({ depth, open }) => {
    const close = open === '[' ? ']' : '}';
    return `{"response":${open.repeat(depth)}1${close.repeat(depth)},"client":null}`;
  });

const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ kind: 'valid' }),
  fc.record({
    kind: fc.constant('mutate' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      utf16,
      fc.constantFrom(null, '', 0, -1, 1e308, [], {}, true, 'x', '\ud800'),
    ),
    remove: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // An id / response of any UTF-16 (the dev-browser call reads `id`; everything else must reject it).
  utf16.map((id): Body => ({ kind: 'text', text: JSON.stringify({ id, response: id, client: id }) })),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''),
      fc.string(),
      fc.constantFrom(
        '',
        'null',
        '[]',
        '{}',
        '<!doctype html><title>502 Bad Gateway</title>',
        '\uFEFF{"response":null}',
        '{"errors":"nope"}',
        '{"errors":[]}',
        '{"errors":[{"code":7,"meta":[]}]}',
        '{"errors":[{"code":"x","meta":{"__proto__":{"polluted":true},"param_name":"identifier"}}]}',
        '{"response":{"__proto__":{"id":"x"}},"client":{"constructor":{"prototype":{"polluted":true}}}}',
        `{"response":"${'x'.repeat(2_000_000)}"}`,
      ),
      deepJson,
    )
    .map((text): Body => ({ kind: 'text', text })),
  fc.uint8Array({ maxLength: 64 }).map((bytes): Body => ({ kind: 'bytes', bytes })),
);

const plan: fc.Arbitrary<Plan> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('respond' as const),
      status: statusCode,
      headers,
      body,
      breakMidway: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reject' as const),
      error: fc.constantFrom(
        new TypeError('Failed to fetch'),
        new DOMException('The operation was aborted.', 'AbortError'),
        new RangeError('weird'),
        'a string',
        undefined,
        null,
        { message: 'not an error' },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Plan>({ kind: 'hang' }) },
  { weight: 1, arbitrary: fc.constant<Plan>({ kind: 'network-error-response' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('not-a-response' as const),
      value: fc.constantFrom(undefined, null, {}, { ok: true, text: () => '{}' }, 'ok', 42),
    }),
  },
);

/** Paths to every node of a JSON value, for the mutation to pick one. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) =>
    paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return [prefix, ...children];
}

function mutate(valid: unknown, { at, value, remove }: Extract<Mutation, { kind: 'mutate' }>): unknown {
  const all = paths(valid).filter((path) => path.length > 0);
  const path = all[at % all.length];
  if (!path) return value;
  let parent = valid as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete parent[last];
  else parent[last] = value;
  return valid;
}

function bodyText(spec: Body, valid: () => unknown): string | Uint8Array {
  switch (spec.kind) {
    case 'valid':
      return JSON.stringify(valid());
    case 'mutate':
      return JSON.stringify(mutate(valid(), spec)) ?? '';
    case 'truncate': {
      const text = JSON.stringify(valid());
      return text.slice(0, spec.at % text.length);
    }
    case 'text':
      return spec.text;
    case 'bytes':
      return spec.bytes;
  }
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** A body stream that delivers half of the bytes, then fails like a dropped connection. */
function brokenStream(payload: string | Uint8Array): ReadableStream<Uint8Array> {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, bytes.length >> 1));
      controller.error(new TypeError('network error'));
    },
  });
}

/** A `fetch` that plays the plans in turn (cycling: retries and the dev-browser call consume plans too). */
function scriptedFetch(plans: Plan[], valid: () => unknown): typeof fetch {
  let turn = 0;
  return (async (url: RequestInfo | URL, init: RequestInit = {}) => {
    const next = plans[turn++ % plans.length] as Plan;
    const validFor = String(url).includes('/dev_browser') ? () => ({ id: 'dvb_1' }) : valid;
    switch (next.kind) {
      case 'reject':
        throw next.error;
      case 'hang':
        return new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      case 'not-a-response':
        return next.value as Response;
      case 'network-error-response':
        return Response.error();
      case 'respond': {
        const payload = NULL_BODY_STATUSES.has(next.status) ? null : bodyText(next.body, validFor);
        const stream = payload !== null && next.breakMidway ? brokenStream(payload) : payload;
        return new Response(stream as BodyInit | null, { status: next.status, headers: next.headers });
      }
    }
  }) as typeof fetch;
}

// ---- what the caller passes: ids from (possibly hostile) server JSON, user-typed text, app metadata -----------

const callerId = fc.oneof(
  fc.constantFrom('sia_1', 'sua_1', 'sess_1'),
  utf16,
  fc.constantFrom('\uD800', '../..', '?a=b#c', ''),
);

/** Metadata an application passes: JSON, but also what JSON cannot encode (cycles, BigInt, very deep). */
const metadata: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.dictionary(utf16, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  fc.constant(null).map(() => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    return cyclic;
  }),
  fc.constant({ big: 10n }),
  fc.integer({ min: 10_000, max: 50_000 }).map((depth) => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < depth; i++) {
      const child: Record<string, unknown> = {};
      node.a = child;
      node = child;
    }
    return root;
  }),
);

// ---- the property --------------------------------------------------------------------------------------

const RUNTIME_CODES = new Set(['network_error', 'request_timeout', 'malformed_response', 'invalid_params']);

function assertTyped(error: unknown, operation: string): void {
  if (error instanceof LatchApiError) {
    expect(error.status, `${operation}: status`).to.be.a('number');
    if (error.retryAfter !== undefined) {
      expect(Number.isFinite(error.retryAfter) && error.retryAfter >= 0, `${operation}: retryAfter`).to.equal(true);
    }
    expect(error.errors.length, `${operation}: error items`).to.be.greaterThan(0);
    for (const item of error.errors) {
      expect(item.code, `${operation}: item code`).to.be.a('string');
      expect(item.message, `${operation}: item message`).to.be.a('string');
      expect(item.meta, `${operation}: item meta`).to.be.an('object');
    }
    return;
  }
  if (error instanceof LatchRuntimeError) {
    expect(RUNTIME_CODES.has(error.code), `${operation}: unexpected runtime code ${error.code}`).to.equal(true);
    return;
  }
  throw new Error(`${operation} rejected with a non-Latch error: ${String(error)}`, { cause: error });
}

describe('HttpFrontendApi under hostile responses (fast-check)', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  const store = browserDevBrowserStore('__latch_fuzz_db_jwt');

  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    store.clear();
  });

  it('resolves to checked data or rejects with a typed Latch error, for every method', async function () {
    this.timeout(fuzzTimeout(60_000));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: OPERATIONS.length - 1 }),
        fc.constantFrom('production', 'development'),
        fc.array(plan, { minLength: 1, maxLength: 4 }),
        callerId,
        metadata,
        async (index, instanceType, plans, id, meta) => {
          const operation = OPERATIONS[index]!;
          store.clear();
          const api = new HttpFrontendApi({
            publishableKey: buildPublishableKey('fuzz.clerk.example.com', instanceType as 'production'),
            fetch: scriptedFetch(plans, operation.valid),
            timeoutMs: 30,
            retryBaseDelayMs: 0,
            devBrowserStore: store,
          });
          try {
            // Called inside the try: a synchronous throw from a promise-returning method fails the property too.
            const result = await operation.call(api, id, meta);
            expect(result, `${operation.name} resolved`).to.be.an('object');
          } catch (error) {
            assertTyped(error, operation.name);
          }
        },
      ),
      fuzzParameters(500),
    );
    // Give stray promises a turn to surface before checking that none was left unhandled.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled.map(String)).to.deep.equal([]);
  });

  it('a valid answer to every method resolves (the property above is not vacuous)', async () => {
    for (const operation of OPERATIONS) {
      const plans: Plan[] = [
        { kind: 'respond', status: 200, headers: {}, body: { kind: 'valid' }, breakMidway: false },
      ];
      const api = new HttpFrontendApi({
        publishableKey: buildPublishableKey('fuzz.clerk.example.com', 'production'),
        fetch: scriptedFetch(plans, operation.valid),
      });
      expect(await operation.call(api, 'sia_1', { a: 1 }), operation.name).to.be.an('object');
    }
  });
});
