/**
 * User-visible characters (extended grapheme clusters) instead of UTF-16 code units. `'👨‍👩‍👧'.charAt(0)` is half
 * a surrogate pair and renders as �; a flag, a letter with combining marks, a Hangul syllable or a Devanagari
 * conjunct is likewise several code units that only mean something together. Anything that takes "the first
 * letter" of, or shortens, user-provided text goes through here. Pure (no DOM), so the dev server uses it too.
 */

let segmenter: Intl.Segmenter | null | undefined;

/** One shared root-locale segmenter: grapheme boundaries do not depend on the locale. */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

/** The first user-visible character of `text` ('' for empty text). */
export function firstGrapheme(text: string): string {
  const segments = graphemeSegmenter()?.segment(text);
  if (segments) {
    for (const { segment } of segments) return segment;
    return '';
  }
  // Without Intl.Segmenter, whole code points at least never split a surrogate pair.
  const [first = ''] = text;
  return first;
}

/**
 * Avatar initials: the first grapheme of each non-blank part, upper-cased (where the script has case) and
 * NFC-composed, so `e` + U+0301 becomes `É` and an emoji-first name keeps its whole emoji.
 */
export function initials(...parts: Array<string | null | undefined>): string {
  return parts
    .map((part) => firstGrapheme(part?.trim() ?? ''))
    .join('')
    .toUpperCase()
    .normalize('NFC');
}
