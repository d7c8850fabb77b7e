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
      // Every page acts as the focused one (as Playwright's pages do), so that two test files at once do not take
      // the focus from each other: focus, blur and `:focus-visible` behave as in a window the user is in.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  // One test file at a time by default. Two at a time (WTR_CONCURRENCY=2) passes too now that each page emulates
  // focus (before, 8 focus and keyboard tests failed). It took 163-174 s against 197 s on a warm working copy, but
  // 190 s against 191 s in a clean-clone CI run: not worth the added timing risk there.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  reporters: [defaultReporter(), failureSummaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
