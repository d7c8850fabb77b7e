// Stories as tests (vitest.config.ts `setupFiles`): the memory adapter answers at once, as in the visual harness
// (scripts/visual.mjs), instead of after the 300 ms that make stories look real in Storybook. The play functions
// wait for end states, so the waiting bought nothing: 137 s of the stage's 183 s were spent in it.
(globalThis as { __latchStoryLatencyMs?: number }).__latchStoryLatencyMs = 0;
