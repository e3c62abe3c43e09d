import type { DiagnosticSink } from '../../diagnostics.js';
import type { Note } from '../../model.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { emptyMeta } from '../section-blocks.js';
import { CONTEXT_SIGN, contextToLatex } from './context.js';
import { lineFinder } from './find-line.js';
import { latexInline } from './latex-inline.js';
import type { Footnote } from '../html/footnotes.js';
import { at, BlockCollector, BREAK, paragraphOf, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** Sectioning commands; `\section` is a chapter in a book without `\chapter`, a section heading under one. */
const SECTIONING = /^\\(part|chapter|section|subsection|subsubsection|addpart|addchap|addsec|QuickChapter)\*?\s*(?:\[[^\]]*\])?\s*\{/;
/** Unnumbered sectioning of KOMA-Script (`\addchap`) and the `novel` class (`\QuickChapter`), by the level they set. */
const UNNUMBERED: Readonly<Record<string, 'part' | 'chapter' | 'section'>> = { addpart: 'part', addchap: 'chapter', addsec: 'section', QuickChapter: 'chapter' };
/** Header commands, and the `novel` class's `\SetTitle`, `\SetSubtitle`, `\SetAuthor`. */
const HEADER = /^\\(?:Set(?=Title|Subtitle|Author))?(title|subtitle|author|date|keywords|Title|Subtitle|Author)\s*(?:\[[^\]]*\])?\s*\{/;
/** Environments that hold a chapter's heading (the `novel` class's `ChapterStart`): their title commands make it. */
const HEADING_ENVIRONMENTS = new Set(['ChapterStart']);
/** The `novel` class's heading commands inside such an environment: the chapter's label or title, then its title. */
const HEADING_PARTS = /\\(ChapterTitle|ChapterSubtitle)\s*(?:\[[^\]]*\])?\s*\{/g;
const BREAK_COMMAND = /^\\(fancybreak|plainbreak|pfbreak|scenebreak|sectionbreak|bigskip|dinkus|asterism|starbreak|fancybreak\*|plainbreak\*)\b/;
const BREAK_LINE = /^(?:\*\s*){3}$|^\\(?:ast|textasteriskcentered)(?:\s*\\(?:ast|textasteriskcentered))*$/;
const BEGIN = /^\\begin\{([\w*]+)\}/;
/** Environments whose body is prose (quotes, verse, centred lines): a note when labelled. */
const PROSE = new Set(['quote', 'quotation', 'verse', 'center', 'flushright', 'flushleft', 'minipage', 'small', 'footnotesize', 'itshape', 'em']);
const DROPPED = new Set(['comment', 'figure', 'table', 'tikzpicture', 'titlepage']);
/** Lines that only set up the page; dropped without a word. */
const LAYOUT = /^\\(?:maketitle|tableofcontents|listoffigures|frontmatter|mainmatter|backmatter|appendix|newpage|clearpage|cleardoublepage|pagebreak|noindent|medskip|smallskip|vfill|centering|raggedright|hfill|null|thispagestyle\{[^}]*\}|pagestyle\{[^}]*\}|vspace\*?\{[^}]*\}|label\{[^}]*\}|addcontentsline\{[^}]*\}\{[^}]*\}\{[^}]*\}|markboth\{[^}]*\}\{[^}]*\}|markright\{[^}]*\}|setcounter\{[^}]*\}\{[^}]*\}|addtocounter\{[^}]*\}\{[^}]*\}|page(?:\[[^\]]*\])?|blank(?:\[[^\]]*\])?|noindentation)(?:\s|$)/;

/** The text of the brace group starting at `from` (which is `{`) and the index after it, or null when it does not close. */
function argument(text: string, from: number): { value: string; end: number } | null {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { value: text.slice(from + 1, i), end: i + 1 };
  }
  return null;
}

/** `%` to the end of the line, unless escaped: LaTeX's comments. */
const stripComment = (line: string): string => line.replace(/(^|[^\\])%.*$/, '$1');

/**
 * A LaTeX manuscript: `\title`/`\author` (in the preamble or the body) as
 * metadata, `\part`, `\chapter`, `\section` as headings, `\fancybreak`,
 * `\plainbreak`, `\bigskip` and `* * *` as scene breaks, `quote` and
 * `verse` environments (notes when labelled), and inline LaTeX through
 * latex-inline.ts. Comments, the preamble and layout commands are dropped
 * with a diagnostic; an unknown command keeps its argument's words.
 */
export function readLatex(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const source = text.split('\n');
  const lines = source.some((l) => CONTEXT_SIGN.test(l)) ? contextToLatex(source, sink) : source;
  const find = lineFinder(lines);
  // A footnote is set apart, placed after the chapter that refers to it; its number stays in the text.
  const footnotes: Footnote[] = [];
  const inline = (t: string, n: number): string =>
    latexInline(t, sink, n, (marked) => {
      const marker = `[${footnotes.length + 1}]`;
      footnotes.push({ note: { type: 'note', label: 'Footnote', place: 'inline', children: [paragraphOf(marked, n)], position: at(n) }, ref: { line: n, marker } });
      sink.info('latex-footnote', n, `footnote ${marker} kept out of the body, placed after the chapter that refers to it`);
      return marker;
    });
  const out = new BlockCollector(sink, inline);
  const start = lines.findIndex((l) => /^\s*\\begin\{document\}/.test(l));
  const chapters = /\\(?:chapter|addchap|QuickChapter)\*?\s*[[{]/.test(text);
  // A level is skipped below the chapter's, so sectioning never takes chapters over sections for parts over chapters.
  const depth = chapters ? { part: 1, chapter: 2, section: 4, subsection: 5, subsubsection: 6 } : { part: 1, chapter: 2, section: 2, subsection: 4, subsubsection: 5 };
  // LaTeX numbers each unstarred chapter (or section, in a book without chapters), across parts.
  const counted = chapters ? 'chapter' : 'section';
  const numbers = new Map<number, number>();
  // Headings set in `\frontmatter` (a preface, a foreword), by their index among the blocks, until `\mainmatter`.
  let front: number[] | null = null;
  /** Where `\backmatter` began among the blocks: what follows (an afterword, acknowledgements) is the story's closing notes. */
  let back: number | null = null;
  const heading = (level: number, marked: string, n: number): void => {
    out.heading(level, marked, n);
    front?.push(out.blocks.length - 1);
  };
  if (start > 0) sink.info('latex-preamble', 1, 'the preamble is set-up, not story; dropped (its \\title and \\author read)', { endLine: start + 1 });
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    const uncommented = stripComment(raw);
    if (uncommented !== raw && /[\p{L}\p{N}]/u.test(raw.slice(uncommented.length))) sink.info('latex-comment', n, 'comment dropped');
    let t = uncommented.trim();
    if (t === '') {
      // A line that was only a comment does not end a paragraph.
      if (raw.trim() === '') out.end();
      continue;
    }
    // A command's argument may run on to later lines: join until its braces close.
    const command = HEADER.exec(t) ?? SECTIONING.exec(t);
    if (command) {
      let arg = argument(t, command[0].length - 1);
      while (arg === null && i + 1 < lines.length && i < n + 5) {
        i++;
        t += '\n' + stripComment(lines[i]!).trim();
        arg = argument(t, command[0].length - 1);
      }
      const value = arg?.value ?? t.slice(command[0].length);
      const after = arg ? t.slice(arg.end).trim() : '';
      if (HEADER.test(t)) {
        const parts = value.split(/\s*\\and\s*|\s*\\\\\s*(?:\[[^\]]*\])?\s*/).map((v) => unmark(inline(v, n))).filter(Boolean);
        const key = command[1]!.toLowerCase();
        // A title broken with `\\` sets its subtitle on the lines after the first (`\title{Title\\[1ex]\large A long story}`).
        if (key === 'title' && parts.length > 1 && !/\\subtitle|\\SetSubtitle/.test(text)) {
          setHeaderField(meta, 'Title', parts[0]!);
          setHeaderField(meta, 'Subtitle', parts.slice(1).join(' '));
        } else setHeaderField(meta, key.charAt(0).toUpperCase() + key.slice(1), key === 'author' ? parts.join(', ') : parts.join(' '));
      } else if (i >= start) {
        const unnumbered = UNNUMBERED[command[1]!];
        heading(depth[unnumbered ?? (command[1] as keyof typeof depth)], value, n);
        if (!unnumbered && command[1] === counted && !/^\\\w+\*/.test(t)) numbers.set(n, numbers.size + 1);
      }
      // `\title{…}\author{…}` on one line: the next command is read in its turn.
      if (HEADER.test(after)) {
        lines[i--] = after;
        continue;
      }
      if (after !== '' && i >= start) out.line(after, n);
      continue;
    }
    if (i <= start) continue;
    if (/^\\end\{document\}/.test(t)) {
      out.end();
      const rest = lines.slice(i + 1).some((l) => l.trim() !== '');
      if (rest) sink.info('latex-after-document', n + 1, 'text after \\end{document} dropped', { endLine: lines.length });
      break;
    }
    if (BREAK_COMMAND.test(t) || BREAK_LINE.test(t)) {
      out.sceneBreak(BREAK_COMMAND.exec(t)?.[0] ?? t, n);
      continue;
    }
    if (LAYOUT.test(t)) {
      out.end();
      if (/^\\frontmatter\b/.test(t)) front = [];
      if (/^\\mainmatter\b/.test(t) && front) {
        dropNoteHeadings(out.blocks, front, sink);
        front = null;
      }
      if (/^\\backmatter\b/.test(t)) back = out.blocks.length;
      sink.info('latex-layout', n, `layout command ${t.slice(0, 30)} dropped`);
      const after = t.replace(LAYOUT, '').trim();
      if (after !== '') out.line(after, n);
      continue;
    }
    const begin = BEGIN.exec(t);
    if (begin) {
      const name = begin[1]!;
      const end = find(name, i + 1, (l) => l.includes(`\\end{${name}}`));
      const stop = end === -1 ? lines.length : end;
      const body = [t.slice(begin[0].length), ...lines.slice(i + 1, stop).map(stripComment)];
      const last = end === -1 ? '' : lines[end]!.slice(0, lines[end]!.indexOf(`\\end{${name}}`));
      if (end !== -1) body.push(last);
      if (HEADING_ENVIRONMENTS.has(name)) {
        const joined = body.join('\n');
        const parts: string[] = [];
        for (const m of joined.matchAll(HEADING_PARTS)) {
          const arg = argument(joined, (m.index ?? 0) + m[0].length - 1);
          if (arg && arg.value.trim() !== '') parts.push(arg.value.trim());
        }
        if (parts.length > 0) heading(depth.chapter, parts.join(': '), n);
        else sink.info('latex-environment', n, `${name} environment without a title dropped`, { endLine: stop + 1 });
      } else if (DROPPED.has(name)) {
        sink.info('latex-environment', n, `${name} environment dropped`, { endLine: stop + 1 });
      } else if (name === 'abstract') {
        setHeaderField(meta, 'Abstract', unmark(inline(body.join(' '), n)));
      } else {
        const inner = new BlockCollector(sink, inline, true);
        body.forEach((l, k) => {
          const line = l.trim().replace(/^\\item\s*(?:\[[^\]]*\])?/, () => {
            inner.end();
            return '';
          }).trim();
          if (line === '') inner.end();
          else inner.line(line, n + k, name === 'verse' ? BREAK : ' ');
        });
        const only = unmark(inline(body.join(' ').trim(), n));
        if (name === 'center' && BREAK_LINE.test(only)) out.sceneBreak(only, n);
        else out.container(null, inner, n, stop + 1, `${name} environment`);
        if (!PROSE.has(name) && !/^(?:itemize|enumerate|description)$/.test(name)) sink.info('latex-environment', n, `${name} environment taken off; its text kept`);
      }
      i = stop;
      continue;
    }
    out.line(t, n, ' ');
  }
  out.end();
  const closing = back === null ? [] : backMatterNotes(out.blocks, back, sink);
  return { meta, blocks: out.blocks, numbers, closing, footnotes };
}

/**
 * `\backmatter`'s sections (acknowledgements, an afterword, a word about the writer) are the writer's words about
 * the story after it: each heading and its paragraphs become one closing note, taken out of the blocks.
 */
function backMatterNotes(blocks: MdBlock[], from: number, sink: DiagnosticSink): Note[] {
  const notes: Note[] = [];
  let current: Note | null = null;
  for (const block of blocks.splice(from)) {
    if (block.type === 'mdHeading') {
      current = { type: 'note', label: block.text, place: 'storyEnd', children: [], position: block.position };
      notes.push(current);
      sink.info('latex-back-matter', block.position.start.line, `back-matter section "${current.label}" read as a note on the whole story`);
    } else if (current && block.type === 'paragraph') {
      current.children.push(block);
      current.position = { ...current.position, end: block.position.end };
    } else if (current && block.type === 'note') current.children.push(...block.children);
    else blocks.push(block);
  }
  return notes;
}

/**
 * A front-matter heading over nothing but labelled notes (`\chapter*{Preface}` holding `Author's note: …`)
 * only frames the author's words about the story: the heading goes, and its notes are the story's.
 */
function dropNoteHeadings(blocks: MdBlock[], headings: readonly number[], sink: DiagnosticSink): void {
  for (let k = headings.length - 1; k >= 0; k--) {
    const at = headings[k]!;
    const section = blocks.slice(at + 1, headings[k + 1] ?? blocks.length);
    const head = blocks[at]!;
    if (head.type !== 'mdHeading' || section.length === 0 || !section.every((b) => b.type === 'note')) continue;
    sink.info('latex-front-note', head.position.start.line, 'front-matter heading over notes only dropped: its notes are the story\'s');
    blocks.splice(at, 1);
  }
}
