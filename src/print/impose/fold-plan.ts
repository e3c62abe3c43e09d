import type { Fold, Layout } from './layouts.js';

/** A 2 × 2 matrix with entries 0 and ±1, row-major: the turns and flips a face goes through. */
type Mat = readonly [number, number, number, number];
export type Vec = readonly [number, number];
type Edge = Fold['half'];

/** How the back of a sheet lies under its front: turned over about the long (vertical) edge or the short one. */
export type Flip = 'long' | 'short';

/** One book page's place on a sheet, in the coordinates of the side's own PDF page. */
export interface Placement {
  /** Sheet of the signature, 0 the outermost. */
  sheet: number;
  side: 'front' | 'back';
  /** Cell column from the left and row from the bottom, as that side is printed. */
  col: number;
  row: number;
  /** Page of the signature, 0-based. */
  page: number;
  /** Where the top of the page points on the printed side: (0, 1) upright, (0, -1) upside down. */
  up: Vec;
  /** Where the spine is from the page, on the printed side: creep moves the page this way. */
  spineward: Vec;
  /** How many leaves lie outside this one around the spine: its creep is `depth` × the creep per leaf. */
  depth: number;
}

interface Face {
  sheet: number;
  side: 'front' | 'back';
  col: number;
  row: number;
  /** Takes the face's direction as first laid on the table (seen from above) to where it points now. */
  m: Mat;
}

interface Layer {
  top: Face;
  bottom: Face;
}

const IDENTITY: Mat = [1, 0, 0, 1];
const MIRROR_X: Mat = [-1, 0, 0, 1];
const MIRROR_Y: Mat = [1, 0, 0, -1];
/** A quarter turn anticlockwise. */
const TURN: Mat = [0, -1, 1, 0];
const OPPOSITE: Readonly<Record<Edge, Edge>> = { bottom: 'top', top: 'bottom', left: 'right', right: 'left' };
const TURNED: Readonly<Record<Edge, Edge>> = { right: 'top', top: 'left', left: 'bottom', bottom: 'right' };

const mul = (p: Mat, q: Mat): Mat => [p[0] * q[0] + p[1] * q[2], p[0] * q[1] + p[1] * q[3], p[2] * q[0] + p[3] * q[2], p[2] * q[1] + p[3] * q[3]];
// `+ 0` turns -0 into 0, so directions compare equal however they were reached.
const apply = (m: Mat, v: Vec): Vec => [m[0] * v[0] + m[1] * v[1] + 0, m[2] * v[0] + m[3] * v[1] + 0];
const transpose = (m: Mat): Mat => [m[0], m[2], m[1], m[3]];

/**
 * Where each page of a signature goes, found by folding it: the sheets are
 * laid front up on the table, folded as the layout says, turned so the spine
 * (the last fold) is on the left and the fold before it at the head, and the
 * leaves read from the top. The face that comes out as page n is where page n
 * must be printed, turned so that it reads upright after folding. The back of
 * a sheet lies under the front as the printer turns the paper (`flip`).
 */
export function planSignature(layout: Layout, sheets: number, flip: Flip): Placement[] {
  let cols = layout.cols;
  let rows = layout.rows;
  let packet = new Map<string, Layer[]>();
  for (let col = 0; col < cols; col++) {
    for (let row = 0; row < rows; row++) {
      const layers = Array.from({ length: sheets }, (_, sheet): Layer => ({
        top: { sheet, side: 'front', col, row, m: IDENTITY },
        bottom: { sheet, side: 'back', col, row, m: IDENTITY },
      }));
      packet.set(`${col},${row}`, layers);
    }
  }
  const edges: Edge[] = [];
  for (const fold of layout.folds) {
    const across = fold.half === 'bottom' || fold.half === 'top';
    const next = new Map<string, Layer[]>();
    const [newCols, newRows] = across ? [cols, rows / 2] : [cols / 2, rows];
    for (let col = 0; col < cols; col++) {
      for (let row = 0; row < rows; row++) {
        const moving = fold.half === 'bottom' ? row < rows / 2 : fold.half === 'top' ? row >= rows / 2 : fold.half === 'left' ? col < cols / 2 : col >= cols / 2;
        // A moving cell lands on its mirror image; the cells kept are renumbered from 0.
        let [c, r] = moving ? (across ? [col, rows - 1 - row] : [cols - 1 - col, row]) : [col, row];
        if (fold.half === 'bottom') r -= newRows;
        if (fold.half === 'left') c -= newCols;
        const key = `${c},${r}`;
        const stack = packet.get(`${col},${row}`)!;
        const placed = moving ? turnOver(stack, across ? MIRROR_Y : MIRROR_X) : stack;
        const there = next.get(key) ?? [];
        next.set(key, moving === (fold.way === 'over') ? [...placed, ...there] : [...there, ...placed]);
      }
    }
    packet = next;
    [cols, rows] = [newCols, newRows];
    for (let i = 0; i < edges.length; i++) if (edges[i] === fold.half) edges[i] = OPPOSITE[fold.half];
    edges.push(fold.half);
  }
  let stack = packet.get('0,0')!;
  // Turn the folded signature on the table until the spine is on the left.
  while (edges[edges.length - 1] !== 'left') {
    stack = stack.map((l) => ({ top: turn(l.top, TURN), bottom: turn(l.bottom, TURN) }));
    for (let i = 0; i < edges.length; i++) edges[i] = TURNED[edges[i]!];
  }
  // The fold made before the spine is cut open at the head, where bolts are expected.
  if (edges.slice(0, -1).filter((e) => e === 'top' || e === 'bottom').pop() === 'bottom') stack = turnOver(stack, MIRROR_Y);
  return stack.flatMap((layer, i) => {
    const depth = Math.min(i, stack.length - 1 - i);
    return [placement(layer.top, 2 * i, depth, layout, flip), placement(layer.bottom, 2 * i + 1, depth, layout, flip)];
  });
}

/** A stack turned over as one: its order reversed, each leaf's faces swapped and mirrored. */
function turnOver(stack: readonly Layer[], mirror: Mat): Layer[] {
  return [...stack].reverse().map((l) => ({ top: turn(l.bottom, mirror), bottom: turn(l.top, mirror) }));
}

function turn(face: Face, by: Mat): Face {
  return { ...face, m: mul(by, face.m) };
}

function placement(face: Face, page: number, depth: number, layout: Layout, flip: Flip): Placement {
  // Upright and spine-left at the end means these directions on the table at the start.
  const back = transpose(face.m);
  let up = apply(back, [0, 1]);
  let spineward = apply(back, [-1, 0]);
  let { col, row } = face;
  if (face.side === 'back') {
    // The back's own PDF page is the table seen from below, mirrored across the edge the paper turns on.
    const mirror = flip === 'long' ? MIRROR_X : MIRROR_Y;
    up = apply(mirror, up);
    spineward = apply(mirror, spineward);
    if (flip === 'long') col = layout.cols - 1 - col;
    else row = layout.rows - 1 - row;
  }
  return { sheet: face.sheet, side: face.side, col, row, page, up, spineward, depth };
}
