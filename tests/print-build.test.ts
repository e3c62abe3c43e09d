import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import type { PrintSettings } from '../src/print/print-options.js';
import { root } from './helpers/inspect.js';
import { printFoldRead, wordsByPage } from './helpers/fold-sheets.js';
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, RUN_PDF_TOOLS } from './helpers/pdf.js';

const EPOCH = 1700000000;
const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f));
const seed002 = seeds[2]!;

async function buildWith(dir: string, inputs: string[], pageSize: string, print: PrintSettings, formats = ['pdf']): Promise<BuildResult> {
  const result = await build({ books: [{ inputs, ...(inputs.length > 1 ? { anthology: 'Seed Stories' } : {}) }], formats, outDir: dir, pageSize, print, sourceDateEpoch: EPOCH });
  expect(result.failures).toEqual([]);
  return result;
}

/** How many book pages are drawn on each side of each sheet. */
async function pagesPerSide(file: string): Promise<number[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  return doc.getPages().map((p) => p.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.keys().length ?? 0);
}

const wordCounts = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

/**
 * Words of the book that the imposed sheets have fewer of (none when every
 * word is there). Small pages side by side can put the last word of one page
 * on a text line with the first of its neighbour, which pdftotext then reads
 * as one word (`beginFinding`): such a word counts as its two halves.
 */
async function missingWords(book: string, imposed: string): Promise<string[]> {
  const [a, b] = [wordCounts(await pdftotext(book)), wordCounts(await pdftotext(imposed))];
  for (const [w, n] of [...b]) {
    if (a.has(w)) continue;
    const cut = [...w].findIndex((_, i) => i > 0 && a.has(w.slice(0, i)) && a.has(w.slice(i)));
    if (cut < 0) continue;
    for (const half of [w.slice(0, cut), w.slice(cut)]) b.set(half, (b.get(half) ?? 0) + n);
  }
  return [...a].filter(([w, n]) => (b.get(w) ?? 0) < n).map(([w]) => w);
}

async function expectSound(file: string): Promise<void> {
  const check = await qpdfCheck(file);
  expect(check.ok, check.report).toBe(true);
  const fonts = await pdffonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
}

describe.runIf(RUN_PDF_TOOLS)('seed 002 at 6 × 9 in, imposed quarto on Letter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-quarto-'));
  const book = join(dir, 'finding-friendship.pdf');
  const imposed = join(dir, 'finding-friendship-imposed.pdf');
  let result: BuildResult;

  beforeAll(async () => {
    result = await buildWith(dir, [seed002], '6x9', { impose: 'quarto', sheet: 'Letter' });
  }, 60_000);

  it('writes the book and its imposed sheets, saying how they gather', () => {
    expect(result.outputs.map((o) => [o.format, o.path])).toEqual([
      ['pdf', book],
      ['imposed', imposed],
    ]);
    expect(result.outputs[1]!.note).toMatch(/^quarto on Letter: 1 signature of 2 sheets; 1 blank page at the end; pages scaled to 61 % to fit a leaf of 4.25 × 5.5 in/);
  });

  it('has Letter sides with 4 pages a side, in whole signatures, and every page of the book once', async () => {
    expect((await pdfinfo(imposed))['Page size']).toBe('612 x 792 pts (letter)');
    const pages = Number((await pdfinfo(book)).Pages);
    const sides = await pagesPerSide(imposed);
    expect(sides.length % 4).toBe(0);
    expect(Math.max(...sides)).toBe(4);
    expect(sides.reduce((a, b) => a + b, 0)).toBe(pages);
  });

  it('holds every word of the book, embeds its fonts and passes qpdf --check', async () => {
    expect(await missingWords(book, imposed)).toEqual([]);
    await expectSound(imposed);
  });

  it('folds into the book: page numbers read in order, upright', async () => {
    const order = await printFoldRead(imposed, 'quarto', 'long', 2, { at: 'foot', page: { width: 432, height: 648 } });
    expect(order).toEqual([...(order as number[])].sort((a, b) => a - b));
    expect((order as number[]).length).toBeGreaterThan(8);
  });
});

describe.runIf(RUN_PDF_TOOLS)('the anthology of the four seeds, imposed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-anthology-imposed-'));

  it.each([
    { layout: 'octavo', sheet: 'A4', duplex: 'manual', sheetsPer: 1 },
    { layout: 'folio', sheet: 'Letter', duplex: 'long', sheetsPer: 4 },
  ] as const)('$layout on $sheet, duplex $duplex: folds into pages in order, every word there, sound', async ({ layout, sheet, duplex, sheetsPer }) => {
    const out = join(dir, layout);
    const result = await buildWith(out, seeds, 'A5', { impose: layout, sheet, duplex });
    const pages = result.books[0]!.pages!;
    const book = join(out, 'seed-stories.pdf');
    const imposed = join(out, 'seed-stories-imposed.pdf');
    const order = await printFoldRead(imposed, layout, duplex, sheetsPer, { at: 'foot', page: { width: 419.53, height: 595.28 } });
    expect(typeof order === 'string' ? order : 'read').toBe('read');
    const numbered = order as number[];
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    expect(new Set(numbered).size).toBe(numbered.length);
    expect(numbered[numbered.length - 1]).toBeGreaterThan(pages - 3);
    expect((await pagesPerSide(imposed)).reduce((a, b) => a + b, 0)).toBe(pages);
    expect(await missingWords(book, imposed)).toEqual([]);
    await expectSound(imposed);
  }, 60_000);
});

describe.runIf(RUN_PDF_TOOLS)('the calibration sheet', () => {
  it.each(['long', 'short'] as const)('--duplex %s: the crosses of the back fall behind those of the front once the paper turns that way', async (duplex) => {
    const out = mkdtempSync(join(tmpdir(), 'quire-calibration-'));
    const result = await buildWith(out, [seed002], 'A5', { calibration: true, duplex }, ['pdf']);
    const file = join(out, 'finding-friendship-calibration.pdf');
    expect(result.outputs.map((o) => o.path)).toContain(file);
    const [front, back] = await wordsByPage(file);
    expect(front!.words.map((w) => w.text)).toContain('FRONT');
    const { width, height } = front!;
    expect([width, height]).toEqual([595.28, 841.89]);
    // Each cross is labelled 8 pt right of and below its centre, on both sides.
    const cross = (words: { text: string; left: number; y: number }[], label: string): [number, number] => {
      const w = words.find((x) => x.text === label)!;
      return [w.left - 8, w.y + 12];
    };
    for (const n of [1, 2, 3, 4]) {
      const [fx, fy] = cross(front!.words, `F${n}`);
      const [bx, by] = cross(back!.words, `B${n}`);
      // Printed on the back and turned over, a point moves to the mirror image across the edge the paper turns on.
      const [tx, ty] = duplex === 'long' ? [width - bx, by] : [bx, height - by];
      expect(Math.abs(tx - fx) < 3 && Math.abs(ty - fy) < 3, `cross ${n}: front ${fx},${fy}; back turned over ${tx},${ty}`).toBe(true);
    }
    await expectSound(file);
  }, 60_000);
});
