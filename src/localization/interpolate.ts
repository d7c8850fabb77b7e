/**
 * `{{token}}` / `{{token | modifier(args) | …}}` placeholders, Clerk-compatible, and the `[label](url)` link
 * markup the `link` modifier produces. Output is always plain text or a list of text/link segments, never HTML:
 * components render the segments as nodes, so a hostile string can only ever show up as text.
 */

/** A piece of a localized string: plain text, or a link the component renders as an anchor. */
export type MarkupSegment = string | { text: string; href: string };

/** Resolves a token name (e.g. `applicationName`, `user.firstName`) to its value; `undefined` when unknown. */
export type TokenLookup = (name: string) => unknown;

export interface InterpolateOptions {
  /** BCP 47 tag used by the date modifiers unless the template passes its own, e.g. `shortDate('fr-FR')`. */
  locale: string;
  /**
   * Escape `[`, `]` and `\` inside substituted values, so a value (a user's name, say) cannot smuggle link
   * markup into a string that is later passed to `parseMarkup`. Only set it for strings that will be parsed.
   */
  escapeMarkup?: boolean;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const MODIFIER = /^([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?$/;

/** A `{{token | name(args)}}` modifier: the value so far, the template's arguments, the localizer's locale. */
export type Modifier = (value: unknown, args: string[], locale: string) => unknown;

/** A Date token with no modifier, before the date modifiers are registered: its calendar day, ISO-style. */
const isoDay = (date: Date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10));

function toText(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (!(value instanceof Date)) return '';
  const shortDate = MODIFIERS.shortDate;
  return shortDate ? String(shortDate(value, [], locale)) : isoDay(value);
}

/** Link targets may not break out of the `(url)` part of the markup. */
function encodeHref(url: string): string {
  return url.replace(/[()\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeMarkup(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

/**
 * The modifiers every page may meet. The date ones (./date-modifiers.ts) join with the pages that show dates (the
 * profile's devices and passkeys, the members table), so the script-tag loader does not carry them.
 */
const MODIFIERS: Record<string, Modifier> = {
  // Each word's first letter, with the marks that combine with it (`é` typed as e + ´), upper-cased.
  titleize: (value, _args, locale) =>
    toText(value, locale)
      .split(/[\s_-]+/)
      .filter(Boolean)
      .map((word) => word.replace(/^.\p{M}*/u, (first) => first.toUpperCase()))
      .join(' '),
  // The value is the URL, the argument the visible label. Without a URL only the label remains.
  link: (value, [label], locale) => {
    const url = toText(value, locale);
    const text = escapeMarkup(label || url);
    return url ? `[${text}](${encodeHref(url)})` : text;
  },
};

/** Adds modifiers (by name) that every localizer's templates may then use. */
export function registerModifiers(more: Record<string, Modifier>): void {
  Object.assign(MODIFIERS, more);
}

/**
 * Fills every placeholder in `template`. Unknown tokens become '', unknown modifiers (and the empty segment in
 * Clerk's `{{ a || link("b") }}`) are skipped, so a resource written for Clerk renders the same here.
 */
export function interpolate(template: string, lookup: TokenLookup, options: InterpolateOptions): string {
  if (!template.includes('{{')) return template;
  const { locale } = options;
  return template.replace(PLACEHOLDER, (_match, expression: string) => {
    const [token = '', ...modifiers] = expression.split('|').map((part) => part.trim());
    let value = lookup(token);
    let isMarkup = false;
    for (const modifier of modifiers) {
      const [, name = '', args = ''] = MODIFIER.exec(modifier) ?? [];
      if (!Object.hasOwn(MODIFIERS, name)) continue;
      // Arguments are comma-separated, optionally quoted: `link("Privacy policy")`, `weekday('fr-FR', 'short')`.
      value = (MODIFIERS[name] as Modifier)(
        value,
        args.split(',').map((arg) => arg.trim().replace(/^(['"])(.*)\1$/, '$2')),
        locale,
      );
      // Only the link modifier's output is markup we produced ourselves, which must not be escaped.
      isMarkup = name === 'link';
    }
    const text = toText(value, locale);
    return options.escapeMarkup && !isMarkup ? escapeMarkup(text) : text;
  });
}

// The first alternative consumes escaped characters, so an escaped `\[` can never open a link.
const LINK = /\\.|\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/g;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function unescapeMarkup(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Relative URLs and http(s)/mailto/tel only: `javascript:` and friends are never turned into links. */
function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(href);
  return !scheme || SAFE_SCHEMES.has((scheme[1] as string).toLowerCase());
}

/** Splits `text` into plain strings and `{text, href}` links for every `[label](url)`; never returns HTML. */
export function parseMarkup(text: string): MarkupSegment[] {
  const segments: MarkupSegment[] = [];
  const pushText = (piece: string) => {
    if (!piece) return;
    const last = segments.length - 1;
    if (typeof segments[last] === 'string') segments[last] += piece;
    else segments.push(piece);
  };
  let cursor = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, rawLabel = '', href = ''] = match;
    if (whole.startsWith('\\')) continue;
    pushText(unescapeMarkup(text.slice(cursor, match.index)));
    const label = unescapeMarkup(rawLabel);
    if (href && isSafeHref(href)) segments.push({ text: label, href });
    else pushText(label);
    cursor = match.index + whole.length;
  }
  pushText(unescapeMarkup(text.slice(cursor)));
  return segments;
}
