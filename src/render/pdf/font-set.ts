import * as fontkit from 'fontkit';
import type { Face } from './theme.js';

const FACES: readonly Face[] = ['regular', 'italic', 'bold', 'boldItalic', 'fallback'];

/**
 * The PDF's fonts as fontkit sees them: widths for line breaking (cached per
 * word, since a novel repeats its words), ascent for baselines, and glyph
 * coverage for choosing the fallback font.
 */
export class FontSet {
  readonly #fonts: Record<Face, fontkit.Font>;
  readonly #widths = new Map<Face, Map<string, number>>(FACES.map((f) => [f, new Map()]));
  readonly #covers = new Map<number, boolean>();

  constructor(readonly paths: Readonly<Record<Face, string>>) {
    this.#fonts = Object.fromEntries(FACES.map((f) => [f, fontkit.openSync(paths[f]) as fontkit.Font])) as Record<Face, fontkit.Font>;
  }

  /** Advance width of `text` at size 1, in small capitals when asked. */
  unitWidth(text: string, face: Face, smallCaps = false): number {
    const cache = this.#widths.get(face)!;
    const key = smallCaps ? `\u0000${text}` : text;
    let w = cache.get(key);
    if (w === undefined) {
      const font = this.#fonts[face];
      w = font.layout(text, smallCaps ? ['smcp'] : undefined).advanceWidth / font.unitsPerEm;
      cache.set(key, w);
    }
    return w;
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
}
