/// <reference types="pdfkit" />
import type { FontSet } from './font-set.js';
import { GlyphRunWriter } from './glyph-runs.js';
import type { Line } from './line-breaker.js';
import { shortfallAfter } from './page-plan.js';
import { prepareSpans } from './spans.js';
import type { Face, PageSize } from './theme.js';

/** What a page is, for running heads and folios: none on title pages, openings and blanks. */
export type PageKind = 'title' | 'opening' | 'body' | 'blank' | 'contents';

export interface PageInfo {
  kind: PageKind;
  story: string;
  chapter: string;
}

/**
 * The cursor over the pages of one PDF: which page, where on it, and the
 * text block of a recto (odd, inner margin on the left) or verso page. All
 * pdfkit drawing of body text goes through here, so pdfkit's own cursor and
 * automatic page breaks are never used.
 */
export class PageFlow {
  readonly pages: PageInfo[] = [];
  y = 0;
  #story = '';
  #chapter = '';
  readonly #writer: GlyphRunWriter;
  /** How much the current page's text ends above the text block's foot (a recto facing a verso one line short). */
  #short = 0;
  /** The body face's ascent at size 1 (fontkit reads it from the font's tables on every call). */
  readonly #ascent: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly size: PageSize,
    private readonly fonts: FontSet,
    /** The body's leading: the grid body lines sit on, and what "one line short" means for a spread. */
    readonly bodyLeading: number,
  ) {
    this.#writer = new GlyphRunWriter(doc, fonts);
    this.#ascent = fonts.ascent('regular');
  }

  get pageNumber(): number {
    return this.pages.length;
  }

  get top(): number {
    return this.size.margins.top;
  }

  get bottom(): number {
    return this.size.height - this.size.margins.bottom;
  }

  get left(): number {
    return this.pageNumber % 2 === 1 ? this.size.margins.inner : this.size.margins.outer;
  }

  get width(): number {
    return this.size.width - this.size.margins.inner - this.size.margins.outer;
  }

  /** Height left for text on the current page. */
  room(): number {
    return this.bottom - this.#short - this.y;
  }

  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Running-head text for the pages that follow. */
  setRunning(story: string, chapter: string): void {
    this.#story = story;
    this.#chapter = chapter;
  }

  /** Starts a page; with `recto`, a blank verso is put in first when needed so the page is a right-hand one. */
  newPage(kind: PageKind, recto = false): void {
    if (recto && this.pageNumber % 2 === 1) this.#add('blank');
    this.#add(kind);
  }

  #add(kind: PageKind, continued = false): void {
    this.#short = continued ? shortfallAfter(this.pageNumber, this.room(), this.bodyLeading) : 0;
    const options = { size: [this.size.width, this.size.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } };
    // continueOnNewPage closes the open marked content and reopens it on the new page; addPage would leave it dangling.
    if (continued) this.doc.continueOnNewPage(options);
    else this.doc.addPage(options);
    this.pages.push({ kind, story: this.#story, chapter: this.#chapter });
    this.y = this.top;
  }

  /** Continues on a new body page (a paragraph or note running over), carrying its tagging along. */
  breakPage(): void {
    this.#add('body', true);
  }

  /**
   * Moves the cursor down to the next line of the body's baseline grid (lines a body leading apart from the
   * top of the text block). Called after anything set in another leading (headings, ornaments, notes),
   * so body lines stay on one grid and full pages, facing ones too, end on the same baseline.
   */
  toGrid(): void {
    this.y = this.top + Math.ceil((this.y - this.top) / this.bodyLeading - 0.001) * this.bodyLeading;
  }

  /** Draws one broken line at the cursor and moves down by `leading`. */
  drawLine(line: Line, size: number, leading: number, indent = 0): void {
    this.#writer.line(line.pieces, this.left + indent + line.offset, this.y + size * this.#ascent, size, line.scale);
    this.y += leading;
  }

  /**
   * Width of `text` as `drawText` draws it: word by word with the font's space between, so each word is
   * shaped once for the book, not each heading or contents line as a whole (a long book has thousands).
   */
  textWidth(text: string, face: Face, size: number): number {
    return this.#runs(text, face).reduce((width, run) => width + this.#runWidth(run, size), 0);
  }

  #runWidth(run: { text: string; face: Face }, size: number): number {
    const words = run.text.split(' ');
    let width = (words.length - 1) * this.fonts.width(' ', run.face, size);
    for (const word of words) if (word !== '') width += this.fonts.width(word, run.face, size);
    return width;
  }

  /** `text` cut into runs by the font that draws them: the face asked, the CJK font (a Chinese chapter title), or the fallback. */
  #runs(text: string, face: Face): { text: string; face: Face }[] {
    return prepareSpans([{ text, face }], this.fonts, () => undefined);
  }

  /** `text`, or as much of it as fits in `room` followed by an ellipsis (contents entries, running heads). */
  fitText(text: string, room: number, face: Face, size: number): string {
    if (this.textWidth(text, face, size) <= room) return text;
    let cut = text;
    while (cut.length > 1 && this.textWidth(`${cut}…`, face, size) > room) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Text on one line in one face, its box's top at `top` (running heads, folios, contents lines): drawn as measured, not laid out again. */
  drawText(text: string, face: Face, size: number, x: number, top: number): void {
    let at = 0;
    const pieces = this.#runs(text, face).map((run) => {
      const piece = { text: run.text, face: run.face, smallCaps: false, x: at, wordSpacing: 0 };
      at += this.#runWidth(run, size);
      return piece;
    });
    this.#writer.line(pieces, x, top + size * this.fonts.ascent(face), size);
  }
}
