import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { impose, type DuplexMode } from '../src/print/impose/impose.js';
import { LAYOUT_NAMES, type ImposeLayout } from '../src/print/impose/layouts.js';
import { printFoldRead } from './helpers/fold-sheets.js';
import { qpdfCheck, RUN_PDF_TOOLS } from './helpers/pdf.js';

/** A book of `count` pages of 2.5 × 4 in, each with its number in large type near its head. */
async function numberedBook(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([180, 288]);
    page.drawText(String(n), { x: 90 - font.widthOfTextAtSize(String(n), 20) / 2, y: 288 * 0.8, size: 20, font });
  }
  return doc.save();
}

const CASES: { layout: ImposeLayout; pages: number; sheetsPer: number; flyleaves: number }[] = [
  { layout: 'folio', pages: 37, sheetsPer: 4, flyleaves: 0 },
  { layout: 'folio', pages: 30, sheetsPer: 3, flyleaves: 1 },
  { layout: 'quarto', pages: 21, sheetsPer: 2, flyleaves: 0 },
  { layout: 'quarto', pages: 40, sheetsPer: 3, flyleaves: 2 },
  { layout: 'octavo', pages: 40, sheetsPer: 1, flyleaves: 0 },
  { layout: 'octavo', pages: 50, sheetsPer: 2, flyleaves: 1 },
  { layout: 'sextodecimo', pages: 70, sheetsPer: 1, flyleaves: 0 },
];

describe.runIf(RUN_PDF_TOOLS)('imposed sheets fold into pages 1, 2, 3 …', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-impose-'));
  const modes: DuplexMode[] = ['long', 'short', 'manual'];

  it.each(CASES.flatMap((c) => modes.map((duplex) => ({ ...c, duplex }))))(
    '$layout, $pages pages, $sheetsPer sheets a signature, $flyleaves flyleaves, duplex $duplex',
    async ({ layout, pages, sheetsPer, flyleaves, duplex }) => {
      const imposed = await impose(await numberedBook(pages), { layout, sheet: 'Letter', sheetsPerSignature: sheetsPer, duplex, flyleaves, creep: 0.3 });
      const file = join(dir, `${layout}-${pages}-${duplex}.pdf`);
      writeFileSync(file, imposed.data);
      expect(await printFoldRead(file, layout, duplex, sheetsPer)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      const check = await qpdfCheck(file);
      expect(check.ok, check.report).toBe(true);
    },
  );

  it('catches sheets printed with the other flip: the test can fail', async () => {
    const imposed = await impose(await numberedBook(16), { layout: 'quarto', sheet: 'Letter', sheetsPerSignature: 2, duplex: 'long', flyleaves: 0, creep: 0 });
    const file = join(dir, 'wrong-flip.pdf');
    writeFileSync(file, imposed.data);
    const inOrder = Array.from({ length: 16 }, (_, i) => i + 1);
    expect(await printFoldRead(file, 'quarto', 'long', 2)).toEqual(inOrder);
    // Turned on the short edge, each back lands upside down: the leaves read 1, 10, 3, 12 …
    expect(await printFoldRead(file, 'quarto', 'short', 2)).toEqual([1, 10, 3, 12, 13, 6, 15, 8, 9, 2, 11, 4, 5, 14, 7, 16]);
    // Folded a sheet at a time instead of as a gathering of two, the sheets nest wrongly.
    expect(await printFoldRead(file, 'quarto', 'long', 1)).not.toEqual(inOrder);
  });

  it('covers every layout', () => {
    expect(new Set(CASES.map((c) => c.layout))).toEqual(new Set(LAYOUT_NAMES));
  });

  it('says how the pages were gathered, in one line', async () => {
    const book = await numberedBook(37);
    const folio = await impose(book, { layout: 'folio', sheet: 'Letter', sheetsPerSignature: null, duplex: 'long', flyleaves: 0, creep: 0 });
    expect(folio.summary).toBe('folio on Letter: 2 signatures of 4 sheets and 1 of 2 sheets; 3 blank pages at the end');
    const quarto = await impose(await numberedBook(45), { layout: 'quarto', sheet: 'A4', sheetsPerSignature: 2, duplex: 'long', flyleaves: 0, creep: 0 });
    expect(quarto.summary).toBe('quarto on A4: 3 signatures of 2 sheets; 3 blank pages at the end');
    const small = await impose(book, { layout: 'sextodecimo', sheet: 'Letter', sheetsPerSignature: null, duplex: 'long', flyleaves: 1, creep: 0 });
    expect(small.summary).toMatch(/^sextodecimo on Letter: 2 signatures of 1 sheet; 23 blank pages at the end; 1 flyleaf at the front and back; pages scaled to 68 % to fit a leaf of 2.13 × 2.75 in/);
  });

  it('asks the viewer to print at actual size and two-sided as chosen', async () => {
    const book = await numberedBook(8);
    for (const [duplex, expected] of [['long', 'DuplexFlipLongEdge'], ['short', 'DuplexFlipShortEdge'], ['manual', 'Simplex']] as const) {
      const imposed = await impose(book, { layout: 'quarto', sheet: 'Letter', sheetsPerSignature: 1, duplex, flyleaves: 0, creep: 0 });
      const prefs = (await PDFDocument.load(imposed.data)).catalog.getViewerPreferences()!;
      expect(prefs.getPrintScaling()).toBe('None');
      expect(prefs.getDuplex()).toBe(expected);
    }
  });
});
