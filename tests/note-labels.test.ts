import { describe, expect, it } from 'vitest';
import { NOTE_LABELS } from '../src/parse/rules/note-labels.js';
import { LANGUAGES } from '../src/parse/rules/languages/index.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

describe('note label rules', () => {
  const words = LANGUAGES.flatMap((l) => l.notes ?? []).flatMap((row) => row.words ?? []);
  const spellings = words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.replace(/i/g, 'İ'), w.replace(/ /g, '  '), w.replace(/ /g, '')]);

  // A rule's first-letter test only spares compiling its pattern: it may never turn a label away that the pattern takes.
  it('tries every label a rule written as words could match', () => {
    const refused = NOTE_LABELS.flatMap((r) => spellings.filter((s) => r.starts !== undefined && r.pattern.test(s) && !r.starts.test(s)).map((s) => `${r.id}: ${s}`));
    expect(refused).toEqual([]);
    expect(NOTE_LABELS.filter((r) => r.starts !== undefined).length).toBeGreaterThan(20);
  });

  it('reads the languages’ labels in any case', () => {
    expect(matchNoteLabel('NACHWORT: Danke.')?.label).toBe('NACHWORT');
    expect(matchNoteLabel('Notas finales')?.rest).toBe('');
    expect(matchNoteLabel('Rating: T')).toBeNull();
  });

  it('reads a line opened by a reference mark as a note, and two such lines of one paragraph as one note', () => {
    expect(matchNoteLabel('※オリジナル小説です。')).toMatchObject({ label: '※', rest: 'オリジナル小説です。' });
    const o = outline(parse(Buffer.from('月夜の話\n\n※全三話です。\n※誤字があれば教えてください。\n\n満月の夜にだけ、郵便屋さんが来る。\n\n私は毎月、それを受け取った。\n'), 'story.txt'));
    expect(o.notesBefore).toHaveLength(1);
  });
});
