/**
 * Every bundled localization resource, for direct import: `import { frFR } from 'latch/localizations'`, then
 * `localization: frFR`. The same resources are also registered lazily, so `loadLocale('fr-FR')` fetches one on
 * demand without this import.
 */
export { enUS } from './en-US.js';
export { frFR } from './locales/fr-FR.js';
