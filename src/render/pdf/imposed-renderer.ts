import { impose } from '../../print/impose/impose.js';
import { resolvePrint } from '../../print/print-options.js';
import type { Renderer } from '../renderer.js';
import { interior } from './interior.js';

/**
 * `<slug>-imposed.pdf`: the pages of the book's PDF on sheets to print
 * two-sided, fold and sew (`--impose`); a folio when asked for by name alone.
 */
export const imposedRenderer: Renderer = {
  name: 'imposed',
  extension: 'pdf',
  suffix: '-imposed',
  description: "the PDF's pages on sheets to fold and sew: folio, quarto, octavo or sextodecimo",
  async render(book, context) {
    const print = context.options.print ?? resolvePrint({}, context.options.pageSize);
    const options = print.impose ?? resolvePrint({ impose: 'folio', sheet: print.sheet, duplex: print.duplex }, context.options.pageSize).impose!;
    const made = await interior(book, context);
    context.recordPages?.(made.pages);
    const imposed = await impose(made.data, options);
    context.note?.(imposed.summary);
    return imposed.data;
  },
};
