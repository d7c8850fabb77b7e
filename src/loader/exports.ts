/**
 * What `LatchBundle` (the loader's global) exports: the `latch` module's API (src/index.ts) minus what only tests,
 * stories and the elements' own chunks need, so a page does not pay for it up front:
 * - the in-memory FrontendApi adapter (for stories and tests: use the ES modules or dist/latch.full.js);
 * - the element-key list and the per-element en-US strings (each element's chunk registers its own).
 * dist/latch.full.js exports everything.
 */

export * from '../api/errors.js';
export * from '../api/http/dev-browser.js';
export * from '../api/http/http-api.js';
export * from '../api/http/publishable-key.js';
export * from '../api/http/wire.js';
export * from '../api/schemas/index.js';
export { parseOrThrow } from '../api/validate.js';
export * from '../appearance/css.js';
export { DEFAULT_OPTIONS, resolveAppearance } from '../appearance/resolve.js';
export { isSafeCssValue } from '../appearance/sanitize.js';
export { createTheme, type PrebuiltTheme } from '../appearance/theme.js';
export * from '../core/index.js';
export { defaultStrings, defaultStringsRevision, registerDefaultStrings } from '../localization/defaults.js';
export { directionOf } from '../localization/direction.js';
export { enUSCommon } from '../localization/en-US-common.js';
export * from '../localization/interpolate.js';
export * from '../localization/localizer.js';
export { mergeResources } from '../localization/merge.js';
export * from '../localization/registry.js';
export * from '../resources/index.js';
export { FlowRouter } from '../router/flow-router.js';
