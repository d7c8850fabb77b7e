/**
 * The elements `dist/latch.js` defines lazily: tag → the module that defines it (relative to the repository).
 * Adding an element to the script tag is one line here; the build gives it its own chunk, `npm run size` a
 * budget, and the loader imports it the first time its tag (or a `mount*` / `open*` call) needs it.
 */
export const LAZY_ELEMENTS: Readonly<Record<string, string>> = {
  'latch-sign-in': 'src/components/sign-in/index.ts',
  'latch-sign-up': 'src/components/sign-up/index.ts',
  'latch-user-button': 'src/components/user-button/index.ts',
  'latch-waitlist': 'src/components/waitlist/index.ts',
  'latch-modal': 'src/components/modal/index.ts',
  'latch-sign-in-button': 'src/components/buttons/sign-in-button.ts',
  'latch-sign-up-button': 'src/components/buttons/sign-up-button.ts',
  'latch-sign-out-button': 'src/components/buttons/sign-out-button.ts',

  // One module defines the five: one chunk, fetched when the page has any of them.
  'latch-redirect-to-sign-in': 'src/components/redirect-to/index.ts',
  'latch-redirect-to-sign-up': 'src/components/redirect-to/index.ts',
  'latch-redirect-to-user-profile': 'src/components/redirect-to/index.ts',
  'latch-redirect-to-organization-profile': 'src/components/redirect-to/index.ts',
  'latch-redirect-to-create-organization': 'src/components/redirect-to/index.ts',

  'latch-user-profile': 'src/components/user-profile/index.ts',
  'latch-authenticate-with-redirect-callback': 'src/components/redirect-callback/index.ts',
  'latch-org-switcher': 'src/components/org-switcher/index.ts',
  'latch-create-org': 'src/components/create-org/index.ts',
  'latch-org-list': 'src/components/org-list/index.ts',
  // One module defines the profile and its custom page and link children.
  'latch-org-profile': 'src/components/org-profile/index.ts',
  'latch-org-profile-page': 'src/components/org-profile/index.ts',
  'latch-org-profile-link': 'src/components/org-profile/index.ts',
  // One module defines the state elements: one chunk. Until it is in, early-load.ts's sheet hides them (but
  // <latch-loading>, whose content is right until Latch has loaded).
  'latch-signed-in': 'src/components/control/state-elements.ts',
  'latch-signed-out': 'src/components/control/state-elements.ts',
  'latch-loaded': 'src/components/control/state-elements.ts',
  'latch-loading': 'src/components/control/state-elements.ts',
  'latch-failed': 'src/components/control/state-elements.ts',
  'latch-degraded': 'src/components/control/state-elements.ts',
  'latch-protect': 'src/components/control/state-elements.ts',
};

/**
 * Locales the loader fetches on demand (`LatchBundle.loadLocale('fr-FR')`) instead of carrying them: the
 * dynamic import specifier used in src/localization/registry.ts → the chunk's name.
 */
export const LAZY_LOCALES: Readonly<Record<string, string>> = {
  'fr-FR': 'src/localization/locales/fr-FR.ts',
};

/**
 * Modules the loader fetches on demand under a name of their own, not an element's or a locale's: the chunk's
 * name → the module. `themes` holds the prebuilt themes (`await LatchBundle.loadTheme('dark')`), which most
 * pages never use, so the loader does not carry them.
 */
export const LAZY_MODULES: Readonly<Record<string, string>> = {
  themes: 'src/themes/index.ts',
  webauthn: 'src/resources/webauthn-browser.ts',
  // handleRedirectCallback's code (src/core/redirect-callback-loader.ts says who sets how it arrives).
  'redirect-callback': 'src/core/redirect-callback.ts',
  // The core imports these with a plain `import()`, which the loader build turns into a fetch of their chunk
  // (src/loader/lazy-import.ts): what only some pages need stays out of the loader.
  'external-redirect': 'src/resources/external-redirect.ts',
  // The User and Organization methods beyond reading (src/resources/lazy-methods.ts).
  'user-methods': 'src/resources/user-methods.ts',
  'organization-methods': 'src/resources/organization-methods.ts',
  // The HTTP adapter's account and organization requests with their schemas (src/api/http/lazy-requests.ts).
  'account-requests': 'src/api/http/account-requests.ts',
  'organization-requests': 'src/api/http/organization-requests.ts',
  // The active session's token refresh and focus touch: fetched once a session exists (src/core/latch.ts).
  'session-refresh': 'src/core/session-refresh.ts',
  // ---- signed-in code (s8-signedin) ----
  // Latch's setActive / signOut / createOrganization (src/core/signed-in.ts): fetched on their first call.
  'signed-in': 'src/core/signed-in.ts',
  // A session's getToken / touch / end / remove (src/resources/session-methods.ts, as lazy-methods.ts explains).
  'session-methods': 'src/resources/session-methods.ts',
  // The development browser's token keeper: fetched by development keys only (src/api/http/dev-browser.ts).
  'dev-browser-store': 'src/api/http/dev-browser-store.ts',
  // The appearance cascade and its CSS (src/appearance/engine.ts): fetched once an appearance is set.
  'appearance-engine': 'src/appearance/engine.ts',
  // Session, User, Organization and their parts with their schemas (src/api/account-kit.ts): fetched when the first
  // client with a session arrives, so a signed-out page carries none of them.
  account: 'src/resources/account.ts',
  // The English words of server errors (src/localization/load-error-strings.ts): fetched when a form first fails.
  'error-strings': 'src/localization/error-strings.ts',
};

/**
 * Modules the loader carries although it does not use them itself: what every lazy element imports (the base
 * element with its styles, the shared icons). In the loader they cost a page no extra
 * request and compress with the core; as a chunk, every element page would fetch them anyway.
 */
export const LOADER_CARRIES: readonly string[] = [
  'src/components/base/latch-element.ts',
  'src/ui/icons.ts',
  // Every element chunk defines its element with it: one copy here, not a chunk of its own on every page.
  'src/components/base/define.ts',
  // What fetches the error strings, once for every element on the page (its chunk is in LAZY_MODULES).
  'src/localization/load-error-strings.ts',
];

/**
 * Modules that, with everything they import, form one chunk (`flow`) for the elements built on the flow element
 * (sign-in, sign-up, waitlist): one request instead of one per shared module. Lazy steps that import them reuse it.
 */
export const FLOW_CHUNK = /\/src\/components\/base\/flow-element\.ts$/;
/**
 * The same for the account module (src/api/account-kit.ts): Session, User, Organization and their parts arrive in
 * one request, not one per module that a lazy chunk also imports.
 */
export const ACCOUNT_CHUNK = /\/src\/(resources\/(account|session-methods|token-cache)|core\/session-refresh)\.ts$/;
