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
import { minifyCssLiteralsEsbuild } from './minify-css-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const BUDGETS = { signInPage: 40_000, scriptTag: 120_000, locale: 12_000 };
// Lazy step chunks with a budget of their own, by the name the bundler gives them (DESIGN.md §5: ≤ 8,000 B).
const LAZY_BUDGETS = { 'second-factor': 8_000 };
const lazyBudget = (file) => Object.entries(LAZY_BUDGETS).find(([name]) => file.startsWith(`${name}-`))?.[1];

if (!existsSync(join(root, 'dist/latch.js'))) {
  execFileSync('npx', ['vite', 'build', '--mode', 'iife', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

const rows = [];
const check = (label, bytes, budget) =>
  rows.push({ label, bytes, budget, ok: budget === undefined || bytes <= budget });

// (a) is bundled the way an application's bundler would (minified ES modules, code-split), from the sources.
const page = await build({
  entryPoints: [join(root, 'scripts/size-entries/sign-in-page.ts')],
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: join(root, 'dist/size'),
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [minifyCssLiteralsEsbuild()],
  metafile: true,
  write: false,
});
// A page downloads the entry and every chunk it imports statically (shared code split out by the bundler);
// chunks reached only through import() load later, on demand, and are listed separately.
const byPath = new Map(page.outputFiles.map((file) => [file.path, file]));
const outputs = page.metafile.outputs;
const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint);
const eager = new Set();
const visit = (path) => {
  if (eager.has(path)) return;
  eager.add(path);
  for (const dep of outputs[path].imports) if (dep.kind === 'import-statement') visit(dep.path);
};
visit(entryPath);
const fileOf = (path) => byPath.get(join(root, path)) ?? byPath.get(path);
const eagerBytes = [...eager].reduce((sum, path) => sum + gz(fileOf(path).contents), 0);
check(`(a) <latch-sign-in> page: core + element + en-US (${eager.size} files)`, eagerBytes, BUDGETS.signInPage);
for (const path of Object.keys(outputs).filter((p) => !eager.has(p) && p.endsWith('.js'))) {
  const file = path.split('/').pop();
  check(`    lazy chunk ${file}`, gz(fileOf(path).contents), lazyBudget(file));
}

check('(b) dist/latch.js script-tag bundle', gz(readFileSync(join(root, 'dist/latch.js'))), BUDGETS.scriptTag);

const localeDir = join(root, 'src/localization/locales');
for (const file of existsSync(localeDir) ? readdirSync(localeDir).filter((f) => f.endsWith('.ts')) : []) {
  const out = await build({
    entryPoints: [join(localeDir, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  check(`(c) locale ${file.replace('.ts', '')}`, gz(out.outputFiles[0].contents), BUDGETS.locale);
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'artifact'.padEnd(width)}  gzip bytes  budget`);
for (const r of rows) {
  const budget = r.budget === undefined ? '' : `${r.budget.toLocaleString('en-US')}${r.ok ? '' : '  OVER budget'}`;
  console.log(`${r.label.padEnd(width)}  ${r.bytes.toLocaleString('en-US').padStart(10)}  ${budget}`);
}
if (rows.some((r) => !r.ok)) {
  console.error('size: over budget');
  process.exit(1);
}
