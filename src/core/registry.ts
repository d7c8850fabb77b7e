/**
 * The default Latch instance: the one declaratively placed elements use when nothing closer (the `latch`
 * property, a `<latch-provider>`) gives them one. The script tag sets it; otherwise the first instance to
 * `load()` registers itself.
 *
 * State lives on `globalThis` under a global symbol, so a page that ends up with two copies of this module
 * (script tag plus a bundled import) still has one default.
 */
import type { Latch } from './latch.js';

type DefaultLatchListener = (latch: Latch) => void;

interface RegistryState {
  latch: Latch | undefined;
  listeners: Set<DefaultLatchListener>;
}

const REGISTRY_KEY = Symbol.for('latch.default-instance');

function registry(): RegistryState {
  const holder = globalThis as unknown as Record<symbol, RegistryState | undefined>;
  let state = holder[REGISTRY_KEY];
  if (!state) {
    state = { latch: undefined, listeners: new Set() };
    holder[REGISTRY_KEY] = state;
  }
  return state;
}

/** Makes `latch` the default instance (or clears it with null) and tells every waiting element. */
export function setDefaultLatch(latch: Latch | null): void {
  const state = registry();
  state.latch = latch ?? undefined;
  if (!latch) return;
  for (const listener of [...state.listeners]) listener(latch);
}

export function getDefaultLatch(): Latch | undefined {
  return registry().latch;
}

/**
 * Calls `listener` with the default instance now (if there is one) and whenever it is set later.
 * Returns the unsubscribe function.
 */
export function onDefaultLatch(listener: DefaultLatchListener): () => void {
  const state = registry();
  state.listeners.add(listener);
  if (state.latch) listener(state.latch);
  return () => {
    state.listeners.delete(listener);
  };
}
