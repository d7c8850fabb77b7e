export { dateModifiers, registerDateModifiers } from './date-modifiers.js';
export { defaultStrings, defaultStringsRevision, registerDefaultStrings } from './defaults.js';
export { directionOf } from './direction.js';
export { enUS } from './en-US.js';
export { enUSCommon } from './en-US-common.js';
export { enUSSignIn } from './en-US-sign-in.js';
export { enUSSignUp } from './en-US-sign-up.js';
export { enUSUserButton } from './en-US-user-button.js';
export { enUSUserButtonMenu } from './en-US-user-button-menu.js';
export {
  type InterpolateOptions,
  interpolate,
  type MarkupSegment,
  type Modifier,
  parseMarkup,
  registerModifiers,
  type TokenLookup,
} from './interpolate.js';
export { createLocalizer, type Localizer, type LocalizerOptions } from './localizer.js';
export { mergeResources } from './merge.js';
export { availableLocales, type LocaleLoader, loadLocale, matchLocale, registerLocale } from './registry.js';
export type { DeepPartial, LocalizationResource, LocalizationTokens, LocalizationTree } from './types.js';
