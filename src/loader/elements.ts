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
  'latch-org-switcher': 'src/components/org-switcher/index.ts',
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
};
