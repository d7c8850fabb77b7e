/**
 * Runs `task` once the browser is idle, at the latest after `timeoutMs`: work a page will want soon but not for its
 * first paint (a step module's prefetch, the dev-browser keeper). Without `requestIdleCallback` (Safari), after a
 * quarter of that time.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, timeoutMs / 4);
}
