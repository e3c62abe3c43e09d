/// <reference types="pdfkit" />
import type { PageFlow } from './page-flow.js';
import { tagStructure, type Struct } from './block-layout.js';
import type { Theme } from './theme.js';

export interface ContentsEntry {
  label: string;
  level: number;
  /** Named destination of the heading. */
  dest: string;
  /** Physical page number (1-based) where the heading is printed; filled in during layout. */
  page: number;
}

const LEVEL_INDENT = 14;



/** How many pages the contents need: one line per entry, the first page also holds the title. */
export function contentsPageCount(entries: number, flow: PageFlow, theme: Theme): number {
  const t = theme.contents;
  const perPage = Math.floor((flow.bottom - flow.top) / t.leading);
  const first = Math.floor((flow.bottom - flow.top - 3 * t.titleSize) / t.leading);
  return entries <= first ? 1 : 1 + Math.ceil((entries - first) / perPage);
}


/**
 * Fills the reserved contents pages: each entry a line with dot leaders and
 * the page number, the whole line a link to the heading.
 */
export function drawContents(doc: PDFKit.PDFDocument, toc: Struct, flow: PageFlow, firstPage: number, title: string, entries: readonly ContentsEntry[], theme: Theme): void {
  // Each line is its own TOCI element, marked on the page it is drawn on.
  const tagged = (type: string, draw: () => void): void => tagStructure(doc, toc, type, draw);
  const t = theme.contents;
  let page = firstPage;
  doc.switchToPage(page - 1);
  flow.y = flow.top;
  const left = (): number => (page % 2 === 1 ? flow.size.margins.inner : flow.size.margins.outer);
  const titleWidth = flow.textWidth(title, 'regular', t.titleSize);
  tagged('H2', () => flow.drawText(title, 'regular', t.titleSize, left() + (flow.width - titleWidth) / 2, flow.y));
  flow.y += 3 * t.titleSize;
  for (const entry of entries) {
    if (flow.y + t.leading > flow.bottom) {
      page += 1;
      doc.switchToPage(page - 1);
      flow.y = flow.top;
    }
    const x = left() + entry.level * LEVEL_INDENT;
    const number = String(entry.page);
    const numberWidth = flow.textWidth(number, 'regular', t.size);
    const right = left() + flow.width;
    const face = entry.level === 0 && entries.some((e) => e.level > 0) ? 'bold' : 'regular';
    const label = flow.fitText(entry.label, right - x - numberWidth - 3 * flow.textWidth(t.leader, 'regular', t.size), face, t.size);
    const labelWidth = flow.textWidth(label, face, t.size);
    const leaderWidth = flow.textWidth(t.leader, 'regular', t.size);
    const count = Math.max(0, Math.floor((right - numberWidth - x - labelWidth - leaderWidth / 2) / leaderWidth));
    tagged('TOCI', () => {
      flow.drawText(label, face, t.size, x, flow.y);
      if (count > 0) flow.drawText(t.leader.repeat(count), 'regular', t.size, right - numberWidth - count * leaderWidth, flow.y);
      flow.drawText(number, 'regular', t.size, right - numberWidth, flow.y);
    });
    doc.goTo(x, flow.y, right - x, t.size * 1.2, entry.dest);
    flow.y += t.leading;
  }
}
