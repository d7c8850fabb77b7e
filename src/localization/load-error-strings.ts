import { registerDefaultStrings } from './defaults.js';

let fetchStrings = () => import('./error-strings.js');
let loading: Promise<void> | undefined;

/**
 * Fetches the English words of server errors (en-US-errors.ts) once and registers them as defaults. Never rejects:
 * a failed download leaves the server's own message to show, and the next error tries again. The script-tag loader
 * carries this function and fetches the strings as a chunk (src/loader/elements.ts, LAZY_MODULES).
 */
export function loadErrorStrings(): Promise<void> {
  loading ??= fetchStrings().then(
    ({ enUSErrors }) => registerDefaultStrings(enUSErrors),
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** @internal For tests: replaces the download (a failing one, say); returns the previous one. */
export function setErrorStringsFetch(fetch: typeof fetchStrings): typeof fetchStrings {
  const previous = fetchStrings;
  fetchStrings = fetch;
  return previous;
}
