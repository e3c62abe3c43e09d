import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'alphabet.txt'));
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

describe('an abecedarian story, its sections headed A to Z', () => {
  const story = ['Twenty-Six Rooms', 'Elspeth Marrow', '', 'for R.', '', ...letters.flatMap((l) => [l, `${l === 'I' ? 'I' : l + 'ast'} came the boxes, and we carried them down the stairs one by one.`, ''])].join('\n');

  it('reads each letter as its section, I, V, X, C, D, L and M included, under the title page', () => {
    const o = read(story);
    expect([o.title, o.author]).toEqual(['Twenty-Six Rooms', 'Elspeth Marrow']);
    expect(o.chapters.map((c) => c.title)).toEqual(letters);
    expect(o.chapters.every((c) => c.number === null)).toBe(true);
  });

  it('keeps roman numerals that count (I, II, III) as numbered sections', () => {
    const o = read(['The Well', '', 'I', '', 'We carried the boxes down the stairs one by one, and nobody spoke.', '', 'II', '', 'The house was empty by noon, and the light came in sideways.', ''].join('\n'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
});
