import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import type { Book } from '../../book.js';
import { InputError } from '../../errors.js';
import { resolvePrint } from '../../print/print-options.js';
import { COVER_BLEED, SPINE_TEXT_PAGES, wrapCover } from '../../print/spine.js';
import { bookDate } from '../book-identity.js';
import { coverPalette, generateCover } from '../epub/cover.js';
import type { CoverImage, Renderer } from '../renderer.js';
import { stringsFor } from '../strings.js';
import { FontSet } from './font-set.js';
import { interior, type PdfContext } from './interior.js';
import type { PdfOptions } from './pdf-options.js';
import { fontPaths, loadTheme } from './theme.js';

/** Pixels per inch of the generated front design: what printers ask of pictures. */
const PRINT_DPI = 300;
/** Space kept clear at the foot of the back cover for the barcode printers put there (2 × 1.2 in). */
const BARCODE_ROOM = 1.5 * 72;

/**
 * `<slug>-cover.pdf`: a wrap cover for print on demand. Back, spine and
 * front on one page with 0.125 in of bleed all round (TrimBox and BleedBox
 * set); the spine as wide as the book's pages on the chosen paper, with title
 * and author when the book has 80 pages or more; the description on the back;
 * the generated cover design (or `--cover`) on the front.
 */
export const coverRenderer: Renderer<PdfOptions> = {
  name: 'cover',
  extension: 'pdf',
  suffix: '-cover',
  section: 'pdf',
  description: 'a wrap cover for print on demand: back, spine sized by the page count, front',
  async render(book, context) {
    const made = await interior(book, context);
    const print = context.options.print ?? resolvePrint({}, context.options['page-size'] ?? null);
    const trim = made.size;
    const g = wrapCover(trim, made.pages, print.paper);
    const palette = coverPalette(book, context.templates);
    const paths = fontPaths(loadTheme(context.templates));
    const fonts = new FontSet(paths);
    const date = bookDate(book, context.sourceDateEpoch);
    const doc = new PDFDocument({ autoFirstPage: false, size: [g.width, g.height], margin: 0, pdfVersion: '1.7', info: { Title: `${book.meta.title}: cover`, Author: book.meta.authors.join(', '), Creator: 'quire', Producer: 'quire (pdfkit)', CreationDate: date, ModDate: date } });
    doc.registerFont('regular', paths.regular);
    doc.registerFont('italic', paths.italic);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.addPage();
    doc.rect(0, 0, g.width, g.height).fill(palette.background);
    drawFront(doc, book, context, g.front, trim, g.width);
    const strings = stringsFor(context.templates, book.meta.language);
    const byline = book.meta.editor ? strings.text('editedBy', { editor: book.meta.editor }) : strings.list(book.meta.authors);
    if (made.pages >= SPINE_TEXT_PAGES) {
      const size = Math.min(11, g.spineWidth * 0.55);
      const line = fonts.fit(byline ? `${book.meta.title}  ·  ${byline}` : book.meta.title, trim.height - 72, 'regular', size);
      const [cx, cy] = [g.spine + g.spineWidth / 2, g.height / 2];
      // Turned a quarter clockwise: the spine reads top to bottom, as English-language books do.
      doc.save().rotate(90, { origin: [cx, cy] });
      doc.font('regular').fontSize(size).fillColor(palette.ink).text(line, cx - fonts.width(line, 'regular', size) / 2, cy - size * fonts.ascent('regular') * 0.7, { lineBreak: false });
      doc.restore();
    }
    const inset = 0.625 * 72;
    const [x, width] = [g.back + inset, trim.width - 2 * inset];
    doc.font('italic').fontSize(15).fillColor(palette.ink).text(book.meta.title, x, COVER_BLEED + inset, { width, align: 'center' });
    if (byline) doc.font('regular').fontSize(10).text(byline, { width, align: 'center' });
    doc.moveDown(1.5);
    doc.font('regular').fontSize(11).text(book.meta.description, x, doc.y, { width, height: COVER_BLEED + trim.height - BARCODE_ROOM - doc.y, align: 'left', lineGap: 2, ellipsis: true });
    doc.end();
    await done;
    const pdf = await PdfLibDocument.load(Buffer.concat(chunks), { updateMetadata: false });
    const page = pdf.getPage(0);
    page.setBleedBox(0, 0, g.width, g.height);
    page.setTrimBox(COVER_BLEED, COVER_BLEED, g.width - 2 * COVER_BLEED, g.height - 2 * COVER_BLEED);
    return { data: await pdf.save(), stats: { pages: made.pages } };
  },
};

/** The given cover fills the front panel and its bleed (cropped to it); the generated design is set to the panel's shape. */
function drawFront(doc: PDFKit.PDFDocument, book: Book, context: PdfContext, front: number, trim: { width: number; height: number }, width: number): void {
  const given = context.options.cover;
  if (given !== null) {
    doc.save().rect(front, 0, width - front, trim.height + 2 * COVER_BLEED).clip();
    doc.image(Buffer.from(printable(given).data), front, 0, { cover: [width - front, trim.height + 2 * COVER_BLEED], align: 'center', valign: 'center' });
    doc.restore();
    return;
  }
  const design = generateCover(book, context.templates, { pixelWidth: Math.round((trim.width / 72) * PRINT_DPI), height: Math.round((1600 * trim.height) / trim.width) });
  doc.image(Buffer.from(design.data), front, COVER_BLEED, { width: trim.width, height: trim.height });
}

function printable(cover: CoverImage): CoverImage {
  if (cover.mediaType === 'image/png' || cover.mediaType === 'image/jpeg') return cover;
  throw new InputError(cover.name, 'a GIF cannot be set on a printed cover; give a PNG or JPEG with --cover');
}
