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

import { setWebAuthnLoader } from './resources/webauthn.js';

// Passkey ceremonies import @simplewebauthn/browser on first use (the script-tag loader fetches its own chunk).
setWebAuthnLoader(() => import('./resources/webauthn-browser.js'));
