import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'zine.txt'));
const prose = 'Marguerite found the radio in the ice at the bottom of the shaft, wrapped in a jacket and still warm.';

/** A piece in a fanzine: the editor's note over it, its title and by-line, the writer's bio and the zine's lines after it. */
const piece = [
  "Ed. note: Dolores sent this one in on three sheets of onion-skin. We used it.",
  '',
  '',
  'THE LAST RADIO ON CERES',
  '',
  'by Dolores Finch',
  '',
  prose,
  '',
  prose,
  '',
  '* * *',
  '',
  'Dolores Finch lives in Duluth with two cats and a shortwave set. Her last story was in issue four.',
  '',
  '(c) 1994 Dolores Finch. All rights revert to author.',
  '',
  "LETTERS OF COMMENT: we want 'em. Send to the PO Box on page 2.",
  '',
].join('\n');

describe('a piece in a magazine', () => {
  it("reads the title and by-line under the editor's note, the note the story's", () => {
    const o = read(piece);
    expect([o.title, o.author]).toEqual(['THE LAST RADIO ON CERES', 'Dolores Finch']);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters[0]!.firstWords.startsWith('Marguerite found')).toBe(true);
  });
  it("leaves the writer's bio out of the text, with the copyright and the call for letters the magazine sets under it", () => {
    const o = read(piece);
    expect(o.wordCount).toBe(2 * prose.split(' ').length);
    expect(o.diagnostics.some((d) => d.ruleId === 'contributor-bio')).toBe(true);
  });
  it('keeps a long paragraph after the bio, which is no line of the magazine', () => {
    const long = `${prose} ${prose}`;
    const o = read(`${piece}\n${long}\n`);
    expect(o.wordCount).toBe(2 * prose.split(' ').length + 'Dolores Finch lives in Duluth with two cats and a shortwave set. Her last story was in issue four.'.split(' ').length + 9 + 14 + long.split(' ').length);
  });
});
