/**
 * The least inside margin for a book of so many pages, as print-on-demand
 * printers ask (Amazon KDP's table): a thicker book opens less near the spine.
 */
const MINIMUM_GUTTER: readonly { upTo: number; inches: number }[] = [
  { upTo: 150, inches: 0.375 },
  { upTo: 300, inches: 0.5 },
  { upTo: 500, inches: 0.625 },
  { upTo: 700, inches: 0.75 },
  { upTo: Infinity, inches: 0.875 },
];

/** Points of inside margin a book of `pages` pages needs at least. */
export function minimumGutter(pages: number): number {
  return 72 * MINIMUM_GUTTER.find((g) => pages <= g.upTo)!.inches;
}

/** The outside margins (top, bottom, fore-edge) printers ask for at least: more when the page bleeds. */
export function minimumOutside(bleed: boolean): number {
  return bleed ? 27 : 18;
}
