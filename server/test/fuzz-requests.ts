/**
 * Building blocks of the dev-server fuzzer (server/test/fuzz.test.ts): the routes to hit, enumerated from Clerk's
 * OpenAPI document AND from what the hono apps register (so a route added later is fuzzed without an edit), and
 * fast-check arbitraries for hostile requests: methods and `_method` overrides, content types, bodies (deep,
 * wide, huge, malformed, binary), headers (Origin, cookies, Authorization, garbage) and path ids.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { parse } from 'yaml';
import { SPEC_FILE } from './openapi-validator.js';

/** Fixed seed and bounded runs in `npm test`; `npm run fuzz` raises both through the environment. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 120);

export interface RouteTemplate {
  method: string;
  /** Path with `{param}` placeholders, e.g. `/v1/client/sign_ins/{sign_in_id}`. */
  template: string;
}

const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'];

/** Every operation of the spec. */
export function specRoutes(specFile = SPEC_FILE): RouteTemplate[] {
  const spec = parse(readFileSync(specFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([template, operations]) =>
    Object.keys(operations)
      .filter((method) => HTTP_METHODS.includes(method))
      .map((method) => ({ method: method.toUpperCase(), template })),
  );
}

/** Every concrete route a hono app registers (`:id` → `{id}`; `ALL` catch-alls and middleware are skipped). */
// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its env type
export function honoRoutes(app: Hono<any>, prefix = ''): RouteTemplate[] {
  return app.routes
    .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
    .map((route) => ({ method: route.method, template: `${prefix}${route.path.replace(/:(\w+)/g, '{$1}')}` }));
}

export function uniqueRoutes(routes: RouteTemplate[]): RouteTemplate[] {
  const seen = new Map<string, RouteTemplate>();
  for (const route of routes) seen.set(`${route.method} ${route.template.replace(/\{[^}]+\}/g, '{}')}`, route);
  return [...seen.values()];
}

/** What the fuzzer knows of the server's real state, so some requests reach deep into the handlers. */
export interface KnownState {
  ids: string[];
  clientCookie: string;
  devBrowserToken: string;
}

export interface FuzzRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

const PRINTABLE = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
const KNOWN_PARAMS = [
  'email_address',
  'password',
  'identifier',
  'strategy',
  'code',
  'first_name',
  'last_name',
  'unsafe_metadata',
  'legal_accepted',
  'username',
  'phone_number',
  'email_address_id',
  'organization_id',
  'active_organization_id',
  'redirect_url',
  'token',
];
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const SPECIAL_VALUES = [
  'password',
  'email_code',
  'fuzz+clerk_test@example.com',
  'vic\u200Btim+clerk_test@example.com',
  '424242',
  'correct horse battery',
  'true',
  'false',
  '',
  'null',
  '{}',
  '[]',
  deep(11),
  deep(5_000),
  '<img src=x onerror=alert(1)>',
  '\u0000\u202E\uFEFF',
  '\uD800',
  'x'.repeat(10_000),
];

/** Form and JSON values: random Unicode (lone surrogates included), JSON, and values the handlers act on. */
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...SPECIAL_VALUES),
  fc.json({ maxDepth: 3 }),
);
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_PARAMS) }, fc.string({ maxLength: 12 }));

const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/json',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data; boundary=',
  'text/plain',
  'application/octet-stream',
  'garbage/;;;=',
];

function multipart(fields: Array<[string, string]>, boundary: string): string {
  return `${fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('')}--${boundary}--\r\n`;
}

/** [content type or none, body or none]. */
const body: fc.Arbitrary<[string | undefined, string | Uint8Array<ArrayBuffer> | undefined]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.constant('application/x-www-form-urlencoded'),
      fc
        .array(fc.tuple(key, value), { maxLength: 8 })
        .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(
      fc.constant('application/json'),
      fc.dictionary(key, fc.oneof(value, fc.jsonValue({ maxDepth: 4 })), { maxKeys: 8 }).map((o) => JSON.stringify(o)),
    ),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.string({ unit: 'binary', maxLength: 200 })) },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.constant('multipart/form-data; boundary=fuzz'),
      fc.array(fc.tuple(key, fc.string({ maxLength: 20 })), { maxLength: 5 }).map((f) => multipart(f, 'fuzz')),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(...CONTENT_TYPES),
      fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array(b)),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom('application/json', 'application/x-www-form-urlencoded'),
      fc.constantFrom(
        `{"unsafe_metadata":${deep(20_000)}}`,
        `{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        `${'a=1&'.repeat(2_000)}`,
        JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', undefined),
      fc.constant(`a=${'x'.repeat(1024 * 1024 + 10)}`),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }), fc.constant(undefined)),
  },
);

/** Path ids: real ones (so handlers go deep), random Unicode, traversal, bad percent-encoding, very long. */
function pathId(state: KnownState): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...state.ids) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('..', '%2e%2e', '%00', '%ZZ', '%', 'a'.repeat(3_000), '%F0%9F', 'null', ''),
    },
  );
}

/**
 * One of `choices`, picked in proportion to its weight by an unbiased draw (fast-check's bias towards small
 * values would otherwise skew the proportions), so most requests pass the guards and reach the handlers.
 */
function weighted<T>(choices: Array<[number, fc.Arbitrary<T>]>): fc.Arbitrary<T> {
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  return fc.noBias(fc.integer({ min: 0, max: total - 1 })).chain((draw) => {
    let left = draw;
    for (const [weight, arbitrary] of choices) {
      if (left < weight) return arbitrary;
      left -= weight;
    }
    return (choices.at(-1) as [number, fc.Arbitrary<T>])[1];
  });
}

const WIRE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'PURGE'];

/**
 * A hostile request. Most draws look like a real browser's (allowed Origin, the real cookie, a route the server
 * implements) so they get past the guards into the handlers; the rest vary every part at once.
 */
export function fuzzRequest(
  routes: { implemented: RouteTemplate[]; all: RouteTemplate[] },
  state: KnownState,
): fc.Arbitrary<FuzzRequest> {
  const headerValue = fc.oneof(PRINTABLE, fc.constantFrom('', 'x'.repeat(8_000)));
  return fc
    .record({
      route: weighted<RouteTemplate>([
        [3, fc.constantFrom(...routes.implemented)],
        [1, fc.constantFrom(...routes.all)],
      ]),
      ids: fc.array(pathId(state), { minLength: 3, maxLength: 3 }),
      method: weighted<string | null>([
        [6, fc.constant(null)],
        [1, fc.constantFrom(...WIRE_METHODS)],
      ]),
      override: weighted<string | undefined>([
        [3, fc.constant(undefined)],
        [1, fc.constantFrom('PATCH', 'PUT', 'DELETE', 'GET', 'TRACE', 'patch', '', 'x'.repeat(50))],
      ]),
      devBrowser: weighted<string | undefined>([
        [3, fc.constant(undefined)],
        [1, fc.constant(state.devBrowserToken)],
        [1, PRINTABLE],
      ]),
      sessionParam: weighted<string | undefined>([
        [3, fc.constant(undefined)],
        [1, fc.oneof(fc.constantFrom(...state.ids), PRINTABLE)],
      ]),
      extraQuery: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 20 }), {
        maxKeys: 3,
      }),
      apiVersion: weighted<string>([
        [6, fc.constant('2026-05-12')],
        [1, fc.constantFrom('1999-01-01', '', 'garbage')],
      ]),
      origin: weighted<string | undefined>([
        [6, fc.constant('http://localhost:5173')],
        [2, fc.constant(undefined)],
        [1, fc.constantFrom('null', 'https://evil.example', 'http://localhost', 'javascript:alert(1)')],
        [1, PRINTABLE],
      ]),
      cookie: weighted<string | undefined>([
        [5, fc.constant(`__client=${state.clientCookie}`)],
        [2, fc.constant(undefined)],
        [1, fc.constant(`__client=${state.clientCookie.slice(0, -2)}xx`)],
        [
          1,
          fc.oneof(
            PRINTABLE.map((v) => `__client=${v}`),
            headerValue,
          ),
        ],
      ]),
      authorization: weighted<string | undefined>([
        [4, fc.constant(undefined)],
        [
          1,
          fc.oneof(
            PRINTABLE.map((v) => `Bearer ${v}`),
            headerValue,
          ),
        ],
      ]),
      encoding: weighted<string | undefined>([
        [4, fc.constant(undefined)],
        [1, fc.constantFrom('gzip', 'br', 'chunked', 'identity', 'garbage')],
      ]),
      body,
    })
    .map((r) => {
      let i = 0;
      const path = `${r.route.template.replace(/\{[^}]+\}/g, () => r.ids[i++ % 3] as string)}`;
      const query: Record<string, string> = {
        ...r.extraQuery,
        __clerk_api_version: r.apiVersion,
        _clerk_js_version: '0.1.0-fuzz',
      };
      if (r.override !== undefined) query._method = r.override;
      if (r.devBrowser !== undefined) query.__clerk_db_jwt = r.devBrowser;
      if (r.sessionParam !== undefined) query._clerk_session_id = r.sessionParam;
      const headers: Record<string, string> = {};
      if (r.origin !== undefined) headers.Origin = r.origin;
      if (r.cookie !== undefined) headers.Cookie = r.cookie;
      if (r.authorization !== undefined) headers.Authorization = r.authorization;
      if (r.encoding !== undefined) headers['Content-Encoding'] = r.encoding;
      const [contentType, payload] = r.body;
      if (contentType !== undefined) headers['Content-Type'] = contentType;
      const method = r.method ?? (r.override !== undefined ? 'POST' : r.route.method);
      const bodyAllowed = method !== 'GET' && method !== 'HEAD';
      return { method, path, query, headers, body: bodyAllowed ? payload : undefined };
    });
}
