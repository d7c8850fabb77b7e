import { ELEMENT_STATES } from './element-keys.js';
import { isSafeLayerName, isSafePropertyName, isSafeSelector, safeCssValue } from './sanitize.js';
import type { CssObject, Elements, ResolvedAppearance, ResolvedVariables } from './types.js';

function kebab(name: string): string {
  if (name.startsWith('--')) return name;
  // `WebkitLineClamp` → `-webkit-line-clamp` by the capital alone; lowercase `msFlex` needs the dash added.
  const prefixed = /^ms[A-Z]/.test(name) ? `-${name}` : name;
  return prefixed.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ───────────────────────────── variables ─────────────────────────────

/** Declarations (`--clerk-color-primary:#6c47ff;…`) for the variables that are set and safe. */
export function variablesToCss(variables: ResolvedVariables): string {
  const declarations: string[] = [];
  const push = (property: string, value: unknown) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const safe = safeCssValue(value);
    if (safe !== undefined) declarations.push(`${property}:${safe}`);
  };
  for (const [name, value] of Object.entries(variables)) {
    if (name === 'fontWeight') {
      if (isRecord(value)) {
        for (const [weight, number] of Object.entries(value)) push(`--clerk-font-weight-${kebab(weight)}`, number);
      }
    } else if (name === 'borderRadius' && value === 'none') {
      push('--clerk-border-radius', '0');
    } else {
      push(`--clerk-${kebab(name)}`, value);
    }
  }
  return declarations.join(';');
}

// ───────────────────────────── elements ─────────────────────────────

// Properties whose bare numbers mean a number, not a length.
const UNITLESS = new Set([
  'animation-iteration-count',
  'aspect-ratio',
  'border-image-outset',
  'border-image-slice',
  'border-image-width',
  'column-count',
  'columns',
  'fill-opacity',
  'flex',
  'flex-grow',
  'flex-shrink',
  'flood-opacity',
  'font-weight',
  'grid-area',
  'grid-column',
  'grid-column-end',
  'grid-column-start',
  'grid-row',
  'grid-row-end',
  'grid-row-start',
  'line-clamp',
  'line-height',
  'opacity',
  'order',
  'orphans',
  'scale',
  'stop-opacity',
  'stroke-opacity',
  'stroke-width',
  'tab-size',
  'widows',
  'z-index',
  'zoom',
]);

const NESTABLE_AT_RULES = /^@(media|supports|container)\b/;

function declaration(name: string, value: string | number): string | undefined {
  const property = kebab(name);
  if (!isSafePropertyName(property)) return undefined;
  const text =
    typeof value === 'number' &&
    value !== 0 &&
    !UNITLESS.has(property.replace(/^-(webkit|moz|ms|o)-/, '')) &&
    !property.startsWith('--')
      ? `${value}px`
      : value;
  const safe = safeCssValue(text);
  return safe === undefined ? undefined : `${property}:${safe}`;
}

/** Splits a selector list on top-level commas (not those inside `:is(a, b)`). */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of list) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** `&` stands for the parent; a nested selector without `&` is a descendant of it. */
function nestSelectors(parents: string[], nested: string): string[] {
  return parents.flatMap((parent) =>
    splitSelectorList(nested).map((part) => (part.includes('&') ? part.replaceAll('&', parent) : `${parent} ${part}`)),
  );
}

/** Flattens a style object into plain rules (no reliance on native CSS nesting). */
function rulesFor(selectors: string[], style: CssObject): string {
  const declarations: string[] = [];
  const nested: string[] = [];
  for (const [key, value] of Object.entries(style)) {
    if (value === undefined || value === null) continue;
    if (isRecord(value)) {
      if (!isSafeSelector(key)) continue;
      if (key.startsWith('@')) {
        if (NESTABLE_AT_RULES.test(key)) nested.push(`${key.trim()}{${rulesFor(selectors, value)}}`);
      } else {
        nested.push(rulesFor(nestSelectors(selectors, key), value));
      }
    } else if (typeof value === 'string' || typeof value === 'number') {
      const text = declaration(key, value);
      if (text) declarations.push(text);
    }
  }
  const own = declarations.length > 0 ? `${selectors.join(',')}{${declarations.join(';')}}` : '';
  return own + nested.join('');
}

const STATES = new Set<string>(ELEMENT_STATES);

/**
 * The class selector an `elements` key targets. `K`, `K__id` and `K__state` are classes of their own;
 * `K__id__state` is the node carrying both `cl-K__id` and `cl-K__state`.
 */
function classSelectorFor(key: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key)) return undefined;
  const parts = key.split('__');
  if (parts.length === 3 && STATES.has(parts[2] as string)) {
    return `.cl-${parts[0]}__${parts[1]}.cl-${parts[0]}__${parts[2]}`;
  }
  return `.cl-${key}`;
}

function wrapInLayer(css: string, cssLayerName: string | undefined): string {
  return css && cssLayerName && isSafeLayerName(cssLayerName) ? `@layer ${cssLayerName}{${css}}` : css;
}

/**
 * Rules for every style object in `layers`, in layer order (later layers win at equal specificity), each scoped
 * to `:where(<scope>) .cl-<key>` (`.cl-rootBox:where(<scope>)` for the root itself) so specificity stays one class and page CSS can still override. Class-string
 * values are not CSS; `classesFor` applies them. Unsafe values, properties and selectors are dropped.
 */
export function elementsToCss(layers: readonly Elements[], scopeSelector: string, cssLayerName?: string): string {
  if (!isSafeSelector(scopeSelector)) return '';
  const scope = `:where(${scopeSelector.trim()})`;
  let css = '';
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (!isRecord(value)) continue;
      const selector = classSelectorFor(key);
      // The scope class sits on the root box itself: `rootBox` matches the scoped element, the rest its inside.
      if (selector)
        css += rulesFor([key.startsWith('rootBox') ? `${selector}${scope}` : `${scope} ${selector}`], value);
    }
  }
  return wrapInLayer(css, cssLayerName);
}

/**
 * The whole stylesheet text an appearance adds for one component root: its variables as custom properties on
 * the scope, then its element styles; wrapped in `@layer` when `cssLayerName` is set.
 */
export function appearanceToCss(resolved: ResolvedAppearance, scopeSelector: string): string {
  if (!isSafeSelector(scopeSelector)) return '';
  const variables = variablesToCss(resolved.variables);
  const css =
    (variables ? `:where(${scopeSelector.trim()}){${variables}}` : '') +
    elementsToCss(resolved.elements, scopeSelector);
  return wrapInLayer(css, resolved.cssLayerName);
}

// ───────────────────────────── classes ─────────────────────────────

export { type ClassOptions, classesFor } from './classes.js';
