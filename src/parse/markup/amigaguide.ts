import type { DiagnosticSink } from '../../diagnostics.js';
import { matchHeading } from '../rules/headings.js';
import { isRightsStatement } from '../rules/fields.js';
import { matchByLine } from '../rules/header-labels.js';
import { isContentsLabel } from '../rules/contents-label.js';
import { isSceneBreak } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';
import { countWords } from '../../model-text.js';

/**
 * AmigaGuide (Amiga, 1990s; Aminet's `.guide` files): a hypertext of nodes, `@node NAME "Title"` … `@endnode`,
 * in the order the document gives them; `@database`, `@author`, `@(c)`, `@$VER:`, `@remark` and the like in
 * its header, `@prev`/`@next`/`@toc` and the like in a node; buttons `@{"label" link NODE}` and attributes
 * `@{b}`…`@{ub}`, `@{i}`…`@{ui}` in the text. The MAIN node (the first, when none is so named) is the title
 * page: its title the story's, a by-line the author's, its lines of buttons the contents. Every other node
 * is a section under its title: an `Author's Note` node a note, a node of buttons only a contents page, the
 * guide's own pages (`Distribution`, `Copyright`, `History`) not the story.
 */

const NODE = /^@node\s+("[^"]*"|\S+)(?:\s+"([^"]*)"?|\s+(\S.*?))?\s*$/i;
const ENDNODE = /^@endnode\b/i;
/** A command on a line of its own (`@database`, `@(c)`, `@$VER:`, `@next Ch2`); `@{…}` opens text, not a command. */
const COMMAND = /^@(?!\{)([A-Za-z$()]+)(?::|\s|$)\s*(.*)$/;
/** A button: `@{" Chapter 1 " link Ch1}`, `@{"Run" system "…"}`. */
const BUTTON = /@\{\s*"([^"]*)"\s+[A-Za-z][^}]*\}/g;
/** A node title no reader would call the story's own: the start node's name, a contents page's. */
const GENERIC_TITLE = /^(?:main|contents|table of contents|index|inhalt|inhaltsverzeichnis|sommaire|índice|indice|inhoud)$/i;
/** The guide's own pages, as Aminet's documents name them: its terms, its author's address, its history. */
const GUIDE_PAGE =
  /^(?:distribution|copyright|legal(?: notice| stuff)?|licen[cs]e|terms|giftware|freeware|shareware|cardware|postcardware|e?mailware|public domain|contact(?:ing)?(?: the author| me)?|the author'?s? address|address|history|version history|requirements|installation|index|help|about this guide|vertrieb|rechtliches|adresse)[.:!]?$/i;
/** Terms of copying, as a guide's own page states them. */
const COPYING = /\b(?:giftware|freeware|shareware|cardware|postcardware|e?mailware|public domain|freely distributable|(?:copy|distribute|spread) (?:it|this \w+) freely|uploaded to aminet|aminet)\b/i;
/** A guide's own page is short; a node longer than this is story that happens to talk of copying. */
const GUIDE_PAGE_WORDS = 200;
/** A line of one character drawn across: an underline, a rule. */
const RULE = /^([-=~*_])\1{2,}$/;
/** At most this many words beside a node's buttons make it a contents page, not a section. */
const CONTENTS_WORDS = 25;
/** Lines of the title page are short: a title, a subtitle, a by-line. */
const TITLE_PAGE_WORDS = 12;

interface Node {
  name: string;
  title: string | null;
  line: number;
  lines: { text: string; n: number }[];
}

/** Attributes to emphasis marks, buttons to their labels, the other attributes (`@{fg shine}`, `@{jcenter}`) dropped. */
function guideInline(text: string): string {
  let em = false;
  let strong = false;
  return text.replace(/\\([@\\])|@\{\s*"([^"]*)"[^}]*\}|@\{\s*([A-Za-z]+)[^}]*\}/g, (_, escaped: string | undefined, label: string | undefined, attribute: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (label !== undefined) return label.trim();
    switch (attribute!.toLowerCase()) {
      case 'b':
        return strong ? '' : ((strong = true), STRONG.open);
      case 'ub':
        return strong ? ((strong = false), STRONG.close) : '';
      case 'i':
        return em ? '' : ((em = true), EM.open);
      case 'ui':
        return em ? ((em = false), EM.close) : '';
      case 'plain': {
        const close = (em ? EM.close : '') + (strong ? STRONG.close : '');
        em = strong = false;
        return close;
      }
      case 'line':
      case 'par':
        return BREAK;
      case 'amigaguide':
        return 'AmigaGuide';
      default:
        return '';
    }
  });
}

const unquote = (value: string): string => value.trim().replace(/^"(.*)"$/, '$1').trim();
/** A line of buttons and nothing else: the guide's navigation or contents. */
const isButtonLine = (line: string): boolean => /@\{\s*"/.test(line) && line.replace(BUTTON, '').trim() === '';

/** The header's commands and the nodes, in the document's order; text outside a node is never shown and is left out. */
function nodesOf(lines: readonly string[], meta: ReturnType<typeof emptyMeta>, sink: DiagnosticSink): Node[] {
  const nodes: Node[] = [];
  let node: Node | null = null;
  let settings = 0;
  for (const [k, raw] of lines.entries()) {
    const n = k + 1;
    const line = raw.replace(/\s+$/, '');
    const start = NODE.exec(line);
    if (start) {
      node = { name: unquote(start[1]!), title: start[2] ?? start[3] ?? null, line: n, lines: [] };
      nodes.push(node);
      continue;
    }
    if (ENDNODE.test(line)) {
      node = null;
      continue;
    }
    const command = COMMAND.exec(line);
    if (command) {
      const [name, value] = [command[1]!.toLowerCase(), unquote(command[2]!)];
      if (node !== null && name === 'title') node.title = value;
      else if (node === null && name === 'author') setHeaderField(meta, 'author', value);
      else if (node === null && name === '(c)') setHeaderField(meta, 'Copyright', value);
      else if (node === null && name === '$ver') setHeaderField(meta, 'Version', value);
      else if (node === null && name === 'title') setHeaderField(meta, 'title', value);
      else settings++;
      continue;
    }
    node?.lines.push({ text: line, n });
  }
  if (settings > 0) sink.info('amigaguide-commands', 1, `${settings} AmigaGuide command line(s) (@database, @remark, @next, @wordwrap…) left out of the text`);
  return nodes;
}

/** A paragraph of a node: its lines as written, and each line's plain text. */
interface GuideParagraph {
  lines: { text: string; n: number }[];
  plain: string[];
}

const whole = (p: GuideParagraph): string => p.plain.join(' ');

/** A node's paragraphs (lines up to a blank one), lines of buttons left out. */
function paragraphsOf(node: Node): GuideParagraph[] {
  const out: GuideParagraph[] = [];
  let run: { text: string; n: number }[] = [];
  for (const l of [...node.lines, { text: '', n: 0 }]) {
    if (l.text.trim() !== '' && !isButtonLine(l.text)) {
      run.push({ text: l.text.trim(), n: l.n });
      continue;
    }
    if (run.length > 0) out.push({ lines: run, plain: run.map((r) => unmark(guideInline(r.text))) });
    run = [];
  }
  return out;
}

/** The same words, whatever the punctuation and case: `Chapter 1 - The Workshop` and `CHAPTER 1: The Workshop`. */
const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameText = (a: string, b: string): boolean => letters(a) !== '' && letters(a) === letters(b);

/** A paragraph that shows a title: one line, or one line over its underline (`I. Die Bedienung` over `-------`). */
function shownTitle(p: GuideParagraph): { text: string; underlined: boolean } | null {
  if (p.plain.length === 1) return { text: p.plain[0]!, underlined: false };
  return p.plain.length === 2 && RULE.test(p.plain[1]!) ? { text: p.plain[0]!, underlined: true } : null;
}

export function readAmigaGuide(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const lines = text.split('\n');
  sink.info('amigaguide', Math.max(1, lines.findIndex((l) => /^@(?:database|node)\b/i.test(l)) + 1), 'an AmigaGuide hypertext: its nodes read as sections in the order of the document');
  const nodes = nodesOf(lines, meta, sink);
  // A file of no nodes is shown whole as one.
  if (nodes.length === 0) nodes.push({ name: 'main', title: null, line: 1, lines: lines.map((t, k) => ({ text: t, n: k + 1 })).filter((l) => !COMMAND.test(l.text)) });
  const main = nodes.find((n) => /^main$/i.test(n.name)) ?? nodes[0]!;
  const out = new BlockCollector(sink, (t) => guideInline(t));
  const write = (paragraphs: readonly GuideParagraph[], into: BlockCollector): void => {
    for (const p of paragraphs) {
      if (p.lines.length === 1 && isSceneBreak(p.plain[0]!)) into.sceneBreak(p.plain[0]!, p.lines[0]!.n);
      else {
        for (const l of p.lines) into.line(l.text, l.n);
        into.end();
      }
    }
  };
  for (const node of nodes) {
    const title = node.title === null ? null : unquote(node.title);
    const contents = node.lines.filter((l) => isButtonLine(l.text));
    let paragraphs = paragraphsOf(node);
    if (contents.length > 0) sink.info('amigaguide-contents', contents[0]!.n, `${contents.length} line(s) of buttons in node "${node.name}" are the guide's contents or navigation, not story`, { endLine: contents[contents.length - 1]!.n });
    if (node === main) {
      const named = title !== null && !GENERIC_TITLE.test(title) && !sameText(title, node.name) ? title : null;
      if (named !== null) setHeaderField(meta, 'title', named);
      // Over its contents, its short lines before any prose are the title page: the title, a subtitle, a by-line.
      // Without contents the main node may open the story itself: only the title again and a by-line are taken.
      const titlePage = (l: string): boolean => matchByLine(l) !== null || (meta.title !== null && sameText(l, meta.title));
      let taken = 0;
      for (const p of paragraphs) {
        const short = contents.length > 0 && !p.plain.some((l) => countWords(l) > TITLE_PAGE_WORDS) && matchNoteLabel(whole(p)) === null;
        if (!short && !p.plain.every(titlePage)) break;
        for (const l of p.plain.filter((t) => !RULE.test(t))) {
          const by = matchByLine(l);
          if (by) setHeaderField(meta, 'author', by.author);
          else if (meta.title === null) setHeaderField(meta, 'title', l);
          // Under the buttons stand the guide's terms and its author's address, over them a label (`Contents`).
          else if (!sameText(l, meta.title) && p.lines[0]!.n < (contents[0]?.n ?? Infinity) && !isContentsLabel(l)) setHeaderField(meta, 'subtitle', l);
        }
        taken++;
      }
      if (taken > 0) sink.info('amigaguide-title-page', paragraphs[0]!.lines[0]!.n, `${taken} paragraph(s) of the main node "${node.name}" read as the title page`, { endLine: paragraphs[taken - 1]!.lines.at(-1)!.n });
      write(paragraphs.slice(taken), out);
      continue;
    }
    let heading = title ?? node.name;
    // A node's first paragraph often shows its title again (`Author's Note:`, the chapter's heading centred or
    // underlined); a node without a title shows its heading so, when it is underlined or reads as one.
    const shown = paragraphs[0] ? shownTitle(paragraphs[0]) : null;
    if (shown && (sameText(shown.text, heading) || sameText(shown.text, matchHeading(heading)?.title ?? ''))) paragraphs = paragraphs.slice(1);
    else if (shown && title === null && (shown.underlined || matchHeading(shown.text) !== null)) {
      heading = shown.text;
      paragraphs = paragraphs.slice(1);
    }
    // A contents page: its buttons and a line over them (`Select a chapter:`).
    if (contents.length >= 2 && (GENERIC_TITLE.test(heading.trim()) || countWords(paragraphs.map(whole).join(' ')) <= CONTENTS_WORDS)) {
      if (paragraphs.length > 0) sink.info('amigaguide-contents', node.line, `node "${heading}" is a contents page; its ${paragraphs.length} paragraph(s) beside the buttons left out`);
      continue;
    }
    if (paragraphs.length === 0) continue;
    const body = paragraphs.map(whole).join(' ');
    if (matchHeading(heading) === null && (GUIDE_PAGE.test(heading.trim()) || (countWords(body) <= GUIDE_PAGE_WORDS && (COPYING.test(body) || isRightsStatement(body))))) {
      sink.info('amigaguide-guide-page', node.line, `node "${heading}" is the guide's own page (its terms, address or history), left out of the story`);
      continue;
    }
    if (matchNoteLabel(`${heading}:`)?.rest === '') {
      const inner = new BlockCollector(sink, (t) => guideInline(t), true);
      write(paragraphs, inner);
      out.container(heading, inner, node.line, paragraphs.at(-1)!.lines.at(-1)!.n, `node "${heading}"`);
      continue;
    }
    out.heading(1, heading, node.line);
    write(paragraphs, out);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
