/**
 * How long the property-based tests run. `npm test` uses a fixed seed and a bounded number of runs, so a
 * failure reproduces and the suite stays fast; `npm run fuzz:client` sets `globalThis.LATCH_FUZZ` (see
 * web-test-runner.fuzz.config.mjs) to a random seed and many more runs. A failure prints its seed and path:
 * put them in LATCH_FUZZ (`{ seed, path }`) to replay it.
 */
import type { Parameters } from 'fast-check';

interface FuzzOverrides {
  seed?: number;
  path?: string;
  /** Multiplies every property's bounded run count. */
  scale?: number;
}

const overrides: FuzzOverrides = (globalThis as { LATCH_FUZZ?: FuzzOverrides }).LATCH_FUZZ ?? {};

/** fast-check parameters for a property that runs `numRuns` times in `npm test`. */
export function fuzzParameters<T>(numRuns: number): Parameters<T> {
  const seed = overrides.seed ?? 20_261_201;
  return {
    seed,
    numRuns: Math.round(numRuns * (overrides.scale ?? 1)),
    ...(overrides.path ? { path: overrides.path } : {}),
  };
}

/** A test timeout that grows with the run count, for a property bounded at `ms` in `npm test`. */
export function fuzzTimeout(ms: number): number {
  return ms * Math.max(1, overrides.scale ?? 1);
}
