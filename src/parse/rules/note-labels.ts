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
}

/** Exact labels as one pattern; inner spaces may be several or none in CJK (`작가의말`). */
const wordsPattern = (words: string[]): RegExp => new RegExp(`^(?:${alternation(words).replace(/ /g, '\\s*')})$`, 'iu');

const toRule = (row: NoteLabelRow): NoteLabelRule => ({
  id: row.id,
  pattern: row.pattern ?? wordsPattern(row.words ?? []),
  scope: row.scope ?? null,
  standalone: row.standalone,
  ...(row.edge ? { edge: row.edge } : {}),
});

export const NOTE_LABELS: readonly NoteLabelRule[] = LANGUAGES.flatMap((l) => (l.notes ?? []).map(toRule));
