/**
 * The `latch` module entry: the core, resources, API adapters, localization and appearance engines.
 * Elements are separate entries (`latch/sign-in`, `latch/sign-up`, `latch/user-button`, `latch/control`), so a
 * page pays only for the elements it imports.
 */
export * from './api/index.js';
export * from './appearance/index.js';
export * from './core/index.js';
export * from './localization/index.js';
export * from './resources/index.js';
export { FlowRouter, type RoutingMode } from './router/flow-router.js';

import { setRedirectCallbackLoader } from './core/redirect-callback-loader.js';
import { registerDateModifiers } from './localization/date-modifiers.js';
import { setWebAuthnLoader } from './resources/webauthn.js';

// Passkey ceremonies import @simplewebauthn/browser on first use (the script-tag loader fetches its own chunk).
setWebAuthnLoader(() => import('./resources/webauthn-browser.js'));
// So does handleRedirectCallback's code, needed only on the page a provider or an email link returns to.
setRedirectCallbackLoader(() => import('./core/redirect-callback.js'));
// The module entry's `interpolate` and localizers format dates as they always did; the script tag's pages that
// show dates register these themselves (src/localization/date-modifiers.ts).
registerDateModifiers();
