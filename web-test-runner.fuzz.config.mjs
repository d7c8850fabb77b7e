// `npm run fuzz:client`: only the property-based tests, with a random seed (or LATCH_FUZZ_SEED) and
// LATCH_FUZZ_SCALE times the runs `npm test` does (default 20). A failure prints the seed and path to replay.
import base from './web-test-runner.config.mjs';

const seed = Number(process.env.LATCH_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const scale = Number(process.env.LATCH_FUZZ_SCALE ?? 20);
const path = process.env.LATCH_FUZZ_PATH;
const settings = JSON.stringify({ seed, scale, ...(path ? { path } : {}) });
console.log(`fuzz:client: seed ${seed}, ${scale}× the bounded runs`);

export default {
  ...base,
  files: ['test/**/*fuzz*.test.ts'],
  testFramework: { config: { timeout: 600_000 } },
  // A file's properties at 20× run for minutes on a loaded machine: the runner's own 2-minute limit per file
  // (testsFinishTimeout) stopped http-api-fuzz.test.ts mid-run (seed 262585436), not a failing property.
  testsFinishTimeout: 1_200_000,
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>globalThis.LATCH_FUZZ = ${settings};</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
};
