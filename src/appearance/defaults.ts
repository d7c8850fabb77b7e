import type { ResolvedAppearance, ResolvedOptions } from './types.js';

export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  logoPlacement: 'inside',
  socialButtonsVariant: 'auto',
  socialButtonsPlacement: 'top',
  showOptionalFields: true,
  shimmer: true,
  animations: true,
  autoFocus: true,
  unsafe_disableDevelopmentModeWarnings: false,
});

/**
 * What the appearance cascade resolves to when neither the Latch nor the element has an appearance: the defaults.
 * Elements use it as is, so a page without an appearance never needs the cascade's code (src/appearance/engine.ts).
 */
export const NO_APPEARANCE: ResolvedAppearance = Object.freeze({
  variables: {},
  options: DEFAULT_OPTIONS,
  captcha: {},
  elements: [],
  simpleStyles: false,
});
