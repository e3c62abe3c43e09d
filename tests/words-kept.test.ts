import { existsSync, readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { corpusDir, parseAt, root } from './helpers/inspect.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

const files: [string, string][] = [
  ...readdirSync(`${root}seeds`).map((f): [string, string] => [`seeds/${f}`, root]),
  // Plain-text fixtures: a Markdown source's own syntax (front-matter keys, `#`) is not text to keep.
  ...readdirSync(`${root}tests/fixtures`)
    .filter((d) => existsSync(`${root}tests/fixtures/${d}/story.txt`))
    .map((d): [string, string] => [`tests/fixtures/${d}/story.txt`, root]),
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f, corpusDir]),
];

describe('nothing is lost', () => {
  it.each(files)('every word of %s is kept or reported', (file, base) => {
    const m = parseAt(file, base);
    const source = iconv.decode(readFileSync(base + file), m.encoding).replace(/\r\n?/g, '\n');
    const lines = source.split('\n');
    const lost = lostWords(source, keptText(m), reportedText(m, lines));
    expect(lost).toEqual([]);
  });
});
