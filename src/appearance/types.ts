import type { ElementKey, ElementState } from './element-keys.js';

/** A color, or a Clerk color scale (`{25: …, 50: …, …, 950: …}`, where `500` is the base color). */
export type ColorValue =
  | string
  | Partial<Record<25 | 50 | 100 | 200 | 300 | 400 | 500 | 600 | 700 | 750 | 800 | 850 | 900 | 950, string>>;

export interface FontWeightScale {
  normal?: string | number;
  medium?: string | number;
  semibold?: string | number;
  bold?: string | number;
}

/** Theme variables, by their v6 names (what `resolveAppearance` normalizes to). */
export interface Variables {
  colorPrimary?: ColorValue;
  colorPrimaryForeground?: string;
  colorDanger?: ColorValue;
  colorSuccess?: ColorValue;
  colorWarning?: ColorValue;
  colorNeutral?: ColorValue;
  colorForeground?: string;
  colorMutedForeground?: string;
  colorMuted?: string;
  colorBackground?: string;
  colorInput?: string;
  colorInputForeground?: string;
  colorShimmer?: string;
  colorRing?: string;
  colorShadow?: string;
  colorBorder?: string;
  colorModalBackdrop?: string;
  fontFamily?: string;
  fontFamilyButtons?: string;
  fontSize?: string | { md?: string; [size: string]: string | undefined };
  fontWeight?: FontWeightScale;
  borderRadius?: string;
  spacing?: string;
}

/** v5 names, still accepted and mapped to their v6 counterparts. */
export interface DeprecatedVariables {
  /** @deprecated use `colorForeground` */
  colorText?: string;
  /** @deprecated use `colorMutedForeground` */
  colorTextSecondary?: string;
  /** @deprecated use `colorInputForeground` */
  colorInputText?: string;
  /** @deprecated use `colorInput` */
  colorInputBackground?: string;
  /** @deprecated use `colorPrimaryForeground` */
  colorTextOnPrimaryBackground?: string;
  /** @deprecated use `spacing` */
  spacingUnit?: string;
}

/** Variables after resolution: v6 names only, one plain string per color. */
export interface ResolvedVariables
  extends Omit<
    Variables,
    'colorPrimary' | 'colorDanger' | 'colorSuccess' | 'colorWarning' | 'colorNeutral' | 'fontSize'
  > {
  colorPrimary?: string;
  colorDanger?: string;
  colorSuccess?: string;
  colorWarning?: string;
  colorNeutral?: string;
  fontSize?: string;
}

/** Layout options (v6 `options`, v5 `layout`: same keys). */
export interface Options {
  logoPlacement?: 'inside' | 'outside' | 'none';
  logoImageUrl?: string;
  logoLinkUrl?: string;
  socialButtonsVariant?: 'auto' | 'iconButton' | 'blockButton';
  socialButtonsPlacement?: 'top' | 'bottom';
  showOptionalFields?: boolean;
  termsPageUrl?: string;
  privacyPageUrl?: string;
  helpPageUrl?: string;
  shimmer?: boolean;
  animations?: boolean;
  autoFocus?: boolean;
  unsafe_disableDevelopmentModeWarnings?: boolean;
}

export type ResolvedOptions = Required<
  Pick<
    Options,
    | 'logoPlacement'
    | 'socialButtonsVariant'
    | 'socialButtonsPlacement'
    | 'showOptionalFields'
    | 'shimmer'
    | 'animations'
    | 'autoFocus'
    | 'unsafe_disableDevelopmentModeWarnings'
  >
> &
  Pick<Options, 'logoImageUrl' | 'logoLinkUrl' | 'termsPageUrl' | 'privacyPageUrl' | 'helpPageUrl'>;

export interface CaptchaOptions {
  theme?: 'auto' | 'light' | 'dark';
  size?: 'normal' | 'flexible' | 'compact';
  language?: string;
}

/**
 * A CSS-in-JS object: camelCase properties (numbers become px where CSS needs a unit) and nested rules keyed by
 * selectors with `&` (`'&:hover'`, `'& .cl-badge'`) or at-rules (`'@media (max-width: 40rem)'`).
 */
export interface CssObject {
  [propertyOrSelector: string]: string | number | CssObject | undefined;
}

/** An `elements` value: extra class names (Tailwind works) or a style object. */
export type ElementValue = string | CssObject;

/** Element key, id variant (`formField__emailAddress`) or state variant (`formButtonPrimary__loading`). */
export type ElementSelector = ElementKey | `${ElementKey}__${string}` | `${ElementKey}__${ElementState}`;

export type Elements = { [K in ElementSelector]?: ElementValue } & { [key: string]: ElementValue | undefined };

/** What an `elements` function receives: the variables resolved so far, so styles can follow the palette. */
export interface ElementsContext {
  theme: { variables: ResolvedVariables };
}

export type ElementsConfig = Elements | ((context: ElementsContext) => Elements);

/** The built-in base themes that can be named by string. */
export type BaseThemeName = 'clerk' | 'simple';

/** A theme: an appearance layer that can itself sit on other themes. */
export interface Theme {
  /** v6 name. A theme, a built-in name, or a list of them, applied in order (last wins). */
  theme?: BaseTheme | BaseTheme[];
  /** @deprecated v5 name of `theme`. */
  baseTheme?: BaseTheme | BaseTheme[];
  variables?: Variables & DeprecatedVariables;
  elements?: ElementsConfig;
  /** v6 name. */
  options?: Options;
  /** @deprecated v5 name of `options`. */
  layout?: Options;
  captcha?: CaptchaOptions;
  /** Drop Latch's default look and keep only structure, so the page's CSS (or a theme) does all the styling. */
  simpleStyles?: boolean;
  /** Wrap every generated rule in `@layer <name>` so page CSS in unlayered styles wins without `!important`. */
  cssLayerName?: string;
}

export type BaseTheme = Theme | BaseThemeName;

/** The component keys an appearance can hold a per-component layer for. */
export type ComponentKey =
  | 'signIn'
  | 'signUp'
  | 'userButton'
  | 'userProfile'
  | 'userAvatar'
  | 'userVerification'
  | 'organizationSwitcher'
  | 'organizationList'
  | 'organizationProfile'
  | 'createOrganization'
  | 'oneTap'
  | 'waitlist';

/** The `appearance` option/property: a theme plus per-component layers. */
export type Appearance = Theme & { [K in ComponentKey]?: Theme };

/** The outcome of the cascade for one component instance. */
export interface ResolvedAppearance {
  variables: ResolvedVariables;
  options: ResolvedOptions;
  captcha: CaptchaOptions;
  /** Every layer's `elements`, in cascade order; they all apply (classes concatenate, later styles win). */
  elements: Elements[];
  simpleStyles: boolean;
  cssLayerName?: string;
}
