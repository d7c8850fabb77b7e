/**
 * French (France), for direct import: `import { frFR } from 'latch/localizations/fr-FR'` then
 * `localization: frFR`. The same resource is also registered lazily, so `loadLocale('fr-FR')` fetches it on demand.
 */
export { frFR } from '../src/localization/locales/fr-FR.js';
