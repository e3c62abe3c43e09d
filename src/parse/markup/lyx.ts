import type { DiagnosticSink } from '../../diagnostics.js';
import { isSceneBreak } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { commandRole } from './command-vocabulary.js';
import { BlockCollector, BREAK, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

type LayoutRole = 'title' | 'subtitle' | 'author' | 'date' | 'abstract' | 'part' | 'chapter' | 'section' | 'subsection' | 'break' | 'text';

/** LyX's layouts (of the book, report, article, memoir and KOMA classes) by what they hold; `*` variants are unnumbered. */
const LAYOUTS: Readonly<Record<string, LayoutRole>> = {
  Title: 'title', Subtitle: 'subtitle', Author: 'author', Date: 'date', Abstract: 'abstract', Publishers: 'date',
  Part: 'part', Chapter: 'chapter', Addchap: 'chapter', Section: 'section', Addsec: 'section',
  Subsection: 'subsection', Subsubsection: 'subsection', Paragraph: 'subsection', Subparagraph: 'subsection',
  Standard: 'text', 'Plain Layout': 'text', Quote: 'text', Quotation: 'text', Verse: 'text', Itemize: 'text', Enumerate: 'text',
  Description: 'text', List: 'text', 'LyX-Code': 'text', Dedication: 'text', Epigraph: 'text', Bibliography: 'text',
};

/** Insets whose text runs on inside the paragraph around them (character styles, table cells, boxes, phantoms). */
const INLINE_INSETS = /^(?:Flex|Text|Box|Phantom|Argument|Wrap|Float|Branch|Tabular|Foot|Marginal)\b/;
/** Insets with no words of the story: raw TeX, graphics, cross-references, indexes, the table of contents. */
const DROPPED_INSETS = /^(?:ERT|Graphics|CommandInset|Index|Include|External|Formula|Preview|Info|VSpace|Line|IPA|listings|Caption|label)\b/;
/** `\begin_inset Quotes eld`: the style letter, then left/right, then single/double, as the characters they print. */
const QUOTE_STYLES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  e: ['“', '”', '‘', '’'], s: ['”', '”', '’', '’'], g: ['„', '“', '‚', '‘'], p: ['„', '”', '‚', '’'], f: ['«', '»', '‹', '›'], a: ['»', '«', '›', '‹'],
  q: ['“', '”', '‘', '’'], c: ['「', '」', '『', '』'], r: ['«', '»', '„', '“'], x: ['«', '»', '‹', '›'], j: ['「', '」', '『', '』'], b: ['„', '“', '‚', '‘'], w: ['„', '”', '‚', '’'], t: ['”', '”', '’', '’'], h: ['„', '”', '‚', '’'],
};
/** Font switches written as properties on a line of their own, as the emphasis they open or close. */
type Mark = { readonly open: string; readonly close: string };
const FONT: Readonly<Record<string, { mark: Mark; on: RegExp }>> = {
  emph: { mark: EM, on: /^on$/ },
  shape: { mark: EM, on: /^(?:italic|slanted)$/ },
  series: { mark: STRONG, on: /^bold$/ },
};

/** The first line of every LyX file, and the lines of its document structure. */
export const LYX_SIGN = /^#LyX \d+\.\d+ created this file/;

interface Layout {
  name: string;
  line: number;
  text: string;
  /** Inside a character-style inset: its words join the paragraph of the layout below. */
  merge: boolean;
  /** Insets open when it began: a line under an inset opened since, before that inset's own layout, is the inset's setting (`status open`). */
  insets: number;
}

/**
 * A LyX document (`.lyx`): its header of settings dropped, `Title`/`Author`
 * layouts as metadata, `Part`/`Chapter`/`Section` layouts as headings,
 * the other layouts as paragraphs (a lone `* * *` a scene break), `\emph`,
 * `\shape` and `\series` switches as emphasis, `Quotes` insets as the
 * quotation marks they print, `Newline` insets as line breaks, a `Note`
 * inset as a note when labelled (unprinted otherwise, so dropped), and
 * insets of raw TeX, graphics or references dropped with a diagnostic.
 */
export function readLyx(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const lines = text.split('\n');
  const chapters = lines.some((l) => /^\\begin_layout (?:Chapter|Addchap)\*?\s*$/.test(l));
  const depth = chapters
    ? { part: 1, chapter: 2, section: 4, subsection: 5 }
    : { part: 1, chapter: 2, section: 2, subsection: 4 };
  const targets: { collector: BlockCollector; line: number }[] = [{ collector: new BlockCollector(sink, (t) => t), line: 1 }];
  const target = (): BlockCollector => targets[targets.length - 1]!.collector;
  const layouts: Layout[] = [];
  /** Per open inset: 'inline' (its words join the paragraph), 'note' (a collector pushed), 'quote' (no content). */
  const insets: ('inline' | 'note' | 'quote')[] = [];
  const open = new Set<Mark>();
  const closeFonts = (): string => [...open].map((m) => m.close).join('');

  const finishLayout = (layout: Layout, n: number): void => {
    const marked = layout.text + closeFonts();
    open.clear();
    if (layout.merge) {
      const below = layouts[layouts.length - 1];
      if (below) below.text += marked;
      return;
    }
    const plain = unmark(marked);
    const base = layout.name.replace(/\*$/, '');
    const command = commandRole(base, true);
    const role: LayoutRole = LAYOUTS[base] ?? (command === 'chapter' || command === 'part' || command === 'section' || command === 'title' || command === 'subtitle' || command === 'author' || command === 'break' ? command : 'text');
    if (plain === '' && role !== 'break') return;
    if (role === 'title' || role === 'subtitle' || role === 'author') {
      if (meta[role] === null) meta[role] = plain;
      else if (role === 'author') meta.author = `${meta.author}, ${plain}`;
    } else if (role === 'date' || role === 'abstract') {
      setHeaderField(meta, role === 'date' ? 'Date' : 'Abstract', plain);
    } else if (role === 'part' || role === 'chapter' || role === 'section' || role === 'subsection') {
      target().heading(depth[role], marked, layout.line);
    } else if (role === 'break' || isSceneBreak(plain)) {
      target().sceneBreak(plain || layout.name, layout.line);
    } else {
      target().line(marked, layout.line);
      target().end();
    }
    if (!(base in LAYOUTS) && command === null) sink.info('lyx-layout', layout.line, `layout ${layout.name} read as a paragraph`, { endLine: n });
  };

  let skip = 0;
  let skipFrom = 0;
  let inBody = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    if (skip > 0) {
      if (/^\\begin_inset\b/.test(raw)) skip++;
      else if (/^\\end_inset\b/.test(raw) && --skip === 0) continue;
      continue;
    }
    if (!inBody) {
      if (raw === '\\begin_body') {
        inBody = true;
        if (n > 1) sink.info('lyx-header', 1, 'the LyX header is settings, not story; dropped', { endLine: n });
      }
      continue;
    }
    if (raw === '\\end_body') break;
    const layout = layouts[layouts.length - 1];
    const begin = /^\\begin_layout (.+)$/.exec(raw);
    if (begin) {
      const merge = insets[insets.length - 1] === 'inline' && layout !== undefined;
      // A second paragraph inside a character style starts a line of its own.
      if (merge && layout.text !== '' && !/\s$/.test(layout.text)) layout.text += ' ';
      layouts.push({ name: begin[1]!.trim(), line: n + 1, text: '', merge, insets: insets.length });
      continue;
    }
    if (raw === '\\end_layout') {
      const done = layouts.pop();
      if (done) finishLayout(done, n);
      continue;
    }
    const inset = /^\\begin_inset (.+)$/.exec(raw);
    if (inset) {
      const kind = inset[1]!.trim();
      const quote = /^Quotes ([a-z])([lr])([sd])/.exec(kind);
      if (quote) {
        const marks = QUOTE_STYLES[quote[1]!] ?? QUOTE_STYLES.e!;
        if (layout) layout.text += marks[(quote[2] === 'l' ? 0 : 1) + (quote[3] === 's' ? 2 : 0)];
        insets.push('quote');
      } else if (/^Newline\b/.test(kind)) {
        if (layout) layout.text += BREAK;
        insets.push('quote');
      } else if (/^space\b/.test(kind)) {
        if (layout) layout.text += ' ';
        insets.push('quote');
      } else if (/^Note\b/.test(kind)) {
        targets.push({ collector: new BlockCollector(sink, (t) => t, true), line: n });
        insets.push('note');
      } else if (INLINE_INSETS.test(kind) && !DROPPED_INSETS.test(kind)) {
        insets.push('inline');
      } else {
        sink.info('lyx-inset', n, `${kind.split(/\s/)[0]} inset dropped: no words of the story`);
        skip = 1;
        skipFrom = n;
      }
      continue;
    }
    if (raw === '\\end_inset') {
      const kind = insets.pop();
      if (kind === 'note' && targets.length > 1) {
        const { collector, line } = targets.pop()!;
        collector.end();
        const first = collector.blocks.find((b) => b.type === 'paragraph');
        const labelled = first !== undefined && first.type === 'paragraph' && matchNoteLabel(first.children.map((c) => ('value' in c ? c.value : '')).join('')) !== null;
        // A Note inset is never printed: it is the author's note when it says so, else a memo left out.
        if (labelled) target().container(null, collector, line, n, 'LyX Note inset');
        else sink.info('lyx-note', line, 'unlabelled Note inset (not printed) dropped', { endLine: n });
      }
      continue;
    }
    if (raw.startsWith('\\')) {
      const property = /^\\(\w+)(?: (.*))?$/.exec(raw);
      const font = property ? FONT[property[1]!] : undefined;
      if (font && layout) {
        const on = font.on.test(property![2] ?? '');
        if (on && !open.has(font.mark)) {
          open.add(font.mark);
          layout.text += font.mark.open;
        } else if (!on && open.has(font.mark)) {
          open.delete(font.mark);
          layout.text += font.mark.close;
        }
      } else if (property?.[1] === 'backslash' && layout) {
        layout.text += '\\';
      }
      // Every other property (`\align`, `\lang`, `\size`, `\noindent`) sets the look, never words.
      continue;
    }
    // Text lines: LyX wraps a paragraph at spaces and keeps the space, so its lines join as they stand.
    if (layout && layout.insets === insets.length) layout.text += raw;
  }
  if (skip > 0) sink.info('lyx-inset', skipFrom, 'inset not closed before the end of the file');
  target().end();
  return { meta, blocks: targets[0]!.collector.blocks };
}
