import { describe, expect, it } from 'vitest';
import { parseInline } from '../src/parse/inline.js';
import { parseNumber } from '../src/parse/numbers.js';
import { HEADING_RULES, matchHeading } from '../src/parse/rules/headings.js';
import { isSceneBreak, matchOrnament, matchPov, ORNAMENT_EXAMPLES, POV_EXAMPLES, SCENE_BREAK_EXAMPLES } from '../src/parse/rules/markers.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';

describe('heading rules', () => {
  for (const rule of HEADING_RULES) {
    it.each(rule.examples)(`${rule.id} matches %s`, (example) => {
      expect(matchHeading(example)?.ruleId).toBe(rule.id);
    });
  }
  it.each([
    'Chapter 5 of the book was boring, she thought.',
    'Part of me wanted to stay.',
    'Chapter and verse, he said.',
    'Book of the Dead',
  ])('leaves prose alone: %s', (line) => expect(matchHeading(line)).toBeNull());
  it('reads the decorated seed heading', () => {
    expect(matchHeading('— Chapter Thirty-Five —')).toMatchObject({ number: 35, title: null, label: 'Chapter' });
    expect(matchHeading('[Chapter 1] Connections')).toMatchObject({ number: 1, title: 'Connections' });
  });
});

describe('numbers', () => {
  it.each([
    ['12', 12], ['XIV', 14], ['xlvi', 46], ['Thirty-Five', 35], ['one hundred and two', 102], ['Twenty First', 21], ['MCMXC', 1990],
  ])('%s is %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each(['IIII', 'pony', ''])('%s is not a number', (text) => expect(parseNumber(text)).toBeNull());
});

describe('markers', () => {
  it.each(SCENE_BREAK_EXAMPLES)('scene break: %s', (line) => expect(isSceneBreak(line)).toBe(true));
  it.each(['...', 'Ooo.', 'xylophone', 'OK'])('not a scene break: %s', (line) => expect(isSceneBreak(line)).toBe(false));
  it.each(POV_EXAMPLES)('POV marker: %s', (line) => expect(matchPov(line)).not.toBeNull());
  it.each(ORNAMENT_EXAMPLES)('ornament: %s', (line) => expect(matchOrnament(line)).not.toBeNull());
  it('tells an ornament from a POV marker', () => {
    expect(matchPov('~~To be continued?~~')).toBeNull();
    expect(matchPov('~~~Spike~~~')).toBe('Spike');
  });
});

describe('note labels', () => {
  it.each([
    ["Author's note: This story is loosely based", "Author's note"],
    ['A/N: First story here', 'A/N'],
    ['[A/N: bracketed]', 'A/N'],
    ['Disclaimer: I own nothing.', 'Disclaimer'],
    ['Chapter End Notes', 'Chapter End Notes'],
    ["Author's Notes: ", "Author's Notes"],
  ])('%s', (text, label) => expect(matchNoteLabel(text)?.label).toBe(label));
  it.each(['"Author\'s note?" he asked.', 'Notes were passed under the desk.', 'Anna: come here.'])('not a note: %s', (text) =>
    expect(matchNoteLabel(text)).toBeNull(),
  );
});

describe('inline emphasis', () => {
  it('reads *emphasis*, _emphasis_ and **strong**', () => {
    expect(parseInline('a *b* _c_ **d**')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'd' }] },
    ]);
  });
  it('keeps stray marks, snake_case and markup as text', () => {
    expect(parseInline('2 * 3 = 6, snake_case_name, <script>x</script>')).toEqual([
      { type: 'text', value: '2 * 3 = 6, snake_case_name, <script>x</script>' },
    ]);
  });
  it('stays linear on a long line of unmatched marks', () => {
    const nodes = parseInline('*a '.repeat(200_000));
    expect(nodes).toHaveLength(1);
  });
});
