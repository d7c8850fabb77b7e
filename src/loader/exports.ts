/**
 * What `LatchBundle` (the loader's global) exports: what a page's own script uses beside `window.Latch`. The
 * building blocks below it (schemas, wire helpers, the CSS and localization engines' parts, the session
 * refresher, …) are the ES modules' (`import … from 'latch'`) and dist/latch.full.js's; leaving them out keeps
 * their export bindings out of every page's first script, and lets the bundler drop what no element uses.
 */

export { isLatchApiError, isLatchRuntimeError, LatchApiError, LatchRuntimeError } from '../api/errors.js';
export { HttpFrontendApi } from '../api/http/http-api.js';
export { buildPublishableKey, parsePublishableKey } from '../api/http/publishable-key.js';
export { DEFAULT_OPTIONS } from '../appearance/defaults.js';
export { createTheme, type PrebuiltTheme } from '../appearance/theme.js';
// From the modules themselves, not core/index.ts: it re-exports the session refresher, a chunk of the loader's.
export { Latch } from '../core/latch.js';
export { getDefaultLatch, onDefaultLatch, setDefaultLatch } from '../core/registry.js';
export { LATCH_VERSION } from '../core/version.js';
export { directionOf } from '../localization/direction.js';
export { createLocalizer } from '../localization/localizer.js';
export { mergeResources } from '../localization/merge.js';
export * from '../localization/registry.js';
// Not Session and User: they come with the account module (src/api/account-kit.ts), which a signed-out page never
// fetches; `Latch.session` and `Latch.user` hand them out once there is one.
export { Client, Environment, SignIn, SignUp, Waitlist } from '../resources/index.js';
