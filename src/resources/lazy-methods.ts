export type { Words } from '../api/http/transport.js';

import type { ResourceHost } from './host.js';

/** A method of a lazily loaded table: the instance and its host come before the caller's arguments. */
export type LazyMethod<T> = (self: T, host: ResourceHost, ...args: never[]) => unknown;

/**
 * The table a lazy module exports for methods `M` of class `T`: each function takes the instance and its host,
 * then the method's own arguments, and returns what the method does.
 */
export type LazyTable<T, M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => infer R ? (self: T, host: ResourceHost, ...args: A) => R : never;
};

/** `true` when two unions of names are the same (a method-name string against its interface's keys). */
export type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only for `true`: `type Checked = Assert<SameNames<…>>`. */
export type Assert<T extends true> = T;

/**
 * Defines `names` (space-separated) on `prototype` as async methods that import their module on the first call
 * (`load`, an `import()` that the script-tag loader turns into a chunk fetch) and run its namesake with the
 * instance and its host. The account and organization writes live in such modules: a page that only signs in
 * carries their names, not their code. `hostOf` reads the instance's private host (it is called from inside the
 * class, which alone can).
 */
export function defineLazyMethods<T extends object>(
  prototype: T,
  names: string,
  load: () => Promise<Record<string, LazyMethod<T>>>,
  hostOf: (instance: T) => ResourceHost,
): void {
  // Kept once loaded: later calls (a session's getToken, often) run without another trip through `import()`.
  let table: Record<string, LazyMethod<T>> | undefined;
  for (const name of names.split(' ')) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      async value(this: T, ...args: never[]) {
        table ??= await load();
        const method = table[name] as LazyMethod<T>;
        return method(this, hostOf(this), ...args);
      },
    });
  }
}
