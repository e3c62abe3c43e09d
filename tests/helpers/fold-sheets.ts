import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LAYOUTS, type Fold, type ImposeLayout } from '../../src/print/impose/layouts.js';
import type { DuplexMode } from '../../src/print/impose/impose.js';

const run = promisify(execFile);

/** A page number found on a printed side: where it sits and which way its page's head points. */
export interface Face {
  page: number;
  x: number;
  y: number;
  up: [number, number];
  /** +1 facing up from the table, -1 facing down. */
  facing: number;
  z: number;
}

/** The words of each page of a PDF with their boxes in PDF coordinates (origin bottom left). */
export async function wordsByPage(file: string): Promise<{ width: number; height: number; words: { text: string; x: number; y: number; left: number }[] }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const height = Number(m[2]);
    const words = [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: w[5]!,
      x: (Number(w[1]) + Number(w[3])) / 2,
      y: height - (Number(w[2]) + Number(w[4])) / 2,
      left: Number(w[1]),
    }));
    return { width: Number(m[1]), height, words };
  });
}

/**
 * Folds one signature as a binder does: the printed sheets stacked in order
 * (first on top, front up), each fold turning a half of the packet over its
 * fold line and under (or over) the rest. Returns the page numbers in the
 * order a reader meets them with the spine on the left and the text upright,
 * or a message saying why the signature cannot be read that way.
 */
export function foldAndRead(faces: Face[], folds: readonly Fold[], width: number, height: number): number[] | string {
  let box = { x0: 0, y0: 0, x1: width, y1: height };
  let spine: { axis: 'x' | 'y'; at: number; away: number } = { axis: 'x', at: 0, away: 1 };
  for (const fold of folds) {
    const across = fold.half === 'bottom' || fold.half === 'top';
    const m = across ? (box.y0 + box.y1) / 2 : (box.x0 + box.x1) / 2;
    const moves = (f: Face): boolean => (fold.half === 'bottom' ? f.y < m : fold.half === 'top' ? f.y > m : fold.half === 'left' ? f.x < m : f.x > m);
    const zs = faces.map((f) => f.z);
    const [low, high] = [Math.min(...zs), Math.max(...zs)];
    faces = faces.map((f) => {
      if (!moves(f)) return f;
      const z = fold.way === 'under' ? 2 * low - f.z - 1 : 2 * high - f.z + 1;
      return across
        ? { ...f, y: 2 * m - f.y, up: [f.up[0], -f.up[1]], facing: -f.facing, z }
        : { ...f, x: 2 * m - f.x, up: [-f.up[0], f.up[1]], facing: -f.facing, z };
    });
    if (fold.half === 'bottom') box = { ...box, y0: m };
    if (fold.half === 'top') box = { ...box, y1: m };
    if (fold.half === 'left') box = { ...box, x0: m };
    if (fold.half === 'right') box = { ...box, x1: m };
    spine = { axis: across ? 'y' : 'x', at: m, away: fold.half === 'bottom' || fold.half === 'left' ? 1 : -1 };
  }
  // Upright with the spine on the left means the head points a quarter turn anticlockwise from "away from the spine".
  const away: [number, number] = spine.axis === 'y' ? [0, spine.away] : [spine.away, 0];
  const head: [number, number] = [-away[1], away[0]];
  const from = (view: 1 | -1): number[] | string => {
    const order = [...faces].sort((a, b) => view * (b.z - a.z) || view * (b.facing - a.facing));
    const wrong = order.find((f) => f.up[0] !== view * head[0] || f.up[1] !== view * head[1]);
    if (wrong) return `page ${wrong.page} is not upright`;
    const side = order.find((f) => (f.page % 2 === 1) !== (f.facing === view));
    if (side) return `page ${side.page} is on the wrong side of its leaf`;
    return order.map((f) => f.page);
  };
  const above = from(1);
  return typeof above !== 'string' ? above : from(-1);
}

/** Where a page's number is printed: large near its head (test books), or as a folio at its foot (quire's books). */
export interface NumberMark {
  at: 'head' | 'foot';
  /** Width and height of the book's pages in points, to tell a folio from other numbers on the page. */
  page?: { width: number; height: number };
}

/**
 * Reads an imposed PDF as the printer and the binder handle it: each PDF page
 * printed on a side of a sheet (the back as the paper turns for `duplex`), the
 * sheets gathered into signatures of `sheetsPer` (the last may be smaller),
 * each signature folded as the layout tells. Returns the page numbers in
 * reading order, or the first thing that went wrong.
 */
export async function printFoldRead(file: string, layout: ImposeLayout, duplex: DuplexMode, sheetsPer: number, mark: NumberMark = { at: 'head' }): Promise<number[] | string> {
  const { cols, rows, folds } = LAYOUTS[layout];
  const sides = await wordsByPage(file);
  const sheets = sides.length / 2;
  const { width, height } = sides[0]!;
  const cell = { w: width / cols, h: height / rows };
  // Halving a portrait sheet an odd number of times leaves the pages on their sides.
  const sideways = rows > cols;
  const fit = mark.page ? Math.min(1, cell.w / (sideways ? mark.page.height : mark.page.width), cell.h / (sideways ? mark.page.width : mark.page.height)) : 1;
  const half = mark.page ? (fit * mark.page.height) / 2 : 0;
  // Long edge (and a stack turned over by hand) mirrors the back left to right; short edge top to bottom.
  const back = (f: Face): Face =>
    duplex === 'short' ? { ...f, y: height - f.y, up: [f.up[0], -f.up[1]], facing: -1 } : { ...f, x: width - f.x, up: [-f.up[0], f.up[1]], facing: -1 };
  const facesOf = (side: number, sheetInSignature: number, isBack: boolean): Face[] =>
    sides[side]!.words.filter((w) => /^\d+$/.test(w.text)).flatMap((w) => {
      const [col, row] = [Math.floor(w.x / cell.w), Math.floor(w.y / cell.h)];
      const [cx, cy] = [(col + 0.5) * cell.w, (row + 0.5) * cell.h];
      const [dx, dy] = [w.x - cx, w.y - cy];
      const [along, across] = Math.abs(dx) > Math.abs(dy) ? [dx, dy] : [dy, dx];
      // A folio sits near the foot, about on the page's centre line; any other number on the page is not one.
      if (mark.at === 'foot' && (Math.abs(along) < half - 45 * fit || Math.abs(along) > half - 10 * fit || Math.abs(across) > 14 * fit)) return [];
      const toward = (mark.at === 'head' ? 1 : -1) * Math.sign(along);
      const up: [number, number] = Math.abs(dx) > Math.abs(dy) ? [toward, 0] : [0, toward];
      const face: Face = { page: Number(w.text), x: cx, y: cy, up, facing: 1, z: -sheetInSignature };
      return [isBack ? back(face) : face];
    });
  const read: number[] = [];
  for (let first = 0; first < sheets; first += sheetsPer) {
    const faces: Face[] = [];
    for (let s = first; s < Math.min(sheets, first + sheetsPer); s++) {
      const [front, rear] = duplex === 'manual' ? [s, 2 * sheets - 1 - s] : [2 * s, 2 * s + 1];
      faces.push(...facesOf(front, s - first, false), ...facesOf(rear, s - first, true));
    }
    const order = foldAndRead(faces, folds, width, height);
    if (typeof order === 'string') return `signature from sheet ${first + 1}: ${order}`;
    read.push(...order);
  }
  return read;
}
