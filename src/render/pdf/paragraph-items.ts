import type { FontSet, Shaped } from './font-set.js';
import type { Hyphenate } from './hyphenate.js';
import { FORCED, type Box, type Glue, type Penalty } from './knuth-plass.js';
import { cjkWordItems } from './cjk-items.js';
import type { Face } from './theme.js';

/** A run of text in one face; `\n` in a span is a line break the author kept. */
export interface Span {
  text: string;
  face: Face;
  smallCaps?: boolean;
}

/** A piece of a word as it is drawn: the indent is a box with no text. */
export interface TextBox extends Box {
  text: string;
  face: Face;
  smallCaps: boolean;
  /**
   * On the first box of a cached word part: a number for the part's whole text in its face and style, unique
   * in the process, and how many boxes the part has; -1 elsewhere. Lets the glyph writer find a word drawn
   * whole by number (line-breaker.ts, `Piece.words`).
   */
  word?: number;
  boxes?: number;
}

/**
 * A space between words, in the face of the word after it; `glyph` is the
 * width of the space character drawn. `between`: the gap between two CJK
 * characters, where nothing is drawn (cjk-items.ts).
 */
export interface Space extends Glue {
  face: Face;
  glyph: number;
  between?: true;
}

/** A place to break inside a word; `hyphen` is drawn at the line end when it is taken. */
export interface Break extends Penalty {
  face: Face;
  hyphen: string;
}

export type TextItem = TextBox | Space | Break;

/**
 * Every item of Latin text made with one shape: the same fields in the same order, those a kind does not use
 * set to what their absence meant (no stretch, no protrusion, no word number). Total fit and line setting read
 * items of every kind in one loop; over objects of several shapes a field read is polymorphic or megamorphic,
 * and V8 then boxes each number it reads in a new heap object (about 40 MB for the 2 MB bench text's
 * total fit alone; BENCHMARKS.md).
 */
function item<T extends TextItem>(type: T['type'], width: number, stretch: number, shrink: number, protrude: number, face: Face, fields: { text?: string; smallCaps?: boolean; word?: number; boxes?: number; fill?: boolean; glyph?: number; penalty?: number; flagged?: boolean; hyphen?: string }): T {
  return {
    type,
    width,
    stretch,
    shrink,
    protrude,
    face,
    text: fields.text ?? '',
    smallCaps: fields.smallCaps ?? false,
    word: fields.word ?? -1,
    boxes: fields.boxes ?? 0,
    fill: fields.fill ?? false,
    glyph: fields.glyph ?? 0,
    penalty: fields.penalty ?? 0,
    flagged: fields.flagged ?? false,
    hyphen: fields.hyphen ?? '',
  } as unknown as T;
}

/** The fill and forced break that end a paragraph or a line the author ended. */
function forcedBreak(items: TextItem[], face: Face): void {
  items.push(item<Space>('glue', 0, 0, 0, 0, face, { fill: true }));
  items.push(item<Break>('penalty', 0, 0, 0, 0, face, { penalty: FORCED }));
}

export interface ItemOptions {
  /** The measure: words wider than this may be cut anywhere. */
  width: number;
  firstIndent: number;
  size: number;
  /**
   * Justified text: spaces stretch and shrink, glyphs may be scaled by up to
   * `EXPANSION`, and punctuation at a line end hangs a little into the
   * margin. Ragged and centred text keeps its natural widths.
   */
  justify: boolean;
  /** Puts soft hyphens into a word where it may break; null sets words whole (headings, or no patterns). */
  hyphenate?: Hyphenate | null;
}

/**
 * The justified word space over the font's own: EB Garamond's space (0.2 em)
 * is narrow for justified text, where about a quarter em reads evenly; 1.2
 * sets 0.24 em, and the spaces then vary less in proportion to their width.
 */
const WORD_SPACE = 1.2;

/**
 * TeX's space factors: the space after a sentence stretches three times as
 * much and shrinks a third as much as the others (after a colon twice, a
 * semicolon one and a half, a comma a quarter more), so the slack of a line
 * goes first where a reader expects a pause. No extra width is added.
 */
function spaceFactor(word: string): number {
  const last = word.replace(/[\u00AD"'’”)\]]+$/u, '').at(-1) ?? '';
  if (/[.!?…]/u.test(last)) return 3;
  return last === ':' ? 2 : last === ';' ? 1.5 : last === ',' ? 1.25 : 1;
}

/**
 * Font expansion (pdfTeX's microtype, here a little past its 2% default):
 * a justified line's glyphs may be drawn up to 2.5% wider or narrower, so its
 * spaces move less. Measured on seed 002: 2% gives a word-gap cv of 0.130, 2.5% 0.123.
 */
export const EXPANSION = 0.025;

/** Share of a character's width that may hang into the right margin at a line end (microtype's defaults, rounded). */
const PROTRUSION: Readonly<Record<string, number>> = {
  '-': 0.7, '\u2010': 0.7, '.': 0.7, ',': 0.7, '\u2019': 0.7, '\u201D': 0.7, "'": 0.7, '"': 0.5,
  ':': 0.5, ';': 0.5, '!': 0.2, '?': 0.2, '\u2013': 0.3, '\u2014': 0.2, '\u2026': 0.2,
};

const SHY = '\u00AD';
/** TeX's \hyphenpenalty and \exhyphenpenalty. */
export const HYPHEN_PENALTY = 50;
/** A cut inside a word with no hyphenation point (a URL wider than the line): a last resort. */
const CUT_PENALTY = 5_000;

interface Part {
  text: string;
  face: Face;
  smallCaps: boolean;
}

/**
 * Whether a UTF-16 unit is a space words are split at: JavaScript's `\s`
 * but for the no-break space and the French narrow one, which hold a word
 * together.
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A part of a word made into items once per font set, size and setting: a novel repeats its words. */
interface Shape {
  items: readonly TextItem[];
  width: number;
  /** Space factor and margin protrusion of a space after this part. */
  factor: number;
  protrude: number;
  /**
   * The space after this part, by the face of the word that follows (made when first needed): the first face
   * met in a field of its own, read without a lookup; others in a map.
   */
  spaceFace: Face | null;
  space: Space | null;
  spaces: Map<Face, Space> | null;
}

/** Shapes per font set, then per size, setting and hyphenation, face and small capitals, then per text. */
const shapes = new WeakMap<FontSet, Map<string, Map<string, Shape>>>();

/** A number per hyphenation function, for the cache keys: each language has its own. */
const hyphenators = new WeakMap<Hyphenate, number>();
let nextHyphenator = 1;

function hyphenationKey(hyphenate: Hyphenate): number {
  let key = hyphenators.get(hyphenate);
  if (key === undefined) {
    key = nextHyphenator++;
    hyphenators.set(hyphenate, key);
  }
  return key;
}

/** The next number for a cached word part (`TextBox.word`). */
let nextWord = 0;

function makeShape(part: Part, fonts: FontSet, size: number, justify: boolean, wide: boolean, hyphenate: Hyphenate | null): Shape {
  const items: TextItem[] = [];
  const text = hyphenate === null ? part.text : hyphenate(part.text);
  // A word cut anywhere is made again wherever it is met: it gets no number.
  const width = pushPart(items, { ...part, text }, wide, fonts, size, justify, wide ? -1 : nextWord++);
  return { items, width, factor: spaceFactor(text), protrude: justify ? protrusion(part, fonts, size) : 0, spaceFace: null, space: null, spaces: null };
}

/**
 * The cache of shapes for one paragraph's size, setting and hyphenation, looked up once per paragraph.
 * Keyed by the word as written: a word met again is neither hyphenated nor measured again.
 */
function shapeCache(fonts: FontSet, size: number, justify: boolean, hyphenate: Hyphenate | null): (text: string, face: Face, smallCaps: boolean) => Shape {
  let bySetting = shapes.get(fonts);
  if (bySetting === undefined) {
    bySetting = new Map();
    shapes.set(fonts, bySetting);
  }
  const hyphenation = hyphenate === null ? 0 : hyphenationKey(hyphenate);
  // Per face, plain then small capitals: found once per paragraph, then each word is one lookup.
  const styles = new Map<Face, Map<string, Shape>>();
  const capsStyles = new Map<Face, Map<string, Shape>>();
  // The style of the word before: most words of a paragraph are in the style of the one before.
  let lastFace: Face | null = null;
  let lastCaps = false;
  let cache = new Map<string, Shape>();
  return (text, face, smallCaps) => {
    if (face !== lastFace || smallCaps !== lastCaps) {
      const local = smallCaps ? capsStyles : styles;
      let found = local.get(face);
      if (found === undefined) {
        const key = `${size}/${justify ? 'j' : 'r'}/${hyphenation}/${face}${smallCaps ? '+c' : ''}`;
        found = bySetting.get(key);
        if (found === undefined) {
          found = new Map();
          bySetting.set(key, found);
        }
        local.set(face, found);
      }
      cache = found;
      lastFace = face;
      lastCaps = smallCaps;
    }
    let shape = cache.get(text);
    if (shape === undefined) {
      shape = makeShape({ text, face, smallCaps }, fonts, size, justify, false, hyphenate);
      cache.set(text, shape);
    }
    return shape;
  };
}

/**
 * The paragraph as boxes, glue and penalties for total-fit breaking. Soft
 * hyphens (from the hyphenation patterns) and hyphens between letters are
 * flagged penalties; widths are measured once per word prefix, so kerning
 * inside a word is kept however it is cut.
 */
export function paragraphItems(spans: readonly Span[], options: Readonly<ItemOptions>, fonts: FontSet): TextItem[] {
  const { size, justify } = options;
  const hyphenate = options.hyphenate ?? null;
  const items: TextItem[] = [];
  if (options.firstIndent > 0) items.push(item<TextBox>('box', options.firstIndent, 0, 0, 0, 'regular', {}));
  const shapeOf = shapeCache(fonts, size, justify, hyphenate);
  let before: Shape | null = null;
  /** The space after `before` when the next word is in `face`. */
  const spaceBefore = (shape: Shape, face: Face): Space => {
    if (shape.spaceFace === face) return shape.space!;
    let space = shape.spaces?.get(face);
    if (space === undefined) {
      const glyph = fonts.width(' ', face, size);
      const s = justify ? WORD_SPACE * glyph : glyph;
      space = justify ? item<Space>('glue', s, (s / 2) * shape.factor, s / 3 / shape.factor, shape.protrude, face, { glyph }) : item<Space>('glue', s, 0, 0, 0, face, { glyph });
      if (shape.spaceFace === null) {
        shape.spaceFace = face;
        shape.space = space;
      } else (shape.spaces ??= new Map()).set(face, space);
    }
    return space;
  };
  /** Adds one word: in one part (most words, made without arrays) or, with `more`, in several (a change of style inside it). */
  const word = (first: Part, more: readonly Part[] | null, hardBreakBefore: boolean): void => {
    const face = first.face;
    if (before !== null) {
      if (hardBreakBefore) forcedBreak(items, face);
      else items.push(spaceBefore(before, face));
    }
    if (more === null ? face === 'cjk' : more.some((p) => p.face === 'cjk')) {
      // Chinese and Japanese: breaks between characters, by kinsoku, not at spaces or hyphens.
      const cjk = cjkWordItems(more ?? [first], fonts, size, justify);
      for (const it of cjk.items) items.push(it);
      before = { items: cjk.items, width: cjk.width, factor: 1, protrude: 0, spaceFace: null, space: null, spaces: null };
      return;
    }
    if (more === null) {
      let shape = shapeOf(first.text, face, first.smallCaps);
      if (shape.width > options.width) shape = makeShape(first, fonts, size, justify, true, hyphenate);
      const parts = shape.items;
      for (let k = 0; k < parts.length; k++) items.push(parts[k]!);
      before = shape;
      return;
    }
    let shapes = more.map((p) => shapeOf(p.text, p.face, p.smallCaps));
    // Wider than the measure on its own: cut anywhere (a URL, a run of symbols) rather than run off the page.
    if (shapes.reduce((sum, p) => sum + p.width, 0) > options.width) shapes = more.map((p) => makeShape(p, fonts, size, justify, true, hyphenate));
    for (const p of shapes) for (const it of p.items) items.push(it);
    before = shapes[shapes.length - 1]!;
  };
  // The paragraph's words, split at spaces (not at no-break spaces nor French narrow ones); a word may run
  // over from one span into the next.
  let first: Part | null = null;
  let more: Part[] | null = null;
  let hardBreak = false;
  let hardBreakBefore = false;
  const end = (): void => {
    if (first !== null) word(first, more, hardBreakBefore);
    first = null;
    more = null;
  };
  for (const span of spans) {
    const { text } = span;
    const smallCaps = span.smallCaps === true;
    for (let i = 0; i < text.length; ) {
      let j = i;
      if (isSpace(text.charCodeAt(i))) {
        end();
        while (j < text.length && isSpace(text.charCodeAt(j))) {
          if (text.charCodeAt(j) === 0x0a) hardBreak = true;
          j++;
        }
      } else {
        while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
        const part: Part = { text: i === 0 && j === text.length ? text : text.slice(i, j), face: span.face, smallCaps };
        if (first === null) {
          first = part;
          hardBreakBefore = hardBreak;
          hardBreak = false;
        } else (more ??= [first]).push(part);
      }
      i = j;
    }
  }
  end();
  const face = items.at(-1)?.face ?? 'regular';
  forcedBreak(items, face);
  return items;
}

/** One part of a word (one face), as boxes with the breaks it allows between them; returns its width. */
function pushPart(items: TextItem[], part: Part, wide: boolean, fonts: FontSet, size: number, justify: boolean, word: number): number {
  const { face, smallCaps } = part;
  const measure = (s: string): number => fonts.width(s, face, size, smallCaps);
  const plain = part.text.split(SHY).join('');
  // Cut points as offsets into `plain`, with whether a hyphen is drawn there.
  const cuts: { at: number; hyphen: string; penalty: number }[] = [];
  let at = 0;
  const chars = [...part.text];
  chars.forEach((ch, i) => {
    if (ch === SHY) {
      if (at > 0) cuts.push({ at, hyphen: '-', penalty: HYPHEN_PENALTY });
      return;
    }
    at += ch.length;
    if (ch === '-' && /\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? '')) cuts.push({ at, hyphen: '', penalty: HYPHEN_PENALTY });
    else if (wide && i < chars.length - 1 && chars[i + 1] !== SHY) cuts.push({ at, hyphen: '', penalty: CUT_PENALTY });
  });
  const prefix = wide ? null : prefixWidths(fonts.shape(plain, face, smallCaps), size);
  let from = 0;
  let before = 0;
  let first: TextBox | null = null;
  for (const cut of [...cuts, { at: plain.length, hyphen: '', penalty: 0 }]) {
    if (cut.at <= from && cut.at < plain.length) continue;
    // Widths come from the whole word's glyph run, so its kerning is kept and it is shaped once; a cut inside
    // a ligature is measured on its own; a cut-anywhere word piece by piece, which stays linear.
    const upTo = prefix === null ? before + measure(plain.slice(from, cut.at)) : (prefix.get(cut.at) ?? measure(plain.slice(0, cut.at)));
    const width = upTo - before;
    const text = plain.slice(from, cut.at);
    const box = justify ? item<TextBox>('box', width, width * EXPANSION, width * EXPANSION, 0, face, { text, smallCaps }) : item<TextBox>('box', width, 0, 0, 0, face, { text, smallCaps });
    items.push(box);
    if (first === null) {
      first = box;
      box.word = word;
    }
    first.boxes!++;
    if (cut.at < plain.length) {
      const hyphen = cut.hyphen === '' ? 0 : measure(cut.hyphen);
      const protrude = justify && cut.penalty === HYPHEN_PENALTY ? (PROTRUSION['-'] ?? 0) * measure('-') : 0;
      items.push(item<Break>('penalty', hyphen, 0, 0, protrude, face, { penalty: cut.penalty, flagged: cut.penalty === HYPHEN_PENALTY, hyphen: cut.hyphen }));
    }
    from = cut.at;
    before = upTo;
  }
  return before;
}

/** Width of the shaped word up to each offset (UTF-16) where one glyph ends and the next begins. */
function prefixWidths(shaped: Shaped, size: number): Map<number, number> {
  const widths = new Map<number, number>();
  const scale = size / shaped.unitsPerEm;
  let offset = 0;
  let width = 0;
  shaped.glyphs.forEach((glyph, i) => {
    for (const cp of glyph.codePoints) offset += cp > 0xffff ? 2 : 1;
    width += shaped.xAdvances[i]! * scale;
    widths.set(offset, width);
  });
  return widths;
}

/** How far the last character of a word may hang into the margin when the line ends after it. */
function protrusion(part: Part, fonts: FontSet, size: number): number {
  const last = part.text.replace(/\u00AD+$/u, '').at(-1) ?? '';
  const share = PROTRUSION[last];
  return share === undefined ? 0 : share * fonts.width(last, part.face, size, part.smallCaps);
}
