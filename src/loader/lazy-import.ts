/**
 * How the script-tag loader's own code reaches a module it fetches as a chunk (src/loader/elements.ts,
 * LAZY_MODULES). The loader build rewrites every `import('./x.js')` of such a module in the core into
 * `lazyImport('x')` (scripts/loader-build.mjs, exposeSharedModules); the ES build and dist/latch.full.js keep the
 * plain `import()`. So core code names its lazy parts the ordinary way, and the loader does not carry them.
 */
type ChunkLoader = (name: string) => Promise<unknown>;

let provide: (loader: ChunkLoader) => void;
/**
 * The chunk loader, once the loader's entry has set it. The script tag starts `Latch.load()` (src/loader/start.ts)
 * while the entry is still being evaluated, before it calls setLazyImport: an import asked for that early waits for
 * it instead of failing (a failed import once left the dev browser's token keeper out, and a tab stopped following
 * the others' sign-ins).
 */
const loaderReady = new Promise<ChunkLoader>((resolve) => {
  provide = resolve;
});

/** Set once by the loader's entry: fetches the named chunk beside the script. */
export function setLazyImport(loader: ChunkLoader): void {
  provide(loader);
}

export function lazyImport(name: string): Promise<unknown> {
  return loaderReady.then((load) => load(name));
}
