import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { countWords } from '../src/model-text.js';
import { outline } from '../src/inspect/outline.js';

// Shapes that make a backtracking regex take minutes; the suite's timeout is the guard, no timing is asserted.
describe('long and odd input', () => {
  it('parses a 2 MB file with no newline, keeping every word', () => {
    const text = 'word '.repeat(400_000) + 'end';
    const o = outline(parse(Buffer.from(text), 'one-line.txt'));
    expect(o.wordCount).toBe(countWords(text));
  });

  it('parses a 2 MB line of marks, brackets and note-like text', () => {
    const text = '*_[Chapter ~~'.repeat(160_000);
    expect(() => parse(Buffer.from(text), 'marks.txt')).not.toThrow();
  });

  it('parses markup as text, never as markup', () => {
    const o = outline(parse(Buffer.from('Title\n\n<script>alert(1)</script> & #hashtag\n\n> quoted\n\n1. listed\n'), 'markup.txt'));
    expect(o.chapters[0]?.firstWords).toBe('<script>alert(1)</script> & #hashtag > quoted');
  });
});
