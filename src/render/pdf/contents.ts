/// <reference types="pdfkit" />
import type { FontSet } from './font-set.js';
import type { PageFlow } from './page-flow.js';
import { tagStructure, type Struct } from './block-layout.js';
import { drawMixedLine, mixedWidth } from './mixed-line.js';
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
export function drawContents(doc: PDFKit.PDFDocument, toc: Struct, flow: PageFlow, firstPage: number, entries: readonly ContentsEntry[], fonts: FontSet, theme: Theme): void {
  // Each line is its own TOCI element, marked on the page it is drawn on.
  const tagged = (type: string, draw: () => void): void => tagStructure(doc, toc, type, draw);
  const t = theme.contents;
  let page = firstPage;
  doc.switchToPage(page - 1);
  flow.y = flow.top;
  const left = (): number => (page % 2 === 1 ? flow.size.margins.inner : flow.size.margins.outer);
  const titleWidth = fonts.width(t.title, 'regular', t.titleSize);
  tagged('H2', () => doc.font('regular').fontSize(t.titleSize).text(t.title, left() + (flow.width - titleWidth) / 2, flow.y, { lineBreak: false }));
  flow.y += 3 * t.titleSize;
  for (const entry of entries) {
    if (flow.y + t.leading > flow.bottom) {
      page += 1;
      doc.switchToPage(page - 1);
      flow.y = flow.top;
    }
    const x = left() + entry.level * LEVEL_INDENT;
    const number = String(entry.page);
    const numberWidth = fonts.width(number, 'regular', t.size);
    const right = left() + flow.width;
    const face = entry.level === 0 && entries.some((e) => e.level > 0) ? 'bold' : 'regular';
    const label = fonts.fit(entry.label, right - x - numberWidth - 3 * fonts.width(t.leader, 'regular', t.size), face, t.size);
    const labelWidth = mixedWidth(label, face, t.size, fonts);
    const leaderWidth = fonts.width(t.leader, 'regular', t.size);
    const count = Math.max(0, Math.floor((right - numberWidth - x - labelWidth - leaderWidth / 2) / leaderWidth));
    tagged('TOCI', () => {
      drawMixedLine(doc, fonts, label, face, t.size, x, flow.y);
      if (count > 0) doc.font('regular').fontSize(t.size).text(t.leader.repeat(count), right - numberWidth - count * leaderWidth, flow.y, { lineBreak: false });
      doc.font('regular').text(number, right - numberWidth, flow.y, { lineBreak: false });
    });
    doc.goTo(x, flow.y, right - x, t.size * 1.2, entry.dest);
    flow.y += t.leading;
  }
}
