/**
 * How the script-tag loader's own code reaches a module it fetches as a chunk (src/loader/elements.ts,
 * LAZY_MODULES). The loader build rewrites every `import('./x.js')` of such a module in the core into
 * `lazyImport('x')` (scripts/loader-build.mjs, exposeSharedModules); the ES build and dist/latch.full.js keep the
 * plain `import()`. So core code names its lazy parts the ordinary way, and the loader does not carry them.
 */
let load: ((name: string) => Promise<unknown>) | null = null;

/** Set once by the loader's entry: fetches the named chunk beside the script. */
export function setLazyImport(loader: (name: string) => Promise<unknown>): void {
  load = loader;
}

export function lazyImport(name: string): Promise<unknown> {
  if (!load) return Promise.reject(new Error(`[latch] No chunk loader for "${name}".`));
  return load(name);
}
