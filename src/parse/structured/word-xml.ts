import type { DiagnosticSink } from '../../diagnostics.js';
import type { Inline, Paragraph, StoryMeta } from '../../model.js';
import { classify } from '../html/hast-blocks.js';
import type { Footnote } from '../html/footnotes.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at } from '../markup/markup-blocks.js';
import { matchByLine } from '../rules/header-labels.js';
import { emptyMeta } from '../section-blocks.js';
import { attrOf, childNamed, childrenNamed, textOf, type XmlChild, type XmlElement } from '../xml/xml-tree.js';
import { noteOrParagraph } from './embedded-text.js';
import { trimInlines } from './xml-blocks.js';

/**
 * A Word document saved as XML: Word 2003's "XML Document" (`w:wordDocument`, one file), Word 2007's flat
 * package (`pkg:package`, the parts of a `.docx` in one file) or a `.docx`'s own `word/document.xml`. The words
 * live in `w:t` elements inside runs (`w:r`), often split mid-word by spelling marks and formatting; what a
 * paragraph is lives in its style: Title and Subtitle (or styles based on them) make the title page, a heading
 * style or outline level a heading, a run's `w:i`/`w:b` (or its character style's) emphasis. Footnotes (inline
 * in 2003, a separate part later) go after their chapter. Not story: the section's running heads and feet,
 * deleted text, field codes, reviewers' comments. The document's properties are the software's (Word fills in
 * the account's name as the author), so only the title is taken from them, and only when the page has none.
 */

interface WordStyle {
  name: string;
  parent: string | null;
  italic: boolean;
  bold: boolean;
  outline: number | null;
}

export interface WordRead {
  meta: StoryMeta;
  blocks: MdBlock[];
  footnotes: Footnote[];
}

/** A Word XML document's body, its styles and its separate footnotes, or null when the root is no Word document. */
export function wordParts(root: XmlElement): { body: XmlElement; styles: XmlElement | undefined; notes: XmlElement | undefined; title: string } | null {
  if (root.name === 'w:wordDocument') {
    const body = childNamed(root, 'w:body');
    return body ? { body, styles: childNamed(root, 'w:styles'), notes: undefined, title: textOf(childNamed(childNamed(root, 'o:DocumentProperties'), 'o:Title')) } : null;
  }
  if (root.name === 'w:document') {
    const body = childNamed(root, 'w:body');
    return body ? { body, styles: undefined, notes: undefined, title: '' } : null;
  }
  if (root.name !== 'pkg:package') return null;
  const part = (name: RegExp): XmlElement | undefined => {
    const p = childrenNamed(root, 'pkg:part').find((x) => name.test(x.attrs['pkg:name'] ?? ''));
    return childNamed(p, 'pkg:xmlData')?.children.find((c): c is XmlElement => typeof c !== 'string');
  };
  const body = childNamed(part(/\/word\/document\.xml$/), 'w:body');
  if (!body) return null;
  return { body, styles: part(/\/word\/styles\.xml$/), notes: part(/\/word\/footnotes\.xml$/), title: textOf(childNamed(part(/\/docProps\/core\.xml$/), 'dc:title')) };
}

/** Elements holding no words of the story: the section's settings with its running heads, deletions, field codes, marks. */
const LEFT_OUT = /^(?:w:(?:pPr|rPr|sectPr|proofErr|permStart|permEnd|bookmarkStart|bookmarkEnd|del|delText|delInstrText|instrText|fldChar|footnoteRef|endnoteRef|annotationRef|commentRangeStart|commentRangeEnd|commentReference|lastRenderedPageBreak|softHyphen|noBreakHyphen|sym|object|pict|drawing)|aml:annotation|wx:pBdrGroup|v:.*|o:.*)$/;
const OFF = /^(?:0|false|off|none)$/;
const HEADING_NAME = /^heading\s*(\d)$/i;
const TITLE_NAMES: Readonly<Record<string, 'title' | 'subtitle'>> = { title: 'title', subtitle: 'subtitle' };

export function readWordXml(parts: NonNullable<ReturnType<typeof wordParts>>, sink: DiagnosticSink): WordRead {
  return new WordXml(parts, sink).read();
}

class WordXml {
  readonly meta: StoryMeta = emptyMeta();
  private readonly styles = new Map<string, WordStyle>();
  private readonly separate = new Map<string, XmlElement>();
  private readonly footnotes: Footnote[] = [];
  private titlePage = true;
  private left = { count: 0, line: 0 };

  constructor(
    private readonly parts: NonNullable<ReturnType<typeof wordParts>>,
    private readonly sink: DiagnosticSink,
  ) {
    for (const s of childrenNamed(parts.styles, 'w:style')) this.addStyle(s);
    for (const n of [...childrenNamed(parts.notes, 'w:footnote'), ...childrenNamed(parts.notes, 'w:endnote')]) this.separate.set(n.attrs['w:id'] ?? '', n);
  }

  read(): WordRead {
    const blocks: MdBlock[] = [];
    this.blocks(this.parts.body.children, blocks);
    if (this.meta.title === null && this.parts.title !== '') this.meta.title = this.parts.title;
    if (this.left.count > 0) this.sink.info('word-left-out', this.left.line, `${this.left.count} element(s) without story text left out (running heads, deletions, field codes, comments)`);
    return { meta: this.meta, blocks, footnotes: this.footnotes };
  }

  private addStyle(s: XmlElement): void {
    const on = (el: XmlElement | undefined): boolean => el !== undefined && !OFF.test(el.attrs['w:val'] ?? '');
    const rPr = childNamed(s, 'w:rPr');
    const level = childNamed(childNamed(s, 'w:pPr'), 'w:outlineLvl')?.attrs['w:val'];
    this.styles.set(s.attrs['w:styleId'] ?? '', {
      name: childNamed(s, 'w:name')?.attrs['w:val'] ?? s.attrs['w:styleId'] ?? '',
      parent: childNamed(s, 'w:basedOn')?.attrs['w:val'] ?? null,
      italic: on(childNamed(rPr, 'w:i')),
      bold: on(childNamed(rPr, 'w:b')),
      outline: level !== undefined && /^\d$/.test(level) && Number(level) < 9 ? Number(level) + 1 : null,
    });
  }

  /** A style and the styles it is based on, nearest first (a cycle in a damaged file ends the chain). */
  private chain(id: string | undefined): WordStyle[] {
    const out: WordStyle[] = [];
    for (let s = id === undefined ? undefined : this.styles.get(id); s !== undefined && !out.includes(s); s = s.parent === null ? undefined : this.styles.get(s.parent)) out.push(s);
    // A style the file does not define still says what it is by its id (`Heading1`, `Title`).
    if (out.length === 0 && id !== undefined) out.push({ name: id.replace(/^Heading(\d)$/, 'heading $1'), parent: null, italic: false, bold: false, outline: null });
    return out;
  }

  private leave(line: number): void {
    if (this.left.count++ === 0) this.left.line = line;
  }

  private blocks(children: readonly XmlChild[], out: MdBlock[]): void {
    for (const c of children) {
      if (typeof c === 'string') continue;
      if (LEFT_OUT.test(c.name) && !this.inserted(c)) {
        if (!/^w:(?:pPr|rPr|proofErr|bookmark)/.test(c.name)) this.leave(c.line);
        continue;
      }
      if (c.name === 'w:p') this.paragraph(c, out);
      // Sections, tables, content controls and inserted text hold paragraphs: each of theirs is read in order.
      else this.blocks(c.children, out);
    }
  }

  /** Word 2003's tracked insertion (`aml:annotation w:type="Word.Insertion"`) is text: its content is read. */
  private inserted(el: XmlElement): boolean {
    return el.name === 'aml:annotation' && /Insertion/.test(attrOf(el, 'type'));
  }

  private paragraph(el: XmlElement, out: MdBlock[]): void {
    const styles = this.chain(childNamed(childNamed(el, 'w:pPr'), 'w:pStyle')?.attrs['w:val']);
    const role = styles.map((s) => TITLE_NAMES[s.name.toLowerCase()]).find((r) => r !== undefined);
    const direct = childNamed(childNamed(el, 'w:pPr'), 'w:outlineLvl')?.attrs['w:val'];
    const outline = direct !== undefined && /^\d$/.test(direct) && Number(direct) < 9 ? Number(direct) + 1 : styles.map((s) => s.outline ?? Number(HEADING_NAME.exec(s.name)?.[1] ?? NaN)).find((n) => n !== null && !Number.isNaN(n));
    const after: MdBlock[] = [];
    const children = trimInlines(this.inlines(el.children, el.line, after, styles));
    const text = inlineText(children).replace(/\s+/g, ' ').trim();
    if (outline !== undefined && role === undefined && text !== '') {
      this.titlePage = false;
      out.push({ type: 'mdHeading', depth: outline, text, position: at(el.line) });
    } else if (role !== undefined && this.titlePage && text !== '') {
      this.titleLine(role, text, el.line);
    } else if (children.length > 0 && text !== '') {
      const block = classify(children, at(el.line));
      if (block.type === 'paragraph') this.titlePage = false;
      out.push(block.type === 'paragraph' ? noteOrParagraph(block, this.sink) : block);
    }
    out.push(...after);
  }

  /** A Title or Subtitle paragraph of the title page: the title as the reader sees it, a by-line as the author. */
  private titleLine(role: 'title' | 'subtitle', text: string, line: number): void {
    const by = matchByLine(text);
    if (by && role === 'subtitle') {
      this.meta.author = by.author;
      this.sink.info('word-byline', line, `the subtitle "${text}" is a by-line: read as the author`);
    } else if (role === 'title' && this.meta.title === null) this.meta.title = text;
    else if (role === 'subtitle' && this.meta.subtitle === null) this.meta.subtitle = text;
    else this.sink.info('word-title-page', line, `"${text}" on the title page read as the header, not story`);
  }

  /** A paragraph's runs as inlines; text boxes anchored in it go to `after`, as the paragraphs they are. */
  private inlines(nodes: readonly XmlChild[], line: number, after: MdBlock[], paragraph: WordStyle[]): Inline[] {
    const out: Inline[] = [];
    const push = (n: Inline): void => {
      const last = out[out.length - 1];
      if (n.type === 'text' && last?.type === 'text') last.value += n.value;
      else if ((n.type === 'emphasis' || n.type === 'strong') && last?.type === n.type) last.children.push(...n.children);
      else if (n.type !== 'text' || n.value !== '') out.push(n);
    };
    for (const c of nodes) {
      if (typeof c === 'string' || (LEFT_OUT.test(c.name) && !this.inserted(c))) {
        if (typeof c !== 'string' && /^w:(?:del|instrText|delText)$|^aml:annotation$/.test(c.name)) this.leave(c.line);
        continue;
      }
      if (c.name === 'w:r') this.run(c, line, after, paragraph).forEach(push);
      else if (c.name === 'w:txbxContent') this.blocks(c.children, after);
      // Links, smart tags, simple fields, content controls, insertions: their runs in place.
      else this.inlines(c.children, line, after, paragraph).forEach(push);
    }
    return out;
  }

  private run(r: XmlElement, line: number, after: MdBlock[], paragraph: WordStyle[]): Inline[] {
    const rPr = childNamed(r, 'w:rPr');
    if (childNamed(rPr, 'w:vanish')) return [];
    const chain = this.chain(childNamed(rPr, 'w:rStyle')?.attrs['w:val']);
    const flag = (name: 'w:i' | 'w:b', key: 'italic' | 'bold'): boolean => {
      const own = childNamed(rPr, name);
      return own !== undefined ? !OFF.test(own.attrs['w:val'] ?? '') : chain.some((s) => s[key]) && !paragraph.some((s) => s[key]);
    };
    const out: Inline[] = [];
    const text = (value: string): void => {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += value;
      else out.push({ type: 'text', value });
    };
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          text(c.children.filter((x): x is string => typeof x === 'string').join(''));
          break;
        case 'w:tab':
          text(' ');
          break;
        case 'w:br':
        case 'w:cr':
          // A page or column break ends nothing in the text; a line break is one.
          if (!/^(?:page|column)$/.test(c.attrs['w:type'] ?? '')) out.push({ type: 'break' });
          break;
        case 'w:footnote':
        case 'w:endnote':
          this.footnote(c, line, c.name === 'w:endnote');
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const note = this.separate.get(c.attrs['w:id'] ?? '');
          if (note) this.footnote(note, line, c.name === 'w:endnoteReference');
          break;
        }
        case 'w:pict':
        case 'w:drawing':
          for (const box of descendants(c, 'w:txbxContent')) this.blocks(box.children, after);
          break;
        default:
          if (/^w:(?:delText|instrText|delInstrText)$/.test(c.name)) this.leave(c.line);
      }
    }
    if (out.length === 0) return out;
    let node: Inline[] = out;
    if (flag('w:b', 'bold')) node = [{ type: 'strong', children: node }];
    if (flag('w:i', 'italic')) node = [{ type: 'emphasis', children: node }];
    return node;
  }

  /** A footnote: its body set after the chapter that cites it, its number the count so far (Word numbers them so). */
  private footnote(el: XmlElement, line: number, endnote: boolean): void {
    const body: MdBlock[] = [];
    const wasTitlePage = this.titlePage;
    this.blocks(el.children, body);
    this.titlePage = wasTitlePage;
    const children = body.flatMap((b): Paragraph[] => (b.type === 'paragraph' ? [b] : b.type === 'note' ? b.children : []));
    if (children.length === 0) return;
    const marker = String(this.footnotes.length + 1);
    this.footnotes.push({ note: { type: 'note', label: endnote ? 'Endnote' : 'Footnote', place: 'inline', children, position: at(el.line) }, ref: { line, marker } });
  }
}

/** Every element named `name` under `el`, in document order. */
function descendants(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) if (typeof c !== 'string') c.name === name ? found.push(c) : walk(c);
  };
  walk(el);
  return found;
}
