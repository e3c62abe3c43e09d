import { beginMarkedContent, endMarkedContent, grayscale, PDFDocument, type PDFPage } from 'pdf-lib';

/** Room beyond the bleed for crop marks, and how far they stay from the trim and the edge. */
const SLUG = 18;
const GAP = 3;

/**
 * Gives every page of a book its bleed and, on request, crop marks: the page
 * grows beyond its trim by `bleed` at the head, the foot and the fore-edge
 * (not the spine, as KDP and IngramSpark ask for interiors), TrimBox and
 * BleedBox say where the cut falls, and crop marks outside the bleed show it.
 * The page keeps its coordinates (the new area lies at negative coordinates),
 * so links, destinations and the structure tree stay as they were.
 */
export async function addBleed(pdf: Uint8Array, bleed: number, cropMarks: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.getPages().forEach((page, i) => {
    const { width, height } = page.getSize();
    // Odd pages (recto) have the spine on the left.
    const recto = i % 2 === 0;
    const left = recto ? 0 : bleed;
    const right = recto ? bleed : 0;
    const slug = cropMarks ? SLUG : 0;
    page.setMediaBox(-left - slug, -bleed - slug, width + left + right + 2 * slug, height + 2 * bleed + 2 * slug);
    page.setBleedBox(-left, -bleed, width + left + right, height + 2 * bleed);
    page.setTrimBox(0, 0, width, height);
    if (cropMarks) drawCropMarks(page, width, height, { left, right, top: bleed, bottom: bleed });
  });
  return doc.save();
}

function drawCropMarks(page: PDFPage, width: number, height: number, bleed: { left: number; right: number; top: number; bottom: number }): void {
  const style = { thickness: 0.25, color: grayscale(0) };
  // Marks are page furniture, not content: tagged as an artifact for screen readers.
  page.pushOperators(beginMarkedContent('Artifact'));
  for (const y of [0, height]) {
    page.drawLine({ start: { x: -bleed.left - GAP, y }, end: { x: -bleed.left - SLUG + GAP, y }, ...style });
    page.drawLine({ start: { x: width + bleed.right + GAP, y }, end: { x: width + bleed.right + SLUG - GAP, y }, ...style });
  }
  for (const x of [0, width]) {
    page.drawLine({ start: { x, y: -bleed.bottom - GAP }, end: { x, y: -bleed.bottom - SLUG + GAP }, ...style });
    page.drawLine({ start: { x, y: height + bleed.top + GAP }, end: { x, y: height + bleed.top + SLUG - GAP }, ...style });
  }
  page.pushOperators(endMarkedContent());
}
