import type { DiagnosticSink } from '../../diagnostics.js';
import type { Note, Paragraph, StoryMeta } from '../../model.js';
import type { Footnote, FootnoteRef } from '../html/footnotes.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { BlockCollector, BREAK, EM, STRONG, at, unmark } from '../markup/markup-blocks.js';
import { matchHeading } from '../rules/headings.js';
import { isSceneBreak } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';
import { attrOf, childNamed, textOf, type XmlChild, type XmlElement } from './fb2-xml.js';

/** Inline elements whose words stay as plain text (FB2's emphasis and strong become the model's). */
const PLAIN_INLINE = new Set(['strikethrough', 'sub', 'sup', 'code', 'style', 'a']);
/** Private-use marks the markup readers use: taken out of the source so its text cannot forge them. */
const MARKS = /[\uE000-\uE004]/g;
const PASS = (marked: string): string => marked;

const isElement = (c: XmlChild): c is XmlElement => typeof c !== 'string';

/**
 * Reads FB2 `<body>` elements into the blocks the sectioning shared with
 * Markdown takes: each titled `<section>` a heading at its depth (nested
 * sections are parts over chapters), `<p>` paragraphs, `<empty-line/>` a
 * soft scene break and a `* * *` subtitle or paragraph a hard one (a run of
 * them is one break), poems a paragraph per stanza, epigraphs and citations
 * as quotes (a note when labelled). A section titled with a note label
 * (`Примечание автора`) is a note. Note bodies' sections are footnotes.
 */
export class Fb2BodyReader {
  readonly out: BlockCollector;
  /** Where each footnote is referred to (`<a l:href="#n1" type="note">`), by the note's id. */
  private readonly refs = new Map<string, FootnoteRef>();
  /** How many epigraphs or citations the reader is inside. */
  private quoted = 0;

  /**
   * `layoutEmptyLines`: the book spaces its paragraphs with `<empty-line/>`
   * (some converters put one between every two), so an empty line is layout,
   * not a scene break.
   */
  constructor(private readonly sink: DiagnosticSink, private readonly layoutEmptyLines = false) {
    this.out = new BlockCollector(sink, PASS);
  }

  /** A main `<body>`: its `<title>` is the book's title page (the metadata holds it), then its epigraphs and sections. */
  body(body: XmlElement, meta: StoryMeta): void {
    for (const el of body.children.filter(isElement)) {
      if (el.name === 'title') {
        const lines = el.children.filter(isElement).map(textOf).filter((s) => s !== '');
        if (meta.title === null && lines.length > 0) meta.title = lines[lines.length - 1]!;
        this.sink.info('fb2-body-title', el.line, `the body's title (${lines.join(' / ').slice(0, 60)}) is the book's title page, not story text`);
      } else if (el.name === 'section') {
        this.section(el, 1, this.out);
      } else {
        this.flowElement(el, 1, this.out);
      }
    }
    this.out.end();
    notesFirst(this.out.blocks);
  }

  /** A note body's sections (nested or not) as footnotes, each placed by the line that refers to it. */
  footnotes(body: XmlElement): Footnote[] {
    const out: Footnote[] = [];
    const stack = body.children.filter(isElement).reverse();
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el.name === 'title') this.sink.info('fb2-notes-title', el.line, `the notes' heading (${textOf(el).slice(0, 40)}) left out: each footnote follows its chapter`);
      if (el.name !== 'section') continue;
      const id = attrOf(el, 'id');
      const inner = childNamed(el, 'section') ? null : new BlockCollector(this.sink, PASS, true);
      if (inner === null) {
        stack.push(...el.children.filter(isElement).reverse());
        continue;
      }
      const marker = textOf(childNamed(el, 'title'));
      for (const c of el.children.filter(isElement)) if (c.name !== 'title') this.flowElement(c, 1, inner);
      inner.end();
      const paragraphs = inner.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
      const first = paragraphs[0];
      if (!first) continue;
      if (marker !== '') first.children.unshift({ type: 'text', value: `${marker} ` });
      const note: Note = { type: 'note', label: 'Footnote', place: 'inline', children: paragraphs, position: at(el.line) };
      const ref = this.refs.get(id) ?? { line: Number.MAX_SAFE_INTEGER, marker };
      this.sink.info('fb2-footnote', el.line, `footnote ${marker || id} kept out of the body, placed after the chapter that refers to it`);
      out.push({ note, ref });
    }
    return out;
  }

  private section(el: XmlElement, depth: number, out: BlockCollector): void {
    const titleEl = childNamed(el, 'title');
    const title = titleEl ? titleText(titleEl) : '';
    const rest = el.children.filter((c): c is XmlElement => isElement(c) && c !== titleEl);
    const label = title === '' ? null : matchNoteLabel(/[:：]$/.test(title) ? title : `${title}:`);
    if (titleEl && label && label.rest.trim() === '' && !rest.some((c) => c.name === 'section')) {
      const inner = new BlockCollector(this.sink, PASS, true);
      for (const c of rest) this.flowElement(c, depth, inner);
      out.container(title, inner, titleEl.line, lastLine(el), 'FB2 section');
      return;
    }
    if (titleEl && title !== '') out.heading(depth, title, titleEl.line);
    const inner = title === '' ? depth : depth + 1;
    let previous: XmlElement | null = null;
    for (const c of rest) {
      // Untitled sections side by side are the scenes of one chapter.
      if (c.name === 'section' && previous?.name === 'section' && !childNamed(c, 'title') && !childNamed(previous, 'title')) this.sceneBreak(out, 'soft', null, c.line);
      this.flowElement(c, inner, out);
      previous = c;
    }
  }

  private flowElement(el: XmlElement, depth: number, out: BlockCollector): void {
    switch (el.name) {
      case 'section':
        return this.section(el, depth, out);
      case 'p':
      case 'subtitle':
      case 'text-author':
      case 'date':
      case 'v': {
        const marked = this.inline(el);
        const plain = unmark(marked);
        if (plain === '') return;
        if (isSceneBreak(plain)) return this.sceneBreak(out, 'hard', plain, el.line);
        out.line(marked, el.line);
        return out.end();
      }
      case 'empty-line':
        return this.layoutEmptyLines ? out.end() : this.sceneBreak(out, 'soft', null, el.line);
      case 'poem':
      case 'stanza':
        return this.poem(el, depth, out);
      case 'epigraph':
      case 'cite':
      case 'annotation': {
        // A quote inside a quote stays in the outer one: set off once, and nesting costs nothing.
        if (this.quoted > 0) {
          for (const c of el.children.filter(isElement)) this.flowElement(c, depth, out);
          return;
        }
        this.quoted++;
        const inner = new BlockCollector(this.sink, PASS, true);
        for (const c of el.children.filter(isElement)) this.flowElement(c, depth, inner);
        this.quoted--;
        return out.container(null, inner, el.line, lastLine(el), `<${el.name}>`);
      }
      case 'table':
        for (const row of el.children.filter((c): c is XmlElement => isElement(c) && c.name === 'tr')) {
          const cells = row.children.filter(isElement).map((c) => this.inline(c)).filter((t) => unmark(t) !== '');
          if (cells.length === 0) continue;
          out.line(cells.join(' '), row.line);
          out.end();
        }
        return;
      case 'image':
        return this.sink.info('fb2-image', el.line, `picture ${attrOf(el, 'href') || ''} left out`.replace(/ +/g, ' '));
      case 'title': {
        // A poem's or stanza's title, or a stray one: its lines as paragraphs, so no word is lost.
        for (const p of el.children.filter(isElement)) this.flowElement(p, depth, out);
        return;
      }
      default: {
        const words = textOf(el);
        if (words === '') return;
        this.sink.warn('fb2-unknown', el.line, `unknown element <${el.name}> read as a paragraph`);
        out.line(words.replace(MARKS, ''), el.line);
        return out.end();
      }
    }
  }

  /** A poem: each stanza one paragraph of lines; titles, epigraphs, author and date as their own paragraphs. */
  private poem(el: XmlElement, depth: number, out: BlockCollector): void {
    out.end();
    for (const c of el.children.filter(isElement)) {
      if (c.name === 'v') {
        const marked = this.inline(c);
        if (unmark(marked) !== '') out.line(marked, c.line, BREAK);
      } else {
        out.end();
        this.flowElement(c, depth, out);
      }
    }
    out.end();
  }

  /** A run of `<empty-line/>`s and break lines is one scene break, hard when any of it is a marker. */
  private sceneBreak(out: BlockCollector, kind: 'hard' | 'soft', marker: string | null, line: number): void {
    out.end();
    const last = out.blocks[out.blocks.length - 1];
    if (last?.type === 'sceneBreak') {
      if (kind === 'hard' && last.kind === 'soft') out.blocks[out.blocks.length - 1] = { ...last, kind, marker };
      return;
    }
    if (kind === 'hard') return out.sceneBreak(marker ?? '', line);
    out.blocks.push({ type: 'sceneBreak', kind, marker, label: null, position: at(line) });
  }

  /** An element's inline content as marked text (emphasis and strong as the markup readers' marks), white space collapsed. */
  private inline(el: XmlElement): string {
    const parts: string[] = [];
    const walk = (node: XmlChild): void => {
      if (typeof node === 'string') return void parts.push(node.replace(MARKS, ''));
      if (node.name === 'image') return void this.sink.info('fb2-image', node.line, 'picture in the text left out');
      if (node.name === 'a' && attrOf(node, 'href').startsWith('#')) {
        const id = attrOf(node, 'href').slice(1);
        if (!this.refs.has(id)) this.refs.set(id, { line: node.line, marker: textOf(node) });
      }
      const mark = node.name === 'emphasis' ? EM : node.name === 'strong' ? STRONG : null;
      if (mark === null && !PLAIN_INLINE.has(node.name) && node !== el) parts.push(' ');
      if (mark) parts.push(mark.open);
      for (const c of node.children) walk(c);
      if (mark) parts.push(mark.close);
    };
    walk(el);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }
}

/**
 * Whether `<empty-line/>` is how the book spaces its paragraphs rather than
 * its scenes: one for every three paragraphs or more.
 */
export function emptyLinesAreLayout(bodies: readonly XmlElement[]): boolean {
  let paragraphs = 0;
  let empty = 0;
  const stack: XmlElement[] = [...bodies];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.name === 'p') paragraphs++;
    else if (el.name === 'empty-line') empty++;
    else if (el.name !== 'title') for (const c of el.children) if (isElement(c)) stack.push(c);
  }
  return empty > 3 && empty * 3 >= paragraphs;
}

/**
 * A section's `<title>`, whose `<p>`s are lines: a label over its name
 * (`Глава 1` / `Стекольщик`) reads as `Глава 1: Стекольщик`, other lines are
 * joined as one.
 */
function titleText(title: XmlElement): string {
  const lines = title.children.filter(isElement).map(textOf).filter((s) => s !== '');
  if (lines.length === 0) return textOf(title);
  const [first, ...rest] = lines;
  if (rest.length === 0) return first!;
  const labelOnly = matchHeading(first!);
  if (labelOnly && labelOnly.title === null) return `${first}: ${rest.join(' ')}`;
  return /[.!?:;…]$/.test(first!) ? lines.join(' ') : `${first}. ${rest.join(' ')}`;
}

/**
 * The notes before the first heading moved ahead of the body's epigraphs: a
 * book's note section after its epigraph is still the story's opening note,
 * which sectioning only sees at the edge of what precedes the first chapter.
 */
function notesFirst(blocks: MdBlock[]): void {
  const first = blocks.findIndex((b) => b.type === 'mdHeading');
  const lead = blocks.slice(0, first === -1 ? 0 : first);
  const ordered = [...lead.filter((b) => b.type === 'note'), ...lead.filter((b) => b.type !== 'note')];
  blocks.splice(0, ordered.length, ...ordered);
}

/** The last source line an element starts a child on: where a note read from it ends. */
function lastLine(el: XmlElement): number {
  let line = el.line;
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    line = Math.max(line, n.line);
    for (const c of n.children) if (isElement(c)) stack.push(c);
  }
  return line;
}
