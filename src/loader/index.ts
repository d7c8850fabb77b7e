/**
 * The entry of dist/latch.js, a classic script: the core (Latch, HTTP adapter, resources, appearance and
 * localization engines, en-US common strings, the control elements) and a loader that fetches every other
 * element, the other locales and the prebuilt themes (src/loader/elements.ts) as ES chunks from beside this
 * script when the page needs them. The chunks read the core from the table published here instead of carrying a copy of it.
 *
 *   <script src="/dist/latch.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
// First: start.ts starts the Frontend API load, before the rest is evaluated.
import './start.js';
import '../components/control/index.js';
import { chunks, shared, sharedKey } from 'virtual:latch-shared';
import {
  type OrganizationEnrollmentModule,
  setOrganizationEnrollmentLoader,
} from '../api/organization-enrollment-loader.js';
import type { PrebuiltTheme } from '../appearance/theme.js';
import { setElementDemand } from '../core/element-demand.js';
import { type RedirectCallbackModule, setRedirectCallbackLoader } from '../core/redirect-callback-loader.js';
import { registerLocale } from '../localization/registry.js';
import type { LocalizationResource } from '../localization/types.js';
import type { WebAuthnBrowser } from '../resources/webauthn.js';
import { setWebAuthnLoader } from '../resources/webauthn.js';
import type * as prebuiltThemes from '../themes/index.js';
import { ElementLoader } from './element-loader.js';

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

// Passkey ceremonies fetch @simplewebauthn/browser as its own chunk, the first time one starts.
setWebAuthnLoader(() => loader.load('webauthn') as Promise<WebAuthnBrowser>);
// handleRedirectCallback's code is a chunk too: only the page a provider or an email link returns to needs it.
setRedirectCallbackLoader(() => loader.load('redirect-callback') as Promise<RedirectCallbackModule>);
// So is the organization-enrollment code (domains, requests, suggestions, invitations): src/api/organization-enrollment-loader.ts.
setOrganizationEnrollmentLoader(() => loader.load('organization-enrollment') as Promise<OrganizationEnrollmentModule>);

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
export const observe = (root: ShadowRoot): void => loader.observe(root);

// The Frontend API load started first (start.ts); now the tags already parsed, and those parsed next, fetch
// their chunks while it runs.
loader.observe(document);
