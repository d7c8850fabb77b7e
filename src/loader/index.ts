/**
 * The entry of dist/latch.js, a classic script: the core (Latch, HTTP adapter, resources, the
 * localization engine, en-US common strings) and a loader that fetches every other
 * element, the other locales and the prebuilt themes (src/loader/elements.ts) as ES chunks from beside this
 * script when the page needs them. The chunks read the core from the table published here instead of carrying a copy of it.
 *
 *   <script src="/dist/latch.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
// First: early-load.ts sends the first Frontend API requests before anything else is evaluated; start.ts then
// creates the Latch that takes their answers.
import './early-load.js';
import './start.js';
import { chunks, shared, sharedKey } from 'virtual:latch-shared';
import type { PrebuiltTheme } from '../appearance/theme.js';
import { adoptSheets, sheetFrom } from '../components/base/adopt-styles.js';
import { setElementDemand } from '../core/element-demand.js';
import { type RedirectCallbackModule, setRedirectCallbackLoader } from '../core/redirect-callback-loader.js';
import { registerLocale } from '../localization/registry.js';
import type { LocalizationResource } from '../localization/types.js';
import type { WebAuthnBrowser } from '../resources/webauthn.js';
import { setWebAuthnLoader } from '../resources/webauthn.js';
import type * as prebuiltThemes from '../themes/index.js';
import { FIRST_RULES } from './early-load.js';
import { ElementLoader } from './element-loader.js';
import { setLazyImport } from './lazy-import.js';

export * from './exports.js';

const script = document.currentScript as HTMLScriptElement | null;
(globalThis as unknown as Record<symbol, unknown>)[sharedKey] = shared;

const loader = new ElementLoader({
  chunks,
  // The chunk list names the lazy elements (`latch-*`) and locales (`locale-*`), so the loader carries no second list.
  tags: Object.keys(chunks).filter((key) => key.startsWith('latch-')),
  // Chunks sit beside this script, wherever it was loaded from (another origin, a CDN).
  baseUrl: script?.src || document.baseURI,
});
setElementDemand((tag) => loader.define(tag));

// A locale chunk exports its resource (e.g. `frFR`) and nothing else.
for (const key of Object.keys(chunks).filter((name) => name.startsWith('locale-'))) {
  registerLocale(key.slice('locale-'.length), async () => {
    const module = (await loader.load(key)) as Record<string, LocalizationResource>;
    return Object.values(module)[0] as LocalizationResource;
  });
}

// The core's `import()`s of its lazy modules (LAZY_MODULES), rewritten by the loader build, fetch their chunks.
setLazyImport((name) => loader.load(name));
// Passkey ceremonies fetch @simplewebauthn/browser as its own chunk, the first time one starts.
setWebAuthnLoader(() => loader.load('webauthn') as Promise<WebAuthnBrowser>);
// handleRedirectCallback's code is a chunk too: only the page a provider or an email link returns to needs it.
setRedirectCallbackLoader(() => loader.load('redirect-callback') as Promise<RedirectCallbackModule>);

/** The name of a prebuilt theme: `dark`, `neobrutalism`, `shadesOfPurple`, `simple`. */
export type ThemeName = Exclude<keyof typeof prebuiltThemes, 'createTheme'>;

/**
 * A prebuilt theme, fetched on first use (the ES build and dist/latch.full.js export them directly):
 * `latch.update({ appearance: { theme: await LatchBundle.loadTheme('dark') } })`.
 */
export async function loadTheme(name: ThemeName): Promise<PrebuiltTheme> {
  const themes = (await loader.load('themes')) as Record<string, unknown>;
  const theme = Object.hasOwn(themes, name) ? themes[name] : undefined;
  // The chunk also exports `createTheme`, a function: only objects are themes.
  if (!theme || typeof theme !== 'object') throw new Error(`[latch] No theme named "${name}".`);
  return theme as PrebuiltTheme;
}

/** Defines the lazy elements inside a shadow root of the page's own (the document is watched already). */
export const observe = (root: ShadowRoot): void => {
  adoptSheets(root, [sheetFrom(FIRST_RULES)]);
  loader.observe(root);
};

// The Frontend API load started first (start.ts); now the tags already parsed, and those parsed next, fetch
// their chunks while it runs.
loader.observe(document);
