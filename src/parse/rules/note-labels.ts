import { alternation, LANGUAGES, type NoteLabelRow } from './languages/index.js';

/**
 * Author's-note labels, one row per convention, built from every
 * language's `notes` (rules/languages/). `pattern` is tried against the
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
  /** For a rule written as words: the letters a label must start with to be tried against `pattern` (compiling all the rules' patterns costs more than a book's other labels). */
  starts?: RegExp;
  /** For a rule written as words: the words as `labelKey` writes them; a label of plain ASCII is tried against `pattern` only when it is one of them. */
  keys?: ReadonlySet<string>;
}

/**
 * A label as a rule written as words compares it: lower case, without spaces (`wordsPattern` lets them be several or
 * none). For a label of plain ASCII that is exact: a case-insensitive pattern matches an ASCII letter only with ASCII
 * letters, and the two others that fold to them (`ſ`, the Kelvin sign) are folded here.
 */
export const labelKey = (label: string): string => label.toLowerCase().replace(/\s/g, '').replace(/ſ/g, 's').replace(/\u212a/g, 'k');

/** Exact labels as one pattern; inner spaces may be several or none in CJK (`작가의말`). */
const wordsPattern = (words: string[]): RegExp => new RegExp(`^(?:${alternation(words).replace(/ /g, '\\s*')})$`, 'iu');

/** The first letter of each word as wordsPattern spells it (`i` also matches `İ`), as one class; none when a word could start with anything. */
function startsPattern(words: string[]): RegExp | null {
  const firsts = words.map((w) => [...w.toLowerCase()][0] ?? '');
  if (firsts.some((c) => c === '' || /\s/.test(c))) return null;
  return new RegExp(`^[${[...new Set(firsts)].map((c) => (c === 'i' ? 'iİ' : /[\\^\]\[-]/.test(c) ? `\\${c}` : c)).join('')}]`, 'iu');
}

const toRule = (row: NoteLabelRow): NoteLabelRule => {
  const starts = row.pattern ? null : startsPattern(row.words ?? []);
  return {
    id: row.id,
    pattern: row.pattern ?? wordsPattern(row.words ?? []),
    scope: row.scope ?? null,
    standalone: row.standalone,
    ...(row.edge ? { edge: row.edge } : {}),
    ...(starts ? { starts } : {}),
    ...(row.pattern ? {} : { keys: new Set((row.words ?? []).map(labelKey)) }),
  };
};

export const NOTE_LABELS: readonly NoteLabelRule[] = LANGUAGES.flatMap((l) => (l.notes ?? []).map(toRule));
