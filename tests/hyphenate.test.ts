import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import createHyphenator from 'hyphen';
import { describe, expect, it } from 'vitest';
import { liangHyphenator, type Patterns } from '../src/render/pdf/liang.js';
import { corpusDir, root } from './helpers/inspect.js';

const require = createRequire(import.meta.url);
const SHY = '\u00AD';

/** Each language's patterns, loaded afresh: `hyphen` writes the break points it finds into the patterns' exceptions. */
const patternsOf = (name: string): Patterns => {
  const path = require.resolve(`hyphen/patterns/${name}.js`);
  delete require.cache[path];
  return require(path) as Patterns;
};

/** Text without white space as the PDF hyphenates it: every chunk between spaces of the seeds and corpus texts. */
function chunks(): string[] {
  const texts = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  for (const name of ['pg-moby-dick.txt', 'pg-alice.txt', 'cc-by-a-veil-of-brightness.md', 'pg-frankenstein-cp1252.txt']) {
    const file = join(corpusDir, name);
    if (existsSync(file)) texts.push(readFileSync(file, 'latin1'));
  }
  return [...new Set(texts.flatMap((t) => t.split(/\s+/)))].filter((w) => w !== '' && !/[<\u00AD]/.test(w));
}

/** Deterministic chunks mixing cases, apostrophes, digits, dashes, quotes, accents, astral characters. */
function randomChunks(count: number): string[] {
  const pieces = ['a', 'e', 'i', 'o', 'u', 'n', 't', 'r', 's', 'h', 'l', 'ph', 'tion', 'ing', 'Con', 'STR', 'é', 'ß', 'İ', "'", '’', '—', '-', '1', '.', ',', '“', '…', '😀', 'x', 'q', 'ability', 'pre'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

describe('Liang hyphenation', () => {
  const samples = [...chunks(), ...randomChunks(20_000), 'table', 'Table', 'TABLE', 'present', 'reciprocity', 'hyphenation', 'constructor', '__proto__', 'toString'];
  for (const language of ['en-us', 'en-gb', 'de-1996', 'fr']) {
    it(`puts the soft hyphens where hyphen puts them (${language})`, () => {
      const ours = liangHyphenator(patternsOf(language), SHY);
      const theirs = createHyphenator(patternsOf(language) as unknown as Parameters<typeof createHyphenator>[0], { async: false, hyphenChar: SHY }) as (text: string) => string;
      let hyphenated = 0;
      for (const text of samples) {
        const expected = theirs(text);
        expect(ours(text), text).toBe(expected);
        if (expected.includes(SHY)) hyphenated++;
      }
      // The samples must reach the patterns, or the comparison says nothing.
      expect(hyphenated).toBeGreaterThan(samples.length / 10);
    });
  }

  it("tells word characters from others as hyphen does, for every UTF-16 code unit", () => {
    const ours = liangHyphenator(patternsOf('en-us'), SHY, 1);
    const theirs = createHyphenator(patternsOf('en-us') as unknown as Parameters<typeof createHyphenator>[0], { async: false, hyphenChar: SHY, minWordLength: 1 }) as (text: string) => string;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch === '<' || ch === SHY) continue;
      // A code unit between two runs of letters breaks them into two words, or joins them into one.
      const text = `hyphen${ch}ation`;
      expect(ours(text), `U+${c.toString(16)}`).toBe(theirs(text));
    }
  });
});
