/**
 * How the core asks for an element's code without importing it. With the ES modules, importing `latch/sign-in`
 * defines the element and nothing needs asking; with the script tag, the loader installs itself here and
 * fetches the element's chunk the moment `mountSignIn`, `openSignIn` and friends create its tag.
 *
 * Kept on `globalThis` under a global symbol, as the default-instance registry is, so a second copy of the core
 * on the page (a bundled import beside the script tag) asks the same loader.
 */
type ElementDemand = (tag: string) => void;

const DEMAND_KEY = Symbol.for('latch.element-demand');

export function setElementDemand(demand: ElementDemand | null): void {
  (globalThis as unknown as Record<symbol, ElementDemand | undefined>)[DEMAND_KEY] = demand ?? undefined;
}

/** Asks for `tag`'s definition unless it is defined already. Never throws: the element upgrades when it arrives. */
export function demandElement(tag: string): void {
  if (customElements.get(tag)) return;
  (globalThis as unknown as Record<symbol, ElementDemand | undefined>)[DEMAND_KEY]?.(tag);
}
