/// <reference types="pdfkit" />
import type { Strings } from '../strings.js';
import type { Block, Inline, Note } from '../../model.js';
import type { NotesMode } from '../renderer.js';
import type { FontSet } from './font-set.js';
import type { Hyphenate } from './hyphenate.js';
import { lineBreaker, type Span } from './line-breaker.js';
import type { PageFlow } from './page-flow.js';
import { planBlock, type Rebreak } from './page-plan.js';
import { isRightToLeft, rightToLeftLine } from './rtl-lines.js';
import { inlineSpans, prepareSpans } from './spans.js';
import type { Face, Theme } from './theme.js';

export interface TextStyle {
  size: number;
  leading: number;
  indent: number;
  align: 'justify' | 'left' | 'center';
  /** Extra left and right inset of the block (notes). */
  inset: number;
  hyphenate: boolean;
}

/** A structure element of the tagged PDF (pdfkit's PDFStructureElement). */
export type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

/** Centred, unhyphenated lines: headings, title-page lines, ornaments. */
export function centredStyle(size: number, leading: number): TextStyle {
  return { size, leading, indent: 0, align: 'center', inset: 0, hyphenate: false };
}

/** Tags what `draw` puts on the current page as one structure element of `type` under `parent`. */
export function tagStructure(doc: PDFKit.PDFDocument, parent: Struct, type: string, draw: () => void): void {
  const element = doc.struct(type);
  const content = doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  element.add(content);
  parent.add(element);
  element.end();
}

/**
 * Sets blocks of a story on the pages: paragraphs with orphan and widow
 * control, headings kept with what follows, breaks, POV headings, notes.
 * Every block is tagged for the structure tree.
 */
export class BlockLayout {
  /** Whether the next paragraph starts flush (after a heading, a break, a note). */
  flush = true;
  /** The words of the story being set (its `Illustration`): the story layout sets them before each story. */
  words: Strings | null = null;
  #line = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly flow: PageFlow,
    private readonly fonts: FontSet,
    readonly theme: Theme,
    private readonly hyphenate: Hyphenate | null,
    private readonly missing: (char: string, line: number) => void,
    private readonly notes: NotesMode,
  ) {}

  get bodyStyle(): TextStyle {
    const b = this.theme.body;
    return { size: b.size, leading: b.leading, indent: b.indent, align: 'justify', inset: 0, hyphenate: b.hyphenate };
  }

  /** Styled text measured for the current text block, as a function that breaks it into lines (again, when some must not end in a hyphen). */
  lines(spans: readonly Span[], style: TextStyle, line: number, indentFirst = true): Rebreak {
    this.#line = line;
    const prepared = prepareSpans(spans, this.fonts, (ch) => this.missing(ch, this.#line));
    const hyphenate = style.hyphenate ? this.hyphenate : null;
    const options = { width: this.flow.width - 2 * style.inset, firstIndent: indentFirst ? style.indent : 0, size: style.size, align: style.align, hyphenate };
    const rebreak = lineBreaker(prepared, options, this.fonts);
    if (!isRightToLeft(prepared.map((s) => s.text).join(''))) return rebreak;
    return (noHyphenAt) => rebreak(noHyphenAt).map((l) => rightToLeftLine(l, options.width, this.fonts, style.size));
  }

  /** Back onto the body's baseline grid after something set in another leading. */
  toGrid(): void {
    this.flow.toGrid();
  }

  /** Tags what `draw` puts on the page as one structure element under `parent`. */
  tagged(parent: Struct, type: string, draw: () => void): void {
    tagStructure(this.doc, parent, type, draw);
  }

  /** One piece of text in one face, broken and placed in `style`, tagged as `type`. */
  text(parent: Struct, type: string, text: string, face: Face, style: TextStyle, line: number): void {
    const lines = this.lines([{ text, face }], style, line, false);
    this.tagged(parent, type, () => this.placeLines(lines, style));
  }

  /** Places lines with no single first line at a page foot, no single last line at a page head, and no hyphen at a page foot. */
  placeLines(rebreak: Rebreak, style: TextStyle): void {
    const { lines, takes } = planBlock(rebreak, { first: this.flow.room(), full: this.flow.bottom - this.flow.top, leading: style.leading, page: this.flow.pageNumber, bodyLeading: this.flow.bodyLeading });
    let i = 0;
    for (const take of takes) {
      for (let k = 0; k < take; k++) this.flow.drawLine(lines[i + k]!, style.size, style.leading, style.inset);
      i += take;
      if (i < lines.length) this.flow.breakPage();
    }
  }

  /**
   * Ensures `height` plus three body lines fit, else starts a new page: headings never end a page. Three,
   * because a paragraph of three lines with room for two moves whole (no orphan, no widow).
   */
  keepWithNext(height: number): void {
    if (!this.flow.atTop() && this.flow.room() < height + 3 * this.theme.body.leading) this.flow.breakPage();
  }

  paragraph(parent: Struct, children: readonly Inline[], line: number, style: TextStyle = this.bodyStyle, face: Face = 'regular'): void {
    const lines = this.lines(inlineSpans(children, face), style, line, !this.flush);
    this.tagged(parent, 'P', () => this.placeLines(lines, style));
    this.flush = false;
  }

  /** A centred one-line heading or ornament, kept with the text after it. */
  centred(parent: Struct, type: string, text: string, face: Face, size: number, gapBefore: number, gapAfter: number, smallCaps = false): void {
    const style = centredStyle(size, size * 1.3);
    const lines = this.lines([{ text, face, smallCaps }], style, this.#line, false);
    this.keepWithNext(gapBefore + lines(new Set()).length * style.leading);
    if (!this.flow.atTop()) this.flow.y += gapBefore;
    this.tagged(parent, type, () => this.placeLines(lines, style));
    this.flow.y += gapAfter;
    this.toGrid();
    this.flush = true;
  }

  /** A note where it stood (only with `--notes inline`), or in the notes section when `gathered`. */
  note(parent: Struct, note: Note, gathered = false): void {
    if (this.notes !== 'inline' && !gathered) return;
    const t = this.theme.note;
    const style: TextStyle = { size: t.size, leading: t.leading, indent: 0, align: 'justify', inset: t.indent, hyphenate: this.theme.body.hyphenate };
    const label = this.lines([{ text: note.label, face: 'bold' }], { ...style, size: t.labelSize }, note.position.start.line, false);
    this.keepWithNext(t.gap + t.leading);
    if (!this.flow.atTop()) this.flow.y += t.gap;
    this.tagged(parent, 'Div', () => {
      this.placeLines(label, style);
      for (const p of note.children) {
        const lines = this.lines(inlineSpans(p.children), style, p.position.start.line, false);
        this.placeLines(lines, style);
      }
    });
    this.flow.y += t.gap;
    this.toGrid();
    this.flush = true;
  }

  block(parent: Struct, b: Block): void {
    const line = b.position.start.line;
    this.#line = line;
    switch (b.type) {
      case 'paragraph':
        return this.paragraph(parent, b.children, line);
      case 'sceneBreak': {
        const s = this.theme.sceneBreak;
        if (b.label) return this.centred(parent, 'H3', b.label, 'regular', this.theme.pov.size, this.theme.pov.gapBefore, this.theme.pov.gapAfter, true);
        if (b.kind === 'hard') return this.centred(parent, 'P', s.ornament, 'regular', s.size, s.gap, s.gap);
        if (!this.flow.atTop()) this.flow.y += this.theme.softBreak.gap;
        this.flush = true;
        return;
      }
      case 'pov':
        return this.centred(parent, 'H3', b.name, 'regular', this.theme.pov.size, this.theme.pov.gapBefore, this.theme.pov.gapAfter, true);
      case 'ornament':
        return this.centred(parent, 'P', b.text, 'italic', this.theme.body.size, this.theme.sceneBreak.gap, this.theme.sceneBreak.gap);
      case 'illustration': {
        const style: TextStyle = { ...this.bodyStyle, align: 'center', indent: 0 };
        // Set off like an ornament: a little space above and below the centred caption.
        if (!this.flow.atTop()) this.flow.y += this.theme.sceneBreak.gap / 2;
        this.paragraph(parent, [{ type: 'text', value: `[${this.words?.text('illustration') ?? 'Illustration'}` + (b.caption.length ? ': ' : '') }, ...b.caption, { type: 'text', value: ']' }], line, style, 'italic');
        this.flow.y += this.theme.sceneBreak.gap / 2;
        this.toGrid();
        this.flush = true;
        return;
      }
      case 'note':
        return this.note(parent, b);
    }
  }
}
