import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../src/render/pdf/font-set.js';
import { hyphenatorFor } from '../src/render/pdf/hyphenate.js';
import { lineBreaker, type Line } from '../src/render/pdf/line-breaker.js';
import { fontPaths, loadTheme } from '../src/render/pdf/theme.js';
import { Templates } from '../src/render/templates.js';
import { root } from './helpers/inspect.js';

const theme = loadTheme(new Templates());
const fonts = new FontSet(fontPaths(theme));
const hyphenate = hyphenatorFor('en')!;
const size = theme.body.size;
const width = 321.53;
const options = { width, firstIndent: theme.body.indent, size, align: 'justify' as const };

/** The prose paragraphs of seed 002, hyphenated as the PDF renderer does. */
const paragraphs = readFileSync(join(root, 'seeds/002_05467c72a081d6c6.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.length > 200)
  .map(hyphenate);

const text = (lines: readonly Line[]): string => lines.map((l) => l.pieces.map((p) => p.text).join(' ')).join('\n');
/** The words of the lines with line-end hyphens joined back: what a reader reads. */
const words = (lines: readonly Line[]): string[] => text(lines).replace(/(\p{L})-\n(\p{L})/gu, '$1$2').split(/\s+/);
const lineEnd = (l: Line): number => {
  const last = l.pieces.at(-1)!;
  return last.x + fonts.width(last.text, last.face, size, last.smallCaps) * l.scale + last.wordSpacing * l.scale * (last.text.split(' ').length - 1);
};

describe('total-fit line breaking', () => {
  it('keeps every word of every paragraph, in order, and never sets three hyphenated lines in a row', () => {
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) {
      const lines = lineBreaker([{ text: p, face: 'regular' }], options, fonts)();
      expect(words(lines)).toEqual(p.replace(/\u00AD/g, '').split(' '));
      for (let i = 2; i < lines.length; i++) expect(lines[i - 2]!.hyphenated && lines[i - 1]!.hyphenated && lines[i]!.hyphenated).toBe(false);
    }
  });

  it('fills every line but the last to the measure, give or take margin kerning', () => {
    for (const p of paragraphs.slice(0, 10)) {
      const lines = lineBreaker([{ text: p, face: 'regular' }], options, fonts)();
      for (const l of lines.slice(0, -1)) {
        expect(lineEnd(l)).toBeGreaterThan(width - 0.5);
        expect(lineEnd(l)).toBeLessThan(width + 4);
      }
      expect(lineEnd(lines.at(-1)!)).toBeLessThanOrEqual(width + 0.01);
    }
  });

  it('breaks a paragraph again so that a named line (a page foot) does not end in a hyphen', () => {
    let checked = 0;
    for (const p of paragraphs) {
      const breaker = lineBreaker([{ text: p, face: 'regular' }], options, fonts);
      const first = breaker();
      const at = first.findIndex((l) => l.hyphenated);
      if (at < 0) continue;
      const again = breaker(new Set([at + 1]));
      expect(again[at]!.hyphenated).toBe(false);
      expect(words(again)).toEqual(words(first));
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('cuts a word wider than the measure rather than letting it run off the page, keeping every character', () => {
    const url = `see https://example.org/${'a-very-long-path-segment/'.repeat(12)}end and more words after it`;
    const lines = lineBreaker([{ text: url, face: 'regular' }], options, fonts)();
    expect(lines.length).toBeGreaterThan(2);
    expect(text(lines).replace(/\s+/g, '')).toBe(url.replace(/\s+/g, ''));
    for (const l of lines) expect(lineEnd(l)).toBeLessThan(width + 4);
  });
});
