import { impose } from '../../print/impose/impose.js';
import { resolvePrint } from '../../print/print-options.js';
import type { Renderer } from '../renderer.js';
import { interior } from './interior.js';
import type { PdfOptions } from './pdf-options.js';

/**
 * `<slug>-imposed.pdf`: the pages of the book's PDF on sheets to print
 * two-sided, fold and sew (`--impose`); a folio when asked for by name alone.
 */
export const imposedRenderer: Renderer<PdfOptions> = {
  name: 'imposed',
  extension: 'pdf',
  suffix: '-imposed',
  section: 'pdf',
  description: "the PDF's pages on sheets to fold and sew: folio, quarto, octavo or sextodecimo",
  async render(book, context) {
    const pageSize = context.options['page-size'] ?? null;
    const print = context.options.print ?? resolvePrint({}, pageSize);
    const options = print.impose ?? resolvePrint({ impose: 'folio', sheet: print.sheet, duplex: print.duplex }, pageSize).impose!;
    const made = await interior(book, context);
    const imposed = await impose(made.data, options);
    context.note?.(imposed.summary);
    return { data: imposed.data, stats: { pages: made.pages } };
  },
};
