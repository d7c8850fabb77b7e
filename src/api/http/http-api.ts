/**
 * `HttpFrontendApi`: the FrontendApi port over Clerk's FAPI wire protocol (version 2026-05-12). Works against
 * Clerk itself and against our dev server.
 *
 * Wire rules (see notes/clerk-anchor.md §1): every request carries `__clerk_api_version` and
 * `_clerk_js_version`; methods other than GET/POST travel as POST + `_method` so requests stay CORS-simple;
 * `_clerk_session_id` is added outside `/client*` and `/waitlist*`; bodies are form-urlencoded snake_case;
 * cookies are always included. Development instances add the dev-browser token.
 *
 * Failure mapping:
 * - fetch rejects → `LatchRuntimeError('network_error')` (GETs are retried up to 3 times first);
 * - no answer within `timeoutMs` → `LatchRuntimeError('request_timeout')` (not retried);
 * - status ≥ 400 → `LatchApiError` from the error envelope. A body that is not an envelope (a proxy's HTML
 *   502 page, say) still yields a `LatchApiError` with one synthetic `unexpected_error` item: the status is
 *   the useful fact there, and callers handle one error type per HTTP failure;
 * - 2xx that fails its schema, a body that is not JSON, or a `fetch` that resolves to something other than a
 *   Response → `LatchRuntimeError('malformed_response')`. test/unit/api/http-api-fuzz.test.ts holds the
 *   adapter to this with random hostile answers;
 * - params that cannot be encoded (metadata with a cycle, a BigInt, too deep) → `LatchRuntimeError('invalid_params')`.
 */
import * as z from 'zod/mini';
import { whenIdle } from '../../core/when-idle.js';
import { account, holdsSessions, loadAccount } from '../account-kit.js';
// Error codes as string literals, not `errorCodes.*`: that table would ride in the script-tag loader (~0.6 KB gzip).
import { LatchApiError, LatchRuntimeError, toApiErrorItem } from '../errors.js';
import type {
  FapiResult,
  FrontendApi,
  SessionTokenParams,
  SessionTouchParams,
  SignInAttemptFirstFactorParams,
  SignInAttemptSecondFactorParams,
  SignInCreateParams,
  SignInPrepareFirstFactorParams,
  SignInPrepareSecondFactorParams,
  SignInResetPasswordParams,
  SignUpAttemptVerificationParams,
  SignUpCreateParams,
  SignUpPrepareVerificationParams,
  SignUpUpdateParams,
} from '../fapi.js';
import { apiErrorEnvelopeSchema } from '../schemas/errors.js';
import { lazySchema, maybe } from '../schemas/helpers.js';
import {
  type ClientJSON,
  clientSchema,
  type EnvironmentJSON,
  environmentSchema,
  type SessionJSON,
  type SignInJSON,
  type SignUpJSON,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from '../schemas/index.js';
import { parseOrThrow } from '../validate.js';
import { FAPI_VERSION, resolveBaseUrl } from './base-url.js';
import { DEV_BROWSER_HEADER, DEV_BROWSER_PARAM } from './dev-browser.js';
import type { DevBrowser, DevBrowserStore } from './dev-browser-store.js';
import { takeEarlyDevBrowser, takeEarlyResponse } from './early-requests.js';
import { ACCOUNT_METHODS, type AccountMethod, ORGANIZATION_METHODS, type OrganizationMethod } from './lazy-requests.js';
import { type InstanceType, parsePublishableKey } from './publishable-key.js';
import type { Transport } from './transport.js';
import { buildUrl, toFormBody, type WireParams } from './wire.js';

export { FAPI_VERSION, resolveBaseUrl } from './base-url.js';

/** Sent as `_clerk_js_version` unless the caller passes its own. */
export const DEFAULT_JS_VERSION = '0.1.0';
export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_GET_RETRIES = 3;
/**
 * The script tag's early dev-browser token comes from requests the adapter's timeouts do not cover (its own
 * `POST /dev_browser`, a cookie read): should it never settle, the first requests go on without it after this long
 * (or the request timeout, if shorter), and the keeper finds or creates a token.
 */
const EARLY_TOKEN_WAIT_MS = 5_000;
/** The dev-browser keeper is fetched once the page is idle after its first load, at the latest after this long. */
const KEEPER_IDLE_TIMEOUT_MS = 3_000;
const RETRY_BASE_DELAY_MS = 150;

export interface HttpFrontendApiOptions {
  publishableKey: string;
  /** Absolute (`https://app.com/__clerk`) or relative to the page origin (`/__clerk`). */
  proxyUrl?: string;
  domain?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The active session id, sent as `_clerk_session_id` on non-client paths. */
  getSessionId?: () => string | null;
  jsVersion?: string;
  /** Where the dev-browser token lives (default: first-party cookie + localStorage). */
  devBrowserStore?: DevBrowserStore;
  /** First delay of the GET retry backoff, doubled per attempt (default 150 ms; tests shorten it). */
  retryBaseDelayMs?: number;
}

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestSpec {
  method: HttpMethod;
  path: string;
  body?: WireParams;
  /** A multipart body (file uploads) sent instead of the form-urlencoded `body`. */
  upload?: FormData;
  query?: WireParams;
  /**
   * False for a request sent without the dev-browser token, so it need not wait for one: `GET /environment`
   * describes the instance, not the browser (the spec allows it unauthenticated), and so leaves with
   * `POST /dev_browser` instead of after it.
   */
  devBrowser?: false;
}

/** Paths that identify the client themselves and so never carry `_clerk_session_id`. */
function isClientScoped(path: string): boolean {
  return /^\/(client|waitlist)(\/|$)/.test(path);
}

/** `retry-after` is seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Duck-typed, so a `fetch` polyfill's own Response class still counts. */
function isResponseLike(value: unknown): value is Response {
  const candidate = value as Partial<Response> | null | undefined;
  return (
    typeof candidate?.text === 'function' &&
    typeof candidate.status === 'number' &&
    typeof candidate.headers?.get === 'function'
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One path segment. Ids come from server JSON, which may hold a lone surrogate: `encodeURIComponent` throws a
 * URIError on those (synchronously, from a method that returns a promise), so they become U+FFFD, as
 * URLSearchParams does for query values.
 */
export const segment = (value: string) => encodeURIComponent(String(value).replace(LONE_SURROGATE, '\uFFFD'));
/** `response`, or a rejection when `signal` aborts first (what `fetch` does with its own signal). */
const untilAborted = (response: Promise<Response>, signal: AbortSignal) =>
  new Promise<Response>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    response.then(resolve, reject);
  });
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function envelopeOf<T extends z.ZodMiniType>(response: T) {
  const client = maybe(z.nullable(clientSchema));
  return z.looseObject({ response, client, meta: maybe(z.looseObject({ client })) });
}

const clientEnvelope = envelopeOf(clientSchema);
const nullableClientEnvelope = envelopeOf(z.nullable(clientSchema));
const signInEnvelope = envelopeOf(signInSchema);
const signUpEnvelope = envelopeOf(signUpSchema);
// Its methods load the account module first (#sessionEnvelope): the schema is that module's.
const sessionEnvelope = lazySchema(() => envelopeOf(account().sessionSchema));

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the lazily loaded methods are declared by the interface below.
export class HttpFrontendApi implements FrontendApi {
  readonly instanceType: InstanceType;
  /** e.g. `https://clerk.example.com/v1` or `https://app.example.com/__clerk/v1`. */
  readonly baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #getSessionId: () => string | null;
  readonly #jsVersion: string;
  readonly #devBrowserStore?: DevBrowserStore;
  /** Development keys only: the dev-browser token's keeper, imported with the first request (#devBrowserOf). */
  #devBrowser?: Promise<DevBrowser>;
  /** The same once it arrived, for the synchronous rotation after a response. */
  #devBrowserReady: DevBrowser | null = null;
  /** The token in use before the keeper arrived: the script tag's early one, or one FAPI rotated to since. */
  #rotatedEarly: string | null = null;
  /** The script tag's early dev-browser token (`null` without one), taken by the first request that needs a token. */
  #earlyToken?: Promise<string | null>;
  readonly #retryBaseDelayMs: number;
  /** What the lazily loaded request modules send through (./transport.ts). */
  readonly #transport: Transport = {
    envelope: (spec, schema, what) => this.#envelope(spec, envelopeOf(schema) as never, what) as never,
    request: (spec) => this.#request(spec),
  };

  /**
   * The account and organization methods (./lazy-requests.ts), made from their names: each imports its request
   * module on first use (a chunk of the script-tag loader: src/loader/lazy-import.ts) and calls its namesake.
   */
  static {
    const modules = [
      [ACCOUNT_METHODS, () => import('./account-requests.js').then((m) => m.accountRequests)],
      [ORGANIZATION_METHODS, () => import('./organization-requests.js').then((m) => m.organizationRequests)],
    ] as const;
    for (const [names, load] of modules) {
      for (const name of names.split(' ')) {
        Object.defineProperty(HttpFrontendApi.prototype, name, {
          async value(this: HttpFrontendApi, ...args: unknown[]) {
            const requests = (await load()) as unknown as Record<string, (...all: unknown[]) => unknown>;
            return requests[name]?.(this.#transport, ...args);
          },
        });
      }
    }
  }

  constructor(options: HttpFrontendApiOptions) {
    const { instanceType, frontendApi } = parsePublishableKey(options.publishableKey, { domain: options.domain });
    this.instanceType = instanceType;
    this.baseUrl = resolveBaseUrl(frontendApi, options.proxyUrl);
    // Bound so that a page-level `window.fetch` keeps its receiver ("Illegal invocation" otherwise).
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#getSessionId = options.getSessionId ?? (() => null);
    this.#jsVersion = options.jsVersion ?? DEFAULT_JS_VERSION;
    this.#retryBaseDelayMs = options.retryBaseDelayMs ?? RETRY_BASE_DELAY_MS;
    this.#devBrowserStore = options.devBrowserStore;
  }

  // ---- operations -------------------------------------------------------------------------------------

  async getEnvironment(): Promise<EnvironmentJSON> {
    const spec: RequestSpec = { method: 'GET', path: '/environment', devBrowser: false };
    return parseOrThrow(environmentSchema, await this.#request(spec), 'environment');
  }

  getClient(): Promise<FapiResult<ClientJSON | null>> {
    return this.#envelope({ method: 'GET', path: '/client' }, nullableClientEnvelope, 'client');
  }

  createClient(): Promise<FapiResult<ClientJSON>> {
    return this.#envelope({ method: 'PUT', path: '/client' }, clientEnvelope, 'client');
  }

  destroyClient(): Promise<FapiResult<ClientJSON | null>> {
    return this.#envelope({ method: 'DELETE', path: '/client' }, nullableClientEnvelope, 'client');
  }

  createSignIn(params: SignInCreateParams): Promise<FapiResult<SignInJSON>> {
    return this.#envelope({ method: 'POST', path: '/client/sign_ins', body: { ...params } }, signInEnvelope, 'sign-in');
  }

  getSignIn(signInId: string): Promise<FapiResult<SignInJSON>> {
    return this.#envelope({ method: 'GET', path: `/client/sign_ins/${segment(signInId)}` }, signInEnvelope, 'sign-in');
  }

  prepareSignInFirstFactor(signInId: string, params: SignInPrepareFirstFactorParams): Promise<FapiResult<SignInJSON>> {
    const path = `/client/sign_ins/${segment(signInId)}/prepare_first_factor`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signInEnvelope, 'sign-in');
  }

  attemptSignInFirstFactor(signInId: string, params: SignInAttemptFirstFactorParams): Promise<FapiResult<SignInJSON>> {
    const path = `/client/sign_ins/${segment(signInId)}/attempt_first_factor`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signInEnvelope, 'sign-in');
  }

  prepareSignInSecondFactor(
    signInId: string,
    params: SignInPrepareSecondFactorParams,
  ): Promise<FapiResult<SignInJSON>> {
    const path = `/client/sign_ins/${segment(signInId)}/prepare_second_factor`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signInEnvelope, 'sign-in');
  }

  attemptSignInSecondFactor(
    signInId: string,
    params: SignInAttemptSecondFactorParams,
  ): Promise<FapiResult<SignInJSON>> {
    const path = `/client/sign_ins/${segment(signInId)}/attempt_second_factor`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signInEnvelope, 'sign-in');
  }

  resetSignInPassword(signInId: string, params: SignInResetPasswordParams): Promise<FapiResult<SignInJSON>> {
    const path = `/client/sign_ins/${segment(signInId)}/reset_password`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signInEnvelope, 'sign-in');
  }

  createSignUp(params: SignUpCreateParams): Promise<FapiResult<SignUpJSON>> {
    return this.#envelope({ method: 'POST', path: '/client/sign_ups', body: { ...params } }, signUpEnvelope, 'sign-up');
  }

  updateSignUp(signUpId: string, params: SignUpUpdateParams): Promise<FapiResult<SignUpJSON>> {
    const path = `/client/sign_ups/${segment(signUpId)}`;
    return this.#envelope({ method: 'PATCH', path, body: { ...params } }, signUpEnvelope, 'sign-up');
  }

  getSignUp(signUpId: string): Promise<FapiResult<SignUpJSON>> {
    return this.#envelope({ method: 'GET', path: `/client/sign_ups/${segment(signUpId)}` }, signUpEnvelope, 'sign-up');
  }

  prepareSignUpVerification(
    signUpId: string,
    params: SignUpPrepareVerificationParams,
  ): Promise<FapiResult<SignUpJSON>> {
    const path = `/client/sign_ups/${segment(signUpId)}/prepare_verification`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signUpEnvelope, 'sign-up');
  }

  attemptSignUpVerification(
    signUpId: string,
    params: SignUpAttemptVerificationParams,
  ): Promise<FapiResult<SignUpJSON>> {
    const path = `/client/sign_ups/${segment(signUpId)}/attempt_verification`;
    return this.#envelope({ method: 'POST', path, body: { ...params } }, signUpEnvelope, 'sign-up');
  }

  touchSession(sessionId: string, params: SessionTouchParams = {}): Promise<FapiResult<SessionJSON>> {
    const path = `/client/sessions/${segment(sessionId)}/touch`;
    return this.#sessionEnvelope({ method: 'POST', path, body: { ...params } });
  }

  async createSessionToken(sessionId: string, params: SessionTokenParams = {}): Promise<{ jwt: string }> {
    const template = params.template ? `/${segment(params.template)}` : '';
    const path = `/client/sessions/${segment(sessionId)}/tokens${template}`;
    // `organization_id` absent keeps the session's active organization; `""` (from null) selects the personal account.
    const body = params.organizationId === undefined ? {} : { organizationId: params.organizationId };
    const token = parseOrThrow(tokenSchema, await this.#request({ method: 'POST', path, body }), 'token');
    return { jwt: token.jwt };
  }

  endSession(sessionId: string): Promise<FapiResult<SessionJSON>> {
    const path = `/client/sessions/${segment(sessionId)}/end`;
    return this.#sessionEnvelope({ method: 'POST', path });
  }

  removeSession(sessionId: string): Promise<FapiResult<SessionJSON>> {
    const path = `/client/sessions/${segment(sessionId)}/remove`;
    return this.#sessionEnvelope({ method: 'POST', path });
  }

  endAllSessions(): Promise<FapiResult<ClientJSON | null>> {
    return this.#envelope({ method: 'DELETE', path: '/client/sessions' }, nullableClientEnvelope, 'client');
  }

  // ---- transport --------------------------------------------------------------------------------------

  /** Parses a `{response, client}` envelope; the piggybacked client may also arrive as `meta.client`. */
  async #envelope<T extends z.ZodMiniType<{ response: unknown; client?: unknown; meta?: { client?: unknown } }>>(
    spec: RequestSpec,
    schema: T,
    what: string,
  ): Promise<FapiResult<z.output<T>['response']>> {
    const body = await this.#request(spec);
    // A client with sessions is parsed with the account module's schemas: fetched the first time one arrives.
    if (holdsSessions(body)) await loadAccount();
    const parsed = parseOrThrow(schema, body, what) as {
      response: z.output<T>['response'];
      client?: ClientJSON | null;
      meta?: { client?: ClientJSON | null };
    };
    const client = parsed.client !== undefined ? parsed.client : parsed.meta?.client;
    return client === undefined ? { response: parsed.response } : { response: parsed.response, client };
  }

  /** A session's envelope: its schema comes with the account module (src/api/account-kit.ts). */
  async #sessionEnvelope(spec: RequestSpec): Promise<FapiResult<SessionJSON>> {
    await loadAccount();
    return this.#envelope(spec, sessionEnvelope, 'session');
  }

  /** Sends with retries (GET network errors) and the dev-browser reset; resolves to the 2xx JSON body. */
  async #request(spec: RequestSpec, devBrowserRetried = false): Promise<unknown> {
    const maxAttempt = spec.method === 'GET' ? MAX_GET_RETRIES : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        const devToken =
          this.instanceType === 'development' && spec.devBrowser !== false ? await this.#devToken() : undefined;
        return await this.#send(spec, { attempt, devToken });
      } catch (error) {
        if (error instanceof LatchRuntimeError && error.code === 'network_error' && attempt < maxAttempt) {
          await delay(this.#retryBaseDelayMs * 2 ** attempt);
          continue;
        }
        if (
          this.instanceType === 'development' &&
          !devBrowserRetried &&
          error instanceof LatchApiError &&
          error.status === 401 &&
          error.code === 'dev_browser_unauthenticated'
        ) {
          // The token is stale, the early one included: the keeper forgets it and finds or creates another.
          this.#rotatedEarly = null;
          this.#earlyToken = Promise.resolve(null);
          (await this.#devBrowserOf()).reset();
          return this.#request(spec, true);
        }
        throw error;
      }
    }
  }

  /** One HTTP exchange. */
  async #send(spec: RequestSpec, { attempt, devToken }: { attempt: number; devToken?: string }): Promise<unknown> {
    const wireMethod = spec.method === 'GET' ? 'GET' : 'POST';
    const sessionId = isClientScoped(spec.path) ? null : this.#getSessionId();
    const url = buildUrl(this.baseUrl, spec.path, {
      __clerk_api_version: FAPI_VERSION,
      _clerk_js_version: this.#jsVersion,
      _method: spec.method === wireMethod ? undefined : spec.method,
      _clerk_session_id: sessionId ?? undefined,
      _clerk_retry_attempt: attempt > 0 ? attempt : undefined,
      [DEV_BROWSER_PARAM]: devToken,
      ...spec.query,
    });

    let body: URLSearchParams | FormData | undefined;
    try {
      body = wireMethod === 'POST' ? (spec.upload ?? toFormBody(spec.body)) : undefined;
    } catch (cause) {
      // Metadata that JSON cannot encode (a cycle, a BigInt, nesting deeper than the stack): the caller's input.
      throw new LatchRuntimeError('invalid_params', `${spec.method} ${spec.path}: params cannot be encoded.`, {
        cause,
      });
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    try {
      let response: Response;
      try {
        // The script tag may have sent this very request already, before the core was evaluated.
        const early = takeEarlyResponse(wireMethod, url);
        response = await (early
          ? untilAborted(early, controller.signal)
          : this.#fetch(url, { method: wireMethod, credentials: 'include', body, signal: controller.signal }));
      } catch (cause) {
        throw this.#transportError(cause, timedOut, spec);
      }
      if (!isResponseLike(response)) {
        // A page can wrap `window.fetch`; a broken wrapper must fail here, typed, not deeper in as a TypeError.
        throw new LatchRuntimeError(
          'malformed_response',
          `${spec.method} ${spec.path}: fetch did not return a Response.`,
        );
      }
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        throw this.#transportError(cause, timedOut, spec);
      }
      this.#rotateDevBrowser(response);
      if (!response.ok) throw this.#apiError(response, text);
      const json = parseJson(text);
      if (!json.ok) {
        throw new LatchRuntimeError(
          'malformed_response',
          `Malformed response from ${spec.method} ${spec.path}: not JSON (status ${response.status}).`,
        );
      }
      return json.value;
    } finally {
      clearTimeout(timer);
    }
  }

  #transportError(cause: unknown, timedOut: boolean, spec: RequestSpec): LatchRuntimeError {
    return timedOut
      ? new LatchRuntimeError('request_timeout', `${spec.method} ${spec.path} timed out after ${this.#timeoutMs} ms.`, {
          cause,
        })
      : new LatchRuntimeError('network_error', `${spec.method} ${spec.path} failed: network error.`, { cause });
  }

  #apiError(response: Response, text: string): LatchApiError {
    const retryAfter = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    const json = parseJson(text);
    const envelope = json.ok ? apiErrorEnvelopeSchema.safeParse(json.value) : null;
    if (envelope?.success && envelope.data.errors.length > 0) {
      return new LatchApiError({
        status: response.status,
        errors: envelope.data.errors.map(toApiErrorItem),
        retryAfter,
        clerkTraceId: envelope.data.clerk_trace_id,
      });
    }
    return new LatchApiError({
      status: response.status,
      errors: [
        {
          code: 'unexpected_error',
          message: `Unexpected response (status ${response.status}).`,
          longMessage: response.statusText || undefined,
          meta: {},
        },
      ],
      retryAfter,
    });
  }

  /**
   * Adopts the token FAPI rotated to. One that arrives before the keeper (the untokened `GET /environment` can
   * answer first) is kept for it, not dropped.
   */
  #rotateDevBrowser(response: Response): void {
    const rotated = response.headers.get(DEV_BROWSER_HEADER);
    if (!rotated || this.instanceType !== 'development') return;
    if (this.#devBrowserReady) this.#devBrowserReady.rotate(rotated);
    else this.#rotatedEarly = rotated;
  }

  /**
   * The dev-browser token of a request. Until the keeper (./dev-browser-store.ts) has arrived, the token the script
   * tag's early load found or created serves (or one FAPI rotated to since): the first load does without the keeper,
   * whose chunk is then fetched once the page is idle, after the first card, and stores the token. Without an early
   * token (an ES build, a failed early load), the keeper is imported at once and finds or creates one.
   */
  async #devToken(): Promise<string> {
    if (!this.#devBrowserReady) {
      if (!this.#earlyToken) {
        this.#earlyToken = this.#takeEarlyToken();
        void this.#earlyToken.then((early) => {
          if (early) whenIdle(() => void this.#devBrowserOf().catch(() => {}), KEEPER_IDLE_TIMEOUT_MS);
        });
      }
      const early = await this.#earlyToken;
      if (early) {
        this.#rotatedEarly ??= early;
        return this.#rotatedEarly;
      }
    }
    return (await this.#devBrowserOf()).getToken();
  }

  /** The script tag's early token, or `null` if it has none or it does not come in time (EARLY_TOKEN_WAIT_MS). */
  #takeEarlyToken(): Promise<string | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), Math.min(EARLY_TOKEN_WAIT_MS, this.#timeoutMs));
    });
    return Promise.race([takeEarlyDevBrowser().catch(() => null), giveUp]).finally(() => clearTimeout(timer));
  }

  /**
   * The dev-browser keeper, imported once (./dev-browser-store.ts: production pages never fetch it). A failed
   * import is a network error (GETs retry it) and is forgotten, so the next request imports again.
   *
   * Imported a microtask later, not synchronously: the script tag starts the first load (src/loader/start.ts)
   * while its own script is still being evaluated, before the loader's entry has set the chunk loader
   * (setLazyImport in src/loader/index.ts), and an import started then fails. That failure once cost the first
   * `GET /client` a retry under another URL, which left the early request's answer unclaimed: another tab's
   * change followed within its 10 s was then answered with that stale client (multi-session e2e).
   */
  #devBrowserOf(): Promise<DevBrowser> {
    this.#devBrowser ??= Promise.resolve()
      .then(() => import('./dev-browser-store.js'))
      .then(
        ({ DevBrowser, devBrowserTokenOf, takeDevBrowserTokenFromUrl }) => {
          this.#devBrowserReady = new DevBrowser({
            // `POST /v1/dev_browser` → `{id}`; sent without a dev-browser token, obviously.
            create: () => this.#send({ method: 'POST', path: '/dev_browser' }, { attempt: 0 }).then(devBrowserTokenOf),
            store: this.#devBrowserStore,
          });
          if (this.#rotatedEarly) {
            // The token in use wins; the page URL may still carry it (an Account Portal redirect), as the keeper
            // would have taken it: the address bar drops it.
            takeDevBrowserTokenFromUrl();
            this.#devBrowserReady.rotate(this.#rotatedEarly);
          }
          return this.#devBrowserReady;
        },
        (cause: unknown) => {
          this.#devBrowser = undefined;
          throw new LatchRuntimeError('network_error', 'Could not load the development browser code.', { cause });
        },
      );
    return this.#devBrowser;
  }
}

type LazyMethods = Pick<FrontendApi, AccountMethod | OrganizationMethod>;
// The static block above defines these methods on the prototype.
export interface HttpFrontendApi extends LazyMethods {}
