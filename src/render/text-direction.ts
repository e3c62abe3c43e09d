/** Languages written right to left (ISO 639 codes, `iw` the old one for Hebrew). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);
/** Script subtags written right to left: `az-Arab`, `pa-Arab`, `yi-Hebr`. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm']);

/**
 * The direction a BCP 47 tag's text runs: `rtl` for Arabic, Hebrew,
 * Persian, Urdu and the other right-to-left languages (by language, or by
 * a script subtag), `ltr` for all others. `meta.language` holds a detected
 * `he` or `ar` when a story says nothing but is written in those scripts.
 */
export function textDirection(tag: string | null | undefined): 'rtl' | 'ltr' {
  if (!tag) return 'ltr';
  const [language = '', ...rest] = tag.toLowerCase().split('-');
  if (RTL_SCRIPTS.has(rest.find((s) => s.length === 4) ?? '')) return 'rtl';
  return RTL_LANGUAGES.has(language) && !rest.includes('latn') ? 'rtl' : 'ltr';
}
