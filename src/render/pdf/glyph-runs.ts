/// <reference types="pdfkit" />
import type { Piece } from './line-breaker.js';
import type { Face } from './theme.js';

/** The parts of pdfkit's embedded font (0.20) that text drawing needs. */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  /** Glyph ids of the document's subset as hex, and positions in 1/1000 em; records the glyphs for the subset and ToUnicode. */
  encode(text: string, features?: string[]): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}

/** pdfkit's document below its text API: the current font, the page's font resources, the content stream. */
interface DocumentInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(data: string): unknown;
}

/** A word as TJ operands (glyphs with kerning adjustments) and its advance in 1/1000 em; null when it needs glyph offsets. */
type Run = { tj: string; advance: number } | null;

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Draws measured lines by writing their glyph runs into the page's content
 * stream, instead of handing each piece to pdfkit's `text()`, which would lay
 * it out again (split into words, shape, measure, position). Each distinct
 * word is encoded once per face for the document; the encoding goes through
 * pdfkit's own font, so the subset, widths and ToUnicode map stay pdfkit's.
 */
export class GlyphRunWriter {
  readonly #doc: PDFKit.PDFDocument;
  readonly #internals: DocumentInternals;
  readonly #fonts = new Map<Face, EmbeddedFont>();
  /** Encoded words by face, plain then small capitals. */
  readonly #runs = new Map<Face, Map<string, Run>>();
  readonly #capsRuns = new Map<Face, Map<string, Run>>();

  constructor(doc: PDFKit.PDFDocument) {
    this.#doc = doc;
    this.#internals = doc as unknown as DocumentInternals;
  }

  #font(face: Face): EmbeddedFont {
    let font = this.#fonts.get(face);
    if (font === undefined) {
      this.#doc.font(face);
      font = this.#internals._font;
      this.#fonts.set(face, font);
    }
    return font;
  }

  #run(font: EmbeddedFont, face: Face, smallCaps: boolean, word: string): Run {
    const byFace = smallCaps ? this.#capsRuns : this.#runs;
    let runs = byFace.get(face);
    if (runs === undefined) {
      runs = new Map();
      byFace.set(face, runs);
    }
    let run = runs.get(word);
    if (run !== undefined) return run;
    const [glyphs, positions] = font.encode(word, smallCaps ? ['smcp'] : undefined);
    run = { tj: '', advance: 0 };
    let hex = '';
    for (let i = 0; i < glyphs.length; i++) {
      const p = positions[i]!;
      if (p.xOffset !== 0 || p.yOffset !== 0) {
        run = null;
        break;
      }
      hex += glyphs[i]!;
      run.advance += p.xAdvance;
      const kern = p.xAdvance - p.advanceWidth;
      if (kern !== 0) {
        run.tj += `<${hex}> ${num(-kern)} `;
        hex = '';
      }
    }
    if (run !== null && hex !== '') run.tj += `<${hex}> `;
    runs.set(word, run);
    return run;
  }

  /** Draws the pieces of one line with their baseline at `baseline` (pdfkit's top-down page coordinates). */
  line(pieces: readonly Piece[], left: number, baseline: number, size: number, scale = 1): void {
    const { page } = this.#internals;
    let ops = `q 1 0 0 -1 0 ${num(page.height)} cm BT`;
    if (scale !== 1) ops += ` ${num(scale * 100)} Tz`;
    const fallback: Piece[] = [];
    let current: Face | null = null;
    for (const piece of pieces) {
      if (piece.text === '') continue;
      const font = this.#font(piece.face);
      const space = this.#run(font, piece.face, false, ' ');
      // The space glyph is drawn (text extraction finds real spaces); justification widens it by a TJ adjustment.
      const gap = piece.wordSpacing === 0 ? '' : `${num((-piece.wordSpacing * 1000) / size)} `;
      let body = '';
      let drawable = space !== null;
      for (let from = 0; drawable && from <= piece.text.length; ) {
        let to = piece.text.indexOf(' ', from);
        if (to < 0) to = piece.text.length;
        const run = to > from ? this.#run(font, piece.face, piece.smallCaps, piece.text.slice(from, to)) : null;
        if (to > from && run === null) drawable = false;
        else {
          if (run !== null) body += run.tj;
          if (to < piece.text.length) body += space!.tj + gap;
        }
        from = to + 1;
      }
      if (!drawable) {
        fallback.push(piece);
        continue;
      }
      if (page.fonts[font.id] === undefined) page.fonts[font.id] = font.ref();
      if (current !== piece.face) ops += ` /${font.id} ${num(size)} Tf`;
      current = piece.face;
      ops += ` 1 0 0 1 ${num(left + piece.x)} ${num(page.height - baseline)} Tm [${body.trimEnd()}] TJ`;
    }
    this.#internals.addContent(`${ops} ET Q`);
    for (const piece of fallback) this.#fallback(piece, left, baseline, size, scale);
  }

  /** Text that positions glyphs off the baseline (combining marks in the fallback font) goes through pdfkit. */
  #fallback(piece: Piece, left: number, baseline: number, size: number, scale: number): void {
    this.#doc.font(piece.face).fontSize(size);
    const top = baseline - (this.#internals._font as unknown as { ascender: number }).ascender / 1000 * size;
    // pdfkit 0.20 takes `horizontalScaling` (percent, as the Tz operator), which its types do not list yet.
    const options: PDFKit.Mixins.TextOptions & { horizontalScaling?: number } = { lineBreak: false, wordSpacing: piece.wordSpacing, horizontalScaling: scale * 100 };
    if (piece.smallCaps) options.features = ['smcp'];
    this.#doc.text(piece.text, left + piece.x, top, options);
  }
}
