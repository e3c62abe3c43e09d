import { grayscale, type PDFPage } from 'pdf-lib';
import type { Placement } from './fold-plan.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Size {
  width: number;
  height: number;
}

const INK = grayscale(0.35);
/** Marks stop this far short of the trim, so a cut on the line never shows them. */
const CLEAR = 2.5;
const MARK = 9;

/**
 * Short lines at the corners of a page's trim, pointing outward into the
 * space between the page and its cell's edge; none where there is no room
 * (a page that fills its cell is cut on its fold).
 */
export function drawCutMarks(page: PDFPage, box: Box, cell: Size): void {
  const gapX = (cell.width - box.width) / 2;
  const gapY = (cell.height - box.height) / 2;
  const style = { thickness: 0.3, color: INK };
  const lenX = Math.min(MARK, gapX - 2 * CLEAR);
  const lenY = Math.min(MARK, gapY - 2 * CLEAR);
  for (const y of [box.y, box.y + box.height]) {
    if (lenX <= 1) break;
    page.drawLine({ start: { x: box.x - CLEAR, y }, end: { x: box.x - CLEAR - lenX, y }, ...style });
    page.drawLine({ start: { x: box.x + box.width + CLEAR, y }, end: { x: box.x + box.width + CLEAR + lenX, y }, ...style });
  }
  for (const x of [box.x, box.x + box.width]) {
    if (lenY <= 1) break;
    page.drawLine({ start: { x, y: box.y - CLEAR }, end: { x, y: box.y - CLEAR - lenY }, ...style });
    page.drawLine({ start: { x, y: box.y + box.height + CLEAR }, end: { x, y: box.y + box.height + CLEAR + lenY }, ...style });
  }
}

/** Dashed ticks where each fold line meets the edges of the sheet, inside the margin a home printer can reach. */
export function drawFoldMarks(page: PDFPage, cols: number, rows: number, cell: Size): void {
  const { width, height } = page.getSize();
  const style = { thickness: 0.4, color: INK, dashArray: [2, 2] };
  const [from, to] = [14, 26];
  for (let c = 1; c < cols; c++) {
    const x = c * cell.width;
    page.drawLine({ start: { x, y: from }, end: { x, y: to }, ...style });
    page.drawLine({ start: { x, y: height - from }, end: { x, y: height - to }, ...style });
  }
  for (let r = 1; r < rows; r++) {
    const y = r * cell.height;
    page.drawLine({ start: { x: from, y }, end: { x: to, y }, ...style });
    page.drawLine({ start: { x: width - from, y }, end: { x: width - to, y }, ...style });
  }
}

/**
 * The collation mark of signature `index` of `count`: a small black block
 * across the spine fold of the outermost sheet, between the signature's first
 * and last pages, one step further from the head for each signature, so the
 * gathered book shows a staircase down its spine when the order is right.
 */
export function drawCollationMark(page: PDFPage, plan: readonly Placement[], cell: Size, foot: Size, index: number, count: number): void {
  const first = plan.find((p) => p.page === 0)!;
  const last = plan.find((p) => p.page === plan.length - 1)!;
  const vertical = first.row === last.row;
  const along = vertical ? foot.height : foot.width;
  const step = Math.min(12, (0.8 * along) / count);
  const fold = vertical ? Math.max(first.col, last.col) * cell.width : Math.max(first.row, last.row) * cell.height;
  const centre = vertical ? (first.row + 0.5) * cell.height : (first.col + 0.5) * cell.width;
  const head = vertical ? first.up[1] : first.up[0];
  // From the head end of the page toward its tail.
  const start = centre + head * (along / 2 - 0.1 * along - index * step);
  const [a, b] = [start, start - head * step].sort((p, q) => p - q) as [number, number];
  const thick = 6;
  if (vertical) page.drawRectangle({ x: fold - thick / 2, y: a, width: thick, height: b - a, color: grayscale(0) });
  else page.drawRectangle({ x: a, y: fold - thick / 2, width: b - a, height: thick, color: grayscale(0) });
}
