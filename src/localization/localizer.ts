import { defaultStrings } from './defaults.js';
import { directionOf } from './direction.js';
import { interpolate, type MarkupSegment, parseMarkup } from './interpolate.js';
import { mergeResources } from './merge.js';
import type { LocalizationResource, LocalizationTokens, LocalizationTree } from './types.js';

export interface LocalizerOptions {
  /**
   * Global tokens every string may use: `applicationName`, `user.firstName`, `user.lastName`, `user.username`,
   * `user.primaryEmailAddress`, `signIn.identifier`, … Called when a placeholder needs one, so it can read live
   * state. Flat dotted keys (`{'user.firstName': 'Ada'}`) and nested objects (`{user: {firstName: 'Ada'}}`) both work.
   */
  globals?: () => Record<string, unknown>;
  /** Warn (once per key) about keys missing from every resource. Off by default so production stays quiet. */
  dev?: boolean;
  /**
   * The page's own direction (`<html dir>`), read at each render: a page laid out right to left gets its cards,
   * popovers and modals right to left too, whatever the language (an rtl language is rtl on any page).
   */
  pageDirection?: () => string | null | undefined;
}

export interface Localizer {
  /** The BCP 47 tag of the merged resource (the last resource that sets `locale` wins). */
  readonly locale: string;
  /** Writing direction for `dir=""` on the component root: the language's, or the page's when that is rtl. */
  readonly dir: 'ltr' | 'rtl';
  /** The merged resource: en-US underneath, then every input resource in order. */
  readonly resource: LocalizationTree;
  /** The text for a dotted key with placeholders filled; '' when the key has no text. */
  t(key: string, tokens?: LocalizationTokens): string;
  /** True when the key resolves to non-empty text. */
  has(key: string): boolean;
  /** Like `t`, split into text and link segments; substituted values can never become links. */
  markup(key: string, tokens?: LocalizationTokens): MarkupSegment[];
  /** A user-facing sentence for any thrown value (FAPI error, runtime error, anything); never ''. */
  translateError(error: unknown): string;
}

interface ErrorItemLike {
  code?: unknown;
  message?: unknown;
  longMessage?: unknown;
  long_message?: unknown;
  meta?: unknown;
}

const ERRORS = 'unstable__errors.';
const LAST_RESORT = 'Unexpected error';

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function finiteNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** `a.b.c` in a nested object, or the flat key `a.b.c` itself (Clerk passes global tokens flat). */
function readPath(source: Record<string, unknown> | undefined, path: string): unknown {
  if (!source) return undefined;
  if (Object.hasOwn(source, path)) return source[path];
  if (!path.includes('.')) return undefined;
  let node: unknown = source;
  for (const part of path.split('.')) {
    const record = asRecord(node);
    if (!record || !Object.hasOwn(record, part)) return undefined;
    node = record[part];
  }
  return node;
}

/**
 * Builds a localizer from zero or more resources deep-merged over the built-in English defaults (last wins). Resources written for Clerk
 * work as they are; keys Latch does not render are carried along harmlessly.
 */
export function createLocalizer(
  input?: LocalizationResource | ReadonlyArray<LocalizationResource>,
  options: LocalizerOptions = {},
): Localizer {
  const resources = (Array.isArray(input) ? input : [input]) as ReadonlyArray<LocalizationTree | undefined>;
  const resource = mergeResources(defaultStrings(), ...resources);
  const locale = nonEmptyString(resource.locale) ?? 'en-US';
  const texts = new Map<string, string>();
  const warned = new Set<string>();

  function raw(key: string): string {
    let text = texts.get(key);
    if (text === undefined) {
      let node: unknown = resource;
      for (const part of key.split('.')) node = asRecord(node)?.[part];
      text = typeof node === 'string' ? node : '';
      texts.set(key, text);
      if (typeof node !== 'string' && options.dev && !warned.has(key)) {
        warned.add(key);
        console.warn(`[latch] Missing localization key "${key}" (locale ${locale}).`);
      }
    }
    return text;
  }

  function lookupFor(tokens: LocalizationTokens | undefined) {
    let globals: Record<string, unknown> | undefined;
    return (name: string) => {
      const local = readPath(tokens, name);
      if (local !== undefined) return local;
      globals ??= options.globals?.() ?? {};
      return readPath(globals, name);
    };
  }

  function t(key: string, tokens?: LocalizationTokens): string {
    const text = raw(key);
    return text && interpolate(text, lookupFor(tokens), { locale });
  }

  function has(key: string): boolean {
    return raw(key).trim() !== '';
  }

  function markup(key: string, tokens?: LocalizationTokens): MarkupSegment[] {
    const text = raw(key);
    return text ? parseMarkup(interpolate(text, lookupFor(tokens), { locale, escapeMarkup: true })) : [];
  }

  /** `text` when it has something to show, else `undefined` (so `??` moves on to the next candidate). */
  const filled = (text: string | undefined) => (text?.trim() ? text : undefined);

  function translateError(error: unknown): string {
    const outer = asRecord(error) ?? {};
    const first = Array.isArray(outer.errors) ? asRecord(outer.errors[0]) : undefined;
    const item: ErrorItemLike = first ?? outer;
    const code = nonEmptyString(item.code) ?? nonEmptyString(outer.code);
    const meta = asRecord(item.meta) ?? {};
    const paramName = nonEmptyString(meta.paramName) ?? nonEmptyString(meta.param_name);
    const tokens: LocalizationTokens = { ...meta, paramName };
    const errorText = (suffix: string) => (has(ERRORS + suffix) ? filled(t(ERRORS + suffix, tokens)) : undefined);
    // A locked account says for how long when the server tells (`meta.lockout_expires_in_seconds`).
    const lockedFor = finiteNumber(meta.lockoutExpiresInSeconds ?? meta.lockout_expires_in_seconds);
    let text: string | undefined;

    if (code === 'too_many_requests' || finiteNumber(outer.status) === 429) {
      const retryAfter = finiteNumber(outer.retryAfter ?? outer.retry_after ?? meta.retryAfter ?? meta.retry_after);
      if (retryAfter === undefined) text = filled(t('unstable__latch.tooManyRequests'));
      else {
        tokens.seconds = Math.max(1, Math.ceil(retryAfter));
        text = errorText('too_many_requests');
      }
    } else {
      if (code === 'user_locked' && lockedFor !== undefined) {
        tokens.minutes = Math.max(1, Math.ceil(lockedFor / 60));
        text = filled(t('unstable__latch.userLockedFor', tokens));
      }
      // Only errors that say what they are get their own text: the message of a bare TypeError, or of a 500
      // without an error body, is not written for users. (Without the error strings, not fetched yet or not
      // fetchable, a server's refusal shows its own message.)
      if (!text && (code || first)) {
        text =
          (paramName && code ? errorText(`${code}__${paramName}`) : undefined) ??
          (code ? errorText(code) : undefined) ??
          nonEmptyString(item.longMessage) ??
          nonEmptyString(item.long_message) ??
          nonEmptyString(item.message);
      }
    }
    return text ?? (t(`${ERRORS}unexpected_error`) || LAST_RESORT);
  }

  const languageDir = directionOf(locale);
  return {
    locale,
    get dir() {
      return languageDir === 'rtl' || options.pageDirection?.() === 'rtl' ? 'rtl' : 'ltr';
    },
    resource,
    t,
    has,
    markup,
    translateError,
  };
}
