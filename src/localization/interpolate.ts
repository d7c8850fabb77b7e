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

type Modifier = (value: unknown, args: string[], locale: string) => unknown;

/** `Date#toLocaleString` formats as `Intl.DateTimeFormat` does with the same options, and engines cache it. */
function formatDate(value: unknown, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number' || typeof value === 'string'
        ? new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)
        : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  try {
    return date.toLocaleString(locale, options);
  } catch {
    // An invalid tag in a template must not break rendering: fall back to the runtime's default locale.
    return date.toLocaleString(undefined, options);
  }
}

const SHORT_DATE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

function toText(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value instanceof Date ? formatDate(value, locale, SHORT_DATE) : '';
}

/** Link targets may not break out of the `(url)` part of the markup. */
function encodeHref(url: string): string {
  return url.replace(/[()\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeMarkup(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

/** A date modifier: the template may name its own locale, e.g. `shortDate('fr-FR')`. */
const dateModifier =
  (options: Intl.DateTimeFormatOptions): Modifier =>
  (value, [tag], locale) =>
    formatDate(value, tag || locale, options);

const MODIFIERS: Record<string, Modifier> = {
  // Each word's first letter, with the marks that combine with it (`é` typed as e + ´), upper-cased.
  titleize: (value, _args, locale) =>
    toText(value, locale)
      .split(/[\s_-]+/)
      .filter(Boolean)
      .map((word) => word.replace(/^.\p{M}*/u, (first) => first.toUpperCase()))
      .join(' '),
  shortDate: dateModifier(SHORT_DATE),
  longDate: dateModifier({ month: 'long', day: 'numeric', year: 'numeric' }),
  numeric: dateModifier({ month: '2-digit', day: '2-digit', year: 'numeric' }),
  timeString: dateModifier({ hour: '2-digit', minute: '2-digit' }),
  weekday: (value, [tag, style], locale) =>
    formatDate(value, tag || locale, {
      weekday: style === 'short' || style === 'narrow' ? style : 'long',
    }),
  // The value is the URL, the argument the visible label. Without a URL only the label remains.
  link: (value, [label], locale) => {
    const url = toText(value, locale);
    const text = escapeMarkup(label || url);
    return url ? `[${text}](${encodeHref(url)})` : text;
  },
};

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
