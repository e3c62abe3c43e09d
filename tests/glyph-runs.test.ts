import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ContentBytes } from '../src/render/pdf/content-bytes.js';
import { FontSet } from '../src/render/pdf/font-set.js';
import { GlyphRunWriter } from '../src/render/pdf/glyph-runs.js';
import { hyphenatorFor } from '../src/render/pdf/hyphenate.js';
import { lineBreaker, type Line, type Span } from '../src/render/pdf/line-breaker.js';
import { pdfNumber } from '../src/render/pdf/pdf-number.js';
import { fontPaths, loadTheme } from '../src/render/pdf/theme.js';
import { Templates } from '../src/render/templates.js';
import { root } from './helpers/inspect.js';

const theme = loadTheme(new Templates());
const fonts = new FontSet(fontPaths(theme));
const size = theme.body.size;

/** The page content a writer draws for `lines`: what goes into the PDF before it is deflated. */
function content(lines: readonly Line[]): string {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false });
  for (const face of ['regular', 'italic', 'bold', 'boldItalic', 'fallback', 'cjk'] as const) doc.registerFont(face, fonts.fontkitFont(face) as unknown as PDFKit.Mixins.PDFFontSource);
  doc.addPage();
  const writer = new GlyphRunWriter(doc, fonts);
  lines.forEach((line, i) => writer.line(line.pieces, 50 + line.offset, 60 + 14 * i, size, line.scale));
  const page = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page;
  return Buffer.concat(page.content.buffer).toString('latin1');
}

describe('glyph runs', () => {
  // Lines tell the writer which words are whole cached words, so it finds them by number: the bytes must be
  // those it writes finding every word by its text. Styles change inside words, words break at line ends.
  it('writes the same bytes for words found by number as for words found by text', () => {
    const seed = readFileSync(join(root, 'seeds/002_05467c72a081d6c6.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 200).slice(0, 12);
    const paragraphs: Span[][] = seed.map((p) => [{ text: p, face: 'regular' }]);
    paragraphs.push([{ text: 'Un', face: 'regular' }, { text: 'believ', face: 'italic' }, { text: 'able, she said; the extraordinarily ', face: 'regular' }, { text: 'incomprehensible', face: 'regular', smallCaps: true }, { text: 'ness of it all\u00a0!', face: 'regular' }, { text: ' — and then ', face: 'bold' }, { text: 'quite', face: 'bold' }, { text: 'unexpectedly', face: 'bold' }, { text: ' nothing at all happened to anybody.', face: 'regular' }]);
    // Words ending in a no-break space before a space (which a line end drops with the space).
    paragraphs.push([{ text: Array.from({ length: 40 }, (_, i) => `mot${'s'.repeat(i % 5)}\u00a0 encore`).join(' '), face: 'regular' }]);
    // Words with hyphens of their own, which lines may end at without a hyphen added.
    paragraphs.push([{ text: Array.from({ length: 12 }, () => 'a well-known self-contained twenty-first-century state-of-the-art mother-in-law').join(' '), face: 'regular' }]);
    const hyphenate = hyphenatorFor('en');
    const lines = [150, 200, 260].flatMap((width) => paragraphs.flatMap((spans) => lineBreaker(spans, { width, firstIndent: 13, size, align: 'justify', hyphenate }, fonts)()));
    const byNumber = lines.filter((l) => l.pieces.some((p) => p.words?.some((w) => w >= 0)));
    expect(byNumber.length).toBeGreaterThan(lines.length / 2);
    const byText = lines.map((l) => ({ ...l, pieces: l.pieces.map(({ words: _, ...p }) => p) }));
    expect(content(lines)).toBe(content(byText));
  });

  it('formats numbers as JavaScript writes them rounded to thousandths', () => {
    const values = [0, -0, 0.0004, -0.0004, 0.0005, -0.0005, 0.1, 0.01, 0.001, 1.5, 1.05, 1.005, 1.105, 10, 100, 1000, 2147483.647, -2147483.647, 3e9, -3e9];
    for (let i = 0; i < 20_000; i++) values.push((i % 7) * 1000 * Math.sin(i), Math.round(Math.cos(i) * 1e6) / 1000 + 0.0005);
    const bytes = new ContentBytes();
    for (const n of values) {
      const expected = String(Math.round(n * 1000) / 1000);
      expect(pdfNumber(n)).toBe(expected);
      bytes.length = 0;
      bytes.number(n);
      expect(bytes.data.toString('latin1', 0, bytes.length)).toBe(expected);
    }
  });
});
