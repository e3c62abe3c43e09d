/**
 * How each language prints quotation marks, as data: the outer (primary)
 * and inner (secondary) pairs, and the narrow no-break spaces French sets
 * inside guillemets and before `; : ! ?`. The apostrophe is `’` in every
 * language. A story's language (`meta.language`, a BCP 47 tag) picks its
 * row: the whole tag first (`pt-PT`, `de-CH`), then its language subtag.
 * Languages not listed curl the English way, as quire always has.
 */
export interface QuoteStyle {
  /** Outer quotes, opening then closing: `„` `“` in German. */
  primary: readonly [string, string];
  /** Quotes inside quotes: `‚` `‘` in German. */
  secondary: readonly [string, string];
  /**
   * French spacing: a narrow no-break space (U+202F) inside guillemets and
   * before `; : ! ?`, so the mark never starts a line on its own.
   */
  spaced?: boolean;
}

const ENGLISH: QuoteStyle = { primary: ['“', '”'], secondary: ['‘', '’'] };
const GERMAN: QuoteStyle = { primary: ['„', '“'], secondary: ['‚', '‘'] };
const GUILLEMETS: QuoteStyle = { primary: ['«', '»'], secondary: ['“', '”'] };
const GUILLEMETS_LOW_INNER: QuoteStyle = { primary: ['«', '»'], secondary: ['„', '“'] };

/**
 * `null`: the language is not curled at all. Chinese, Japanese and Korean
 * writers type full-width marks (「」, “”, 『』) or deliberate straight ones;
 * both are kept as written.
 */
export const QUOTE_STYLES: Readonly<Record<string, QuoteStyle | null>> = {
  en: ENGLISH,
  nl: ENGLISH,
  pt: ENGLISH,
  tr: ENGLISH,
  id: ENGLISH,
  he: ENGLISH,
  de: GERMAN,
  cs: GERMAN,
  sk: GERMAN,
  'de-CH': { primary: ['«', '»'], secondary: ['‹', '›'] },
  fr: { primary: ['«', '»'], secondary: ['“', '”'], spaced: true },
  es: GUILLEMETS,
  it: GUILLEMETS,
  el: GUILLEMETS,
  'pt-PT': GUILLEMETS,
  ru: GUILLEMETS_LOW_INNER,
  uk: GUILLEMETS_LOW_INNER,
  pl: { primary: ['„', '”'], secondary: ['«', '»'] },
  hu: { primary: ['„', '”'], secondary: ['»', '«'] },
  sv: { primary: ['”', '”'], secondary: ['’', '’'] },
  fi: { primary: ['”', '”'], secondary: ['’', '’'] },
  da: { primary: ['»', '«'], secondary: ['›', '‹'] },
  no: { primary: ['«', '»'], secondary: ['‘', '’'] },
  nb: { primary: ['«', '»'], secondary: ['‘', '’'] },
  zh: null,
  ja: null,
  ko: null,
};

/** The quote style of a BCP 47 tag; English for a language not in the table. */
export function quoteStyleFor(tag: string | null | undefined): QuoteStyle | null {
  if (!tag) return ENGLISH;
  const exact = Object.hasOwn(QUOTE_STYLES, tag) ? QUOTE_STYLES[tag] : undefined;
  if (exact !== undefined) return exact;
  const language = tag.split('-')[0]!.toLowerCase();
  const row = Object.hasOwn(QUOTE_STYLES, language) ? QUOTE_STYLES[language] : undefined;
  return row === undefined ? ENGLISH : row;
}
