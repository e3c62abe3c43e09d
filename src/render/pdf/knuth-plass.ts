/**
 * Total-fit paragraph breaking after Knuth & Plass, "Breaking paragraphs
 * into lines" (1981): the paragraph is a list of boxes, glue and penalties,
 * and the breaks chosen are those that minimise the demerits of the whole
 * paragraph, not of each line in turn. Pure: widths in, break positions out.
 */

export interface Box {
  type: 'box';
  width: number;
  /** How much the box may widen or narrow (font expansion: glyphs scaled a little, as pdfTeX's microtype does). */
  stretch?: number;
  shrink?: number;
}

export interface Glue {
  type: 'glue';
  width: number;
  stretch: number;
  shrink: number;
  /** Infinite stretch (TeX's `fil`): the last line's fill, or the end of a line the author broke. */
  fill?: boolean;
  /** How far the line may run into the margin when it breaks here (margin kerning of the character before). */
  protrude?: number;
}

export interface Penalty {
  type: 'penalty';
  width: number;
  penalty: number;
  /** A hyphenation: two in a row cost `doubleHyphenDemerits`, three are not allowed. */
  flagged: boolean;
  protrude?: number;
}

export type Item = Box | Glue | Penalty;

export const FORCED = -Infinity;

export interface TotalFitOptions {
  width: number;
  /** Largest badness a line may have (100 = the spaces stretched by their full stretch). */
  tolerance: number;
  /** Never give up: over-tight lines where nothing else fits, any looseness where it must. */
  final: boolean;
  /** Stretch every line has at its end: ragged-right and centred text. */
  raggedStretch: number;
  /** Lines (numbered from 1) that may not end in a hyphen: the last line of a page. */
  noHyphenAt: ReadonlySet<number>;
  /** Extra demerits for a last line shorter than `shortLastLine`. */
  shortLastLine: number;
}

export interface Break {
  /** Index of the glue or penalty item the line ends at. */
  position: number;
  /** Adjustment ratio of the line: the share of its stretch (> 0) or shrink (< 0) used. */
  ratio: number;
  flagged: boolean;
}

const LINE_PENALTY = 10;
const DOUBLE_HYPHEN_DEMERITS = 10_000;
const FINAL_HYPHEN_DEMERITS = 5_000;
const ADJACENT_DEMERITS = 10_000;
const SHORT_LAST_LINE_DEMERITS = 5_000;
const MAX_HYPHENS_IN_A_ROW = 2;

interface Node {
  position: number;
  line: number;
  fitness: number;
  hyphens: number;
  totalDemerits: number;
  ratio: number;
  /** Sums of the items after the break (discardable glue and penalties skipped). */
  width: number;
  stretch: number;
  shrink: number;
  fills: number;
  previous: Node | null;
}

/** Tight, decent, loose, very loose: a line should not sit next to one two classes away. */
function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

/** TeX's badness, 100·|r|³, at most 10,000 (for r ≥ −1; tighter lines are never feasible). */
function badness(ratio: number): number {
  const r = ratio < 0 ? -ratio : ratio;
  return r > 4.65 ? 10_000 : 100 * r * r * r;
}

/**
 * A paragraph's items as flat arrays: running sums of width, stretch and
 * shrink, the legal breakpoints and what each costs. The loop over
 * breakpoints and active nodes then reads numbers, not item objects. One set
 * of arrays serves every paragraph (grown when one is longer): made again
 * only when another paragraph was broken in between, so a paragraph broken
 * again (some lines kept from ending in a hyphen) reuses it, and a long book
 * allocates none per paragraph.
 */
interface Prepared {
  items: readonly Item[] | null;
  /** Legal breakpoints, in order: the first `count`. */
  breaks: Int32Array;
  count: number;
  /** Per item: the penalty (0 for glue), the width a break there adds (a hyphen), protrusion, and whether it is flagged. */
  penalty: Float64Array;
  breakWidth: Float64Array;
  protrude: Float64Array;
  flagged: Uint8Array;
  /** Running sums before each item: width, finite stretch, shrink and fill glue met. */
  sumW: Float64Array;
  sumY: Float64Array;
  sumZ: Float64Array;
  sumFill: Int32Array;
  /** Where the line after a break at each item starts: past the glue and penalties that vanish at a break. */
  startAfter: Int32Array;
}

function arrays(capacity: number): Prepared {
  return {
    items: null, breaks: new Int32Array(capacity), count: 0,
    penalty: new Float64Array(capacity), breakWidth: new Float64Array(capacity), protrude: new Float64Array(capacity), flagged: new Uint8Array(capacity),
    sumW: new Float64Array(capacity + 1), sumY: new Float64Array(capacity + 1), sumZ: new Float64Array(capacity + 1), sumFill: new Int32Array(capacity + 1),
    startAfter: new Int32Array(capacity),
  };
}

let scratch = arrays(1024);

function prepare(items: readonly Item[]): Prepared {
  if (scratch.items === items) return scratch;
  const n = items.length;
  if (n > scratch.penalty.length) scratch = arrays(Math.max(n, 2 * scratch.penalty.length));
  const p = scratch;
  const { sumW, sumY, sumZ, sumFill, penalty, breakWidth, protrude, flagged, breaks } = p;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    sumW[i + 1] = sumW[i]! + (it.type === 'penalty' ? 0 : it.width);
    sumY[i + 1] = sumY[i]! + (it.type === 'penalty' || (it.type === 'glue' && it.fill === true) ? 0 : (it.stretch ?? 0));
    sumZ[i + 1] = sumZ[i]! + (it.type === 'penalty' ? 0 : (it.shrink ?? 0));
    sumFill[i + 1] = sumFill[i]! + (it.type === 'glue' && it.fill ? 1 : 0);
    penalty[i] = 0;
    breakWidth[i] = 0;
    protrude[i] = 0;
    flagged[i] = 0;
    if (it.type === 'glue') {
      if (i > 0 && items[i - 1]!.type === 'box') breaks[count++] = i;
      protrude[i] = it.protrude ?? 0;
    } else if (it.type === 'penalty') {
      if (it.penalty !== Infinity) breaks[count++] = i;
      penalty[i] = it.penalty;
      breakWidth[i] = it.width;
      protrude[i] = it.protrude ?? 0;
      flagged[i] = it.flagged ? 1 : 0;
    }
  }
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    p.startAfter[i] = next;
    const it = items[i]!;
    if (it.type === 'box' || (it.type === 'penalty' && it.penalty === FORCED)) next = i;
  }
  p.count = count;
  p.items = items;
  return p;
}

/**
 * The breaks of the best-fitting set of lines, or null when no set of lines
 * stays within `tolerance` (never null with `final`). The last item must be a
 * forced penalty.
 */
export function totalFit(items: readonly Item[], options: Readonly<TotalFitOptions>): Break[] | null {
  const { breaks: legal, count, penalty: penalties, breakWidth, protrude: protrusions, flagged: flags, sumW, sumY, sumZ, sumFill, startAfter } = prepare(items);
  const n = items.length;
  const { width, tolerance, final, raggedStretch, noHyphenAt, shortLastLine } = options;
  const node = (position: number, line: number, fitness: number, hyphens: number, totalDemerits: number, ratio: number, previous: Node | null): Node => {
    const s = position < 0 ? 0 : startAfter[position]!;
    return { position, line, fitness, hyphens, totalDemerits, ratio, width: sumW[s]!, stretch: sumY[s]!, shrink: sumZ[s]!, fills: sumFill[s]!, previous };
  };

  // Lines all have one width, so two ways to the same break differ only in fitness and hyphens, as in
  // TeX; the line number matters (and multiplies the nodes kept) only when some lines may not end in a hyphen.
  const byLine = noHyphenAt.size > 0;
  const active: Node[] = [node(-1, 0, 1, 0, 0, 0, null)];
  // The best new node for each fitness class and run of hyphens (and line number, where it matters), per breakpoint.
  const best: Node[] = [];
  for (let l = 0; l < count; l++) {
    const b = legal[l]!;
    const penalty = penalties[b]!;
    const flagged = flags[b] === 1;
    const forced = penalty === FORCED;
    const lastLine = forced && b === n - 1;
    const protrude = protrusions[b]!;
    const extra = breakWidth[b]!;
    const atW = sumW[b]!;
    const atY = sumY[b]!;
    const atZ = sumZ[b]!;
    const atFill = sumFill[b]!;

    best.length = 0;
    let dropped: Node | null = null;
    let keep = 0;
    for (let k = 0; k < active.length; k++) {
      const a = active[k]!;
      const natural = atW - a.width + extra - protrude;
      const fill = atFill > a.fills;
      const stretch = atY - a.stretch + raggedStretch;
      const shrink = atZ - a.shrink;
      let ratio: number;
      if (natural < width) ratio = fill ? 0 : stretch > 0 ? (width - natural) / stretch : Infinity;
      else if (natural > width) ratio = shrink > 0 ? (width - natural) / shrink : -Infinity;
      else ratio = 0;
      if (ratio < -1 || forced) {
        if (ratio < -1 && (dropped === null || a.totalDemerits < dropped.totalDemerits)) dropped = a;
      } else active[keep++] = a;
      if (ratio < -1) continue;
      const bad = badness(ratio);
      if (bad > tolerance && !final) {
        // Active nodes are in order of position: a later one starts a line with less width and less stretch,
        // so when this line is too loose, all after it are too. Keep them and go on to the next break.
        if (ratio > 0 && !forced) {
          while (++k < active.length) active[keep++] = active[k]!;
          break;
        }
        continue;
      }
      const line = a.line + 1;
      const hyphens = flagged ? a.hyphens + 1 : 0;
      if (flagged && (hyphens > MAX_HYPHENS_IN_A_ROW || noHyphenAt.has(line))) continue;
      let demerits = (LINE_PENALTY + bad) ** 2;
      if (penalty > 0) demerits += penalty ** 2;
      else if (penalty > FORCED) demerits -= penalty ** 2;
      if (flagged && a.hyphens > 0) demerits += DOUBLE_HYPHEN_DEMERITS;
      if (lastLine && a.hyphens > 0) demerits += FINAL_HYPHEN_DEMERITS;
      if (lastLine && natural < shortLastLine) demerits += SHORT_LAST_LINE_DEMERITS;
      const fitness = fitnessClass(fill ? 0 : ratio);
      if (Math.abs(fitness - a.fitness) > 1) demerits += ADJACENT_DEMERITS;
      const total = a.totalDemerits + demerits;
      let same = 0;
      while (same < best.length && !(best[same]!.fitness === fitness && best[same]!.hyphens === hyphens && (!byLine || best[same]!.line === line))) same++;
      if (same === best.length || total < best[same]!.totalDemerits) best[same] = node(b, line, fitness, hyphens, total, fill ? 0 : ratio, a);
    }
    active.length = keep;
    for (const x of best) active.push(x);
    // Nothing fits any more: in the final pass, break here anyway with an over-full line rather than fail.
    // (Where a hyphen is not allowed here, the line stays open to the next break.)
    if (active.length === 0 && final && dropped !== null) {
      const hyphens = flagged ? dropped.hyphens + 1 : 0;
      if (flagged && (hyphens > MAX_HYPHENS_IN_A_ROW || noHyphenAt.has(dropped.line + 1))) active.push(dropped);
      else active.push(node(b, dropped.line + 1, 0, hyphens, dropped.totalDemerits + 100_000, -1, dropped));
    }
    if (active.length === 0) return null;
  }

  let end: Node | null = null;
  for (const a of active) if (a.position === n - 1 && (end === null || a.totalDemerits < end.totalDemerits)) end = a;
  if (end === null) return null;
  const breaks: Break[] = [];
  for (let a: Node | null = end; a !== null && a.position >= 0; a = a.previous) breaks.push({ position: a.position, ratio: a.ratio, flagged: flags[a.position] === 1 });
  return breaks.reverse();
}
