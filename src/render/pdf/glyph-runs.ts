/// <reference types="pdfkit" />
import type { FontSet, Shaped } from './font-set.js';
import type { Piece } from './line-breaker.js';
import { ContentBytes } from './content-bytes.js';
import { pdfNumber } from './pdf-number.js';
import type { Face } from './theme.js';

/**
 * The parts of pdfkit's embedded font (0.20) that text drawing needs: the
 * subset (glyphs of the file renumbered for the document), and the widths and
 * code points per subset glyph that become the PDF's W array and ToUnicode map.
 * Filled here as pdfkit's own `encode` fills them.
 */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
}

/** pdfkit's document below its text API: the current font, the page's font resources, the content stream. */
interface DocumentInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(data: string | Uint8Array): unknown;
}

/**
 * A word as TJ operands (glyphs with kerning adjustments), as its place among the encoded words in the
 * writer's store; NO_RUN when it needs glyph offsets.
 */
type Run = number;
const NO_RUN = -1;

/**
 * A glyph code of the subset as the two bytes of a PDF literal string. Half
 * the bytes of hex, and page content is most of a PDF's bytes to write and
 * deflate; the bytes a literal string cannot hold as they are get a backslash.
 */
function literal(gid: number): string {
  let out = '';
  for (const byte of [gid >> 8, gid & 0xff]) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte === 0x0a || byte === 0x0d) out += byte === 0x0a ? '\\n' : '\\r';
    else out += String.fromCharCode(byte);
  }
  return out;
}

/**
 * Draws measured lines by writing their glyph runs into the page's content
 * stream, instead of handing each piece to pdfkit's `text()`, which would lay
 * it out again (split into words, shape, measure, position). Each distinct
 * word is encoded once per face for the document; the encoding goes through
 * pdfkit's own font, so the subset, widths and ToUnicode map stay pdfkit's.
 */
export class GlyphRunWriter {
  readonly #doc: PDFKit.PDFDocument;
  readonly #fontSet: FontSet;
  readonly #internals: DocumentInternals;
  /** Subset glyph ids as literal-string bytes, by face and glyph id of the font file. */
  readonly #codes = new Map<Face, Map<number, string>>();
  readonly #fonts = new Map<Face, EmbeddedFont>();
  /** Encoded words by face, plain then small capitals. */
  readonly #runs = new Map<Face, Map<string, Run>>();
  readonly #capsRuns = new Map<Face, Map<string, Run>>();
  /**
   * Encoded words by the number of a cached word part (`Piece.words`): one array read for most words of a
   * book, where a lookup by text had to hash and compare the word in a large map; undefined until drawn.
   */
  readonly #byWord: (Run | undefined)[] = [];
  /** The bytes of every encoded word, one after another; run k is `#store` from `#starts[k]` to `#starts[k + 1]`. */
  readonly #store = new ContentBytes();
  #starts = new Int32Array(1024);
  #count = 0;
  /** The line being written. */
  readonly #line = new ContentBytes();
  /** A space of the piece being written with its justification adjustment, copied at each space. */
  readonly #space = new ContentBytes();

  constructor(doc: PDFKit.PDFDocument, fonts: FontSet) {
    this.#doc = doc;
    this.#fontSet = fonts;
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

  /** Encoded words of a face, plain or in small capitals: looked up once per piece, then once per word. */
  #runsOf(face: Face, smallCaps: boolean): Map<string, Run> {
    const byFace = smallCaps ? this.#capsRuns : this.#runs;
    let runs = byFace.get(face);
    if (runs === undefined) {
      runs = new Map();
      byFace.set(face, runs);
    }
    return runs;
  }

  #run(runs: Map<string, Run>, font: EmbeddedFont, face: Face, smallCaps: boolean, word: string): Run {
    let run = runs.get(word);
    if (run !== undefined) return run;
    run = this.#encode(font, face, this.#fontSet.shape(word, face, smallCaps));
    runs.set(word, run);
    return run;
  }

  /** A shaped word as TJ operands in the document's subset, recording each new glyph's width and code points. */
  #encode(font: EmbeddedFont, face: Face, shaped: Shaped): Run {
    if (shaped.offset) return NO_RUN;
    let ids = this.#codes.get(face);
    if (ids === undefined) {
      ids = new Map();
      this.#codes.set(face, ids);
    }
    const perMille = 1000 / shaped.unitsPerEm;
    let tj = '';
    let codes = '';
    shaped.glyphs.forEach((glyph, i) => {
      let code = ids.get(glyph.id);
      if (code === undefined) {
        const gid = font.subset.includeGlyph(glyph.id);
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= glyph.codePoints;
        code = literal(gid);
        ids.set(glyph.id, code);
      }
      codes += code;
      const kern = (shaped.xAdvances[i]! - glyph.advanceWidth) * perMille;
      if (kern !== 0) {
        tj += `(${codes})${pdfNumber(-kern)}`;
        codes = '';
      }
    });
    if (codes !== '') tj += `(${codes})`;
    if (this.#count + 2 > this.#starts.length) {
      const grown = new Int32Array(this.#starts.length * 2);
      grown.set(this.#starts);
      this.#starts = grown;
    }
    this.#starts[this.#count] = this.#store.length;
    this.#store.text(tj);
    this.#starts[this.#count + 1] = this.#store.length;
    return this.#count++;
  }

  /** Copies an encoded word into the line. */
  #put(run: Run): void {
    this.#line.copy(this.#store, this.#starts[run]!, this.#starts[run + 1]!);
  }

  /**
   * Draws the pieces of one line with their baseline at `baseline`, in pdfkit's top-down page coordinates
   * (its page transform flips y; the text matrix flips the glyphs back upright, as pdfkit's own text does).
   */
  line(pieces: readonly Piece[], left: number, baseline: number, size: number, scale = 1): void {
    const { page } = this.#internals;
    const out = this.#line;
    out.length = 0;
    out.text('BT');
    if (scale !== 1) {
      out.text(' ');
      out.number(scale * 100);
      out.text(' Tz');
    }
    const fallback: Piece[] = [];
    let current: Face | null = null;
    let charSpacing = 0;
    for (const piece of pieces) {
      if (piece.text === '') continue;
      const font = this.#font(piece.face);
      const space = this.#run(this.#runsOf(piece.face, false), font, piece.face, false, ' ');
      const runs = this.#runsOf(piece.face, piece.smallCaps);
      // The piece's words, found before anything of it is written: one that needs glyph offsets sends the
      // whole piece to pdfkit.
      const words: Run[] = [];
      let drawable = space !== NO_RUN;
      const numbers = piece.words;
      for (let from = 0, k = 0; drawable && from <= piece.text.length; k++) {
        let to = piece.text.indexOf(' ', from);
        if (to < 0) to = piece.text.length;
        const number = numbers === undefined || k >= numbers.length ? -1 : numbers[k]!;
        let run = NO_RUN;
        if (number >= 0) {
          while (this.#byWord.length <= number) this.#byWord.push(undefined);
          const known = this.#byWord[number];
          run = known ?? this.#run(runs, font, piece.face, piece.smallCaps, piece.text.slice(from, to));
          if (known === undefined) this.#byWord[number] = run;
        } else if (to > from) run = this.#run(runs, font, piece.face, piece.smallCaps, piece.text.slice(from, to));
        if (to > from && run === NO_RUN) drawable = false;
        words.push(run);
        from = to + 1;
      }
      if (!drawable) {
        fallback.push(piece);
        continue;
      }
      if (page.fonts[font.id] === undefined) page.fonts[font.id] = font.ref();
      if (current !== piece.face) {
        out.text(` /${font.id} `);
        out.number(size);
        out.text(' Tf');
      }
      current = piece.face;
      if ((piece.charSpacing ?? 0) !== charSpacing) {
        charSpacing = piece.charSpacing ?? 0;
        out.text(' ');
        out.number(charSpacing);
        out.text(' Tc');
      }
      out.text(' 1 0 0 -1 ');
      out.number(left + piece.x);
      out.text(' ');
      out.number(baseline);
      out.text(' Tm[');
      // The space glyph is drawn (text extraction finds real spaces); justification widens it by a TJ adjustment.
      const spaced = this.#space;
      spaced.length = 0;
      spaced.copy(this.#store, this.#starts[space]!, this.#starts[space + 1]!);
      if (piece.wordSpacing !== 0) spaced.number((-piece.wordSpacing * 1000) / size);
      for (let k = 0; k < words.length; k++) {
        if (words[k] !== NO_RUN) this.#put(words[k]!);
        if (k < words.length - 1) out.copy(spaced, 0, spaced.length);
      }
      out.text(']TJ');
    }
    // Horizontal scaling outlives ET (it is graphics state): set it back for the text drawn after.
    if (scale !== 1) out.text(' 100 Tz');
    // So does character spacing (CJK lines spread between characters).
    if (charSpacing !== 0) out.text(' 0 Tc');
    out.text(' ET\n');
    // A copy: pdfkit keeps the page's chunks until the page is finished.
    const chunk = Buffer.allocUnsafe(out.length);
    out.data.copy(chunk, 0, 0, out.length);
    this.#internals.addContent(chunk);
    for (const piece of fallback) this.#fallback(piece, left, baseline, size, scale);
  }

  /** Text that positions glyphs off the baseline (combining marks in the fallback font) goes through pdfkit. */
  #fallback(piece: Piece, left: number, baseline: number, size: number, scale: number): void {
    this.#doc.font(piece.face).fontSize(size);
    const top = baseline - (this.#internals._font as unknown as { ascender: number }).ascender / 1000 * size;
    // pdfkit 0.20 takes `horizontalScaling` (percent, as the Tz operator), which its types do not list yet.
    const options: PDFKit.Mixins.TextOptions & { horizontalScaling?: number } = { lineBreak: false, wordSpacing: piece.wordSpacing, horizontalScaling: scale * 100 };
    if (piece.smallCaps) options.features = ['smcp'];
    if (piece.charSpacing !== undefined) options.characterSpacing = piece.charSpacing;
    this.#doc.text(piece.text, left + piece.x, top, options);
  }
}
