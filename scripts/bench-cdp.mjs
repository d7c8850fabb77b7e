// A Chromium for `npm run bench`'s timing runs, driven over --remote-debugging-pipe with only the DevTools domains
// a run needs (Target, Emulation, Page, Runtime): no Network domain. Playwright enables Network on every page, and
// with it Chromium records the JavaScript stack of every request's initiator; the first request sent while a large
// script is still running then makes V8 re-parse that whole script for source positions (V8.CollectSourcePositions:
// 0.4-1.3 s at a 4x throttle for dist/latch.js, whose first statements send the Frontend API requests). A visitor's
// browser has no DevTools attached and pays none of it, so the timing runs do not either.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Launches Chromium headless; `send(method, params, sessionId)` resolves with the result, `once` waits for an event. */
export async function launchPipeBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'latch-bench-profile-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const pending = new Map();
  const waiters = [];
  const listeners = new Set();
  let nextId = 1;
  let buffer = '';
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end = buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\0');
      if (message.id !== undefined) {
        const { resolve, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else {
        for (const listener of listeners) listener(message);
        for (const waiter of waiters.filter((w) => w.matches(message))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
    }
  });
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const once = (method, sessionId, test = () => true) =>
    new Promise((resolve) => {
      waiters.push({ matches: (m) => m.method === method && m.sessionId === sessionId && test(m.params), resolve });
    });
  /** Calls `listener` with every event until the returned function is called. */
  const listen = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const close = async () => {
    await send('Browser.close').catch(() => {});
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    rmSync(profile, { recursive: true, force: true });
  };
  return { send, once, listen, close };
}

/**
 * One first visit of `url` in a fresh browser context with `initScript` run before the page's scripts; resolves
 * with `collect`'s result, evaluated in the page once `waitFor` (an expression yielding a promise) settled.
 */
export async function visit(browser, { url, cpu, initScript, waitFor, settleMs, collect, trace }) {
  const { send, once } = browser;
  const stopTracing = trace ? await startTracing(browser) : null;
  const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
  try {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setCPUThrottlingRate', { rate: cpu }, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: `(${initScript})()` }, sessionId);
    const navigated = once('Page.frameNavigated', sessionId, (params) => !params.frame.parentId);
    await send('Page.navigate', { url }, sessionId);
    await navigated;
    const evaluate = async (expression) => {
      const { result, exceptionDetails } = await send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description}`);
      return result.value;
    };
    await evaluate(`(${waitFor})()`);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const result = await evaluate(`(${collect})()`);
    if (stopTracing) result.trace = await stopTracing();
    return result;
  } finally {
    await send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

/** Starts a browser-wide performance trace (what DevTools' Performance panel records); resolves to its stopper. */
async function startTracing({ send, once, listen }) {
  const events = [];
  const stop = listen((message) => {
    if (message.method === 'Tracing.dataCollected') events.push(...message.params.value);
  });
  await send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'loading',
        'blink.user_timing',
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
  });
  return async () => {
    const complete = once('Tracing.tracingComplete', undefined);
    await send('Tracing.end');
    await complete;
    stop();
    return { traceEvents: events };
  };
}
