/** Mr. Smith: titles that must not end a line. */
const TITLE_ABBREVIATION = /\b(Mr|Mrs|Ms|Mx|Dr|St|Mt|Prof|Capt|Lt|Col|Gen|Sgt|Fr|Rev|Hon|Sr|Jr)\. (?=\p{Lu})/gu;

/**
 * Ellipses, dashes and non-breaking spaces. `...` and `. . .` become `…`;
 * `--` and `---` an em dash; a hyphen with a space on each side an en dash.
 */
export function punctuation(text: string): string {
  return text
    .replace(/\.[ \u00A0]?\.[ \u00A0]?\./g, '…')
    .replace(/-{2,3}/g, '—')
    .replace(/(?<=\S) - (?=\S)/g, ' – ')
    .replace(TITLE_ABBREVIATION, '$1.\u00A0');
}
