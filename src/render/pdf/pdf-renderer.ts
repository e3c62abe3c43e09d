import type { Renderer } from '../renderer.js';
import { interior } from './interior.js';

export const pdfRenderer: Renderer = {
  name: 'pdf',
  extension: 'pdf',
  description: 'PDF for print and reading on screen: A5, A4, Letter, 6×9 in, 5×8 in, B-format, A6, pocket or any size',
  async render(book, context) {
    const made = await interior(book, context);
    context.recordPages?.(made.pages);
    return made.data;
  },
};
