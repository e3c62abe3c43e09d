import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'script.txt'));

describe('a play written in Fountain markup', () => {
  const script = [
    'Title: Pen Weather',
    'Author: Priya Venkataraman',
    'Draft date: 03/02/2025',
    '',
    '/* Radio play, one act. Read-through copy for the cast. */',
    '',
    '> EPISODE FOUR <',
    '',
    '# COLD OPEN',
    '',
    '= Nell brings the pen.',
    '',
    'INT. REPAIR SHOP - NIGHT',
    '',
    'Rain on a tin awning.',
    '',
    '[[SOUND: rain swells.]]',
    '',
    'NELL',
    'I need you to look at something.',
    '',
    '===',
    '',
    '# THE BENCH',
    '',
    'INT. REPAIR SHOP - LATER',
    '',
    'The kettle is whistling now.',
    '',
    '> END OF EPISODE <',
    '',
    "/* Note for cast: Nell's lines are recorded on Thursday. */",
  ].join('\n');

  it('reads its sections as chapters, and its synopses, notes, boneyard, page breaks and cards as no words of the play', () => {
    const o = read(script);
    expect([o.title, o.author]).toEqual(['Pen Weather', 'Priya Venkataraman']);
    expect(o.chapters.map((c) => [c.title, c.sceneBreaks])).toEqual([['COLD OPEN', 0], ['THE BENCH', 0]]);
    expect(o.wordCount).toBe(5 + 5 + 1 + 7 + 5 + 5);
  });

  it("keeps a labelled boneyard comment under the end card as the script's closing note", () => {
    const o = read(script);
    expect(o.notesAfter.length).toBe(1);
    expect(o.chapters[1]?.notesAfter.length).toBe(0);
  });
});
