import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const para = 'The harbour lights came on one by one, and nobody on the quay looked up from the nets.';

describe('headers drawn in comment boxes', () => {
  it('reads the title, by-line and chapter headings inside `//---//` boxes', () => {
    const box = (...inner: string[]) => ['//------------------------------//', ...inner.map((l) => `// ${l}`), '//------------------------------//', ''];
    const o = read([...box('Harbour Lights', 'Story by Wenna'), ...box('1. The Quay', 'by Wenna'), para, '', ...box('2. The Nets', 'by Wenna'), para, ''].join('\n'));
    expect(o.title).toBe('Harbour Lights');
    expect(o.author).toBe('Wenna');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Quay'], [2, 'The Nets']]);
    expect(o.wordCount).toBe(2 * 18);
  });
  it('reads a `+---+` frame around `|` lines', () => {
    const o = read(['+----------------+', '| Chapter 1      |', '+----------------+', '', para, '', '+----------------+', '| Chapter 2      |', '+----------------+', '', para, ''].join('\n'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
  it('leaves dialogue between rules alone', () => {
    const o = read(['Title Here', '', para, '', '----------', '— Who goes there?', '— Only me.', '----------', '', para, ''].join('\n'));
    expect(o.chapters[0]!.sceneBreaks).toBe(2);
    // Words are what white space separates: each dash of dialogue is one.
    expect(o.wordCount).toBe(2 * 18 + 2 + 3 + 2);
  });
});
