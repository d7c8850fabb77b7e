/** English (United States): the built-in resource, exported for completeness and as a template for new locales. */
export { enUS } from '../src/localization/en-US.js';
