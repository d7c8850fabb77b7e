/**
 * The appearance cascade and its CSS writer: what an element needs only once the Latch or the element has an
 * `appearance`. The script-tag loader fetches it as a chunk then (src/loader/elements.ts, LAZY_MODULES); a page
 * without an appearance renders from src/appearance/defaults.ts alone.
 */
export { elementsToCss, variablesToCss } from './css.js';
export { resolveAppearance } from './resolve.js';
