/// <reference types="pdfkit" />
import type { FontSet } from './font-set.js';
import { prepareSpans } from './spans.js';
import type { Face } from './theme.js';

/** `text` cut into runs by the font that draws them: the face asked, the CJK font, or the fallback. */
function runs(text: string, face: Face, fonts: FontSet): { text: string; face: Face }[] {
  return prepareSpans([{ text, face }], fonts, null, () => undefined);
}

/** Width of a one-line label drawn by `drawMixedLine`. */
export function mixedWidth(text: string, face: Face, size: number, fonts: FontSet): number {
  return runs(text, face, fonts).reduce((sum, r) => sum + fonts.width(r.text, r.face, size), 0);
}

/**
 * A one-line label (a contents entry, a running head) in `face`, its
 * characters the face lacks (Chinese, Japanese, Korean) drawn in the font
 * that has them, as the body text is, instead of as empty boxes.
 */
export function drawMixedLine(doc: PDFKit.PDFDocument, fonts: FontSet, text: string, face: Face, size: number, x: number, y: number): void {
  let at = x;
  for (const run of runs(text, face, fonts)) {
    doc.font(run.face).fontSize(size).text(run.text, at, y, { lineBreak: false });
    at += fonts.width(run.text, run.face, size);
  }
}
