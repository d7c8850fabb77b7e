import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { JWK } from 'jose';
import { type Clock, ManualClock } from '../clock.js';
import { createDevContext, type DevContext } from '../context.js';
import { SigningKeys } from '../domain/signing-keys.js';
import { type AppOptions, createApp } from '../http/app.js';
import type { InstanceOverrides } from '../instance.js';
import { expectValid } from './openapi-validator.js';

export const API_QUERY = { __clerk_api_version: '2026-05-12', _clerk_js_version: '0.1.0-test' };
export const PAGE_ORIGIN = 'http://localhost:5173';

export interface TestServer {
  app: Hono;
  dev: DevContext;
  clock: ManualClock;
}

/** One RSA key for every in-memory test server: generating 2048-bit keys dominates test time otherwise. */
let sharedKey: JWK | undefined;

export async function makeServer(
  options: { instance?: InstanceOverrides; app?: AppOptions; clock?: Clock } = {},
): Promise<TestServer> {
  const clock = new ManualClock();
  const dev = await createDevContext({
    clock: options.clock ?? clock,
    instance: options.instance,
    quiet: true,
    signingKey: sharedKey,
  });
  sharedKey ??= SigningKeys.exportPrivate(dev.db) ?? undefined;
  const app = createApp(dev, { rateLimit: false, ...options.app });
  return { app, dev, clock };
}

export interface CallOptions {
  /** Form fields, sent form-urlencoded as clerk-js does (null → ""). */
  form?: Record<string, string | boolean | null | string[]>;
  json?: unknown;
  rawBody?: string;
  contentType?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Send PATCH/PUT/DELETE as themselves instead of POST + `_method` (the clerk-js default). */
  realMethod?: boolean;
}

/**
 * A browser talking to the in-process app: keeps the `__client` cookie, optionally a dev-browser token, sends
 * the FAPI query params and an Origin, and rewrites methods like clerk-js.
 */
export class TestBrowser {
  cookies = new Map<string, string>();
  devBrowserToken: string | null = null;

  constructor(
    private readonly app: Hono,
    public origin: string | null = PAGE_ORIGIN,
    private readonly prefix = '',
  ) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
    const url = new URL(`http://localhost${this.prefix}${path}`);
    for (const [k, v] of Object.entries({ ...API_QUERY, ...options.query })) url.searchParams.set(k, v);
    if (this.devBrowserToken) url.searchParams.set('__clerk_db_jwt', this.devBrowserToken);
    let wireMethod = method.toUpperCase();
    if (!options.realMethod && !['GET', 'POST'].includes(wireMethod)) {
      url.searchParams.set('_method', wireMethod);
      wireMethod = 'POST';
    }
    const headers: Record<string, string> = { ...options.headers };
    if (this.origin) headers.Origin = this.origin;
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.form) {
      const form = new URLSearchParams();
      for (const [key, value] of Object.entries(options.form)) {
        for (const item of Array.isArray(value) ? value : [value]) form.append(key, item === null ? '' : String(item));
      }
      body = form.toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    } else if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    } else if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['Content-Type'] = options.contentType ?? 'application/x-www-form-urlencoded';
    }
    const res = await this.app.request(url.toString(), { method: wireMethod, headers, body });
    this.storeCookies(res);
    return res;
  }

  private storeCookies(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, eq).trim();
      const value = (pair ?? '').slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Calls and validates against the spec in one go; returns the parsed body. */
export async function fapi<T = any>(
  browser: TestBrowser,
  method: string,
  pathTemplate: string,
  path: string,
  options: CallOptions = {},
): Promise<{ res: Response; body: T }> {
  const res = await browser.call(method, path, options);
  const body = await expectValid<T>(pathTemplate, method, res);
  return { res, body };
}

export function errorCode(body: { errors?: Array<{ code: string }> }): string | undefined {
  return body.errors?.[0]?.code;
}

/** Latest code mailed to `to`, read through the HTTP mailbox like a developer would. */
export async function mailedCode(app: Hono, to: string): Promise<string> {
  const res = await app.request(`/__dev/mailbox?to=${encodeURIComponent(to)}`);
  const body = (await res.json()) as { data: Array<{ code: string | null }> };
  const code = body.data[0]?.code;
  if (!code) throw new Error(`no code mailed to ${to}`);
  return code;
}

/** The link in the newest mail to `to` (an email link), as a path the in-process app can be asked for. */
export async function mailedLink(server: TestServer, to: string): Promise<string> {
  const res = await server.app.request(`/__dev/mailbox?to=${encodeURIComponent(to)}`);
  const mail = ((await res.json()) as { data: Array<{ text: string; code: string | null }> }).data[0];
  assert.equal(mail?.code, null, 'a link, not a code');
  const link = new URL(/https?:\/\/\S+/.exec(mail?.text ?? '')?.[0] ?? '');
  assert.equal(link.pathname, '/v1/verify');
  return `${link.pathname}${link.search}`;
}

/** Creates a verified user through the real sign-up flow and signs the browser out again. */
export async function signUpUser(
  server: TestServer,
  email: string,
  password = 'correct horse battery',
  extra: Record<string, string> = {},
): Promise<void> {
  const browser = new TestBrowser(server.app);
  const created = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
    form: { email_address: email, password, ...extra },
  });
  const id = created.body.response.id as string;
  await fapi(
    browser,
    'post',
    '/v1/client/sign_ups/{sign_up_id}/prepare_verification',
    `/v1/client/sign_ups/${id}/prepare_verification`,
    {
      form: { strategy: 'email_code' },
    },
  );
  const code = email.includes('+clerk_test') ? '424242' : await mailedCode(server.app, email);
  const done = await fapi(
    browser,
    'post',
    '/v1/client/sign_ups/{sign_up_id}/attempt_verification',
    `/v1/client/sign_ups/${id}/attempt_verification`,
    {
      form: { strategy: 'email_code', code },
    },
  );
  if (done.body.response.status !== 'complete') throw new Error('sign-up did not complete');
}

/** A new user with `password`, signed in by it in a browser of their own: the browser and the user's id. */
export async function signedInUser(
  server: TestServer,
  email: string,
  password = 'correct horse battery',
): Promise<{ browser: TestBrowser; userId: string }> {
  await signUpUser(server, email, password);
  const browser = new TestBrowser(server.app);
  const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: email, password },
  });
  return { browser, userId: body.client.sessions[0].user.id as string };
}
