/**
 * Registers a custom element once. Two copies of Latch on one page (a script tag plus a bundled import, or
 * an HMR reload) must not throw "name already used": the first definition wins, later ones are ignored.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
