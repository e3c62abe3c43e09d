import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (lines: string[]) => outline(parse(Buffer.from(lines.join('\n')), 'novel.txt'));
const scene = (who: string) =>
  `The tide came in over the weed while ${who} watched from the wall, and nobody said a word about the letter or the ten years between them, not once.`;

describe("narrators' names alone over their sections", () => {
  it('reads them as POV markers, not as chapter titles, when the names take turns and the prose names them', () => {
    const o = read(['Les Saisons', 'Anne Le Gall', '', 'CHAPITRE 1', '', '', 'Maëlle', '', scene('Erwan'), '', scene('Erwan'), '', 'Erwan', '', scene('Maëlle'), '', scene('Maëlle'), '', '',
      'CHAPITRE 2', '', '', 'Maëlle', '', scene('Erwan'), '', scene('Erwan'), '', scene('Erwan')]);
    expect(o.chapters.map((c) => [c.number, c.title, c.povMarkers])).toEqual([[1, null, ['Maëlle', 'Erwan']], [2, null, ['Maëlle']]]);
    expect(o.diagnostics.some((d) => d.ruleId === 'pov-name-lines' && d.line === 7)).toBe(true);
  });

  it('leaves a letter’s signature under its sign-off as text', () => {
    const o = read(['Letters from Kestle', 'by Ann Howe', '', 'I', '', scene('Edmund'), '', 'Your loving sister,', 'Nell', '', 'II', '', scene('Nell'), '', 'Your brother,', 'Edmund', '',
      'III', '', scene('Edmund'), '', 'Yours,', 'Nell']);
    expect(o.chapters.map((c) => c.povMarkers)).toEqual([[], [], []]);
  });

  it('reads a drawn name under untitled headings as a POV marker when a name drawn so comes back', () => {
    const o = read(['Fyren', 'av Karin', '', 'Kapitel 1', '', '-- Ebba --', '', scene('Pappa'), '', 'Kapitel 2', '', '-- Pappa --', '', scene('Ebba'), '',
      'Kapitel 3', '', '-- Ebba --', '', scene('Pappa')]);
    expect(o.chapters.map((c) => [c.number, c.title, c.povMarkers])).toEqual([[1, null, ['Ebba']], [2, null, ['Pappa']], [3, null, ['Ebba']]]);
  });

  it('reads names framed in drawn brackets as POV markers when one of them is named in the prose', () => {
    const o = read(['Lanterns', 'by moon', '', 'Chapter 1 | Lost', '', '【 Seulgi 】', '', scene('Joohyun'), '', scene('Joohyun'), '', scene('Joohyun'), '', 'Chapter 2 | Found', '', '【 Irene 】', '', scene('Seulgi'), '', scene('Seulgi'), '', '【 Seulgi 】', '', scene('Joohyun'), '', scene('Joohyun'), '', scene('Joohyun')]);
    expect(o.chapters.map((c) => c.povMarkers)).toEqual([['Seulgi'], ['Irene', 'Seulgi']]);
  });

  it('leaves framed lines as text when the frame also holds things that are not names (a game’s status screens)', () => {
    const o = read(['Well', 'by someone', '', 'Chapter 1', '', '【 Seulgi 】', '', scene('Seulgi'), '', scene('Seulgi'), '', '【Skill Acquired: Echo (Lv. 1)】', '', scene('Irene'), '', '【 Irene 】', '', scene('Seulgi'), '', scene('Seulgi'), '', '【 Seulgi 】', '', scene('Irene'), '', scene('Irene')]);
    expect(o.chapters.map((c) => c.povMarkers)).toEqual([[]]);
  });
});

describe('page navigation drawn with arrows between chapters', () => {
  it('is no POV marker', () => {
    const text = ['Umbrella', 'By: reedwarbler', '', 'Chapter 1: Rain', '', 'The rain came down on Baker Street all night, and nobody went out.', '', 'Next Chapter >', '', 'Chapter 2: Fog', '', 'The fog came after the rain, thick and yellow, and the lamps went dim.', '', '< Prev Next Chapter >', '', 'Chapter 3: Sun', '', 'Then the sun, at last, and the street steamed dry by noon.'].join('\n');
    const o = outline(parse(Buffer.from(text), 'ffn.txt'));
    expect(o.chapters.flatMap((c) => c.povMarkers)).toEqual([]);
  });
});
