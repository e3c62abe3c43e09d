import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import { SHEETS } from '../../print/impose/layouts.js';
import { resolvePrint } from '../../print/print-options.js';
import { setPrintPreferences } from '../../print/print-preferences.js';
import { bookDate } from '../book-identity.js';
import type { Renderer } from '../renderer.js';
import type { PdfOptions } from './pdf-options.js';
import { fontPaths, loadTheme } from './theme.js';

const MM = 72 / 25.4;
/** Registration crosses on the front, as shares of the sheet from its lower left: placed unevenly, so a wrong turn shows. */
const CROSSES: readonly [number, number][] = [[0.22, 0.72], [0.78, 0.72], [0.3, 0.34], [0.5, 0.47]];

const TURN_LONG = 'Turn the sheet over on its long edge, as you turn a page of a book: this arrow should point up, as the one on the front does. If it points down, the printer turned the paper on its short edge: set it to flip on long edge, or build with --duplex short.';
const BACK_WORDS = {
  long: TURN_LONG,
  manual: TURN_LONG,
  short: 'Turn the sheet over on its short edge, top to bottom: this arrow should point up, as the one on the front does. If it points down, the printer turned the paper on its long edge: set it to flip on short edge, or build with --duplex long.',
} as const;

const FLIP_WORDS = { long: 'two-sided, flip on long edge', short: 'two-sided, flip on short edge', manual: 'one side at a time: print page 1, turn the sheet over on its long edge, put it back in the tray, print page 2' } as const;

/**
 * `<slug>-calibration.pdf` (`--calibration`): one sheet to print before a
 * whole book. Rulers show whether the printer prints at actual size, crosses
 * on both sides (held up to the light) how well the back lines up with the
 * front, and the arrows whether the printer turns the paper as the imposed
 * sheets expect.
 */
export const calibrationRenderer: Renderer<PdfOptions> = {
  name: 'calibration',
  extension: 'pdf',
  suffix: '-calibration',
  section: 'pdf',
  description: 'a two-sided test sheet: actual size, how the back lines up, which edge the printer flips on',
  async render(book, context) {
    const print = context.options.print ?? resolvePrint({}, context.options['page-size'] ?? null);
    const sheet = SHEETS[print.sheet]!;
    const { width: W, height: H } = sheet;
    const fonts = fontPaths(loadTheme(context.templates));
    const date = bookDate(book, context.sourceDateEpoch);
    const doc = new PDFDocument({ autoFirstPage: false, size: [W, H], margin: 0, pdfVersion: '1.7', info: { Title: `${book.meta.title}: printer calibration`, Creator: 'quire', Producer: 'quire (pdfkit)', CreationDate: date, ModDate: date } });
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('italic', fonts.italic);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    const text = (t: string, y: number, size: number, face = 'regular'): void => {
      // Kerning only: the font's ligatures would set the `--` of an option as a dash.
      doc.font(face).fontSize(size).text(t, 54, y, { width: W - 108, align: 'center', features: ['kern'] });
    };
    // pdfkit measures from the top; the crosses are given from the bottom, as PDF is.
    const cross = (x: number, y: number, label: string): void => {
      const [px, py] = [x, H - y];
      doc.lineWidth(0.4).moveTo(px - 14, py).lineTo(px + 14, py).moveTo(px, py - 14).lineTo(px, py + 14).stroke();
      doc.circle(px, py, 6).stroke();
      doc.font('regular').fontSize(8).text(label, px + 8, py + 8, { lineBreak: false });
    };
    const arrow = (y: number): void => {
      doc.moveTo(W / 2, y).lineTo(W / 2 - 22, y + 30).lineTo(W / 2 - 8, y + 30).lineTo(W / 2 - 8, y + 70).lineTo(W / 2 + 8, y + 70).lineTo(W / 2 + 8, y + 30).lineTo(W / 2 + 22, y + 30).fill('black');
    };

    doc.addPage();
    arrow(60);
    text(`${print.sheet}: ${FLIP_WORDS[print.duplex]}, actual size (100 %)`, 140, 13);
    text('FRONT', 162, 10, 'italic');
    ruler(doc, W / 2 - 50 * MM, H / 2 + 70, 100 * MM, 10, 'this line is 100 mm');
    ruler(doc, W / 2 - 144, H / 2 + 120, 288, 8, 'this line is 4 in');
    text('If the lines do not measure 100 mm and 4 in, the printer is scaling the page: choose "actual size" (not "fit") and print again.', H - 150, 10);
    CROSSES.forEach(([x, y], i) => cross(x * W, y * H, `F${i + 1}`));

    doc.addPage();
    arrow(60);
    text('BACK', 140, 10, 'italic');
    text(BACK_WORDS[print.duplex], 165, 10);
    text('Hold the sheet up to the light: each cross on this side should sit behind the cross with the same number on the front. How far apart they are is how far this printer moves the back; a few millimetres is common and disappears in the trim.', H - 170, 10);
    // The back's crosses go where the front's fall once the paper has been turned as chosen.
    CROSSES.forEach(([x, y], i) => (print.duplex === 'short' ? cross(x * W, (1 - y) * H, `B${i + 1}`) : cross((1 - x) * W, y * H, `B${i + 1}`)));
    doc.end();
    await done;
    const pdf = await PdfLibDocument.load(Buffer.concat(chunks), { updateMetadata: false });
    setPrintPreferences(pdf, print.duplex);
    return { data: await pdf.save() };
  },
};

/** A line `length` long with a tick every `step` divisions and its length written under it. */
function ruler(doc: PDFKit.PDFDocument, x: number, y: number, length: number, step: number, label: string): void {
  doc.lineWidth(0.5).moveTo(x, y).lineTo(x + length, y).stroke();
  for (let i = 0; i <= step; i++) doc.moveTo(x + (i * length) / step, y).lineTo(x + (i * length) / step, y - (i % step === 0 ? 10 : 5)).stroke();
  doc.font('regular').fontSize(9).text(label, x, y + 4, { width: length, align: 'center' });
}
