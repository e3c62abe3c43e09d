/**
 * Author-note labels as data. `scope` says where a label puts its note when
 * the label itself decides (AO3's `End Notes` belong to the story's end);
 * `standalone` labels may stand alone on their line with the text below.
 */
export interface NoteLabelRule {
  id: string;
  pattern: RegExp;
  scope: 'storyStart' | 'storyEnd' | 'chapterStart' | 'chapterEnd' | null;
  standalone: boolean;
}

export const NOTE_LABELS: readonly NoteLabelRule[] = [
  { id: 'note-ao3-chapter-end', pattern: /^chapter end notes?$/i, scope: 'chapterEnd', standalone: true },
  { id: 'note-ao3-chapter', pattern: /^chapter notes?$/i, scope: 'chapterStart', standalone: true },
  { id: 'note-ao3-end', pattern: /^end notes?$/i, scope: 'storyEnd', standalone: true },
  { id: 'note-author', pattern: /^(?:author|writer)['’]?s?['’]?\s*notes?$/i, scope: null, standalone: true },
  { id: 'note-an', pattern: /^(?:a\/n|a\.n\.?|an)$/i, scope: null, standalone: false },
  { id: 'note-disclaimer', pattern: /^disclaimer$/i, scope: null, standalone: true },
  { id: 'note-other', pattern: /^(?:(?:translator|editor|beta)['’]?s?\s*notes?|notes?)$/i, scope: null, standalone: false },
  { id: 'note-ao3', pattern: /^notes$/i, scope: null, standalone: true },
];

export interface NoteLabelMatch {
  ruleId: string;
  label: string;
  scope: NoteLabelRule['scope'];
  /** Text after the label on the same line ('' when the label stands alone). */
  rest: string;
}

const LABEL_THEN_TEXT = /^([A-Za-z][A-Za-z'’./ ]{0,30}?)\s*(?::|\s[-–—]\s|-\s)\s*(.*)$/s;

/**
 * A note label at the start of a paragraph: `Author's note: text`,
 * `A/N - text`, `[A/N: text]`, or a standalone label alone on its line.
 * Dialogue such as `"Author's note?" he asked.` never matches.
 */
export function matchNoteLabel(text: string): NoteLabelMatch | null {
  let t = text.trim();
  const wrapped = /^[([]\s*(.*?)\s*[)\]]$/s.exec(t);
  if (wrapped) t = wrapped[1] ?? '';
  const m = LABEL_THEN_TEXT.exec(t);
  if (m) {
    const label = (m[1] ?? '').trim();
    const rule = NOTE_LABELS.find((r) => r.pattern.test(label));
    if (rule) return { ruleId: rule.id, label, scope: rule.scope, rest: (m[2] ?? '').trim() };
  }
  if (t.length <= 40) {
    const label = t.replace(/[:.]$/, '').trim();
    const rule = NOTE_LABELS.find((r) => r.standalone && r.pattern.test(label));
    if (rule) return { ruleId: rule.id, label, scope: rule.scope, rest: '' };
  }
  return null;
}
