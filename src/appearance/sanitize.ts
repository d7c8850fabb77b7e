/**
 * Guards for text that ends up inside a generated stylesheet. Appearance values may come from a CMS, a query
 * string or a theme picker, so a value must never be able to close its declaration or rule and start its own
 * (`red;} body{display:none`), open a comment that swallows the following rules, or break out of a string.
 */

const FORBIDDEN = /[;{}<]|\/\*|\*\/|-->|@import|expression\s*\(|javascript:/i;

/** True when `value` is safe as a declaration value: no rule-breaking characters, quotes and parentheses balanced. */
export function isSafeCssValue(value: string): boolean {
  if (FORBIDDEN.test(value)) return false;
  let quote = '';
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      // An escape must escape something; a trailing backslash or escaped newline would change tokenization.
      if (i + 1 >= value.length || value[i + 1] === '\n') return false;
      i++;
    } else if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n') return false;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth < 0) {
      return false;
    }
  }
  return quote === '' && depth === 0;
}

/** The value, trimmed, when safe; `undefined` otherwise (callers then drop the declaration). */
export function safeCssValue(value: string | number): string | undefined {
  const text = String(value).trim();
  return text !== '' && isSafeCssValue(text) ? text : undefined;
}

/** Property names: custom properties or plain (optionally vendor-prefixed) kebab-case identifiers. */
export function isSafePropertyName(name: string): boolean {
  return /^(--[A-Za-z0-9_-]+|-?[A-Za-z][A-Za-z0-9-]*)$/.test(name);
}

/** Selectors and at-rule preludes from `elements` objects: balanced, and unable to open or close a block. */
export function isSafeSelector(selector: string): boolean {
  return selector.trim() !== '' && isSafeCssValue(selector);
}

/** `cssLayerName`: an identifier, optionally dotted for sub-layers (`components.latch`). */
export function isSafeLayerName(name: string): boolean {
  return /^[A-Za-z_-][\w-]*(\.[A-Za-z_-][\w-]*)*$/.test(name);
}
