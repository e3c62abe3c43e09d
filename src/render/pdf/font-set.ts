import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { ShapingTable } from './shaping-table.js';
import type { Face } from './theme.js';

const FACES: readonly Face[] = ['regular', 'italic', 'bold', 'boldItalic', 'fallback', 'cjk'];

/** Text shaped once by fontkit, in font units: what both measuring and drawing need. */
export interface Shaped {
  /** Glyph ids of the font file, with the code points each stands for (for the PDF's ToUnicode map). */
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[];
  /** Advance of each glyph after kerning. */
  xAdvances: number[];
  /** Whether some glyph sits off its pen position (combining marks): drawn through pdfkit instead. */
  offset: boolean;
  /** Advance of the whole text at size 1. */
  width: number;
  unitsPerEm: number;
}

/** `text` shaped by fontkit itself (the shaping tables are checked against this). */
export function fontkitShape(font: fontkit.Font, text: string, smallCaps: boolean): Shaped {
  const run = font.layout(text, smallCaps ? ['smcp'] : undefined);
  return {
    glyphs: run.glyphs.map((g) => ({ id: g.id, codePoints: g.codePoints, advanceWidth: g.advanceWidth })),
    xAdvances: run.positions.map((p) => p.xAdvance),
    offset: run.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0),
    width: run.advanceWidth / font.unitsPerEm,
    unitsPerEm: font.unitsPerEm,
  };
}

/**
 * The PDF's fonts as fontkit sees them: shaped glyph runs (cached per word,
 * since a novel repeats its words) for line breaking and for drawing, ascent
 * for baselines, and glyph coverage for choosing the fallback font.
 */
export class FontSet {
  readonly #fonts: Record<Face, fontkit.Font>;
  /** Words of plain Latin text shaped from a table of the font, when quire has one for the file (shaping-table.ts). */
  readonly #tables: Record<Face, ShapingTable | null>;
  readonly #shapes = new Map<Face, Map<string, Shaped>>(FACES.map((f) => [f, new Map()]));
  readonly #covers = new Map<number, boolean>();

  readonly #bytes: Record<Face, Buffer>;

  constructor(readonly paths: Readonly<Record<Face, string>>) {
    this.#bytes = Object.fromEntries(FACES.map((f) => [f, readFileSync(paths[f])])) as Record<Face, Buffer>;
    this.#fonts = Object.fromEntries(FACES.map((f) => [f, fontkit.create(this.#bytes[f]) as fontkit.Font])) as Record<Face, fontkit.Font>;
    this.#tables = Object.fromEntries(FACES.map((f) => [f, ShapingTable.load(paths[f], this.#bytes[f])])) as Record<Face, ShapingTable | null>;
  }

  /**
   * The fontkit font of a face for one document's pdfkit to embed (it accepts a fontkit font in place of the
   * file): a fresh instance of the file each time. fontkit keeps each glyph object it first makes, with the
   * characters it was made for, and the subset writer makes them with none; shared with shaping or with the book
   * before, a glyph first made when one book was embedded carried no characters into the next book's words, and
   * their text layer lost them (`tests/words-every-format.test.ts` builds many books in one process).
   */
  fontkitFont(face: Face): fontkit.Font {
    return fontkit.create(this.#bytes[face]) as fontkit.Font;
  }

  /** `text` shaped in `face` (small capitals when asked), once per font set: pages measure and draw the same words. */
  shape(text: string, face: Face, smallCaps = false): Shaped {
    const cache = this.#shapes.get(face)!;
    const key = smallCaps ? `\u0000${text}` : text;
    let shaped = cache.get(key);
    if (shaped === undefined) {
      shaped = this.#tables[face]?.shape(text, smallCaps) ?? this.#layout(text, face, smallCaps);
      cache.set(key, shaped);
    }
    return shaped;
  }

  #layout(text: string, face: Face, smallCaps: boolean): Shaped {
    return fontkitShape(this.#fonts[face], text, smallCaps);
  }

  /** Advance width of `text` at size 1, in small capitals when asked. */
  unitWidth(text: string, face: Face, smallCaps = false): number {
    return this.shape(text, face, smallCaps).width;
  }

  width(text: string, face: Face, size: number, smallCaps = false): number {
    return this.unitWidth(text, face, smallCaps) * size;
  }

  /** `text`, or as much of it as fits in `room` followed by an ellipsis (contents entries, running heads). */
  fit(text: string, room: number, face: Face, size: number): string {
    if (this.width(text, face, size) <= room) return text;
    let cut = text;
    while (cut.length > 1 && this.width(`${cut}…`, face, size) > room) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Distance from the top of the text box pdfkit draws to the baseline, at size 1. */
  ascent(face: Face): number {
    const font = this.#fonts[face];
    return font.ascent / font.unitsPerEm;
  }

  /** Whether the body font draws this code point (all body faces share one character set). */
  bodyCovers(codePoint: number): boolean {
    let covered = this.#covers.get(codePoint);
    if (covered === undefined) {
      covered = this.#fonts.regular.hasGlyphForCodePoint(codePoint);
      this.#covers.set(codePoint, covered);
    }
    return covered;
  }

  fallbackCovers(codePoint: number): boolean {
    return this.#fonts.fallback.hasGlyphForCodePoint(codePoint);
  }

  /** Whether the CJK face draws this code point (the fallback font when the book has no CJK text). */
  cjkCovers(codePoint: number): boolean {
    return this.#fonts.cjk.hasGlyphForCodePoint(codePoint);
  }
}
