/**
 * Author's-note labels as data, one row per convention and language.
 * Adding a convention is adding a row. `pattern` is tried against the
 * label alone (its colon, brackets and emphasis already taken off).
 *
 * - `scope`: where the label itself puts its note (AO3's `End Notes` belong
 *   to the story's end); null when position decides.
 * - `standalone`: the label may stand alone on its line with the text below.
 *   Short generic words (`Note`, `AN`) may not, so a line of prose that
 *   happens to be one word is never read as a note.
 * - `edge`: which end of a chapter the label names (`Nachwort`, `後書き`),
 *   used only as a hint in diagnostics.
 */
export interface NoteLabelRule {
  id: string;
  pattern: RegExp;
  scope: 'storyStart' | 'storyEnd' | 'chapterStart' | 'chapterEnd' | null;
  standalone: boolean;
  edge?: 'start' | 'end';
}

const AUTHOR_EN = String.raw`(?:author|writer)(?:['’]?s|s['’])?\s*(?:notes?|note\s*\(cont(?:inued|\.)?\))`;

export const NOTE_LABELS: readonly NoteLabelRule[] = [
  // Archive of Our Own section titles.
  { id: 'note-ao3-chapter-end', pattern: /^chapter end notes?$/i, scope: 'chapterEnd', standalone: true, edge: 'end' },
  { id: 'note-ao3-chapter', pattern: /^chapter (?:notes?|summary)$/i, scope: 'chapterStart', standalone: true, edge: 'start' },
  { id: 'note-ao3-end', pattern: /^end notes?$/i, scope: 'storyEnd', standalone: true, edge: 'end' },
  // FanFicFare's labels for the site notes it gathers (notelabel_chaptersummary, notelabel_chapterheadnotes/footnotes).
  { id: 'note-fanficfare', pattern: /^(?:summary|notes) for the chapter$/i, scope: null, standalone: true },
  // English.
  { id: 'note-author', pattern: new RegExp(`^${AUTHOR_EN}$`, 'i'), scope: null, standalone: true },
  { id: 'note-an', pattern: /^(?:a\/n|a\.\s?n\.?|an|t\/n|n\/a|n\.a\.)$/i, scope: null, standalone: false },
  { id: 'note-author-from', pattern: /^(?:(?:a|an|one)\s)?(?:(?:brief|quick|short|little|small)\s)?(?:note|word|message)s? from (?:the )?(?:author|writer|\S.{0,40})$/i, scope: null, standalone: true },
  { id: 'note-disclaimer', pattern: /^(?:disclaimer|disclaimers|dislaimer)$/i, scope: null, standalone: true },
  { id: 'note-other', pattern: /^(?:(?:translator|editor|beta)['’]?s?\s*notes?|notes?|end note|(?:pre|post)[- ]chapter notes?)$/i, scope: null, standalone: false },
  { id: 'note-ao3', pattern: /^notes$/i, scope: null, standalone: true },
  // German.
  { id: 'note-de', pattern: /^(?:anmerkung(?:en)?|anm\.?|notiz|hinweis)(?:\s+(?:der|des|von der|vom)\s+(?:autorin|autors|autor(?::|\*|_)?in(?:nen)?|verfasserin|verfassers|übersetzerin|übersetzers))?$/i, scope: null, standalone: true },
  { id: 'note-de-frame', pattern: /^(?:vorwort|nachwort|autorennotiz|autorinnennotiz)$/i, scope: null, standalone: true },
  // French.
  { id: 'note-fr', pattern: /^(?:notes?|mot|petit mot)\s+(?:de l['’]\s?(?:auteur|auteure|autrice|traductrice|traducteur)|du traducteur)$/i, scope: null, standalone: true },
  { id: 'note-fr-nda', pattern: /^(?:nda|n\.d\.a\.?|n\.d\.l\.a\.?|ndt)$/i, scope: null, standalone: true },
  // Spanish and Portuguese.
  { id: 'note-es', pattern: /^(?:notas?|aclaraci[oó]n(?:es)?|comentarios?)\s+(?:de la autora|del autor|de la traductora|del traductor|do autor|da autora|iniciais|finais|finales|iniciales)$/i, scope: null, standalone: true },
  { id: 'note-es-abbr', pattern: /^n\.?\s?(?:de\s?la|del|da|do)\s?[at]\.?$/i, scope: null, standalone: false },
  { id: 'note-es-short', pattern: /^(?:notas?|notinha)$/i, scope: null, standalone: false },
  // Italian.
  { id: 'note-it', pattern: /^(?:note?|angolo)\s+(?:dell['’]\s?(?:autrice|autore)|della traduttrice|del traduttore)$/i, scope: null, standalone: true },
  // Russian.
  { id: 'note-ru', pattern: /^(?:примечани[ея](?:\s+(?:автора|переводчика|к части))?|от автора|от переводчика|комментари[йи] автора|дисклеймер|предупреждени[ея])$/i, scope: null, standalone: true },
  // Chinese, Japanese, Korean.
  { id: 'note-zh', pattern: /^(?:作者有话要说|作者有話要說|作者的话|作者的話|作者按|题外话|題外話)$/, scope: null, standalone: true },
  { id: 'note-ja', pattern: /^(?:前書き|後書き|まえがき|あとがき|作者より|作者コメント)$/, scope: null, standalone: true },
  { id: 'note-ko', pattern: /^(?:작가의\s?말|작가\s?후기|후기)$/, scope: null, standalone: true },
];

/** Labels that name a chapter's end, for the placement hint. */
export const END_LABEL = /^(?:chapter end notes?|end notes?|nachwort|notas? finais|notas? finales|後書き|あとがき|작가\s?후기|후기)$/i;
