import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const info = (text: string) => `i${text}\tfake\t(NULL)\t0`;

describe('a Gopher menu saved raw', () => {
  const menu = [
    '1<< back to phlog index\t/phlog\tgopher.moth.zone\t70',
    info(''), info('THE NIGHT FERRY'), info('by moth'), info(''),
    info('-- 1: Departure --'), info(''), info('The ferry left at ten, and nobody on the quay waved it off.'), info(''),
    info('-- 2: Crossing --'), info(''), info('Halfway over the lights went out, one by one, from the bow.'), info(''),
    '0Next entry: seed catalogue notes\t/phlog/next.txt\tgopher.moth.zone\t70',
    '.',
  ].join('\r\n');
  const o = outline(parse(Buffer.from(menu), 'phlog.txt'));
  it('reads the info lines as the text, and leaves the links and the end mark out', () => {
    expect([o.title, o.author]).toEqual(['THE NIGHT FERRY', 'moth']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Departure'], [2, 'Crossing']]);
    expect(o.wordCount).toBe(13 + 12);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('gophermap');
  });
  it('leaves a story that quotes one menu line alone', () => {
    const story = `A Letter\n\nShe typed it exactly as the screen showed:\n\n${info('hello')}\n\nand then she logged off for good, and went out into the rain.\n`;
    expect(outline(parse(Buffer.from(story), 's.txt')).diagnostics.map((d) => d.ruleId)).not.toContain('gophermap');
  });
});
