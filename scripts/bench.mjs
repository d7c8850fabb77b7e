#!/usr/bin/env node
// npm run bench [-- --runs 7 --cpu 4 --cycles 1000 --baseline /path/to/other/checkout --timeline]
//
// Time to an interactive sign-in as a new user gets it: a plain page on ANOTHER origin (a tiny http server on
// port 0) with the script tag pointing at the dev server and one <latch-sign-in>, in headless Chromium with a
// CPU throttle, a fresh browser context per run (first visit: no cache, no cookies). Prints medians of:
//   visible      the primary button is in the DOM with a box (the frame that paints it)
//   = script     latch.js downloaded → the first Frontend API request leaves (the loader's evaluation)
//   + fapi       first Frontend API request → last response (dev browser, then environment + client)
//   + paint      last Frontend API response → primary button visible ("data to paint")
//   (the rest is the page and latch.js download before the script runs)
// plus the gzip bytes of the JS responses and the requests made before the button showed, and the cumulative
// layout shift until 500 ms after it. Then 1,000 mountSignIn + unmountSignIn cycles and the JS heap growth after
// a forced GC. With --baseline, the same bench runs against that checkout's dist/ (built there; nothing is built
// here) in the same session, runs interleaved, and both are printed. With --timeline, the requests of each target's
// last run are printed too (start and end, ms after navigation), with the moments the card first had content and
// the button showed: where the time goes.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDevServer } from '../server/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option('runs', 7));
const CPU = Number(option('cpu', 4));
const CYCLES = Number(option('cycles', 1000));
const baselineRoot = option('baseline');
const TIMELINE = args.includes('--timeline');
const repoRoot = new URL('..', import.meta.url).pathname;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Installed before any page script: records layout shifts and the moment the primary button shows. */
function instrument() {
  let resolveDone;
  const bench = { cls: 0, visible: 0, done: new Promise((resolve) => (resolveDone = resolve)) };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    if (!bench.content && document.querySelector('latch-sign-in *')) bench.content = performance.now();
    const button = document.querySelector('latch-sign-in .cl-formButtonPrimary');
    if (button && button.getBoundingClientRect().height > 0) {
      bench.visible = performance.now();
      resolveDone();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function target(root, label) {
  const server = await startDevServer({ port: 0, demo: true, dbFile: ':memory:', quiet: true, repoRoot: root });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<script src="${server.url}/dist/latch.js" data-publishable-key="${server.publishableKey}" data-proxy-url="${server.url}/__clerk"></script>
</head><body><main><h1>A plain page</h1><latch-sign-in routing="virtual"></latch-sign-in>
<p id="below">Text below the card moves if the card changes height.</p><div id="mount"></div></main></body></html>`;
  const plain = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${plain.address().port}/`;
  return { label, server, plain, url, runs: [] };
}

async function measure(browser, t) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.addInitScript(instrument);
  const bodies = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    // A response still arriving when the context closes (a prefetched step) has no body to read: skipped.
    if (/javascript/.test(type)) {
      bodies.push(
        response.body().then(
          (body) => ({ at: response.url(), body }),
          () => null,
        ),
      );
    }
  });
  await page.goto(t.url);
  // Awaiting the page's own promise: no polling from here that would compete for the throttled main thread.
  await page.evaluate(() => window.__bench.done);
  await page.waitForTimeout(500);
  const timings = await page.evaluate(() => {
    const { visible, cls } = window.__bench;
    const resources = performance.getEntriesByType('resource').filter((r) => r.startTime <= visible);
    const script = resources.find((r) => /\/dist\/latch\.js$/.test(r.name));
    const fapi = resources.filter((r) => r.name.includes('/__clerk/v1/') && r.initiatorType !== 'other');
    const firstFapi = Math.min(...fapi.map((r) => r.startTime));
    const lastFapi = Math.max(...fapi.map((r) => r.responseEnd));
    return {
      visible,
      cls,
      script: firstFapi - script.responseEnd,
      fapi: lastFapi - firstFapi,
      paint: visible - lastFapi,
      requests: resources.length + 1,
      jsBefore: resources.filter((r) => /\.js($|\?)/.test(r.name)).map((r) => r.name),
      timeline: [
        ...resources.map((r) => [
          r.name.replace(/^.*\/(dist|v1)\//, '').replace(/\?.*/, ''),
          r.startTime,
          r.responseEnd,
        ]),
        ['(card has content)', window.__bench.content ?? 0, window.__bench.content ?? 0],
        ['(button visible)', visible, visible],
      ],
    };
  });
  const js = await Promise.all(bodies);
  timings.jsBytes = js
    .filter((r) => r && timings.jsBefore.includes(r.at))
    .reduce((sum, r) => sum + gzipSync(r.body, { level: 9 }).length, 0);
  delete timings.jsBefore;
  await context.close();
  return timings;
}

/** 1,000 mount/unmount cycles (after a warm-up that brings the chunk in), heap measured after forced GCs. */
async function heapGrowth(browser, t) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(t.url);
  await page.locator('latch-sign-in .cl-formButtonPrimary').waitFor();
  const cycle = (count) =>
    page.evaluate(async (n) => {
      const node = document.getElementById('mount');
      for (let i = 0; i < n; i++) {
        window.Latch.mountSignIn(node, { routing: 'virtual' });
        await customElements.whenDefined('latch-sign-in');
        await node.querySelector('latch-sign-in').updateComplete;
        window.Latch.unmountSignIn(node);
      }
    }, count);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await cycle(50);
  const before = await heap();
  await cycle(CYCLES);
  const after = await heap();
  await context.close();
  return after - before;
}

const targets = [await target(repoRoot, 'this checkout')];
if (baselineRoot) targets.push(await target(baselineRoot, `baseline ${baselineRoot}`));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const t of targets) await measure(browser, t); // warm-up: server JIT, disk cache of the files
  for (let run = 0; run < RUNS; run++) for (const t of targets) t.runs.push(await measure(browser, t));
  for (const t of targets) t.heap = await heapGrowth(browser, t);
} finally {
  await browser.close();
  for (const t of targets) {
    await t.server.close();
    await new Promise((resolve) => t.plain.close(resolve));
  }
}

const ms = (v) => `${Math.round(v)} ms`.padStart(8);
console.log(`Sign-in on a plain page of another origin, ${CPU}x CPU throttle, median of ${RUNS} fresh-context runs`);
console.log(
  `${'target'.padEnd(30)}${'visible'.padStart(8)}${'script'.padStart(8)}${'fapi'.padStart(8)}${'paint'.padStart(8)}` +
    `${'JS gzip'.padStart(10)}${'requests'.padStart(10)}${'CLS'.padStart(8)}${'heap/1k'.padStart(12)}`,
);
for (const t of targets) {
  const m = (key) => median(t.runs.map((r) => r[key]));
  console.log(
    `${t.label.slice(0, 29).padEnd(30)}${ms(m('visible'))}${ms(m('script'))}${ms(m('fapi'))}${ms(m('paint'))}` +
      `${`${m('jsBytes').toLocaleString('en-US')} B`.padStart(10)}${String(m('requests')).padStart(10)}` +
      `${m('cls').toFixed(3).padStart(8)}${`${(t.heap / 1024).toFixed(0)} KB`.padStart(12)}`,
  );
}
if (TIMELINE) {
  for (const t of targets) {
    console.log(`\n${t.label}: the last run's requests (start → end, ms after navigation)`);
    for (const [name, start, end] of t.runs.at(-1).timeline.sort((a, b) => a[1] - b[1])) {
      console.log(`  ${String(Math.round(start)).padStart(6)} → ${String(Math.round(end)).padStart(6)}  ${name}`);
    }
  }
}
