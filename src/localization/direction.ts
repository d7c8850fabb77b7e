// Languages written right to left by default, and the scripts that are, for tags that name a script explicitly
// (`az-Arab` is rtl, `ks-Deva` is not).
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** Writing direction of a BCP 47 locale tag, e.g. `ar-SA` → 'rtl', `fr-FR` → 'ltr'. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const [language = '', ...subtags] = locale.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4 && /^[a-z]+$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
