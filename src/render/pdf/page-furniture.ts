/// <reference types="pdfkit" />
import type { PageFlow } from './page-flow.js';
import type { Theme } from './theme.js';

/**
 * Running heads (story title on left-hand pages, chapter on right-hand
 * ones) and the page number of page `page` (from 1), which must be the
 * document's current page. Title pages, chapter openings and blanks get
 * neither; contents pages get a number. Marked as pagination artifacts so
 * screen readers skip them.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, flow: PageFlow, theme: Theme, page: number): void {
  const { size } = flow;
  const info = flow.pages[page - 1]!;
  if (info.kind !== 'body' && info.kind !== 'contents') return;
  const left = page % 2 === 1 ? size.margins.inner : size.margins.outer;
  const width = size.width - size.margins.inner - size.margins.outer;
  doc.markContent('Artifact', { type: 'Pagination' });
  if (info.kind === 'body') {
    const h = theme.runningHead;
    const head = flow.fitText(page % 2 === 0 ? info.story : info.chapter, width, 'italic', h.size);
    flow.drawText(head, 'italic', h.size, left + (width - flow.textWidth(head, 'italic', h.size)) / 2, h.fromTop);
  }
  const f = theme.folio;
  const folio = String(page);
  flow.drawText(folio, 'regular', f.size, left + (width - flow.textWidth(folio, 'regular', f.size)) / 2, size.height - f.fromBottom);
  doc.endMarkedContent();
}
