export { directionOf } from './direction.js';
export { enUS } from './en-US.js';
export {
  type InterpolateOptions,
  interpolate,
  type MarkupSegment,
  parseMarkup,
  type TokenLookup,
} from './interpolate.js';
export { createLocalizer, type Localizer, type LocalizerOptions } from './localizer.js';
export { mergeResources } from './merge.js';
export { availableLocales, type LocaleLoader, loadLocale, matchLocale, registerLocale } from './registry.js';
export type { DeepPartial, LocalizationResource, LocalizationTokens, LocalizationTree } from './types.js';
