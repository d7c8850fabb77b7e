/**
 * The one setup every end-to-end file shares: `const e2e = useE2e({...})` inside a `describe` registers the
 * node:test hooks that start the dev server (in-memory database, demo pages, the file's instance settings), launch
 * Debian's Chromium once, optionally serve a plain page of another origin and open a fresh browser context per
 * test. Every page opened through it is watched: its uncaught errors, console errors and Frontend API exchanges
 * are kept with the name of the test that opened it, and when a test fails the log shows what each of its pages
 * showed (URL, visible text of the latch-* elements, the last FAPI requests, the errors), so a failure that only
 * happens in CI can be read from CI's log.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, afterEach, before, beforeEach } from 'node:test';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { type DevServer, type StartDevServerOptions, startDevServer } from '../../server/index.js';
import { devCall, latestCode, type PlainSite, servePlainPage } from './helpers.js';

const repoRoot = new URL('../..', import.meta.url).pathname;

/** How many Frontend API exchanges of a page the failure report shows (the newest ones). */
const REQUESTS_SHOWN = 15;
/** How long the failure report waits for a page to tell its URL and text (a stuck page must not stall the run). */
const REPORT_TIMEOUT_MS = 5_000;

export interface E2eOptions {
  /** Instance settings on top of server/instance.json. False: no dev server (the file starts its own). */
  instance?: StartDevServerOptions['instance'] | false;
  /** A plain page of another origin that loads the script tag; `e2e.site.url` serves it. */
  site?: (server: DevServer) => string;
  /** Each test gets `e2e.context`, a fresh browser context opened with these options (true: the defaults). */
  contextPerTest?: BrowserContextOptions | true;
  /** Each test starts from the instance settings the server started with (`POST /__dev/instance/reset`). */
  resetInstance?: boolean;
}

/** What a file's tests reach through the fixture; every getter is valid from the file's first hook on. */
export interface E2e {
  readonly server: DevServer;
  /** The dev server's origin; the demo page is served at it. */
  readonly url: string;
  readonly browser: Browser;
  /** The plain page of `options.site`. */
  readonly site: PlainSite;
  /** The current test's fresh context (`options.contextPerTest`). */
  readonly context: BrowserContext;
  /** A new watched context, closed at the end of the test (or of the file, when opened in a `before` hook). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new watched context of its own, as `browser.newPage` gives. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A call to the dev tools (`/__dev…`) of this server; fails the test unless it is 2xx. */
  devCall(method: string, path: string, body?: unknown): Promise<unknown>;
  /** The newest verification code the dev server sent to `to`. */
  latestCode(to: string): Promise<string>;
}

interface Exchange {
  at: number;
  line: string;
}

/** What one page did, kept for the failure report. */
interface PageRecord {
  test: string;
  page: Page;
  opened: number;
  exchanges: Exchange[];
  errors: string[];
}

export function useE2e(options: E2eOptions = {}): E2e {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  let site: PlainSite | undefined;
  let context: BrowserContext | undefined;
  /** The test running now; '(before)' while the file's `before` hooks run. */
  let currentTest = '(before)';
  /** Contexts to close when the current test ends, and those of the `before` hooks, closed at the end. */
  let testContexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];
  let records: PageRecord[] = [];
  /** Uncaught page errors of tests that passed: printed once at the end, they are worth a look. */
  const quietErrors: string[] = [];

  const watch = (page: Page): void => {
    const record: PageRecord = { test: currentTest, page, opened: Date.now(), exchanges: [], errors: [] };
    records.push(record);
    const note = (line: string) => {
      record.exchanges.push({ at: Date.now(), line });
      if (record.exchanges.length > REQUESTS_SHOWN) record.exchanges.shift();
    };
    /** The FAPI path of a request (its method override kept; the version and dev-browser parameters dropped). */
    const fapiPath = (href: string): string | null => {
      const url = new URL(href);
      const at = url.pathname.indexOf('/__clerk/');
      if (at < 0) return null;
      const method = url.searchParams.get('_method');
      return url.pathname.slice(at + '/__clerk'.length) + (method ? ` (_method=${method})` : '');
    };
    page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      const path = fapiPath(response.url());
      if (path) note(`${response.request().method()} ${path} → ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      const path = fapiPath(request.url());
      if (path) note(`${request.method()} ${path} → failed: ${request.failure()?.errorText ?? 'unknown'}`);
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) note(`navigated to ${frame.url()}`);
    });
  };

  const newContext = async (contextOptions?: BrowserContextOptions): Promise<BrowserContext> => {
    assert.ok(browser, 'the browser starts in the before hook');
    const created = await browser.newContext(contextOptions);
    created.on('page', watch);
    (currentTest === '(before)' ? fileContexts : testContexts).push(created);
    return created;
  };

  before(async () => {
    assert.ok(existsSync(`${repoRoot}dist/latch.js`), 'run `npm run build` first: the pages load dist/latch.js');
    if (options.instance !== false) {
      server = await startDevServer({
        port: 0,
        demo: true,
        dbFile: ':memory:',
        quiet: true,
        repoRoot,
        instance: options.instance,
      });
      if (options.site) site = await servePlainPage(options.site(server));
    }
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  beforeEach(async (t) => {
    currentTest = t.name;
    records = records.filter((record) => record.test === '(before)');
    if (options.resetInstance) await e2e.devCall('POST', '/instance/reset');
    if (options.contextPerTest) {
      context = await newContext(options.contextPerTest === true ? undefined : options.contextPerTest);
    }
  });

  afterEach(async (t) => {
    // `passed` and `error` are there since Node 20.12 (this repo runs 20.20); the bundled types lag behind.
    const outcome = t as { name: string; passed?: boolean; error?: unknown };
    if (outcome.passed === false) console.error(await failureReport(t.name, outcome.error, records));
    else {
      for (const record of records) {
        const uncaught = record.errors.filter((line) => line.startsWith('pageerror:'));
        quietErrors.push(...uncaught.map((line) => `${record.test}: ${line}`));
      }
    }
    const closing = testContexts;
    testContexts = [];
    context = undefined;
    currentTest = '(between tests)';
    await Promise.all(closing.map((each) => each.close().catch(() => {})));
  });

  after(async () => {
    if (quietErrors.length > 0) {
      console.error(`uncaught page errors in tests that passed:\n  ${[...new Set(quietErrors)].join('\n  ')}`);
    }
    await Promise.all(fileContexts.map((each) => each.close().catch(() => {})));
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  const e2e: E2e = {
    get server() {
      assert.ok(server, 'the dev server starts in the before hook (and not with `instance: false`)');
      return server;
    },
    get url() {
      return e2e.server.url;
    },
    get browser() {
      assert.ok(browser, 'the browser starts in the before hook');
      return browser;
    },
    get site() {
      assert.ok(site, 'a plain page is served only with the `site` option');
      return site;
    },
    get context() {
      assert.ok(context, 'a context per test only with the `contextPerTest` option, inside a test');
      return context;
    },
    newContext,
    newPage: async (contextOptions) => (await newContext(contextOptions)).newPage(),
    devCall: (method, path, body) => devCall(e2e.url, method, path, body),
    latestCode: (to) => latestCode(e2e.url, to),
  };
  return e2e;
}

/** Resolves to `fallback` if `work` takes longer than the report may wait, to why if it fails. */
function withinReportTime(work: Promise<string[]>, fallback: string[]): Promise<string[]> {
  return Promise.race([
    work.catch((error: unknown) => [`(the page could not tell: ${error instanceof Error ? error.message : error})`]),
    new Promise<string[]>((resolve) => setTimeout(() => resolve(fallback), REPORT_TIMEOUT_MS).unref()),
  ]);
}

/**
 * The visible text of each outermost latch-* element of the page: what a user saw when the test failed. A string,
 * not a function: tsx wraps named functions of this file in a helper that does not exist in the page. innerText,
 * not textContent: what was visible, without the text of hidden steps and templates.
 */
const LATCH_TEXTS = `Array.from(document.querySelectorAll('*'))
  .filter((el) => el.localName.startsWith('latch-'))
  .filter((el, _, all) => !all.some((up) => up !== el && up.contains(el)))
  .map((el) => '<' + el.localName + '> ' + el.innerText.replace(/\\s+/g, ' ').trim().slice(0, 600))`;

async function failureReport(test: string, error: unknown, records: PageRecord[]): Promise<string> {
  const lines = [`\n──── e2e failure: ${test}`, `error: ${error instanceof Error ? error.message : String(error)}`];
  if (records.length === 0) lines.push('(no page was opened through the fixture)');
  for (const [index, record] of records.entries()) {
    const closed = record.page.isClosed();
    lines.push(`page ${index + 1} (opened in ${record.test})${closed ? ', closed' : ''}: ${record.page.url()}`);
    if (!closed) {
      const texts = await withinReportTime(record.page.evaluate<string[]>(LATCH_TEXTS), [
        `(the page did not tell its text within ${REPORT_TIMEOUT_MS} ms)`,
      ]);
      lines.push(...(texts.length ? texts : ['(no latch-* element on the page)']).map((text) => `  ${text}`));
    }
    if (record.exchanges.length) lines.push(`  last requests (seconds since the page opened):`);
    for (const { at, line } of record.exchanges)
      lines.push(`    +${((at - record.opened) / 1000).toFixed(2)}s ${line}`);
    for (const line of record.errors) lines.push(`  ${line}`);
  }
  lines.push('────');
  return lines.join('\n');
}
