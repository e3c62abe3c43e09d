import type { FontSet } from './font-set.js';
import type { Hyphenate } from './hyphenate.js';
import { FORCED, totalFit, type Break as LineBreak } from './knuth-plass.js';
import { EXPANSION, paragraphItems, type TextItem } from './paragraph-items.js';
import type { Face } from './theme.js';

import type { Span } from './paragraph-items.js';

export type { Span } from './paragraph-items.js';

/** Text drawn with one call: `x` from the line's start, `wordSpacing` added at each space (justification). */
export interface Piece {
  text: string;
  face: Face;
  smallCaps: boolean;
  x: number;
  wordSpacing: number;
  /** Added after every glyph (PDF `Tc`): the gap of a justified line between CJK characters. */
  charSpacing?: number;
  /**
   * For each word of `text` (split at spaces), the number of the cached word it is whole (`TextBox.word`),
   * or -1: the glyph writer then finds its encoded run by number instead of by text.
   */
  words?: number[];
}

export interface Line {
  pieces: Piece[];
  /** Left offset of the line within the text block (centring). */
  offset: number;
  /** Horizontal scale of the glyphs (font expansion of a justified line; 1 elsewhere). */
  scale: number;
  /** Whether the line ends inside a word (at a hyphen): never the last line of a page. */
  hyphenated: boolean;
}

export interface BreakOptions {
  width: number;
  firstIndent: number;
  size: number;
  align: 'justify' | 'left' | 'center';
  /** Hyphenates each distinct word once (see `paragraphItems`); none when absent. */
  hyphenate?: Hyphenate | null;
}

/**
 * A strict pass, then a final one that always finds breaks (loose or
 * over-full lines where nothing else fits) so no text is ever dropped.
 * Unlike TeX there is no first pass without hyphenation: with a narrow
 * word space, the evenness hyphenation buys is worth its hyphens (about one
 * line in twenty), and at most two come in a row.
 */
const PASSES: readonly { tolerance: number; final: boolean }[] = [
  { tolerance: 200, final: false },
  { tolerance: Infinity, final: true },
];

/**
 * Breaks styled text into lines by total fit (Knuth–Plass), with our own
 * measurements so the pages can be planned (orphans, widows, keep-with-next,
 * no hyphen at a page foot) before anything is drawn. The paragraph is made
 * into items once; the function returned breaks it, again when some lines
 * must not end in a hyphen.
 */
export function lineBreaker(spans: readonly Span[], options: Readonly<BreakOptions>, fonts: FontSet): (noHyphenAt?: ReadonlySet<number>) => Line[] {
  const justify = options.align === 'justify';
  const items = paragraphItems(spans, { width: options.width, firstIndent: options.align === 'center' ? 0 : options.firstIndent, size: options.size, justify, hyphenate: options.hyphenate ?? null }, fonts);
  const { width } = options;
  const raggedStretch = justify ? 0 : width;
  const shortLastLine = justify ? 2 * fonts.width('mm', 'regular', options.size) : 0;
  return (noHyphenAt = new Set()) => {
    let breaks: LineBreak[] | null = null;
    for (const { tolerance, final } of PASSES) {
      breaks = totalFit(items, { width, tolerance, final, raggedStretch, noHyphenAt, shortLastLine });
      if (breaks !== null) break;
    }
    return linesFrom(items, breaks!, options);
  };
}

/**
 * How a justified line takes up its slack: the ratio for the glyphs (font
 * expansion, never past its limit) and for the spaces, which take the rest.
 */
function adjustment(items: readonly TextItem[], from: number, to: number, width: number): { glyphs: number; spaces: number } {
  let natural = 0;
  let glueStretch = 0;
  let glueShrink = 0;
  let boxFlex = 0;
  let fill = false;
  // The type read once, the fields in its branch: a load that sees items of every shape is megamorphic.
  for (let i = from; i < to; i++) {
    const it = items[i]!;
    const type = it.type;
    if (type === 'glue') {
      if (it.fill) {
        fill = true;
        continue;
      }
      natural += it.width;
      glueStretch += it.stretch;
      glueShrink += it.shrink;
    } else if (type === 'box') {
      natural += it.width;
      boxFlex += it.stretch ?? 0;
    }
  }
  const end = items[to]!;
  if (end.type === 'penalty') natural += end.width;
  if (end.type !== 'box') natural -= end.protrude ?? 0;
  const slack = width - natural;
  // A last line (or one the author ended) keeps its natural spacing unless it must shrink to fit.
  if (slack >= 0 && fill) return { glyphs: 0, spaces: 0 };
  if (slack >= 0) {
    const ratio = glueStretch + boxFlex > 0 ? slack / (glueStretch + boxFlex) : 0;
    if (ratio <= 1 || glueStretch === 0) return { glyphs: Math.min(ratio, 1), spaces: Math.min(ratio, 1) };
    return { glyphs: 1, spaces: (slack - boxFlex) / glueStretch };
  }
  const ratio = glueShrink + boxFlex > 0 ? Math.max(-1, slack / (glueShrink + boxFlex)) : 0;
  return { glyphs: ratio, spaces: ratio };
}

/** The lines between the chosen breaks, their glyphs and spaces set to the line's adjustment. */
function linesFrom(items: readonly TextItem[], breaks: readonly LineBreak[], options: Readonly<BreakOptions>): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const br of breaks) {
    const end = items[br.position]!;
    const ratio = options.align === 'justify' ? adjustment(items, start, br.position, options.width) : { glyphs: 0, spaces: 0 };
    const scale = 1 + ratio.glyphs * EXPANSION;
    const pieces: Piece[] = [];
    let current: Piece | null = null;
    // Whether `current` holds a space yet: asked at every space, where searching its text would flatten it.
    let spaced = false;
    // The word `current` ends in: the cached word whose boxes it has had so far (-1: none, or not only one
    // word's), how many of that word's boxes are still to come, and whether it has had a box at all.
    let word = -1;
    let left = 0;
    let fresh = true;
    const close = (): void => {
      current?.words!.push(word >= 0 && left === 0 ? word : -1);
      word = -1;
      fresh = true;
    };
    let x = 0;
    for (let i = start; i < br.position; i++) {
      const it = items[i]!;
      const type = it.type;
      if (type === 'penalty') continue;
      if (type === 'glue') {
        if (it.fill) continue;
        const gap = it.width + (ratio.spaces > 0 ? ratio.spaces * it.stretch : ratio.spaces * it.shrink);
        x += gap;
        if (it.between === true) {
          const next = betweenCharacters(current, it.face, gap / scale);
          if (next === null) close();
          current = next;
          continue;
        }
        // The space is drawn scaled with the glyphs; what is added to it is in unscaled units too.
        const spacing = gap / scale - it.glyph;
        // One piece has one word spacing: a space that stretches more (after a sentence) starts a new piece.
        const same = current !== null && current.face === it.face && current.charSpacing === undefined && (!spaced || Math.abs(current.wordSpacing - spacing) < 1e-6);
        close();
        if (same) {
          current!.text += ' ';
          current!.wordSpacing = spacing;
          spaced = true;
        } else current = null;
        continue;
      }
      if (it.text !== '') {
        if (current === null || current.face !== it.face || current.smallCaps !== it.smallCaps) {
          close();
          current = { text: '', face: it.face, smallCaps: it.smallCaps, x, wordSpacing: 0, words: [] };
          spaced = false;
          pieces.push(current);
        }
        current.text += it.text;
        if (fresh) {
          word = it.word ?? -1;
          left = (it.boxes ?? 1) - 1;
          fresh = false;
        } else if (word >= 0 && left > 0) left--;
        else word = -1;
      }
      x += it.width * scale;
    }
    if (end.type === 'penalty' && end.hyphen !== '') {
      if (current === null || current.face !== end.face) {
        close();
        pieces.push({ text: end.hyphen, face: end.face, smallCaps: false, x, wordSpacing: 0 });
      } else {
        current.text += end.hyphen;
        word = -1;
        close();
      }
      x += end.width * scale;
    } else close();
    // A space that ended a piece of another face leaves a trailing space in the piece before: drop it.
    // A French narrow no-break space (`entends\u202F?`) is a glyph of its own piece, and is kept.
    for (const p of pieces) {
      // Most pieces end in a letter or a stop: the expression runs only after a space.
      const last = p.text.charCodeAt(p.text.length - 1);
      if (last === 0x20 || (last >= 0x09 && last <= 0x0d) || (last > 0x7f && /\s/u.test(p.text.at(-1)!))) {
        const kept = p.text.replace(/[^\S\u202F]+$/u, '');
        // A no-break space ending the last word goes too: that word is no longer the cached word it was.
        if (/[^ ]/u.test(p.text.slice(kept.length))) delete p.words;
        p.text = kept;
      }
    }
    const offset = options.align === 'center' ? Math.max(0, (options.width - x) / 2) : 0;
    lines.push({ pieces, offset, scale, hyphenated: br.flagged });
    start = nextStart(items, br.position);
  }
  return lines;
}

/**
 * The piece that goes on after a gap between CJK characters, where nothing
 * is drawn: the current one when the gap is its character spacing (every
 * gap of a line is the same), or null to start a piece at the next character.
 */
function betweenCharacters(current: Piece | null, face: Face, spacing: number): Piece | null {
  if (current === null || current.face !== face || current.text.includes(' ')) return null;
  const had = current.charSpacing ?? 0;
  if (current.text !== '' && [...current.text].length > 1 && Math.abs(had - spacing) > 1e-6) return null;
  if (spacing !== 0) current.charSpacing = spacing;
  return current;
}

/** The first item of the next line: glue and penalties after a break vanish. */
function nextStart(items: readonly TextItem[], position: number): number {
  let j = position + 1;
  for (let it = items[j]; it !== undefined && it.type !== 'box' && !(it.type === 'penalty' && it.penalty === FORCED); it = items[++j]);
  return j;
}
