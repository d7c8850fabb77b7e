import { LatchRuntimeError } from './errors.js';

/**
 * A module loaded on first use, by whatever the entry that built this core sets (as for WebAuthn): the `latch`
 * module and the element that needs it `import()` it; the script-tag loader fetches its chunk (LAZY_MODULES in
 * src/loader/elements.ts). The core never names the module itself, so the loader does not carry it.
 */
export function lazyModule<T>() {
  let load: (() => Promise<T>) | null = null;
  return {
    load(): Promise<T> {
      return load ? load() : Promise.reject(new LatchRuntimeError('module_not_loaded', 'Not loaded in this build.'));
    },
    set(next: () => Promise<T>): void {
      load = next;
    },
  };
}
