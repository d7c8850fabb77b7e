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
  // Two test files at a time (WTR_CONCURRENCY to change it): 163-174 s against 197 s for one at a time on 2 cores,
  // with the same 749 passes. Before each page emulated focus, two at a time failed 8 focus and keyboard tests.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  reporters: [defaultReporter(), failureSummaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
