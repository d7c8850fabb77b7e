import { defaultStrings } from './defaults.js';
import type { LocalizationResource } from './types.js';

/** Loads one locale's resource, typically a dynamic `import()` so it becomes its own lazy chunk. */
export type LocaleLoader = () => Promise<LocalizationResource>;

interface Entry {
  tag: string;
  loader: LocaleLoader;
  promise?: Promise<LocalizationResource>;
}

/** Keyed by the normalized tag: tags compare case-insensitively and `_` equals `-` (`fr_fr` is `fr-FR`). */
const entries = new Map<string, Entry>();

function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** Makes a locale available to `loadLocale`. Registering a tag again replaces its loader and drops its cache. */
export function registerLocale(tag: string, loader: LocaleLoader): void {
  entries.set(normalizeTag(tag), { tag, loader });
}

/** Every registered tag, as registered, e.g. `['en-US', 'fr-FR']`. */
export function availableLocales(): string[] {
  return [...entries.values()].map((entry) => entry.tag);
}

function findEntry(tag: string): Entry | undefined {
  const key = normalizeTag(tag);
  const exact = entries.get(key);
  if (exact) return exact;
  const language = key.split('-')[0];
  for (const [candidate, entry] of entries) {
    if (candidate.split('-')[0] === language) return entry;
  }
  return undefined;
}

/**
 * The registered tag that serves `tag`: the exact one, else the first with the same language (`fr` and `fr-CA`
 * get `fr-FR`); `undefined` when none does.
 */
export function matchLocale(tag: string): string | undefined {
  return findEntry(tag)?.tag;
}

/**
 * Loads the resource for `tag` (or its closest registered match) once; later calls share the promise. Rejects
 * for a locale nobody registered. A failed load is forgotten, so a later call retries (think flaky network).
 */
export function loadLocale(tag: string): Promise<LocalizationResource> {
  const entry = findEntry(tag);
  if (!entry) return Promise.reject(new Error(`[latch] No localization registered for "${tag}".`));
  entry.promise ??= entry.loader().catch((error: unknown) => {
    entry.promise = undefined;
    throw error;
  });
  return entry.promise;
}

// English is what the built-in defaults already hold (the shared strings plus those of every element defined on
// the page); loading the full resource here would pull every element's strings into every page.
registerLocale('en-US', () => Promise.resolve(defaultStrings() as LocalizationResource));
registerLocale('fr-FR', () => import('./locales/fr-FR.js').then((module) => module.frFR));
