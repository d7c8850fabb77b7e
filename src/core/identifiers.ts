/**
 * How identifiers (email addresses, usernames, sign-in identifiers) and person names are normalized and
 * checked, in ONE place shared by the dev server and the elements, so both refuse the same input and no two
 * accounts can look the same: `vic\u200Btim@example.com` must not become a second `victim@example.com`.
 *
 * Pure functions, no DOM: the server imports this file too.
 */

/**
 * Characters no identifier may contain: controls (Cc: NUL, ESC…), format characters (Cf: zero-width space,
 * zero-width joiners, bidi overrides, BOM, soft hyphen…), unassigned code points (Cn), private use (Co), lone
 * surrogates (Cs), line/paragraph separators, and the letters that render as blank space (Hangul fillers,
 * the blank Braille pattern).
 */
const FORBIDDEN_IN_IDENTIFIER = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * Names may use any script, so the zero-width non-joiner and joiner (U+200C, U+200D) stay allowed: Persian and
 * Indic names need them, and so do emoji sequences. Every other character refused in identifiers is refused here.
 */
const FORBIDDEN_IN_NAME =
  /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;

export type TextCheck = { ok: true; value: string } | { ok: false; problem: 'hidden_characters' };

/** Trimmed, NFC: the same text typed on two keyboards (precomposed é or e + ◌́) compares equal. */
function canonical(raw: string): string {
  return raw.normalize('NFC').trim();
}

/**
 * An identifier as stored and compared: NFC, trimmed, lower-cased (email addresses, usernames and phone numbers
 * are all matched case-insensitively, as on Clerk), or a refusal when it holds a hidden or control character.
 */
export function normalizeIdentifier(raw: string): TextCheck {
  // Lower-casing can decompose (İ → i + U+0307), so NFC is applied again after it.
  const value = canonical(raw).toLowerCase().normalize('NFC');
  return FORBIDDEN_IN_IDENTIFIER.test(value) ? { ok: false, problem: 'hidden_characters' } : { ok: true, value };
}

/** An email address: the identifier rules (its format is checked separately, where the error can name the field). */
export const normalizeEmailAddress = normalizeIdentifier;

/** A first or last name: NFC, trimmed, case kept; refused when it holds a control or hidden formatting character. */
export function normalizePersonName(raw: string): TextCheck {
  const value = canonical(raw);
  return FORBIDDEN_IN_NAME.test(value) ? { ok: false, problem: 'hidden_characters' } : { ok: true, value };
}
