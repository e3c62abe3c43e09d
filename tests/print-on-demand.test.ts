import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import { UsageError } from '../src/errors.js';
import { minimumGutter } from '../src/print/gutter.js';
import { resolvePrint } from '../src/print/print-options.js';
import { spineWidth } from '../src/print/spine.js';
import { root } from './helpers/inspect.js';
import { wordsByPage } from './helpers/fold-sheets.js';
import { pdffonts, pdfinfo, qpdfCheck, RUN_PDF_TOOLS } from './helpers/pdf.js';

const EPOCH = 1700000000;
const seed002 = join(root, 'seeds/002_05467c72a081d6c6.txt');
const dir = mkdtempSync(join(tmpdir(), 'quire-pod-'));

async function buildIt(out: string, inputs: string[], extra: Record<string, unknown>): Promise<BuildResult> {
  const result = await build({ books: [{ inputs }], outDir: out, sourceDateEpoch: EPOCH, ...extra });
  expect(result.failures).toEqual([]);
  return result;
}

/** A story of `words` words in chapters of about 3,000, so its page count can be chosen. */
function longStory(name: string, words: number): string {
  const sentence = 'The lamplighter walked the long road home while the river kept its own slow counsel beside him. ';
  const paragraph = sentence.repeat(6).trim();
  const chapters = Math.ceil(words / 3000);
  const body = Array.from({ length: chapters }, (_, i) => `Chapter ${i + 1}\n\n${Array.from({ length: 30 }, () => paragraph).join('\n\n')}`).join('\n\n');
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, `A Long Road\n\nby Jo Writer\n\n${body}\n`);
  return file;
}

describe('print settings', () => {
  it.each([
    [{ bleed: '3mm' }, (o: ReturnType<typeof resolvePrint>) => expect(o.bleed).toBeCloseTo(8.504, 2)],
    [{ bleed: '0.125in' }, (o: ReturnType<typeof resolvePrint>) => expect(o.bleed).toBe(9)],
    [{ impose: 'octavo' }, (o: ReturnType<typeof resolvePrint>) => expect([o.impose?.sheet, o.impose?.duplex]).toEqual(['A4', 'long'])],
  ] as const)('reads %j', (settings, check) => {
    check(resolvePrint(settings, null));
  });

  it('takes Letter sheets for inch trim sizes and A4 for metric ones', () => {
    expect(resolvePrint({ impose: 'folio' }, '6x9').sheet).toBe('Letter');
    expect(resolvePrint({ impose: 'folio' }, 'B-format').sheet).toBe('A4');
    expect(resolvePrint({ impose: 'folio' }, '140x216mm').sheet).toBe('A4');
    expect(resolvePrint({ impose: 'folio', sheet: 'tabloid' }, 'A5').sheet).toBe('Tabloid');
  });

  it.each([
    [{ impose: 'duodecimo' }, /--impose "duodecimo" is not a layout; use folio, quarto, octavo, sextodecimo/],
    [{ impose: 'folio', sheet: 'B4' }, /--sheet "B4" is not a sheet size; use Letter, A4, Legal, A3, Tabloid/],
    [{ duplex: 'both' }, /--duplex "both".*long, short or manual/],
    [{ bleed: '3' }, /--bleed "3" is not a length; write a number and a unit/],
    [{ bleed: '1in' }, /more than 0.25 in/],
    [{ impose: 'quarto', signature: '0' }, /--signature must be a whole number from 1 to 16, not "0"/],
    [{ signature: 3 }, /--signature applies to imposed sheets; add --impose/],
    [{ paper: 'glossy' }, /--paper "glossy" is not a paper; use white or cream/],
    [{ impose: 'folio', creep: '5mm' }, /more than 2 mm a leaf/],
  ])('refuses %j with a usage error saying what to write', (settings, message) => {
    expect(() => resolvePrint(settings, null)).toThrow(UsageError);
    expect(() => resolvePrint(settings, null)).toThrow(message);
  });

  it('widens the inside margin with the page count, as KDP asks', () => {
    expect([24, 150, 151, 300, 301, 500, 501, 700, 701, 828].map((p) => minimumGutter(p) / 72)).toEqual([0.375, 0.375, 0.5, 0.5, 0.625, 0.625, 0.75, 0.75, 0.875, 0.875]);
  });

  it('makes the spine pages × the paper thickness', () => {
    expect(spineWidth(100, 'white') / 72).toBeCloseTo(0.2252, 6);
    expect(spineWidth(100, 'cream') / 72).toBeCloseTo(0.25, 6);
  });

  it('refuses a misspelt print option before building anything', async () => {
    await expect(build({ books: [{ inputs: [seed002] }], formats: ['pdf'], outDir: join(dir, 'bad'), print: { impose: 'quatro' } })).rejects.toThrow(/--impose "quatro" is not a layout/);
  });
});

describe.runIf(RUN_PDF_TOOLS)('print on demand', () => {
  it('writes a wrap cover exactly 2 × 6 in + spine + 2 × 0.125 in wide and 9.25 in high for a 6 × 9 book', async () => {
    const out = join(dir, 'cover');
    const result = await buildIt(out, [seed002], { formats: ['pdf', 'cover'], pageSize: '6x9' });
    expect(result.outputs.map((o) => o.path)).toEqual([join(out, 'finding-friendship.pdf'), join(out, 'finding-friendship-cover.pdf')]);
    const pages = Number((await pdfinfo(join(out, 'finding-friendship.pdf'))).Pages);
    const file = join(out, 'finding-friendship-cover.pdf');
    const [width, height] = (await pdfinfo(file))['Page size']!.split(/ x | /).map(Number) as [number, number];
    expect(width / 72).toBeCloseTo(2 * 6 + pages * 0.002252 + 2 * 0.125, 3);
    expect(height / 72).toBe(9.25);
    const boxes = await pdfinfo(file, ['-box']);
    expect(boxes.TrimBox!.split(/\s+/).map(Number)).toEqual([9, 9, Number((width - 9).toFixed(2)), 657]);
    expect((await pdffonts(file)).filter((f) => !f.embedded)).toEqual([]);
    expect((await qpdfCheck(file)).ok).toBe(true);
    // Under 80 pages the spine is too thin for words; the description is on the back.
    const words = (await wordsByPage(file))[0]!.words;
    const spine = words.filter((w) => w.x > 9 + 432 && w.x < width - 9 - 432);
    expect(spine).toEqual([]);
    expect(words.filter((w) => w.x < 9 + 432).map((w) => w.text).join(' ')).toContain('After an adventure gone wrong');
  });

  it('puts title and author on the spine of a book of 80 pages or more, wider on cream paper', async () => {
    const out = join(dir, 'spine');
    const story = longStory('long-road', 40_000);
    const white = await buildIt(join(out, 'white'), [story], { formats: ['cover'], pageSize: '5x8' });
    const cream = await buildIt(join(out, 'cream'), [story], { formats: ['cover'], pageSize: '5x8', print: { paper: 'cream' } });
    const size = async (r: BuildResult): Promise<number> => Number((await pdfinfo(r.outputs[0]!.path))['Page size']!.split(' ')[0]);
    const pages = white.books[0]!.pages ?? 0;
    expect(pages).toBeGreaterThanOrEqual(80);
    expect(((await size(cream)) - (await size(white))) / 72).toBeCloseTo(pages * (0.0025 - 0.002252), 3);
    const words = (await wordsByPage(white.outputs[0]!.path))[0]!.words;
    const spine = words.filter((w) => w.x > 9 + 360 && w.x < 9 + 360 + spineWidthOf(pages));
    expect(spine.map((w) => w.text).join(' ')).toMatch(/A Long Road.*Jo Writer/);
  }, 120_000);

  it('--bleed 3mm grows each page at head, foot and fore-edge, with TrimBox and BleedBox; --crop-marks adds marks outside', async () => {
    const out = join(dir, 'bleed');
    await buildIt(out, [seed002], { formats: ['pdf'], pageSize: '6x9', print: { bleed: '3mm', cropMarks: true } });
    const file = join(out, 'finding-friendship.pdf');
    const box = async (page: number, name: string): Promise<number[]> => (await pdfinfo(file, ['-box', '-f', String(page), '-l', String(page)]))[`Page    ${page} ${name}`]!.split(/\s+/).map(Number);
    const b = 8.5;
    // A recto's spine is on its left: no bleed there; a verso's on its right.
    expect(await box(1, 'TrimBox')).toEqual([0, 0, 432, 648]);
    expect(await box(1, 'BleedBox')).toEqual([0, -b, 432 + b, 648 + b]);
    expect(await box(2, 'BleedBox')).toEqual([-b, -b, 432, 648 + b]);
    expect(await box(1, 'MediaBox')).toEqual([-18, -b - 18, 432 + b + 18, 648 + b + 18]);
    expect((await qpdfCheck(file)).ok).toBe(true);
    expect((await pdffonts(file)).filter((f) => !f.embedded)).toEqual([]);
  });

  it('widens a gutter set too narrow to what the page count needs, setting the book again', async () => {
    const templates = join(dir, 'narrow-templates');
    mkdirSync(join(templates, 'pdf'), { recursive: true });
    const theme = JSON.parse(readFileSync(join(root, 'templates/pdf/theme.json'), 'utf8')) as { pageSizes: Record<string, { margins?: { inner: number } }> };
    theme.pageSizes.A5!.margins!.inner = 10;
    writeFileSync(join(templates, 'pdf/theme.json'), JSON.stringify(theme));
    cpSync(join(root, 'templates/epub'), join(templates, 'epub'), { recursive: true });
    const leftmost = async (file: string, page: number): Promise<number> => Math.min(...(await wordsByPage(file))[page - 1]!.words.map((w) => w.left));
    const short = await buildIt(join(dir, 'gutter-short'), [seed002], { formats: ['pdf'], templatesDir: templates });
    const shortFile = short.outputs[0]!.path;
    // Chapter text on a recto page starts at least 0.375 in from the spine for a book under 150 pages.
    const recto = Array.from({ length: short.books[0]!.pages! }, (_, i) => i + 1).filter((p) => p % 2 === 1 && p > 2);
    for (const p of recto) expect(await leftmost(shortFile, p), `page ${p}`).toBeGreaterThanOrEqual(26.9);
    const long = await buildIt(join(dir, 'gutter-long'), [longStory('longer-road', 60_000)], { formats: ['pdf'], templatesDir: templates });
    expect(long.books[0]!.pages).toBeGreaterThan(150);
    expect(await leftmost(long.outputs[0]!.path, 5)).toBeGreaterThanOrEqual(35.9);
  }, 120_000);
});

function spineWidthOf(pages: number): number {
  return spineWidth(pages, 'white');
}
