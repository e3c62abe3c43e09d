import type { DiagnosticSink } from '../../diagnostics.js';
import type { Inline, StoryMeta } from '../../model.js';
import { classify } from '../html/hast-blocks.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at, labelledNote } from '../markup/markup-blocks.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchFieldLine, metaOfKey } from '../rules/fields.js';
import { emptyMeta } from '../section-blocks.js';
import { isElement, type XmlChild, type XmlElement } from '../xml/xml-tree.js';
import { htmlBlocks, noteOrParagraph, plainBlocks, wikitextBlocks } from './embedded-text.js';
import { readingOrder } from './reading-order.js';
import { AUTHOR_NAME, BREAK_ATTRIBUTE, COLOPHON_CLASS, CONTENTS_CLASS, NOT_TEXT_ROLE, DELETED_REVISION, dialectOf, FILE_NAME_TITLE, HEADING_STYLE, localName, METADATA_KEY, NOT_STORY_SECTION, PAGE_FURNITURE_TYPE, PART_TYPE, THROUGH_SECTION, xmlEntry, type XmlEntry, type XmlRole } from './xml-vocabulary.js';

/** A leaf of this many words, or ending a sentence, is prose whatever its element is named. */
const PROSE_WORDS = 8;

interface Context {
  /** Depth of the next heading: one more than the sections around. */
  depth: number;
  /** The heading of the section being read, set by its `title`/`head` child. */
  section: { heading: string | null } | null;
  header: boolean;
}

/** Roles that stand inside a paragraph's text. */
const INLINE: ReadonlySet<XmlRole> = new Set(['em', 'strong', 'lineBreak', 'footnote']);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A structured XML document to the blocks and metadata the Markdown sectioning reads: each element's role comes
 * from the vocabulary (xml-vocabulary.ts); sections become headings by depth (parts marked as such), paragraphs
 * keep their emphasis, labelled paragraphs and note-titled sections become notes, embedded HTML and wikitext go
 * to their own readers. An element no table names is walked when it holds elements, read as a paragraph when it
 * holds prose, and left out as data when it holds a few words.
 */
export class XmlBlocks {
  readonly meta: StoryMeta = emptyMeta();
  readonly blocks: MdBlock[] = [];
  /** Every HTML value read (an ENEX note's `content`), with the line it starts on: one alone is a whole page. */
  readonly htmls: { html: string; line: number }[] = [];
  private readonly dialect;
  private data = { count: 0, line: 0 };
  private footnotes = { count: 0, line: 0 };
  private captions = { count: 0, line: 0 };
  /** Notes made of a whole section, with the heading and paragraphs they were made of. */
  private readonly sectionNotes = new Map<MdBlock, MdBlock[]>();

  constructor(root: XmlElement, private readonly sink: DiagnosticSink) {
    this.dialect = dialectOf(root.name);
    this.walkChildren(root, { depth: 1, section: null, header: false }, this.blocks);
    this.unwrapWork();
    this.closingSections();
    if (this.captions.count > 0) sink.info('xml-caption-role', this.captions.line, `left out ${this.captions.count} caption(s) whose role is the programme's (spoken titles, music, sounds, credits): not story text`);
    if (this.data.count > 0) sink.info('xml-data', this.data.line, `left out ${this.data.count} data element${this.data.count === 1 ? '' : 's'} (identifiers, dates, links, counts): not story text`);
    if (this.footnotes.count > 0) sink.info('xml-footnote', this.footnotes.line, `left out ${this.footnotes.count} footnote${this.footnotes.count === 1 ? '' : 's'}: not story text`);
  }

  /**
   * One section enclosing all the others (a notes app's tree under the story's node) is the work itself: its
   * name the title, its own lines the header, its sections the chapters.
   */
  private unwrapWork(): void {
    const top = this.blocks[0];
    const headings = this.blocks.filter((b) => b.type === 'mdHeading');
    if (top?.type !== 'mdHeading' || headings.length < 2 || !headings.slice(1).every((h) => h.depth > top.depth) || this.meta.title !== null) return;
    this.meta.title = top.text;
    this.sink.info('xml-work-section', top.position.start.line, `the section "${top.text}" holds every other: the work, its name the title`);
    this.blocks.splice(0, this.blocks.length, ...this.shallower(this.blocks.slice(1)));
  }

  /**
   * Notes made of whole sections after the last chapter (an afterword of the author's, DTBook's back matter) stay
   * sections, so that the sectioning reads them as the story's closing notes, not the last chapter's.
   */
  private closingSections(): void {
    let k = this.blocks.length;
    while (k > 0 && this.sectionNotes.has(this.blocks[k - 1]!)) k--;
    if (k === this.blocks.length || !this.blocks.slice(0, k).some((b) => b.type === 'mdHeading')) return;
    const closing = this.blocks.splice(k).flatMap((n) => this.sectionNotes.get(n)!);
    const depth = Math.min(...this.blocks.filter((b) => b.type === 'mdHeading').map((h) => h.depth));
    this.blocks.push(...closing.map((b) => (b.type === 'mdHeading' ? { ...b, depth } : b)));
  }

  get dialectName(): string {
    return this.dialect.name;
  }

  /** Children in order; text standing loose among them (with its emphasis) is a paragraph, so no word is lost. */
  private walkChildren(el: XmlElement, ctx: Context, out: MdBlock[]): void {
    let run: XmlChild[] = [];
    let textRuns: XmlElement[] = [];
    const flush = (): void => {
      if (!ctx.header && run.some((c) => typeof c !== 'string' || c.trim() !== '')) this.paragraph(run, {}, run.find(isElement)?.line ?? el.line, out);
      run = [];
      this.textLines(textRuns, ctx, out);
      textRuns = [];
    };
    const isSection = (c: XmlElement): boolean => xmlEntry(this.dialect, c.name)?.role === 'section';
    for (const c of readingOrder(el.children, isSection, this.sink)) {
      if (isElement(c) && xmlEntry(this.dialect, c.name)?.role === 'textRun') {
        textRuns.push(c);
        continue;
      }
      if (typeof c === 'string' && c.trim() === '' && textRuns.length > 0) continue;
      if (!isElement(c) || INLINE.has(xmlEntry(this.dialect, c.name)?.role ?? 'ignored')) {
        run.push(c);
        continue;
      }
      flush();
      this.element(c, ctx, out);
    }
    flush();
  }

  /**
   * Runs of text in a row as the plain text they make, each line a paragraph: a struck-out run left out, a
   * heading-sized run repeating its section's name dropped, and a run coloured apart that is a bracketed line
   * alone (`(check: which river?)`) the writer's memo to self.
   */
  private textLines(runs: readonly XmlElement[], ctx: Context, out: MdBlock[]): void {
    if (runs.length === 0) return;
    let text = '';
    let memos = 0;
    for (const r of runs) {
      const t = this.rawText(r);
      if (/^true$/i.test(r.attrs.strikethrough ?? '')) continue;
      if (r.attrs.scale !== undefined && /^h\d$/.test(r.attrs.scale) && t.trim() === ctx.section?.heading) continue;
      if ((r.attrs.foreground ?? r.attrs.background ?? '') !== '' && /^\s*[(\[][^()[\]\n]*[)\]]\s*$/u.test(t)) {
        memos++;
        continue;
      }
      text += t;
    }
    if (memos > 0) this.sink.info('xml-memo', runs[0]!.line, `${memos} bracketed line(s) set in a colour of their own read as the writer's memo, not story`);
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t === '') continue;
      const block = classify([{ type: 'text', value: t }], at(runs[0]!.line));
      out.push(block.type === 'paragraph' ? noteOrParagraph(block, this.sink) : block);
    }
  }

  private element(el: XmlElement, ctx: Context, out: MdBlock[]): void {
    if (PAGE_FURNITURE_TYPE.test(el.attrs.type ?? '')) return void this.sink.info('xml-page-furniture', el.line, `the page's running ${el.attrs.type} left out: not story text`);
    if (ctx.header && this.keyedEntry(el)) return;
    // A TTML agent named by its part (`<ttm:agent xml:id="autora">`): the author's when its name says so, the narrator's not.
    if (ctx.header && localName(el.name) === 'agent' && metaOfKey(el.attrs['xml:id'] ?? '') === 'author') {
      this.meta.author ??= this.plainText(el) || null;
      return;
    }
    if (CONTENTS_CLASS.test(el.attrs.class ?? '')) return void this.sink.info('xml-contents', el.line, "the book's contents list left out: the chapters make their own");
    if (COLOPHON_CLASS.test(el.attrs.class ?? '')) return this.colophon(el);
    if (NOT_TEXT_ROLE.test(el.attrs['ttm:role'] ?? '')) return void this.noteCaption(el.line);
    const entry = xmlEntry(this.dialect, el.name) ?? this.byShape(el, ctx);
    const text = (): string => this.plainText(el);
    switch (entry.role) {
      case 'header':
        return this.walkChildren(el, { ...ctx, header: true }, out);
      case 'title':
      case 'heading': {
        const t = text();
        if (ctx.section !== null) ctx.section.heading ??= t;
        else if (entry.role === 'title' && t !== '' && this.meta.title === null) this.meta.title = this.workTitle(t, el.line);
        return;
      }
      case 'subtitle':
        if (ctx.section === null) this.meta.subtitle ??= text() || null;
        return;
      case 'author': {
        // An author given in parts (`<wp:author_login>`, `<wp:author_display_name>`) is named by the part that names.
        const named = el.children.find((c): c is XmlElement => isElement(c) && AUTHOR_NAME.test(localName(c.name)));
        const written = named ? this.plainText(named) : text();
        // Printed as a title page's by-line (`한서윤 지음`, `by Ann Lee`): the name in it.
        const name = matchByLine(written)?.author ?? written;
        if (this.meta.author === null && name !== '') this.meta.author = name;
        return;
      }
      case 'description':
        if (ctx.section === null) this.meta.description ??= text() || null;
        return;
      case 'section':
      case 'part':
        return this.section(el, entry, ctx, out);
      case 'paragraph':
        return this.paragraph(el.children, el.attrs, el.line, out, ctx.depth);
      case 'break':
        if (localName(el.name) === 'milestone' && !/^(?:section|scene|)$/i.test(el.attrs.unit ?? '')) return;
        out.push({ type: 'sceneBreak', kind: 'hard', marker: el.attrs.rend ?? '* * *', label: null, position: at(el.line) });
        return;
      case 'html':
        // Atom's `type="xhtml"` content is elements, not escaped text: read as the XML it is.
        if (this.rawText(el).trim() === '' && el.children.some(isElement)) return this.walkChildren(el, ctx, out);
        this.htmls.push({ html: this.rawText(el), line: el.line });
        out.push(...htmlBlocks(this.rawText(el), el.line, this.sink));
        return;
      case 'wikitext': {
        const read = wikitextBlocks(this.rawText(el), el.line, this.sink);
        if (ctx.section !== null && read.section !== null) ctx.section.heading = read.section;
        if (read.meta.title !== null && this.meta.title === null) this.meta.title = read.meta.title;
        if (read.meta.author !== null && this.meta.author === null) this.meta.author = read.meta.author;
        Object.assign(this.meta.fields, read.meta.fields);
        out.push(...read.blocks);
        return;
      }
      case 'through':
        return this.walkChildren(el, ctx, out);
      case 'ignored':
        return;
    }
  }

  /** An element no table names: a container is walked, prose is a paragraph, a few words are a field in a header and data elsewhere. */
  private byShape(el: XmlElement, ctx: Context): XmlEntry {
    const own = el.children.filter((c): c is string => typeof c === 'string').join('').trim();
    if (own === '' && el.children.some(isElement)) return { role: 'through' };
    const t = this.plainText(el);
    if (t.split(/\s+/).length >= PROSE_WORDS || /[.!?…]["'”’»]?$/u.test(t)) return { role: 'paragraph' };
    if (ctx.header && t !== '') this.meta.fields[el.name.replace(/^.*:/, '')] ??= t;
    else if (t !== '') this.noteData(el.line);
    return { role: 'ignored' };
  }

  /**
   * A metadata entry named by its key (`<m key="dc.creator">Lucía Ferrero</m>`): the work's author or title by
   * Dublin Core's names, any other key the tool's data (dates, format, generator). A title that is the file's name
   * is the document's, not the work's. False when the element carries no key.
   */
  private keyedEntry(el: XmlElement): boolean {
    const key = el.attrs.key ?? el.attrs.name ?? el.attrs.property;
    if (key === undefined || !METADATA_KEY.test(key)) return false;
    const name = key.replace(METADATA_KEY, '').toLowerCase();
    const value = el.attrs.content ?? this.plainText(el);
    if ((name === 'creator' || name === 'author') && value !== '') this.meta.author ??= value;
    else if (name === 'title' && value !== '' && !FILE_NAME_TITLE.test(value)) this.meta.title ??= value;
    else if (name === 'description' && value !== '') this.meta.description ??= value;
    else this.noteData(el.line);
    return true;
  }

  /** A colophon (the printed book's publisher and dates, a reproduction notice): its labelled lines are fields, the rest the publisher's. */
  private colophon(el: XmlElement): void {
    let left = 0;
    const visit = (e: XmlElement): void => {
      for (const c of e.children) {
        if (!isElement(c)) continue;
        if (xmlEntry(this.dialect, c.name)?.role !== 'paragraph') {
          visit(c);
          continue;
        }
        const field = matchFieldLine(this.plainText(c));
        if (field && field.value !== '') this.meta.fields[field.key] ??= field.value;
        else left++;
      }
    };
    visit(el);
    this.sink.info('xml-colophon', el.line, `the colophon's labelled lines read as fields${left > 0 ? `, ${left} other paragraph(s) of it (the publisher's notices) left out` : ''}`);
  }

  /** A caption that is the programme's (its spoken title, music, a sound), counted for one diagnostic. */
  private noteCaption(line: number): void {
    if (this.captions.count++ === 0) this.captions.line = line;
  }

  private noteData(line: number): void {
    if (this.data.count++ === 0) this.data.line = line;
  }

  private footnote(line: number): void {
    if (this.footnotes.count++ === 0) this.footnotes.line = line;
  }

  /** The work's title without what the dialect says trails it (`: edizione digitale`, ` – Site name`). */
  private workTitle(t: string, line: number): string {
    const tail = this.dialect.titleTail;
    const cut = tail ? t.replace(tail, '').trim() : t;
    if (cut !== t && cut !== '') {
      this.sink.info('xml-title-tail', line, `"${t.slice(cut.length).trim()}" after the title is the edition's or the site's, not the work's`);
      return cut;
    }
    return t;
  }

  private section(el: XmlElement, entry: XmlEntry, ctx: Context, out: MdBlock[]): void {
    const section = { heading: entry.heading !== undefined ? collapse(el.attrs[entry.heading] ?? '') || null : null };
    const inner: MdBlock[] = [];
    const innerCtx: Context = { depth: ctx.depth + 1, section, header: false };
    if (entry.body !== undefined && el.attrs[entry.body] !== undefined) inner.push(...plainBlocks(el.attrs[entry.body]!, el.line, this.sink));
    this.walkChildren(el, innerCtx, inner);
    const heading = section.heading;
    if (heading !== null && NOT_STORY_SECTION.test(heading)) {
      this.sink.info('xml-not-story', el.line, `the "${heading}" folder is the writer's material, not the story: left out`);
      return;
    }
    if (heading !== null && THROUGH_SECTION.test(heading)) {
      this.sink.info('xml-draft-folder', el.line, `the "${heading}" folder only holds the story: its sections read as the story's`);
      out.push(...this.shallower(inner));
      return;
    }
    const paragraphs = inner.filter((b) => b.type === 'paragraph');
    const note = heading !== null && paragraphs.length === inner.length ? labelledNote(heading, paragraphs, el.line, el.line, `section "${heading}"`, this.sink) : null;
    if (note) {
      this.sectionNotes.set(note, [{ type: 'mdHeading', depth: ctx.depth, text: heading!, position: at(el.line) }, ...paragraphs]);
      return void out.push(note);
    }
    // A section with no text of its own and none below (a wiki's contents page) heads nothing.
    if (heading === null || !inner.some((b) => b.type === 'paragraph' || b.type === 'mdHeading')) {
      if (heading !== null) this.sink.info('xml-empty-section', el.line, `section "${heading}" holds no story text: its heading left out`);
      out.push(...inner);
      return;
    }
    const part = entry.role === 'part' || PART_TYPE.test(el.attrs.type ?? '');
    out.push({ type: 'mdHeading', depth: ctx.depth, text: heading, position: at(el.line), ...(part ? { part: true } : {}) });
    out.push(...inner);
  }

  /** A folder's blocks read one level up, as if the folder were not there. */
  private shallower(blocks: readonly MdBlock[]): MdBlock[] {
    return blocks.map((b) => (b.type === 'mdHeading' ? { ...b, depth: Math.max(1, b.depth - 1) } : b));
  }

  private paragraph(nodes: readonly XmlChild[], attrs: XmlElement['attrs'], line: number, out: MdBlock[], depth = 1): void {
    const children = trimInlines(this.inlines(nodes));
    if (children.length === 0) return;
    const position = at(line);
    // A word processor's paragraph styled as a heading (AbiWord's `style="Heading 1"`) is one, at its level.
    const styled = HEADING_STYLE.exec(attrs.style ?? attrs.class ?? '');
    if (styled) return void out.push({ type: 'mdHeading', depth: depth + Number(styled[1]) - 1, text: collapse(inlineText(children)), position });
    const marked = [attrs.role, attrs.type, attrs.rend, attrs.class].some((v) => v !== undefined && BREAK_ATTRIBUTE.test(v));
    if (marked) return void out.push({ type: 'sceneBreak', kind: 'hard', marker: collapse(inlineText(children)) || '* * *', label: null, position });
    const block = classify(children, position);
    out.push(block.type === 'paragraph' ? noteOrParagraph(block, this.sink) : block);
  }

  /** A paragraph's content: emphasis kept, line breaks as breaks, footnotes out, every other element's text in place. */
  private inlines(nodes: readonly XmlChild[]): Inline[] {
    const out: Inline[] = [];
    for (const c of nodes) {
      if (typeof c === 'string') {
        const value = c.replace(/\s+/g, ' ');
        const last = out[out.length - 1];
        if (last?.type === 'text') last.value += value;
        else out.push({ type: 'text', value });
        continue;
      }
      const role = xmlEntry(this.dialect, c.name)?.role;
      if (DELETED_REVISION.test(c.attrs.revision ?? c.attrs['ct:type'] ?? '')) continue;
      if (role === 'footnote') this.footnote(c.line);
      else if (role === 'lineBreak') out.push({ type: 'break' });
      else if (role === 'em' || role === 'strong') out.push({ type: role === 'em' ? 'emphasis' : 'strong', children: this.inlines(c.children) });
      else if (role !== 'ignored') {
        for (const n of this.inlines(c.children)) {
          const last = out[out.length - 1];
          if (n.type === 'text' && last?.type === 'text') last.value += n.value;
          else out.push(n);
        }
      }
    }
    return out;
  }

  /** An element's words, footnotes and ignored children (an author's e-mail) left out, line breaks as spaces. */
  private plainText(el: XmlElement): string {
    const parts: string[] = [];
    const visit = (n: XmlChild): void => {
      if (typeof n === 'string') return void parts.push(n);
      const role = xmlEntry(this.dialect, n.name)?.role;
      if (n !== el && (role === 'ignored' || role === 'footnote')) return;
      if (role === 'lineBreak') parts.push(' ');
      // Neighbouring elements (`<firstname>`, `<surname>`) are separate words; emphasis is inside one.
      const gap = role === 'em' || role === 'strong' ? '' : ' ';
      parts.push(gap);
      for (const k of n.children) visit(k);
      parts.push(gap);
    };
    for (const k of el.children) visit(k);
    return collapse(parts.join(''));
  }

  /** The text an element holds as written (HTML in CDATA, wikitext), untouched. */
  private rawText(el: XmlElement): string {
    return el.children.filter((c): c is string => typeof c === 'string').join('');
  }
}

/** White space at a paragraph's edges is the source's indentation, not text. */
export function trimInlines(list: Inline[]): Inline[] {
  const first = list[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = list[list.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return list.filter((n) => n.type !== 'text' || n.value !== '');
}
