import { resolve } from 'node:path';
import { defineConfig, type Rolldown, type UserConfig } from 'vite';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { fetchStrengthBesideScript, STRENGTH_FILE } from './scripts/full-build-strength.mjs';
import {
  exposeSharedModules,
  namedZodImports,
  shareLoaderModules,
  // @ts-expect-error: plain .mjs build helpers without type declarations
} from './scripts/loader-build.mjs';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { terserPass } from './scripts/terser-pass.mjs';
import {
  ACCOUNT_CHUNK,
  FLOW_CHUNK,
  LAZY_ELEMENTS,
  LAZY_LOCALES,
  LAZY_MODULES,
  LOADER_CARRIES,
} from './src/loader/elements.js';

/**
 * Four builds from one config (`npm run build` runs them in this order):
 * - `vite build`               → dist/esm/*.js: the ES-module library, one entry per element plus the core,
 *                                 dependencies external so an application's bundler dedupes and tree-shakes them.
 * - `vite build --mode chunks` → dist/chunks/*.js: one ES chunk per lazily defined element and locale, reading
 *                                 the core from the loader (scripts/loader-build.mjs), plus their manifest.
 * - `vite build --mode loader` → dist/latch.js: the script-tag loader (a classic script: core + control elements,
 *                                 sets window.Latch and LatchBundle, imports the chunks on demand).
 * - `vite build --mode full`   → dist/latch.full.js: everything in one classic script, for pages that cannot
 *                                 load modules.
 * - `vite build --mode strength` → dist/latch.password-strength.js: the strength meter's estimator (zxcvbn), an
 *                                 ES module that latch.full.js imports beside itself instead of carrying it.
 */
const root = import.meta.dirname;
const entry = (path: string) => resolve(root, path);

const libraryEntries = {
  index: entry('src/index.ts'),
  'sign-in': entry('src/components/sign-in/index.ts'),
  'sign-up': entry('src/components/sign-up/index.ts'),
  'user-button': entry('src/components/user-button/index.ts'),
  waitlist: entry('src/components/waitlist/index.ts'),
  control: entry('src/components/control/index.ts'),
  buttons: entry('src/components/buttons/index.ts'),
  'script-tag': entry('src/script-tag.ts'),
  themes: entry('src/themes/index.ts'),
  localizations: entry('src/localization/resources.ts'),
};

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@floating-ui\//, /^zod($|\/)/, /^@simplewebauthn\//];

const LOADER_ENTRY = entry('src/loader/index.ts');
/** Every module the loader fetches instead of carrying: elements, locales and the named lazy modules. */
const LAZY_LOADED = [...Object.values(LAZY_ELEMENTS), ...Object.values(LAZY_LOCALES), ...Object.values(LAZY_MODULES)];
/** One chunk entry per element module, named after its first tag; the other tags it defines are aliases of it. */
const elementEntries = new Map<string, string>();
for (const [tag, path] of Object.entries(LAZY_ELEMENTS)) if (!elementEntries.has(path)) elementEntries.set(path, tag);
const elementAliases = Object.fromEntries(
  Object.entries(LAZY_ELEMENTS)
    .map(([tag, path]) => [tag, elementEntries.get(path)])
    .filter(([tag, name]) => tag !== name),
);

/** Per bundle: the files of the element chunks and of every chunk they import statically (what runs on load). */
const filesOnLoad = new WeakMap<object, Set<string>>();
/** Whether `chunk` runs as soon as its element is on the page (see COMPILE_HINT in scripts/terser-pass.mjs). */
function runsWithAnElement(chunk: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): boolean {
  let files = filesOnLoad.get(bundle);
  if (!files) {
    const names = new Set(elementEntries.values());
    const found = new Set<string>();
    const visit = (file: string) => {
      if (found.has(file)) return;
      found.add(file);
      const output = bundle[file];
      for (const imported of output?.type === 'chunk' ? output.imports : []) visit(imported);
    };
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk' && output.isEntry && names.has(output.name)) visit(output.fileName);
    }
    files = found;
    filesOnLoad.set(bundle, files);
  }
  return files.has(chunk.fileName);
}

/** A classic script of `file` named `LatchBundle` (its exports), written to dist/ beside the ESM build. */
const classicScript = (
  file: string,
  fileName: string,
  plugins: UserConfig['plugins'] = [],
  { compileHint = false } = {},
): UserConfig => ({
  plugins: [
    minifyCssLiteralsPlugin(),
    ...(plugins ?? []),
    terserPass({ module: false, compileHint: () => compileHint }),
  ],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: entry(file), name: 'LatchBundle', formats: ['iife'], fileName: () => fileName },
  },
});

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'loader') {
    // The loader runs on load, all of it: compiled ahead (COMPILE_HINT). Not latch.full.js, most of which a page
    // never runs.
    return classicScript(
      'src/loader/index.ts',
      'latch.js',
      [exposeSharedModules({ root, lazyModules: LAZY_LOADED, namedModules: LAZY_MODULES }), namedZodImports()],
      { compileHint: true },
    );
  }
  if (mode === 'full' || mode === 'iife') {
    return classicScript('src/script-tag.ts', 'latch.full.js', [fetchStrengthBesideScript()]);
  }
  if (mode === 'strength') {
    return {
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        lib: {
          entry: entry('src/components/sign-up/password-strength.ts'),
          formats: ['es'],
          fileName: () => STRENGTH_FILE,
        },
      },
    };
  }
  if (mode === 'chunks') {
    const chunkEntries = {
      ...Object.fromEntries([...elementEntries].map(([path, name]) => [name, entry(path)])),
      ...Object.fromEntries(Object.entries(LAZY_LOCALES).map(([tag, path]) => [`locale-${tag}`, entry(path)])),
      ...Object.fromEntries(Object.entries(LAZY_MODULES).map(([name, path]) => [name, entry(path)])),
    };
    return {
      plugins: [
        minifyCssLiteralsPlugin(),
        namedZodImports(),
        shareLoaderModules({
          root,
          loaderEntry: LOADER_ENTRY,
          carries: LOADER_CARRIES,
          lazyModules: LAZY_LOADED,
          aliases: elementAliases,
        }),
        // An element's chunk and the chunks it imports statically run when the element is on the page: compiled
        // ahead (COMPILE_HINT). Steps, locales and libraries fetched later are compiled as they are called.
        terserPass({ module: true, compileHint: runsWithAnElement }),
      ],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: { entry: chunkEntries, formats: ['es'], fileName: (_format, name) => `chunks/${name}-[hash].js` },
        rolldownOptions: {
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            minify: true,
            // The flow element and the account module, each with what it imports, are one chunk each (src/loader/elements.ts).
            codeSplitting: {
              groups: [
                { name: 'flow', test: FLOW_CHUNK },
                { name: 'account-resources', test: ACCOUNT_CHUNK },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyCssLiteralsPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: libraryEntries, formats: ['es'], fileName: (_format, name) => `esm/${name}.js` },
      rolldownOptions: { external, output: { chunkFileNames: 'esm/chunks/[name]-[hash].js' } },
    },
  };
});
