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

/**
 * The nodes of one call (feasible breaks, each with the best way to it found so far) as columns, one set
 * reused by every call and grown when a paragraph needs more: a long book makes millions of nodes, and
 * reading numbers from arrays costs less than making and chasing objects.
 */
class Nodes {
  capacity = 0;
  count = 0;
  position: Int32Array = new Int32Array(0);
  line: Int32Array = new Int32Array(0);
  fitness: Int32Array = new Int32Array(0);
  hyphens: Int32Array = new Int32Array(0);
  /** The node the line before ends at; -1 for the paragraph's start. */
  previous: Int32Array = new Int32Array(0);
  totalDemerits: Float64Array = new Float64Array(0);
  ratio: Float64Array = new Float64Array(0);
  /** Sums of the items after the break (discardable glue and penalties skipped). */
  width: Float64Array = new Float64Array(0);
  stretch: Float64Array = new Float64Array(0);
  shrink: Float64Array = new Float64Array(0);
  fills: Int32Array = new Int32Array(0);

  constructor(capacity: number) {
    this.grow(capacity);
  }

  grow(capacity: number): void {
    const int = (a: Int32Array): Int32Array => {
      const grown = new Int32Array(capacity);
      grown.set(a);
      return grown;
    };
    const float = (a: Float64Array): Float64Array => {
      const grown = new Float64Array(capacity);
      grown.set(a);
      return grown;
    };
    this.position = int(this.position);
    this.line = int(this.line);
    this.fitness = int(this.fitness);
    this.hyphens = int(this.hyphens);
    this.previous = int(this.previous);
    this.fills = int(this.fills);
    this.totalDemerits = float(this.totalDemerits);
    this.ratio = float(this.ratio);
    this.width = float(this.width);
    this.stretch = float(this.stretch);
    this.shrink = float(this.shrink);
    this.capacity = capacity;
  }
}

const nodes = new Nodes(4096);
/** Indices of the active nodes, in order of position, and of the best new node per class at a breakpoint. */
let activeScratch: Int32Array = new Int32Array(1024);
let bestScratch: Int32Array = new Int32Array(64);

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
  /** Per item: 1 where a line after a break before it starts (a box or a forced break). */
  anchor: Uint8Array;
}

function arrays(capacity: number): Prepared {
  return {
    items: null, breaks: new Int32Array(capacity), count: 0,
    penalty: new Float64Array(capacity), breakWidth: new Float64Array(capacity), protrude: new Float64Array(capacity), flagged: new Uint8Array(capacity),
    sumW: new Float64Array(capacity + 1), sumY: new Float64Array(capacity + 1), sumZ: new Float64Array(capacity + 1), sumFill: new Int32Array(capacity + 1),
    startAfter: new Int32Array(capacity), anchor: new Uint8Array(capacity),
  };
}

let scratch = arrays(1024);

function prepare(items: readonly Item[]): Prepared {
  if (scratch.items === items) return scratch;
  const n = items.length;
  if (n > scratch.penalty.length) scratch = arrays(Math.max(n, 2 * scratch.penalty.length));
  const p = scratch;
  const { sumW, sumY, sumZ, sumFill, penalty, breakWidth, protrude, flagged, breaks, anchor } = p;
  let count = 0;
  // Each item's type is read once and its fields in the branch for that type: items come in many shapes
  // (boxes, spaces, fills, hyphens, CJK gaps), and a load that sees them all is megamorphic and slow.
  let boxBefore = false;
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    const type = it.type;
    penalty[i] = 0;
    breakWidth[i] = 0;
    protrude[i] = 0;
    flagged[i] = 0;
    if (type === 'box') {
      sumW[i + 1] = sumW[i]! + it.width;
      sumY[i + 1] = sumY[i]! + (it.stretch ?? 0);
      sumZ[i + 1] = sumZ[i]! + (it.shrink ?? 0);
      sumFill[i + 1] = sumFill[i]!;
      anchor[i] = 1;
    } else if (type === 'glue') {
      const fill = it.fill === true;
      sumW[i + 1] = sumW[i]! + it.width;
      sumY[i + 1] = sumY[i]! + (fill ? 0 : it.stretch);
      sumZ[i + 1] = sumZ[i]! + it.shrink;
      sumFill[i + 1] = sumFill[i]! + (fill ? 1 : 0);
      if (boxBefore) breaks[count++] = i;
      protrude[i] = it.protrude ?? 0;
      anchor[i] = 0;
    } else {
      sumW[i + 1] = sumW[i]!;
      sumY[i + 1] = sumY[i]!;
      sumZ[i + 1] = sumZ[i]!;
      sumFill[i + 1] = sumFill[i]!;
      if (it.penalty !== Infinity) breaks[count++] = i;
      penalty[i] = it.penalty;
      breakWidth[i] = it.width;
      protrude[i] = it.protrude ?? 0;
      flagged[i] = it.flagged ? 1 : 0;
      anchor[i] = it.penalty === FORCED ? 1 : 0;
    }
    boxBefore = type === 'box';
  }
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    p.startAfter[i] = next;
    if (anchor[i] === 1) next = i;
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
  nodes.count = 0;
  /** Sets node `k` (a new one, or the best new one of its class replaced): where its line ends and how it got there. */
  const set = (k: number, position: number, line: number, fitness: number, hyphens: number, totalDemerits: number, ratio: number, previous: number): void => {
    const s = position < 0 ? 0 : startAfter[position]!;
    nodes.position[k] = position;
    nodes.line[k] = line;
    nodes.fitness[k] = fitness;
    nodes.hyphens[k] = hyphens;
    nodes.totalDemerits[k] = totalDemerits;
    nodes.ratio[k] = ratio;
    nodes.previous[k] = previous;
    nodes.width[k] = sumW[s]!;
    nodes.stretch[k] = sumY[s]!;
    nodes.shrink[k] = sumZ[s]!;
    nodes.fills[k] = sumFill[s]!;
  };
  const node = (position: number, line: number, fitness: number, hyphens: number, totalDemerits: number, ratio: number, previous: number): number => {
    if (nodes.count === nodes.capacity) nodes.grow(2 * nodes.capacity);
    const k = nodes.count++;
    set(k, position, line, fitness, hyphens, totalDemerits, ratio, previous);
    return k;
  };

  // Lines all have one width, so two ways to the same break differ only in fitness and hyphens, as in
  // TeX; the line number matters (and multiplies the nodes kept) only when some lines may not end in a hyphen.
  const byLine = noHyphenAt.size > 0;
  let active = activeScratch;
  let best = bestScratch;
  active[0] = node(-1, 0, 1, 0, 0, 0, -1);
  let activeCount = 1;
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
    // The node arrays may be replaced when they grow: read afresh at each breakpoint.
    const { width: startW, stretch: startY, shrink: startZ, fills: startFill, totalDemerits: demeritsOf, line: lineOf, hyphens: hyphensOf, fitness: fitnessOf } = nodes;

    let bestCount = 0;
    let dropped = -1;
    let keep = 0;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k]!;
      const natural = atW - startW[a]! + extra - protrude;
      const fill = atFill > startFill[a]!;
      const stretch = atY - startY[a]! + raggedStretch;
      const shrink = atZ - startZ[a]!;
      let ratio: number;
      if (natural < width) ratio = fill ? 0 : stretch > 0 ? (width - natural) / stretch : Infinity;
      else if (natural > width) ratio = shrink > 0 ? (width - natural) / shrink : -Infinity;
      else ratio = 0;
      if (ratio < -1 || forced) {
        if (ratio < -1 && (dropped < 0 || demeritsOf[a]! < nodes.totalDemerits[dropped]!)) dropped = a;
      } else active[keep++] = a;
      if (ratio < -1) continue;
      const bad = badness(ratio);
      if (bad > tolerance && !final) {
        // Active nodes are in order of position: a later one starts a line with less width and less stretch,
        // so when this line is too loose, all after it are too. Keep them and go on to the next break.
        if (ratio > 0 && !forced) {
          while (++k < activeCount) active[keep++] = active[k]!;
          break;
        }
        continue;
      }
      const line = lineOf[a]! + 1;
      const before = hyphensOf[a]!;
      const hyphens = flagged ? before + 1 : 0;
      if (flagged && (hyphens > MAX_HYPHENS_IN_A_ROW || noHyphenAt.has(line))) continue;
      let demerits = (LINE_PENALTY + bad) ** 2;
      if (penalty > 0) demerits += penalty ** 2;
      else if (penalty > FORCED) demerits -= penalty ** 2;
      if (flagged && before > 0) demerits += DOUBLE_HYPHEN_DEMERITS;
      if (lastLine && before > 0) demerits += FINAL_HYPHEN_DEMERITS;
      if (lastLine && natural < shortLastLine) demerits += SHORT_LAST_LINE_DEMERITS;
      const fitness = fitnessClass(fill ? 0 : ratio);
      if (Math.abs(fitness - fitnessOf[a]!) > 1) demerits += ADJACENT_DEMERITS;
      const total = demeritsOf[a]! + demerits;
      let same = 0;
      while (same < bestCount) {
        const x = best[same]!;
        if (nodes.fitness[x] === fitness && nodes.hyphens[x] === hyphens && (!byLine || nodes.line[x] === line)) break;
        same++;
      }
      if (same === bestCount) {
        if (bestCount === best.length) {
          const grown = new Int32Array(2 * best.length);
          grown.set(best);
          best = bestScratch = grown;
        }
        best[bestCount++] = node(b, line, fitness, hyphens, total, fill ? 0 : ratio, a);
      } else if (total < nodes.totalDemerits[best[same]!]!) set(best[same]!, b, line, fitness, hyphens, total, fill ? 0 : ratio, a);
    }
    activeCount = keep;
    if (activeCount + bestCount > active.length) {
      const grown = new Int32Array(2 * (activeCount + bestCount));
      grown.set(active.subarray(0, activeCount));
      active = activeScratch = grown;
    }
    for (let k = 0; k < bestCount; k++) active[activeCount++] = best[k]!;
    // Nothing fits any more: in the final pass, break here anyway with an over-full line rather than fail.
    // (Where a hyphen is not allowed here, the line stays open to the next break.)
    if (activeCount === 0 && final && dropped >= 0) {
      const hyphens = flagged ? nodes.hyphens[dropped]! + 1 : 0;
      const line = nodes.line[dropped]! + 1;
      if (flagged && (hyphens > MAX_HYPHENS_IN_A_ROW || noHyphenAt.has(line))) active[activeCount++] = dropped;
      else active[activeCount++] = node(b, line, 0, hyphens, nodes.totalDemerits[dropped]! + 100_000, -1, dropped);
    }
    if (activeCount === 0) return null;
  }

  let end = -1;
  for (let k = 0; k < activeCount; k++) {
    const a = active[k]!;
    if (nodes.position[a] === n - 1 && (end < 0 || nodes.totalDemerits[a]! < nodes.totalDemerits[end]!)) end = a;
  }
  if (end < 0) return null;
  const breaks: Break[] = [];
  for (let a = end; a >= 0 && nodes.position[a]! >= 0; a = nodes.previous[a]!) breaks.push({ position: nodes.position[a]!, ratio: nodes.ratio[a]!, flagged: flags[nodes.position[a]!] === 1 });
  return breaks.reverse();
}
