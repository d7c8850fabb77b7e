import { userEvent, waitFor } from 'storybook/test';
import { type FrontendApiMethod, MemoryFrontendApi, type MemoryFrontendApiOptions } from '../src/api/index.js';
import type { Appearance } from '../src/appearance/index.js';
import { Latch } from '../src/core/index.js';
import type { LocalizationResource } from '../src/localization/index.js';

export const DEMO = {
  emailAddress: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

export { appearanceArgTypes, variablesFromArgs } from '../.storybook/latch-globals.js';

/**
 * How long the memory API takes to answer: long enough to see spinners while browsing stories; 0 when
 * scripts/visual.mjs or the stories-as-tests run (stories/test-latency.ts) sets `__latchStoryLatencyMs`: their
 * shots and play functions wait for end states, so waiting buys nothing.
 */
export const STORY_LATENCY_MS = (globalThis as { __latchStoryLatencyMs?: number }).__latchStoryLatencyMs ?? 300;

/** A Latch on the in-memory API; navigation stays inside the story. */
export async function storyLatch(
  api: MemoryFrontendApiOptions | MemoryFrontendApi = { users: [DEMO], latencyMs: STORY_LATENCY_MS },
  extra: { appearance?: Appearance; localization?: LocalizationResource } = {},
): Promise<Latch> {
  const latch = new Latch(undefined, {
    api: api instanceof MemoryFrontendApi ? api : new MemoryFrontendApi(api),
    routerPush: () => undefined,
    routerReplace: () => undefined,
    ...extra,
  });
  await latch.load();
  return latch;
}

/**
 * Leaves every later call of `method` pending, so a story can show a request in flight and stay there (for the
 * eye, for its play function and for a stable screenshot).
 */
export function holdCalls(api: MemoryFrontendApi, method: FrontendApiMethod): void {
  Object.defineProperty(api, method, { value: () => new Promise(() => undefined) });
}

/** A sign-in already past its first step, for stories of the factor-one screens. */
export async function latchAtFirstFactor(api?: MemoryFrontendApi): Promise<Latch> {
  const latch = await storyLatch(api);
  await latch.client!.signIn.create({ identifier: DEMO.emailAddress });
  return latch;
}

/** A Latch that never loads: what elements show while the network is slow. */
export function unloadedLatch(): Latch {
  return new Latch(undefined, { api: new MemoryFrontendApi() });
}

/**
 * The input named `name`, once rendered. Play functions find fields by name rather than by label text so they
 * also run under the toolbar's other languages (the visual baselines play the main states in fr-FR).
 */
export function findInput(canvasElement: HTMLElement, name: string): Promise<HTMLInputElement> {
  return waitFor(
    () => {
      const input = canvasElement.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (!input) throw new Error(`no input named "${name}" yet`);
      return input;
    },
    // Generous: a step may wait for its chunk and the memory adapter's latency on a loaded CI machine.
    { timeout: 10_000 },
  );
}

/** The node matching `selector` in the story's canvas, once rendered. */
export const find = (canvas: HTMLElement, selector: string, timeout = 10_000): Promise<HTMLElement> =>
  waitFor(
    () => {
      const found = canvas.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout },
  );

/** Clicks the node matching `selector`, once rendered. */
export const click = async (canvas: HTMLElement, selector: string): Promise<void> =>
  userEvent.click(await find(canvas, selector));

/**
 * A story's `beforeEach` that puts `name=value` in the page URL while the story shows (an email link's
 * `__clerk_status`, say) and takes it away after, so the other stories start clean.
 */
export const withPageParam = (name: string, value: string) => (): (() => void) => {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
  return () => {
    url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
  };
};
/** Picks `file` in the canvas's file input, as the browser's picker does (userEvent.upload would drop a file the `accept` attribute excludes). */
export async function chooseFile(canvas: HTMLElement, file: File): Promise<void> {
  const picker = (await find(canvas, 'input[type="file"]')) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}
