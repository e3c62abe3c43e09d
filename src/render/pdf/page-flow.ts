/// <reference types="pdfkit" />
import type { FontSet } from './font-set.js';
import { GlyphRunWriter } from './glyph-runs.js';
import type { Line, Piece } from './line-breaker.js';
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

/** pdfkit's (0.20) handling of marked content across a page turn, which its types do not list. */
interface MarkedContent {
  page: unknown;
  endPageMarkings(page: unknown): unknown[];
  initPageMarkings(markings: unknown[]): void;
}

/** A line of text measured and cut into the pieces that draw it. */
interface Measured {
  width: number;
  pieces: Piece[];
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
  readonly #measured = new Map<string, Measured>();
  /** Called with its number when the cursor leaves a page for the next: nothing else is drawn on it after. */
  onPageDone: (page: number) => void = () => {};
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
    const doc = this.doc as unknown as MarkedContent;
    // A paragraph running over: its marked content is closed on this page and reopened on the next (as
    // pdfkit's continueOnNewPage does), with the page finished in between, outside any marked content.
    const open = continued ? doc.endPageMarkings(doc.page) : null;
    if (this.pageNumber > 0) this.onPageDone(this.pageNumber);
    this.doc.addPage(options);
    if (open !== null) doc.initPageMarkings(open);
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
    return this.#measure(text, face, size).width;
  }

  /**
   * `text` cut into runs by the font that draws them (the face asked, the CJK font for a Chinese chapter
   * title, or the fallback) and placed word by word: once per text, face and size, since every page's
   * running head is measured, fitted and drawn, and a chapter's is the same on each of its pages.
   */
  #measure(text: string, face: Face, size: number): Measured {
    const key = `${face}\u0000${size}\u0000${text}`;
    let measured = this.#measured.get(key);
    if (measured === undefined) {
      let width = 0;
      const pieces = prepareSpans([{ text, face }], this.fonts, () => undefined).map((run) => {
        const piece = { text: run.text, face: run.face, smallCaps: false, x: width, wordSpacing: 0 };
        const words = run.text.split(' ');
        let runWidth = (words.length - 1) * this.fonts.width(' ', run.face, size);
        for (const word of words) if (word !== '') runWidth += this.fonts.width(word, run.face, size);
        width += runWidth;
        return piece;
      });
      measured = { width, pieces };
      this.#measured.set(key, measured);
    }
    return measured;
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
    this.#writer.line(this.#measure(text, face, size).pieces, x, top + size * this.fonts.ascent(face), size);
  }
}
