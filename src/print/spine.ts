import type { Paper } from './print-options.js';

/** Inches of spine per page (KDP's figures): white paper is a little thinner than cream. */
const PAGE_THICKNESS: Readonly<Record<Paper, number>> = { white: 0.002252, cream: 0.0025 };

/** Below this many pages a spine is too narrow for text (KDP prints none under 79). */
export const SPINE_TEXT_PAGES = 80;

/** Bleed all round a wrap cover, in points (0.125 in). */
export const COVER_BLEED = 9;

/** The spine's width in points for a book of `pages` pages on `paper`. */
export function spineWidth(pages: number, paper: Paper): number {
  return pages * PAGE_THICKNESS[paper] * 72;
}

/** Where the panels of a wrap cover lie, in points from its lower left: back, spine, front, bleed all round. */
export function wrapCover(trim: { width: number; height: number }, pages: number, paper: Paper): { width: number; height: number; back: number; spine: number; spineWidth: number; front: number } {
  const spine = spineWidth(pages, paper);
  return {
    width: 2 * trim.width + spine + 2 * COVER_BLEED,
    height: trim.height + 2 * COVER_BLEED,
    back: COVER_BLEED,
    spine: COVER_BLEED + trim.width,
    spineWidth: spine,
    front: COVER_BLEED + trim.width + spine,
  };
}
