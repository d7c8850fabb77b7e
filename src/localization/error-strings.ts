/**
 * What loadErrorStrings() fetches: the script-tag loader's `error-strings` chunk (src/loader/elements.ts,
 * LAZY_MODULES). A module of its own, not en-US-errors.ts, because en-US.ts imports those strings statically and
 * the loader reaches en-US.ts through the localization barrel: a lazy module is empty in the loader.
 */
export { enUSErrors } from './en-US-errors.js';
