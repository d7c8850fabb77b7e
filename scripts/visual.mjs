// Visual baselines: screenshots every story of the built Storybook in Debian's Chromium and compares each with
// its PNG in test/visual/baselines/. A difference above the tolerance fails and leaves the actual image and a
// diff image in test/visual/output/ (git-ignored).
//
//   node scripts/visual.mjs              build storybook-static, then compare
//   node scripts/visual.mjs --no-build   reuse storybook-static (npm test builds it in the stage before)
//   node scripts/visual.mjs --update     accept: write new and changed baselines, delete those of gone stories
//   node scripts/visual.mjs --filter sign-in   only shots whose name contains the text (--verbose: time each)
//
// Which shots: every story in the default theme; stories tagged `visual-themes` (the main states: the tag must be
// written as a string literal in the story, Storybook's indexer reads it statically) also in every
// other toolbar theme and in fr-FR written right to left (Latch ships no right-to-left locale yet, so the
// direction toolbar's `rtl` stands in for ar-SA). Rendering is made deterministic: the DejaVu Sans font the
// decorator sets (fonts-dejavu-core, installed by scripts/ensure-chromium.sh), a fixed clock, a fixed viewport at
// device scale factor 1, animations and transitions off, the caret hidden.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC_DIR = join(ROOT, 'storybook-static');
const BASELINES = join(ROOT, 'test/visual/baselines');
const OUTPUT = join(ROOT, 'test/visual/output');

/** Themes of the toolbar besides `default` (.storybook/latch-globals.ts), for the main states. */
const OTHER_THEMES = ['dark', 'shadesOfPurple', 'neobrutalism', 'simple', 'dark-neobrutalism'];
const MAIN_STATE_TAG = 'visual-themes';
const VIEWPORT = { width: 900, height: 1000 };
const FIXED_TIME = new Date('2026-06-01T12:00:00Z');
/** pixelmatch's per-pixel colour distance, and how many differing pixels still count as the same image. */
const COLOR_THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 8;
/**
 * Pages shooting at once, each loading the preview bundle once and switching stories over the channel. One page
 * kept the machine a third busy (waiting on renders and screenshots): two take 63-65 s against 96 s on two cores,
 * with the same shots (three runs, no re-render needed). `VISUAL_WORKERS=1` for one.
 */
const WORKERS = Math.max(1, Number(process.env.VISUAL_WORKERS ?? 2) || 1);
/**
 * Content that changes by itself (the resend countdown ticks every second; fresh backup codes are random): masked.
 * Also the text typed in the reverification dialog's backup-code input: the dialog is centred at a fractional
 * position (the input's top at 464.375 px), and Chromium rasterizes that text one pixel higher or lower from one
 * render to the next (seen in CI, then reproduced here with nothing else changed). The field's error and the
 * dialog around it stay compared.
 */
const VOLATILE = [
  '.cl-formResendCodeLink',
  '.cl-profileSectionItem__backupCode',
  'dialog.cl-modalContent__reverification input[name="code"]:not([inputmode])',
];
/** Fields a page focuses by itself when it shows them: in the story root, or in Latch's own modal. */
const AUTOFOCUS = '#storybook-root [autofocus], body > latch-modal [autofocus]';
const NO_MOTION_CSS = `*, *::before, *::after {
  animation: none !important; transition: none !important; caret-color: transparent !important;
}`;

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    filter: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

if (!options['no-build'] || !existsSync(join(STATIC_DIR, 'index.json'))) {
  console.log('Building storybook-static…');
  try {
    execFileSync('npm', ['run', '-s', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('visual: the Storybook build failed (see above).');
    process.exit(1);
  }
}

/** Every shot: its baseline name and the iframe URL that renders it. */
function plannedShots() {
  const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const shots = [];
  for (const story of stories) {
    shots.push({ name: story.id, id: story.id, globals: {} });
    if (!story.tags?.includes(MAIN_STATE_TAG)) continue;
    for (const theme of OTHER_THEMES) shots.push({ name: `${story.id}--${theme}`, id: story.id, globals: { theme } });
    shots.push({ name: `${story.id}--rtl-fr-FR`, id: story.id, globals: { locale: 'fr-FR', direction: 'rtl' } });
  }
  // Shots under the same globals run one after another, so the page rarely reloads (see `show`).
  const groups = [...new Set(shots.map((shot) => JSON.stringify(shot.globals)))];
  shots.sort((a, b) => groups.indexOf(JSON.stringify(a.globals)) - groups.indexOf(JSON.stringify(b.globals)));
  return shots.filter((shot) => !options.filter || shot.name.includes(options.filter));
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A minimal static server for storybook-static (no dependency, no directory listing). */
function serveStatic() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(STATIC_DIR, path);
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(STATIC_DIR) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function storyUrl(base, shot) {
  // Automatic axe runs belong to `npm run test:stories`; here they would only slow each shot down.
  const globals = Object.entries({ ...shot.globals, 'a11y.manual': '!true' })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  return `${base}/iframe.html?id=${encodeURIComponent(shot.id)}&viewMode=story&globals=${globals}`;
}

/**
 * Shows one shot in the page. A shot under other globals than the one before (or the same story again) loads the
 * iframe with them in its URL; the others switch story over Storybook's channel, which saves loading the preview
 * bundle each time. (Switching globals over the channel too races with the story render: some shots got the old
 * theme.)
 */
async function show(page, base, shot, previous) {
  const sameGlobals = previous && JSON.stringify(previous.globals) === JSON.stringify(shot.globals);
  if (!sameGlobals || previous.id === shot.id) {
    await page.goto(storyUrl(base, shot));
    await page.addStyleTag({ content: NO_MOTION_CSS });
  } else {
    await page.evaluate(
      ([id, autofocus]) => {
        delete window.__visualStories[id];
        // A document honours `autofocus` once, on the first page of the run: a story shown later in the same page
        // would lack the focus ring it has on a page of its own, and its shot would depend on the order of the
        // shots (a `--filter` run, a story added before it). So the page does for the story what a fresh page's
        // rendering does: at the frame after its first autofocus field appears, focus that field if nothing else
        // has the focus. Once per story, as a document does it once.
        const earlier = new Set(document.querySelectorAll(autofocus)); // the previous story's, on its way out
        const firstNew = () => [...document.querySelectorAll(autofocus)].find((node) => !earlier.has(node));
        const observer = new MutationObserver(() => {
          if (!firstNew()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            if (!document.activeElement || document.activeElement === document.body) firstNew()?.focus();
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        // Each shot starts with none of the sheets earlier stories adopted, as on a page of its own: otherwise a
        // story's look depends on which stories ran before it (rules of one element leaking into another).
        document.adoptedStyleSheets = [];
        window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      },
      [shot.id, AUTOFOCUS],
    );
  }
  const status = await page
    .waitForFunction((id) => window.__visualStories?.[id], shot.id, { timeout: 15_000 })
    .then((handle) => handle.jsonValue());
  if (status.status !== 'success') {
    throw new Error(`the story failed: ${status.error ?? 'see npm run storybook'}`);
  }
}

/**
 * Runs before Storybook in every page: records how each story ended (`storyFinished`, after its play function)
 * and why it failed, from Storybook's channel, as soon as the preview creates it.
 */
function recordStoryOutcomes() {
  let channel;
  const stories = {};
  let lastError;
  window.__visualStories = stories;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next.on('storyRenderPhaseChanged', ({ newPhase, storyId }) => {
        if (newPhase === 'loading') delete stories[storyId];
      });
      next.on('playFunctionThrewException', (error) => {
        lastError = error?.message;
      });
      next.on('storyThrewException', (error) => {
        lastError = error?.message;
      });
      next.on('storyErrored', (error) => {
        lastError = error?.title ?? error?.description;
      });
      next.on('storyFinished', ({ storyId, status }) => {
        stories[storyId] = { status, error: lastError };
        lastError = undefined;
      });
    },
  });
}

/** Renders one shot and returns its PNG, cropped to the story root and whatever overflows it (menus, popovers). */
async function capture(page, base, shot, previous) {
  const errors = [];
  const onError = (error) => errors.push(String(error).split('\n')[0]);
  page.on('pageerror', onError);
  try {
    await show(page, base, shot, previous);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const clip = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root');
      let { left, top, right, bottom } = root.getBoundingClientRect();
      // Latch's own modal (openSignIn, openCreateOrganization, …) lives in the body, outside the story root.
      for (const node of [...root.querySelectorAll('*'), ...document.querySelectorAll('body > latch-modal *')]) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        left = Math.min(left, box.left);
        top = Math.min(top, box.top);
        right = Math.max(right, box.right);
        bottom = Math.max(bottom, box.bottom);
      }
      const x = Math.max(0, Math.floor(left));
      const y = Math.max(0, Math.floor(top));
      return {
        x,
        y,
        // At least one pixel: a story may rightly show nothing (a dismissed dialog, a signed-out control).
        width: Math.max(1, Math.min(window.innerWidth, Math.ceil(right)) - x),
        height: Math.max(1, Math.min(window.innerHeight, Math.ceil(bottom)) - y),
      };
    });
    const mask = VOLATILE.map((selector) => page.locator(selector));
    const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide', mask });
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    return png;
  } finally {
    page.off('pageerror', onError);
  }
}

/** Compares with the baseline: `undefined` when they match, else why not (and the diff written to OUTPUT). */
function compare(name, actualBuffer) {
  const baselineFile = join(BASELINES, `${name}.png`);
  if (!existsSync(baselineFile)) return 'no baseline';
  const baseline = PNG.sync.read(readFileSync(baselineFile));
  const actual = PNG.sync.read(actualBuffer);
  if (baseline.width !== actual.width || baseline.height !== actual.height) {
    writeFileSync(join(OUTPUT, `${name}.actual.png`), actualBuffer);
    return `size ${actual.width}×${actual.height}, baseline ${baseline.width}×${baseline.height}`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const pixels = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: COLOR_THRESHOLD,
  });
  if (pixels <= MAX_DIFF_PIXELS) return undefined;
  writeFileSync(join(OUTPUT, `${name}.actual.png`), actualBuffer);
  writeFileSync(join(OUTPUT, `${name}.diff.png`), PNG.sync.write(diff));
  return `${pixels} pixels differ`;
}

const shots = plannedShots();
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });
mkdirSync(BASELINES, { recursive: true });

const server = await serveStatic();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const failures = [];
const missing = [];
let written = 0;
const started = Date.now();
try {
  const queue = [...shots];
  const worker = async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    await context.clock.setFixedTime(FIXED_TIME);
    // The memory API answers at once (stories/support.ts): shots wait for end states, not for spinners.
    await context.addInitScript(() => {
      globalThis.__latchStoryLatencyMs = 0;
    });
    await context.addInitScript(recordStoryOutcomes);
    const page = await context.newPage();
    // Focus rings must not depend on whether this headless page happens to hold the window's focus.
    await (await context.newCDPSession(page)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
    let previous;
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      let png;
      const shotStarted = Date.now();
      try {
        png = await capture(page, base, shot, previous);
        if (options.verbose) console.log(`${shot.name}: ${Date.now() - shotStarted} ms`);
        previous = shot;
      } catch (error) {
        failures.push(`${shot.name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        previous = undefined; // start the next shot from a fresh page
        continue;
      }
      let problem = compare(shot.name, png);
      // Text in a box at a fractional position (a centred dialog) is sometimes rasterized 1 px apart from one page
      // load to the next. A differing shot gets up to two more renders on a fresh page before it counts as failed;
      // a shot that needed them is named, so a flaky story does not go unnoticed.
      for (let render = 2; problem && problem !== 'no baseline' && !options.update && render <= 3; render++) {
        png = await capture(page, base, shot, undefined).catch(() => png);
        problem = compare(shot.name, png);
        if (!problem) console.log(`visual: ${shot.name} matched on render ${render} of a fresh page`);
      }
      if (problem && options.update) {
        writeFileSync(join(BASELINES, `${shot.name}.png`), png);
        written += 1;
      } else if (problem === 'no baseline') {
        missing.push(shot.name);
      } else if (problem) {
        failures.push(`${shot.name}: ${problem} (see test/visual/output/${shot.name}.diff.png)`);
      }
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
} finally {
  await browser.close();
  server.close();
}

// Baselines of stories that no longer exist: removed on update, listed otherwise.
const planned = new Set(shots.map((shot) => `${shot.name}.png`));
const stale = options.filter
  ? []
  : readdirSync(BASELINES).filter((file) => file.endsWith('.png') && !planned.has(file));
if (options.update) for (const file of stale) rmSync(join(BASELINES, file));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`visual: ${shots.length} shots in ${seconds} s${options.update ? `, ${written} baselines written` : ''}`);
if (stale.length && !options.update)
  console.log(`visual: baselines without a story (npm run visual:update removes them): ${stale.join(', ')}`);
if (stale.length && options.update) console.log(`visual: removed ${stale.length} baselines of stories that are gone`);
for (const name of missing) {
  console.error(
    `✗ ${name}: no baseline yet. Look at the story, then run \`npm run visual:update\` and commit the PNG.`,
  );
}
for (const failure of failures) console.error(`✗ ${failure}`);
if (failures.length || missing.length) {
  console.error(
    `visual: ${failures.length + missing.length} of ${shots.length} shots failed. If the change is intended, accept it with \`npm run visual:update\`.`,
  );
  process.exit(1);
}
