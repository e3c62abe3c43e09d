/// <reference types="pdfkit" />
import type { FontSet } from './font-set.js';
import type { PageFlow } from './page-flow.js';
import { drawMixedLine, mixedWidth } from './mixed-line.js';
import type { Theme } from './theme.js';

/**
 * Running heads (story title on left-hand pages, chapter on right-hand
 * ones) and page numbers, drawn once every page exists. Title pages,
 * chapter openings and blanks get neither; contents pages get a number.
 * Marked as pagination artifacts so screen readers skip them.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, flow: PageFlow, fonts: FontSet, theme: Theme): void {
  const { size } = flow;
  flow.pages.forEach((info, i) => {
    if (info.kind !== 'body' && info.kind !== 'contents') return;
    const page = i + 1;
    doc.switchToPage(i);
    const left = page % 2 === 1 ? size.margins.inner : size.margins.outer;
    const width = size.width - size.margins.inner - size.margins.outer;
    doc.markContent('Artifact', { type: 'Pagination' });
    if (info.kind === 'body') {
      const h = theme.runningHead;
      const head = fonts.fit(page % 2 === 0 ? info.story : info.chapter, width, 'italic', h.size);
      drawMixedLine(doc, fonts, head, 'italic', h.size, left + (width - mixedWidth(head, 'italic', h.size, fonts)) / 2, h.fromTop);
    }
    const f = theme.folio;
    const folio = String(page);
    doc.font('regular').fontSize(f.size).text(folio, left + (width - fonts.width(folio, 'regular', f.size)) / 2, size.height - f.fromBottom, { lineBreak: false });
    doc.endMarkedContent();
  });
}
