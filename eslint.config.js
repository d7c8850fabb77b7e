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
);
