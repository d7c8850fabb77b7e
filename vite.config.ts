import { resolve } from 'node:path';
import { defineConfig } from 'vite';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

/**
 * Three builds from one config:
 * - `vite build`              → dist/esm/*.js: the ES-module library, one entry per element plus the core,
 *                                dependencies external so an application's bundler dedupes and tree-shakes them.
 * - `vite build --mode iife`  → dist/latch.js: the self-contained script-tag bundle (defines every element,
 *                                sets window.Latch).
 */
const root = import.meta.dirname;
const entry = (path: string) => resolve(root, path);

const libraryEntries = {
  index: entry('src/index.ts'),
  'sign-in': entry('src/components/sign-in/index.ts'),
  'sign-up': entry('src/components/sign-up/index.ts'),
  'user-button': entry('src/components/user-button/index.ts'),
  control: entry('src/components/control/index.ts'),
  'script-tag': entry('src/script-tag.ts'),
  themes: entry('src/themes/index.ts'),
  localizations: entry('src/localization/resources.ts'),
};

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@floating-ui\//, /^zod($|\/)/, /^@simplewebauthn\//];

export default defineConfig(({ mode }) => {
  if (mode === 'iife') {
    return {
      plugins: [minifyCssLiteralsPlugin()],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: entry('src/script-tag.ts'), name: 'LatchBundle', formats: ['iife'], fileName: () => 'latch.js' },
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
