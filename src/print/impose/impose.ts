import { degrees, PDFDocument, PDFName, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import { setPrintPreferences } from '../print-preferences.js';
import { planSignature, type Placement, type Vec } from './fold-plan.js';
import { LAYOUTS, SHEETS, type ImposeLayout } from './layouts.js';
import { drawCollationMark, drawCutMarks, drawFoldMarks, type Box } from './marks.js';
import { describeGathering, gather } from './signatures.js';

export type DuplexMode = 'long' | 'short' | 'manual';

export interface ImposeOptions {
  layout: ImposeLayout;
  /** A sheet of `SHEETS`: Letter, A4, Legal, A3, Tabloid. */
  sheet: string;
  /** Sheets folded together into one signature; null for the layout's default. */
  sheetsPerSignature: number | null;
  /** How the printer turns the paper for the back: long edge, short edge, or by hand (all fronts, then all backs). */
  duplex: DuplexMode;
  /** Blank leaves at the front and at the back. */
  flyleaves: number;
  /** Points each leaf is moved toward the spine per leaf outside it, for the paper's thickness. */
  creep: number;
}

export interface Imposed {
  data: Uint8Array;
  /** One line for the binder: "quarto on Letter: 3 signatures of 2 sheets; 5 blank pages at the end". */
  summary: string;
}

const ROTATION: Readonly<Record<string, number>> = { '0,1': 0, '-1,0': 90, '0,-1': 180, '1,0': 270 };

/**
 * Places the pages of a finished book on sheets for folding and sewing. Each
 * book page is embedded once as a form XObject (vector, its fonts once) and
 * drawn in its cell: in folding order, turned where the fold needs it, at full
 * size when it fits and centred, moved toward the spine for creep. The sheets
 * carry fold marks, cut marks and collation marks, and ask the viewer to print
 * at actual size, two-sided as `duplex` says.
 */
export async function impose(book: Uint8Array, options: Readonly<ImposeOptions>): Promise<Imposed> {
  const layout = LAYOUTS[options.layout];
  const sheet = SHEETS[options.sheet]!;
  const source = await PDFDocument.load(book, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  copyInfo(source, out);
  const pages = source.getPages();
  // Links point at pages of the book; on a sheet they would lead nowhere, and copying them would drag the whole book in.
  for (const page of pages) page.node.delete(PDFName.of('Annots'));
  const trims = pages.map((p) => p.getTrimBox());
  const embedded = await out.embedPages(pages, trims.map((t) => ({ left: t.x, bottom: t.y, right: t.x + t.width, top: t.y + t.height })));
  const first = trims[0] ?? { width: sheet.width / layout.cols, height: sheet.height / layout.rows };
  const cell = { width: sheet.width / layout.cols, height: sheet.height / layout.rows };
  const flip = options.duplex === 'short' ? 'short' : 'long';
  const sheetsPer = options.sheetsPerSignature ?? layout.sheetsPerSignature;
  const g = gather(pages.length, 2 * layout.cols * layout.rows, sheetsPer, options.flyleaves);
  // Every cell holds its page the same way up or on its side, so one scale fits them all.
  const sideways = planSignature(layout, 1, flip)[0]!.up[1] === 0;
  const [footW, footH] = sideways ? [first.height, first.width] : [first.width, first.height];
  const scale = Math.min(1, cell.width / footW, cell.height / footH);
  const foot = { width: footW * scale, height: footH * scale };

  // Every side of every sheet, fronts and backs paired; a printer without duplex takes all fronts, then the backs last sheet first.
  const sides: Side[] = [];
  let offset = 0;
  g.signatures.forEach((sheets, signature) => {
    const plan = planSignature(layout, sheets, flip);
    for (let s = 0; s < sheets; s++) for (const side of ['front', 'back'] as const) sides.push({ signature, sheet: s, side, plan, offset });
    offset += plan.length;
  });
  const order = options.duplex === 'manual' ? [...sides.filter((x) => x.side === 'front'), ...sides.filter((x) => x.side === 'back').reverse()] : sides;
  for (const side of order) {
    const page = out.addPage([sheet.width, sheet.height]);
    for (const p of side.plan.filter((q) => q.sheet === side.sheet && q.side === side.side)) {
      const box = cellBox(p, cell, foot);
      const n = side.offset + p.page - g.before;
      if (n >= 0 && n < embedded.length) drawPlaced(page, embedded[n]!, p, box, scale, options.creep);
      drawCutMarks(page, box, cell);
    }
    if (side.side === 'front') {
      drawFoldMarks(page, layout.cols, layout.rows, cell);
      if (side.sheet === 0) drawCollationMark(page, side.plan, cell, foot, side.signature, g.signatures.length);
    }
  }
  setPrintPreferences(out, options.duplex);
  let summary = `${layout.name} on ${options.sheet}: ${describeGathering(g, options.flyleaves)}`;
  if (scale < 1) summary += `; pages scaled to ${Math.floor(scale * 100)} % to fit a leaf of ${inchText(sideways ? cell.height : cell.width)} × ${inchText(sideways ? cell.width : cell.height)} in (--page-size of that size prints them whole)`;
  return { data: await out.save(), summary };
}

/** One side of one sheet to print, with the plan of its signature and the signature's first page. */
interface Side {
  signature: number;
  sheet: number;
  side: 'front' | 'back';
  plan: Placement[];
  offset: number;
}

/** Where a placed page's trim falls on its side of the sheet, before creep: centred in its cell. */
function cellBox(p: Placement, cell: { width: number; height: number }, foot: { width: number; height: number }): Box {
  const cx = (p.col + 0.5) * cell.width;
  const cy = (p.row + 0.5) * cell.height;
  return { x: cx - foot.width / 2, y: cy - foot.height / 2, width: foot.width, height: foot.height };
}

function drawPlaced(page: PDFPage, content: PDFEmbeddedPage, p: Placement, box: Box, scale: number, creep: number): void {
  const rotation = ROTATION[p.up.join(',')]!;
  const shift: Vec = [p.spineward[0] * p.depth * creep, p.spineward[1] * p.depth * creep];
  const cx = box.x + box.width / 2 + shift[0];
  const cy = box.y + box.height / 2 + shift[1];
  // drawPage turns about the page's lower-left corner: put that corner where the turned page's centre lands on the cell's.
  const [hw, hh] = [(content.width * scale) / 2, (content.height * scale) / 2];
  const r = (rotation * Math.PI) / 180;
  const [cos, sin] = [Math.round(Math.cos(r)), Math.round(Math.sin(r))];
  page.drawPage(content, { x: cx - (cos * hw - sin * hh), y: cy - (sin * hw + cos * hh), xScale: scale, yScale: scale, rotate: degrees(rotation) });
}

function copyInfo(source: PDFDocument, out: PDFDocument): void {
  const title = source.getTitle();
  if (title !== undefined) out.setTitle(`${title} (imposed)`);
  const author = source.getAuthor();
  if (author !== undefined) out.setAuthor(author);
  out.setCreator('quire');
  out.setProducer('quire (pdf-lib)');
  const date = source.getCreationDate();
  if (date !== undefined) {
    out.setCreationDate(date);
    out.setModificationDate(date);
  }
}

function inchText(points: number): string {
  return String(Number((points / 72).toFixed(2)));
}
