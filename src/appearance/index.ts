export {
  appearanceToCss,
  type ClassOptions,
  classesFor,
  elementsToCss,
  variablesToCss,
} from './css.js';
export { DEFAULT_OPTIONS, NO_APPEARANCE } from './defaults.js';
export { ELEMENT_KEYS, ELEMENT_STATES, type ElementKey, type ElementState } from './element-keys.js';
export { resolveAppearance } from './resolve.js';
export { isSafeCssValue } from './sanitize.js';
export { createTheme, type PrebuiltTheme } from './theme.js';
export type {
  Appearance,
  BaseTheme,
  BaseThemeName,
  CaptchaOptions,
  ColorValue,
  ComponentKey,
  CssObject,
  DeprecatedVariables,
  ElementSelector,
  Elements,
  ElementsConfig,
  ElementsContext,
  ElementValue,
  FontWeightScale,
  Options,
  ResolvedAppearance,
  ResolvedOptions,
  ResolvedVariables,
  Theme,
  Variables,
} from './types.js';
