// ESLint for what biome does not check: Lit template bindings (eslint-plugin-lit) and custom-element
// conventions (eslint-plugin-wc). Formatting and general lint are biome's (see biome.json).
import { defineConfig } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', '**/*.tmp.*'] },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/components/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    languageOptions: { parser: tseslint.parser },
  },
  {
    // `charAt` cuts emoji, flags and combining marks in half: user text is split by grapheme (src/ui/graphemes.ts).
    files: ['src/**/*.ts', 'server/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'charAt', message: 'Use firstGrapheme() from src/ui/graphemes.ts: charAt splits graphemes.' },
      ],
    },
  },
  {
    // zod/mini was ~6 KB gzip of the script-tag loader; src/api/mini-zod.ts has the same functional API.
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^zod($|/)', message: "Import * as z from src/api/mini-zod.ts (zod/mini's API)." }] },
      ],
    },
  },
);
