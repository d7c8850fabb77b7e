import { DEFAULT_OPTIONS } from './defaults.js';
import type {
  Appearance,
  BaseTheme,
  BaseThemeName,
  CaptchaOptions,
  ComponentKey,
  Elements,
  Options,
  ResolvedAppearance,
  ResolvedOptions,
  ResolvedVariables,
  Theme,
} from './types.js';

export { DEFAULT_OPTIONS } from './defaults.js';

const BUILT_IN_THEMES: Record<BaseThemeName, Theme> = {
  // The default look is Latch's own stylesheet; naming it adds nothing on top.
  clerk: {},
  simple: { simpleStyles: true },
};

/** v5 variable names → v6. Applied before the layer's own v6 names, so v6 wins inside one layer. */
const VARIABLE_ALIASES: Record<string, keyof ResolvedVariables> = {
  colorText: 'colorForeground',
  colorTextSecondary: 'colorMutedForeground',
  colorInputText: 'colorInputForeground',
  colorInputBackground: 'colorInput',
  colorTextOnPrimaryBackground: 'colorPrimaryForeground',
  spacingUnit: 'spacing',
};

const VARIABLE_NAMES = new Set<string>([
  'colorPrimary',
  'colorPrimaryForeground',
  'colorDanger',
  'colorSuccess',
  'colorWarning',
  'colorNeutral',
  'colorForeground',
  'colorMutedForeground',
  'colorMuted',
  'colorBackground',
  'colorInput',
  'colorInputForeground',
  'colorShimmer',
  'colorRing',
  'colorShadow',
  'colorBorder',
  'colorModalBackdrop',
  'fontFamily',
  'fontFamilyButtons',
  'fontSize',
  'fontWeight',
  'borderRadius',
  'spacing',
]);

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flattens one cascade entry into the themes it stands on followed by itself, depth-first: a theme's own
 * `theme`/`baseTheme` entries come before it, so nested themes (shadesOfPurple on dark) stack correctly.
 */
function expand(entry: BaseTheme | undefined, out: Theme[], path: Set<Theme>): void {
  const theme = typeof entry === 'string' ? BUILT_IN_THEMES[entry] : entry;
  // `path` guards against a theme that (indirectly) lists itself.
  if (typeof theme !== 'object' || theme === null || path.has(theme)) return;
  path.add(theme);
  for (const base of [...toArray(theme.baseTheme), ...toArray(theme.theme)]) expand(base, out, path);
  path.delete(theme);
  out.push(theme);
}

/** A scale's base color is its `500` step; a plain value passes through. */
function scalar(value: unknown, scaleKey: string): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (isRecord(value)) return scalar(value[scaleKey], scaleKey);
  return undefined;
}

function mergeVariables(target: ResolvedVariables, layer: Record<string, unknown>): void {
  const entries = [
    ...Object.entries(layer).flatMap(([name, value]) => {
      const v6 = VARIABLE_ALIASES[name];
      return v6 ? [[v6, value] as const] : [];
    }),
    ...Object.entries(layer).filter(([name]) => VARIABLE_NAMES.has(name)),
  ];
  const out = target as Record<string, unknown>;
  for (const [name, value] of entries) {
    if (name === 'fontWeight') {
      if (isRecord(value)) {
        const weights = Object.fromEntries(
          Object.entries(value).filter(([, w]) => typeof w === 'number' || (typeof w === 'string' && w !== '')),
        );
        target.fontWeight = { ...target.fontWeight, ...weights };
      }
      continue;
    }
    const text = scalar(value, name === 'fontSize' ? 'md' : '500');
    if (text !== undefined) out[name] = text;
  }
}

function mergeOptions(target: ResolvedOptions, layer: Options | undefined): void {
  if (!isRecord(layer)) return;
  for (const [name, value] of Object.entries(layer)) {
    if (value !== undefined) (target as unknown as Record<string, unknown>)[name] = value;
  }
}

/**
 * Runs the appearance cascade for one component instance: the global appearance, its per-component layer, then
 * the instance's own appearance, each preceded by the themes it names. Variables merge last-wins under v6 names,
 * options merge shallowly over the defaults, and every layer's `elements` is kept, in order.
 */
export function resolveAppearance(
  globalAppearance: Appearance | undefined,
  componentKey: ComponentKey,
  componentAppearance?: Appearance,
): ResolvedAppearance {
  const layers: Theme[] = [];
  for (const entry of [globalAppearance, globalAppearance?.[componentKey], componentAppearance]) {
    expand(entry, layers, new Set());
  }

  const variables: ResolvedVariables = {};
  const options: ResolvedOptions = { ...DEFAULT_OPTIONS };
  let captcha: CaptchaOptions = {};
  let simpleStyles = false;
  let cssLayerName: string | undefined;
  for (const layer of layers) {
    if (isRecord(layer.variables)) mergeVariables(variables, layer.variables);
    mergeOptions(options, layer.layout);
    mergeOptions(options, layer.options);
    if (isRecord(layer.captcha)) captcha = { ...captcha, ...layer.captcha };
    if (layer.simpleStyles) simpleStyles = true;
    if (typeof layer.cssLayerName === 'string' && layer.cssLayerName !== '') cssLayerName = layer.cssLayerName;
  }

  // Element functions see the final palette, whichever layer they come from.
  const context = { theme: { variables } };
  const elements: Elements[] = [];
  for (const layer of layers) {
    const config = typeof layer.elements === 'function' ? layer.elements(context) : layer.elements;
    if (isRecord(config)) elements.push(config);
  }

  return { variables, options, captcha, elements, simpleStyles, ...(cssLayerName ? { cssLayerName } : {}) };
}
