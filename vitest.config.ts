// Stories as tests (`npm run test:stories`): every story renders in Debian's Chromium, its play function passes,
// and axe finds no violation (`a11y: { test: 'error' }` in .storybook/preview.ts).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // A story's play function waits for lazy chunks and the memory adapter's latency; on a loaded 2-core CI
          // machine that can take longer than Vitest's default 5 s.
          testTimeout: 30_000,
          setupFiles: ['./stories/test-latency.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
