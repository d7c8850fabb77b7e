// The toolbar's theme, language and direction, and the appearance-variable controls, turned into the
// `appearance` and `localization` a story's Latch gets through `latch.update()` (so switching them is live).
import type { Appearance, Variables } from '../src/appearance/index.js';
import type { BaseTheme } from '../src/appearance/types.js';
import { availableLocales, type LocalizationResource, loadLocale, mergeResources } from '../src/localization/index.js';
import { dark, neobrutalism, shadesOfPurple, simple } from '../themes/index.js';

/** Toolbar theme → `appearance.theme`; `default` keeps whatever the story set itself; the last one is a stack. */
export const THEMES: Record<string, BaseTheme[] | undefined> = {
  default: undefined,
  dark: [dark],
  shadesOfPurple: [shadesOfPurple],
  neobrutalism: [neobrutalism],
  simple: [simple],
  'dark-neobrutalism': [dark, neobrutalism],
};

export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Every locale Latch registers (a new `registerLocale` shows up in the toolbar by itself). */
export function localeTags(): string[] {
  return availableLocales();
}

/** Loads every registered locale once, so the decorator can switch languages synchronously. */
export async function loadAllLocales(): Promise<Record<string, LocalizationResource>> {
  const tags = localeTags();
  const resources = await Promise.all(tags.map((tag) => loadLocale(tag)));
  return Object.fromEntries(tags.map((tag, index) => [tag, resources[index] as LocalizationResource]));
}

/** The appearance variables offered as controls on every element story (Clerk's v6 names). */
export const VARIABLE_CONTROLS = {
  colorPrimary: 'color',
  colorPrimaryForeground: 'color',
  colorBackground: 'color',
  colorForeground: 'color',
  colorMutedForeground: 'color',
  colorInput: 'color',
  colorInputForeground: 'color',
  colorDanger: 'color',
  colorBorder: 'color',
  borderRadius: 'text',
  fontFamily: 'text',
  fontSize: 'text',
  spacing: 'text',
} as const satisfies Partial<Record<keyof Variables, 'color' | 'text'>>;

export type VariableName = keyof typeof VARIABLE_CONTROLS;

/** Storybook argTypes for the variables, grouped under "Appearance variables" in the controls panel. */
export const appearanceArgTypes = Object.fromEntries(
  Object.entries(VARIABLE_CONTROLS).map(([name, control]) => [
    name,
    { control, table: { category: 'Appearance variables' }, description: `appearance.variables.${name}` },
  ]),
);

/** The variables among a story's args (controls left empty are not set). */
export function variablesFromArgs(args: Record<string, unknown>): Variables {
  const variables: Record<string, string> = {};
  for (const name of Object.keys(VARIABLE_CONTROLS)) {
    const value = args[name];
    if (typeof value === 'string' && value.trim() !== '') variables[name] = value;
  }
  return variables as Variables;
}

/** The story's own appearance with the toolbar theme and the variable controls layered on top. */
export function storyAppearance(own: Appearance | undefined, theme: string, variables: Variables): Appearance {
  const themes = THEMES[theme];
  return {
    ...own,
    ...(themes ? { theme: themes } : {}),
    variables: { ...own?.variables, ...variables },
  };
}

/** `fr-FR` written `rtl` is `fr-Arab-FR`: the script subtag sets the direction and keeps the language. */
export function withDirection(tag: string, direction: Direction): string {
  if (direction === 'auto') return tag;
  const [language = 'en', ...rest] = tag.split('-');
  const region = rest.filter((subtag) => subtag.length !== 4);
  return [language, direction === 'rtl' ? 'Arab' : 'Latn', ...region].join('-');
}

/**
 * The story's own localization, over the toolbar language's resource, with the toolbar direction. The default
 * language and `auto` leave the story's own localization untouched (its RTL story keeps `ar-SA`).
 */
export function storyLocalization(
  own: LocalizationResource | undefined,
  locale: string,
  direction: Direction,
  resources: Record<string, LocalizationResource>,
): LocalizationResource | undefined {
  const [defaultLocale] = localeTags();
  if (locale === defaultLocale && direction === 'auto') return own;
  const base = locale === defaultLocale ? undefined : resources[locale];
  const merged = mergeResources(base ?? {}, own) as LocalizationResource;
  const tag = (own?.locale as string | undefined) ?? (base?.locale as string | undefined) ?? locale;
  return { ...merged, locale: withDirection(tag, direction) };
}
