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
);
