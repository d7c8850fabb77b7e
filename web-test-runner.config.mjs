// Component and unit tests in headless Debian Chromium (see ../shared/notes/toolchain.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { failureSummaryReporter } from './scripts/wtr-failure-summary.mjs';

export default {
  files: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // One test file at a time by default (2 shared cores); WTR_CONCURRENCY=2 to measure more on a quieter machine.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  reporters: [defaultReporter(), failureSummaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
