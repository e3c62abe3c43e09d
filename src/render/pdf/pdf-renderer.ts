import type { Renderer } from '../renderer.js';
import { interior } from './interior.js';
import type { PdfOptions } from './pdf-options.js';

export const pdfRenderer: Renderer<PdfOptions> = {
  name: 'pdf',
  extension: 'pdf',
  description: 'PDF for print and reading on screen: A5, A4, Letter, 6×9 in, 5×8 in, B-format, A6, pocket or any size',
  section: 'pdf',
  async render(book, context) {
    const made = await interior(book, context);
    return { data: made.data, stats: { pages: made.pages } };
  },
};
