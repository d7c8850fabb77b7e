#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
// npm run bench [-- --runs 7 --cpu 4 --cycles 1000 --baseline /path/to/other/checkout --floor --timeline --devtools --json FILE]
//
// Time to an interactive sign-in as a new user gets it: a plain page on ANOTHER origin (a tiny http server on
// port 0) with the script tag pointing at the dev server and one <latch-sign-in>, in headless Chromium with a
// CPU throttle, a fresh browser context per run (first visit: no cache, no cookies). Prints medians of:
//   visible      the primary button is in the DOM with a box (the frame that paints it)
//   = script     latch.js downloaded → the first Frontend API request leaves (the loader's evaluation)
//   + fapi       first Frontend API request → last response (environment and dev browser, then client)
//   + paint      last Frontend API response → primary button visible ("data to paint")
//   (the rest is the page and latch.js download before the script runs)
// plus the gzip bytes of the JS responses and the requests made before the button showed, and the cumulative
// layout shift until 500 ms after it. Then 1,000 mountSignIn + unmountSignIn cycles and the JS heap growth after
// a forced GC. With --baseline, the same bench runs against that checkout's dist/ (built there; nothing is built
// here) in the same session, runs interleaved, and both are printed. With --floor, a third target shows what no
// framework can beat on this machine: the same page whose script is the card's finished markup and style sheet
// (copied from this checkout's rendered card) and one Frontend API request, nothing else. With --timeline, the
// requests of each target's last run are printed too (start and end, ms after navigation), with the moments the
// card first had content and the button showed: where the time goes. The timing runs use a Chromium with no DevTools Network domain
// (scripts/bench-cdp.mjs says why); --devtools runs them in Playwright pages instead, to compare.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDevServer } from '../server/index.ts';
import { launchPipeBrowser, visit } from './bench-cdp.mjs';
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
const FLOOR = args.includes('--floor');
const DEVTOOLS = args.includes('--devtools');
/** `--trace DIR`: each target's last run is traced (a file to open in DevTools' Performance panel). */
const TRACE_DIR = option('trace');
/** `--json FILE`: every run's figures, for a closer look at their spread than the medians give. */
const JSON_FILE = option('json');
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
    // Marks, so that a --trace shows these moments too.
    if (!bench.content && document.querySelector('latch-sign-in *'))
      bench.content = performance.mark('content').startTime;
    const button = document.querySelector('latch-sign-in .cl-formButtonPrimary');
    if (button && button.getBoundingClientRect().height > 0) {
      bench.visible = performance.mark('visible').startTime;
      resolveDone();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The plain page: one script tag in its head, the card in its body. */
const benchPage = (scriptTag) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
${scriptTag}
</head><body><main><h1>A plain page</h1><latch-sign-in routing="virtual"></latch-sign-in>
<p id="below">Text below the card moves if the card changes height.</p><div id="mount"></div></main></body></html>`;

async function target(root, label) {
  const server = await startDevServer({ port: 0, demo: true, dbFile: ':memory:', quiet: true, repoRoot: root });
  const page = benchPage(
    `<script src="${server.url}/dist/latch.js" data-publishable-key="${server.publishableKey}" data-proxy-url="${server.url}/__clerk"></script>`,
  );
  return servePage({ label, server, page });
}

async function servePage({ label, server, page }) {
  const plain = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${plain.address().port}/`;
  return { label, server, plain, url, runs: [] };
}

/**
 * `--floor`: the least any card can cost on this machine and this page. Its script (from another origin, as latch.js
 * is) holds the finished card of `from` (its markup and style sheet, copied from a rendered card), asks the Frontend
 * API for the environment (one round trip, as a card must before it knows its fields), and writes the markup in
 * once both the tag and the answer are there. No framework, no parsing, no chunk: what remains is the navigation,
 * one script's download, one request and the page's first layout and paint.
 */
async function floorTarget(from, browser) {
  const page = await browser.newPage();
  await page.goto(from.url);
  await page.locator('latch-sign-in .cl-formButtonPrimary').waitFor();
  const card = await page.evaluate(() => ({
    css: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    html: document.querySelector('latch-sign-in').innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
  }));
  await page.close();
  const environment = `${from.server.url}/__clerk/v1/environment`;
  const script = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(card.css)});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const data = fetch(${JSON.stringify(environment)}, { credentials: 'include' }).then((response) => response.json());
  const fill = (element) => data.then(() => { element.innerHTML = ${JSON.stringify(card.html)}; });
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.localName === 'latch-sign-in') fill(node);
  }).observe(document, { childList: true, subtree: true });
})();`;
  const files = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
    res.end(script);
  });
  await new Promise((resolve) => files.listen(0, 'localhost', resolve));
  const server = { close: () => new Promise((resolve) => files.close(resolve)) };
  const tag = `<script src="http://localhost:${files.address().port}/floor.js"></script>`;
  return { ...(await servePage({ label: 'floor: finished markup', server, page: benchPage(tag) })), floor: true };
}

/** In the page, once the button showed: the split of the time, from resource timing and the instrument's marks. */
function collectTimings() {
  const { visible, cls } = window.__bench;
  const resources = performance.getEntriesByType('resource').filter((r) => r.startTime <= visible);
  const script = resources.find((r) => /\/(dist\/latch|floor)\.js$/.test(r.name));
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
      ...resources.map((r) => [r.name.replace(/^.*\/(dist|v1)\//, '').replace(/\?.*/, ''), r.startTime, r.responseEnd]),
      ['(card has content)', window.__bench.content ?? 0, window.__bench.content ?? 0],
      ['(button visible)', visible, visible],
    ],
  };
}

/** The gzip size of each JS file, fetched once from the dev server (the same static files the page got). */
const gzipSizes = new Map();
async function gzipBytes(urls) {
  let sum = 0;
  for (const url of urls) {
    if (!gzipSizes.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      gzipSizes.set(url, gzipSync(body, { level: 9 }).length);
    }
    sum += gzipSizes.get(url);
  }
  return sum;
}

/** One first visit in the DevTools-free browser (scripts/bench-cdp.mjs): what a visitor's browser does. */
async function measure(pipeBrowser, t, { trace = false } = {}) {
  const timings = await visit(pipeBrowser, {
    trace,
    url: t.url,
    cpu: CPU,
    initScript: instrument,
    // The page's own promise: no polling from here that would compete for the throttled main thread.
    waitFor: () => window.__bench.done,
    settleMs: 500,
    collect: collectTimings,
  });
  timings.jsBytes = await gzipBytes(timings.jsBefore);
  delete timings.jsBefore;
  if (timings.trace) {
    const file = join(TRACE_DIR, `${t.label.replace(/[^\w.-]+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(timings.trace));
    delete timings.trace;
    console.log(`trace of ${t.label}: ${file}`);
  }
  return timings;
}

/**
 * `--devtools`: the same visit in a Playwright page, whose DevTools Network domain records each request's initiator
 * stack (what the timing runs measured before scripts/bench-cdp.mjs; kept to show what that instrumentation costs).
 */
async function measureWithDevtools(browser, t) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.addInitScript(instrument);
  await page.goto(t.url);
  await page.evaluate(() => window.__bench.done);
  await page.waitForTimeout(500);
  const timings = await page.evaluate(collectTimings);
  await context.close();
  timings.jsBytes = await gzipBytes(timings.jsBefore);
  delete timings.jsBefore;
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
if (FLOOR) targets.push(await floorTarget(targets[0], browser));
const pipeBrowser = DEVTOOLS ? null : await launchPipeBrowser();
const run = (t, last = false) =>
  DEVTOOLS ? measureWithDevtools(browser, t) : measure(pipeBrowser, t, { trace: last && Boolean(TRACE_DIR) });
try {
  for (const t of targets) await run(t); // warm-up: server JIT, disk cache of the files
  // Interleaved, and each round in the other order: on a busy machine the first visit of a round fared worse, and a
  // fixed order made that look like a difference between the targets.
  for (let i = 0; i < RUNS; i++) {
    for (const t of i % 2 ? [...targets].reverse() : targets) t.runs.push(await run(t, i === RUNS - 1));
  }
  // The floor has no Latch to mount.
  for (const t of targets) if (!t.floor) t.heap = await heapGrowth(browser, t);
} finally {
  await pipeBrowser?.close();
  await browser.close();
  for (const t of targets) {
    await t.server.close();
    await new Promise((resolve) => t.plain.close(resolve));
  }
}

const ms = (v) => `${Math.round(v)} ms`.padStart(8);
console.log(
  `Sign-in on a plain page of another origin, ${CPU}x CPU throttle, median of ${RUNS} fresh-context runs` +
    (DEVTOOLS ? ', in a Playwright page (DevTools Network domain on)' : ''),
);
console.log(
  `${'target'.padEnd(30)}${'visible'.padStart(8)}${'script'.padStart(8)}${'fapi'.padStart(8)}${'paint'.padStart(8)}` +
    `${'JS gzip'.padStart(10)}${'requests'.padStart(10)}${'CLS'.padStart(8)}${'heap/1k'.padStart(12)}`,
);
for (const t of targets) {
  const m = (key) => median(t.runs.map((r) => r[key]));
  console.log(
    `${t.label.slice(0, 29).padEnd(30)}${ms(m('visible'))}${ms(m('script'))}${ms(m('fapi'))}${ms(m('paint'))}` +
      `${`${m('jsBytes').toLocaleString('en-US')} B`.padStart(10)}${String(m('requests')).padStart(10)}` +
      `${m('cls').toFixed(3).padStart(8)}${(t.heap === undefined ? '-' : `${(t.heap / 1024).toFixed(0)} KB`).padStart(12)}`,
  );
}
if (JSON_FILE) {
  const runs = targets.map(({ label, runs }) => ({ label, runs }));
  writeFileSync(JSON_FILE, JSON.stringify(runs, null, 1));
}
if (TIMELINE) {
  for (const t of targets) {
    console.log(`\n${t.label}: the last run's requests (start → end, ms after navigation)`);
    for (const [name, start, end] of t.runs.at(-1).timeline.sort((a, b) => a[1] - b[1])) {
      console.log(`  ${String(Math.round(start)).padStart(6)} → ${String(Math.round(end)).padStart(6)}  ${name}`);
    }
  }
}
