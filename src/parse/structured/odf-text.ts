import type { DiagnosticSink } from '../../diagnostics.js';
import type { Inline, Paragraph, StoryMeta } from '../../model.js';
import { classify } from '../html/hast-blocks.js';
import type { Footnote } from '../html/footnotes.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at } from '../markup/markup-blocks.js';
import { setHeaderField } from '../markup/read-result.js';
import { matchByLine } from '../rules/header-labels.js';
import { emptyMeta } from '../section-blocks.js';
import { attrOf, childNamed, textOf, type XmlChild, type XmlElement } from '../xml/xml-tree.js';
import { noteOrParagraph } from './embedded-text.js';
import { trimInlines } from './xml-blocks.js';

/**
 * An OpenDocument text (LibreOffice's flat `.fodt`, or an `.odt`'s `content.xml`): the words live in
 * `text:p` and `text:h` elements, and what they are lives in their styles. This reader follows the styles:
 * a paragraph styled Title or Subtitle (or a style derived from one) is the title page, a `text:h`'s
 * outline level (or a paragraph style's default outline level) is its heading depth, a span whose style
 * sets italics or bold is emphasis. `office:meta` gives the title and author when the page does not.
 * `text:s` is as many spaces as it counts, `text:line-break` a line break; footnotes (`text:note`) go
 * after their chapter. Not story: tracked deletions, reviewers' comments (`office:annotation`), tables of
 * contents and indexes, the declarations and styles.
 */

interface OdfStyle {
  parent: string | null;
  name: string;
  italic: boolean;
  bold: boolean;
  outline: number | null;
}

/** The root of an OpenDocument text: the flat file's `office:document` or the package's `office:document-content`. */
export function odfBody(root: XmlElement): XmlElement | null {
  if (!/^office:document(?:-content)?$/.test(root.name)) return null;
  return childNamed(childNamed(root, 'office:body'), 'office:text') ?? null;
}

/** Elements holding no words of the story: declarations, indexes and contents lists, deleted text, comments, forms. */
const LEFT_OUT = /^(?:text:(?:sequence-decls|variable-decls|user-field-decls|dde-connection-decls|tracked-changes|table-of-content|alphabetical-index|illustration-index|table-index|object-index|user-index|bibliography|soft-page-break|bookmark(?:-start|-end)?|reference-mark(?:-start|-end)?|change(?:-start|-end)?|toc-mark(?:-start|-end)?|alphabetical-index-mark(?:-start|-end)?)|office:(?:annotation|annotation-end|forms)|table:table-columns?|table:table-column-group|draw:image|svg:title|svg:desc)$/;
/** Paragraph styles of the title page, by their programmatic names (the display names are localised). */
const TITLE_STYLES: Readonly<Record<string, 'title' | 'subtitle'>> = { Title: 'title', Subtitle: 'subtitle' };
/** LibreOffice's heading styles, `Heading_20_2` (`Heading 2`), when a paragraph carries one without being a `text:h`. */
const HEADING_STYLE = /^Heading(?:_20_| )(\d)$/;

export interface OdfRead {
  meta: StoryMeta;
  blocks: MdBlock[];
  footnotes: Footnote[];
}

export function readOdfText(root: XmlElement, body: XmlElement, sink: DiagnosticSink): OdfRead {
  return new OdfText(root, sink).read(body);
}

class OdfText {
  readonly meta: StoryMeta = emptyMeta();
  private readonly styles = new Map<string, OdfStyle>();
  private readonly footnotes: Footnote[] = [];
  /** The title page lasts until the first heading or paragraph of text. */
  private titlePage = true;
  private documentTitle: string | null = null;
  private left = { count: 0, line: 0 };

  constructor(root: XmlElement, private readonly sink: DiagnosticSink) {
    for (const group of ['office:styles', 'office:automatic-styles']) {
      for (const s of childNamed(root, group)?.children ?? []) if (typeof s !== 'string' && s.name === 'style:style') this.addStyle(s);
    }
    this.readMeta(childNamed(root, 'office:meta'));
  }

  read(body: XmlElement): OdfRead {
    const blocks: MdBlock[] = [];
    this.blocks(body.children, blocks);
    if (this.meta.title === null) this.meta.title = this.documentTitle;
    if (this.left.count > 0) this.sink.info('odf-left-out', this.left.line, `${this.left.count} element(s) without story text left out (contents lists, comments, tracked deletions, declarations)`);
    return { meta: this.meta, blocks, footnotes: this.footnotes };
  }

  private addStyle(s: XmlElement): void {
    const text = childNamed(s, 'style:text-properties');
    const weight = text?.attrs['fo:font-weight'] ?? '';
    const level = s.attrs['style:default-outline-level'];
    this.styles.set(s.attrs['style:name'] ?? '', {
      name: s.attrs['style:name'] ?? '',
      parent: s.attrs['style:parent-style-name'] ?? null,
      italic: /^(?:italic|oblique)$/.test(text?.attrs['fo:font-style'] ?? ''),
      bold: weight === 'bold' || Number(weight) >= 600,
      outline: level !== undefined && level !== '' ? Number(level) : null,
    });
  }

  /** A style and the styles it derives from, nearest first (a cycle in a damaged file ends the chain). */
  private chain(name: string | undefined): OdfStyle[] {
    const out: OdfStyle[] = [];
    for (let s = name === undefined ? undefined : this.styles.get(name); s !== undefined && !out.includes(s); s = s.parent === null ? undefined : this.styles.get(s.parent)) out.push(s);
    // A style named only (a common style the file does not define) still says what it is by its name.
    if (out.length === 0 && name !== undefined) out.push({ name, parent: null, italic: false, bold: false, outline: null });
    return out;
  }

  private readMeta(meta: XmlElement | undefined): void {
    if (!meta) return;
    const value = (name: string): string => textOf(childNamed(meta, name));
    this.documentTitle = value('dc:title') || null;
    this.meta.author = value('meta:initial-creator') || value('dc:creator') || null;
    this.meta.description = value('dc:description') || null;
    setHeaderField(this.meta, 'Language', value('dc:language'));
    setHeaderField(this.meta, 'Subject', value('dc:subject'));
    const keywords = meta.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'meta:keyword').map((k) => textOf(k));
    setHeaderField(this.meta, 'Keywords', keywords.join(', '));
    for (const c of meta.children) if (typeof c !== 'string' && c.name === 'meta:user-defined') setHeaderField(this.meta, attrOf(c, 'name'), textOf(c));
  }

  private leave(line: number): void {
    if (this.left.count++ === 0) this.left.line = line;
  }

  private blocks(children: readonly XmlChild[], out: MdBlock[]): void {
    for (const c of children) {
      if (typeof c === 'string') continue;
      if (LEFT_OUT.test(c.name)) {
        if (c.name !== 'text:soft-page-break') this.leave(c.line);
        continue;
      }
      if (c.name === 'text:h') this.heading(c, Number(c.attrs['text:outline-level'] ?? 1) || 1, out);
      else if (c.name === 'text:p') this.paragraph(c, out);
      // Lists, sections, tables, frames and text boxes hold paragraphs: each of theirs is read in order.
      else this.blocks(c.children, out);
    }
  }

  private heading(el: XmlElement, depth: number, out: MdBlock[]): void {
    const text = inlineText(this.inlines(el.children, el.line, out)).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    this.titlePage = false;
    out.push({ type: 'mdHeading', depth, text, position: at(el.line) });
  }

  private paragraph(el: XmlElement, out: MdBlock[]): void {
    const styles = this.chain(el.attrs['text:style-name']);
    const role = styles.map((s) => TITLE_STYLES[s.name]).find((r) => r !== undefined);
    const outline = styles.map((s) => s.outline ?? Number(HEADING_STYLE.exec(s.name)?.[1] ?? NaN)).find((n) => !Number.isNaN(n) && n !== null);
    if (outline !== undefined) return this.heading(el, outline, out);
    const after: MdBlock[] = [];
    const children = trimInlines(this.inlines(el.children, el.line, after));
    const text = inlineText(children).replace(/\s+/g, ' ').trim();
    if (role !== undefined && this.titlePage && text !== '') {
      this.titleLine(role, text, el.line);
    } else if (children.length > 0) {
      const block = classify(children, at(el.line));
      if (block.type === 'paragraph') this.titlePage = false;
      out.push(block.type === 'paragraph' ? noteOrParagraph(block, this.sink) : block);
    }
    out.push(...after);
  }

  /** A Title or Subtitle paragraph of the title page: the title as the reader sees it, a by-line as the author. */
  private titleLine(role: 'title' | 'subtitle', text: string, line: number): void {
    const by = role === 'subtitle' ? matchByLine(text) : null;
    if (by) {
      this.meta.author = by.author;
      this.sink.info('odf-byline', line, `the subtitle "${text}" is a by-line: read as the author`);
    } else if (role === 'title' && this.meta.title === null) this.meta.title = text;
    else if (role === 'subtitle' && this.meta.subtitle === null) this.meta.subtitle = text;
    else this.sink.info('odf-title-page', line, `"${text}" on the title page read as the header, not story`);
  }

  /** A paragraph's content; text boxes anchored in it go to `after`, as the paragraphs they are. */
  private inlines(nodes: readonly XmlChild[], line: number, after: MdBlock[], style?: OdfStyle[]): Inline[] {
    const out: Inline[] = [];
    const text = (value: string): void => {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += value;
      else if (value !== '') out.push({ type: 'text', value });
    };
    for (const c of nodes) {
      if (typeof c === 'string') {
        // ODF collapses white space in text; only `text:s` and `text:tab` stand for spaces as written.
        text(c.replace(/\s+/g, ' '));
        continue;
      }
      if (LEFT_OUT.test(c.name)) {
        if (!/^text:(?:soft-page-break|bookmark|reference-mark|change|toc-mark)/.test(c.name)) this.leave(c.line);
        continue;
      }
      switch (c.name) {
        case 'text:s':
          text(' '.repeat(Math.max(1, Math.min(100, Number(c.attrs['text:c'] ?? 1) || 1))));
          break;
        case 'text:tab':
          text(' ');
          break;
        case 'text:number':
          // The number a numbered heading or list item was shown with, cached by the writer: a word of its own.
          text(`${textOf(c)} `);
          break;
        case 'text:line-break':
          out.push({ type: 'break' });
          break;
        case 'text:note':
          this.footnote(c, line);
          break;
        case 'draw:frame':
          this.blocks(c.children, after);
          break;
        case 'text:ruby':
          for (const n of this.inlines(childNamed(c, 'text:ruby-base')?.children ?? [], line, after)) n.type === 'text' ? text(n.value) : out.push(n);
          break;
        case 'text:span': {
          const chain = this.chain(c.attrs['text:style-name']);
          const inner = this.inlines(c.children, line, after, chain);
          const em = chain.some((s) => s.italic || s.name === 'Emphasis') && !(style ?? []).some((s) => s.italic);
          const strong = chain.some((s) => s.bold || s.name === 'Strong_20_Emphasis') && !(style ?? []).some((s) => s.bold);
          let node: Inline[] = inner;
          if (strong && inner.length > 0) node = [{ type: 'strong', children: node }];
          if (em && inner.length > 0) node = [{ type: 'emphasis', children: node }];
          for (const n of node) n.type === 'text' ? text(n.value) : out.push(n);
          break;
        }
        default:
          // Links, fields (a date, a page number) and other wrappers: their words in place.
          for (const n of this.inlines(c.children, line, after, style)) n.type === 'text' ? text(n.value) : out.push(n);
      }
    }
    return out;
  }

  /** A `text:note`: its citation (the number the text shows) and its body, set after the chapter that cites it. */
  private footnote(el: XmlElement, line: number): void {
    const marker = textOf(childNamed(el, 'text:note-citation'));
    const body: MdBlock[] = [];
    this.blocks(childNamed(el, 'text:note-body')?.children ?? [], body);
    // A footnote that opens with a label (`Note: …`) is read as a note; its paragraphs are the footnote's all the same.
    const children = body.flatMap((b): Paragraph[] => (b.type === 'paragraph' ? [b] : b.type === 'note' ? b.children : []));
    if (children.length === 0) return;
    const label = el.attrs['text:note-class'] === 'endnote' ? 'Endnote' : 'Footnote';
    this.footnotes.push({ note: { type: 'note', label, place: 'inline', children, position: at(el.line) }, ref: { line, marker } });
  }
}
