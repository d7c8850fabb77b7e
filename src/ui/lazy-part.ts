/**
 * A module fetched on first need and kept once in (a menu's content, say): `module` is there once `load()` has
 * settled well. A failed fetch is forgotten, so the next `load()` tries again.
 */
export function lazyPart<T>(loader: () => Promise<T>): { readonly module: T | undefined; load: () => Promise<T> } {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get module() {
      return module;
    },
    load() {
      pending ??= loader().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
