#!/usr/bin/env node
// Prints gzip sizes of what pages really download and fails when a budget from DESIGN.md §5 is exceeded.
//   (a) JS to show <latch-sign-in> (core + element + en-US), all bundled and minified
//   (b) dist/latch.js, the script-tag bundle with every element
//   (c) one extra locale, as a lazily loaded chunk
// Run after `npm run build` (it builds the size entry itself).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const BUDGETS = { signInPage: 40_000, scriptTag: 120_000, locale: 12_000 };

execFileSync('npx', ['vite', 'build', '--mode', 'size', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(root, 'dist/latch.js'))) {
  execFileSync('npx', ['vite', 'build', '--mode', 'iife', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

const rows = [];
const check = (label, bytes, budget) => rows.push({ label, bytes, budget, ok: budget === undefined || bytes <= budget });

const sizeDir = join(root, 'dist/size');
const signIn = readFileSync(join(sizeDir, 'sign-in-page.js'));
check('(a) <latch-sign-in> page: core + element + en-US', gz(signIn), BUDGETS.signInPage);
for (const file of readdirSync(sizeDir).filter((f) => f.endsWith('.js') && f !== 'sign-in-page.js')) {
  check(`    chunk ${file}`, gz(readFileSync(join(sizeDir, file))));
}

check('(b) dist/latch.js script-tag bundle', gz(readFileSync(join(root, 'dist/latch.js'))), BUDGETS.scriptTag);

const localeDir = join(root, 'src/localization/locales');
for (const file of existsSync(localeDir) ? readdirSync(localeDir).filter((f) => f.endsWith('.ts')) : []) {
  const out = await build({ entryPoints: [join(localeDir, file)], bundle: true, minify: true, format: 'esm', write: false });
  check(`(c) locale ${file.replace('.ts', '')}`, gz(out.outputFiles[0].contents), BUDGETS.locale);
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'artifact'.padEnd(width)}  gzip bytes  budget`);
for (const r of rows) {
  const budget = r.budget === undefined ? '' : `${r.budget.toLocaleString('en-US')}${r.ok ? '' : '  OVER'}`;
  console.log(`${r.label.padEnd(width)}  ${r.bytes.toLocaleString('en-US').padStart(10)}  ${budget}`);
}
if (rows.some((r) => !r.ok)) {
  console.error('size: over budget');
  process.exit(1);
}
