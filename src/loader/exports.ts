/**
 * What `LatchBundle` (the loader's global) exports: what a page's own script uses beside `window.Latch`. The
 * building blocks below it (schemas, wire helpers, the CSS and localization engines' parts, the session
 * refresher, …) are the ES modules' (`import … from 'latch'`) and dist/latch.full.js's; leaving them out keeps
 * their export bindings out of every page's first script, and lets the bundler drop what no element uses.
 */

export { isLatchApiError, isLatchRuntimeError, LatchApiError, LatchRuntimeError } from '../api/errors.js';
export { HttpFrontendApi } from '../api/http/http-api.js';
export { buildPublishableKey, parsePublishableKey } from '../api/http/publishable-key.js';
export { DEFAULT_OPTIONS } from '../appearance/resolve.js';
export { createTheme, type PrebuiltTheme } from '../appearance/theme.js';
export { getDefaultLatch, LATCH_VERSION, Latch, onDefaultLatch, setDefaultLatch } from '../core/index.js';
export { directionOf } from '../localization/direction.js';
export { createLocalizer } from '../localization/localizer.js';
export { mergeResources } from '../localization/merge.js';
export * from '../localization/registry.js';
export { Client, Environment, Session, SignIn, SignUp, User, Waitlist } from '../resources/index.js';
