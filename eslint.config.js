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
    // Lit reactive properties are declared in `static override properties`: decorators compile to a helper call per
    // field plus Lit's decorator modules, ~430 B gzip on every element page (measured 2026-12-02).
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Decorator',
          message: 'Declare Lit properties in `static override properties`, not with decorators.',
        },
      ],
    },
  },
);
