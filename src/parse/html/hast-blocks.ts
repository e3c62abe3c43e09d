import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Inline, Note, Paragraph, Position } from '../../model.js';
import { inlineText } from '../inline.js';
import { ILLUSTRATION, type MdBlock } from '../markdown/mdast-blocks.js';
import { isSceneBreak, matchOrnament, matchPov } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';
import { append, attr, childElements, classes, findAll, findFirst, hasClass, idOf, linesOf, positionOf, textOf } from './hast-query.js';
import { htmlInlines } from './html-inlines.js';
import { isContactLine, isDividerImage, isLinkMenu, isNavRow, isPostMeta, linkShare } from './page-chrome.js';

/** Elements that hold no story: dropped, and counted for one diagnostic. */
const DROPPED: Readonly<Record<string, string>> = {
  script: 'script', noscript: 'script', style: 'style', link: 'style', template: 'template', form: 'form', button: 'form',
  select: 'form', input: 'form', textarea: 'form', nav: 'navigation', iframe: 'embedded frame', object: 'embedded object',
  embed: 'embedded object', head: 'head', marquee: 'scrolling banner', svg: 'drawing', canvas: 'drawing', audio: 'media', video: 'media', map: 'image map', dialog: 'dialog',
};

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Ids of the toolbar the Wayback Machine puts over an archived page (`wm-ipp-base`, `wm-ipp`, its print and donation bars). */
const ARCHIVE_TOOLBAR = /^(?:wm-ipp-base|wm-ipp|wm-ipp-print|donato)$/;

/** Classes of headings only a screen reader announces (AO3's `landmark`, WordPress's `screen-reader-text`): page furniture. */
const SCREEN_READER = /^(?:landmark|screen-reader-text|sr-only|visually-hidden|visuallyhidden)$/;

/** Containers nested deeper than this are read as plain paragraphs. */
const MAX_DEPTH = 100;

/**
 * A site's layout reads its own elements (an AO3 chapter's meta block, a
 * FanFicFare note div): blocks for the element, or null to read it as any
 * other HTML.
 */
export type Claim = (el: Element, state: HtmlReadState) => MdBlock[] | null;

/** What reading one page left out, reported once per file, and the layout's claim on its elements. */
export class HtmlReadState {
  readonly dropped = new Map<string, number>();
  /** A heading's lines where `<br>` splits it (`I<br>LE GARDIEN`): its number over its title. */
  readonly headingLines = new WeakMap<MdBlock, string[]>();
  /** Share of each paragraph's text inside links, for telling navigation from story. */
  readonly linkShare = new WeakMap<MdBlock, number>();
  /** Paragraphs that are a row of the site's links (a navigation bar, a breadcrumb): left out unless they are all the page holds. */
  readonly navRows = new WeakSet<MdBlock>();
  /** How many `<article>`/`<main>` elements enclose the element being read: a `<footer>` outside all of them is the site's. */
  inArticle = 0;
  firstDrop: number | null = null;
  private deepWarned = false;
  constructor(
    readonly sink: DiagnosticSink,
    readonly claim: Claim | null = null,
    /** Leave out a page's site footer and post data lines: for pages no layout knows, whose classes mean nothing more. */
    readonly furniture = false,
  ) {}

  drop(kind: string, line: number): void {
    this.dropped.set(kind, (this.dropped.get(kind) ?? 0) + 1);
    if (this.firstDrop === null || line < this.firstDrop) this.firstDrop = line;
  }

  /** Counts what a layout leaves unread around the part it reads (`inside`): the page's scripts, forms, navigation, comments. */
  scanOutside(root: Root, inside: Element): void {
    const stack: Nodes[] = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === inside) continue;
      if (n.type === 'comment' && !n.value.startsWith('?')) this.drop('comment', positionOf(n).start.line);
      if (n.type === 'element' && DROPPED[n.tagName] !== undefined) {
        if (n.tagName !== 'head') this.drop(DROPPED[n.tagName]!, positionOf(n).start.line);
        continue;
      }
      if ('children' in n) append(stack, n.children);
    }
  }

  deep(line: number): void {
    if (this.deepWarned) return;
    this.deepWarned = true;
    this.sink.warn('html-nesting', line, `elements nested more than ${MAX_DEPTH} deep; what is inside is kept as plain paragraphs`);
  }

  /** One line for everything dropped: `2 scripts, 1 form and 14 comments`. */
  report(): void {
    if (this.firstDrop === null) return;
    const parts = [...this.dropped].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : kind.endsWith('s') ? 'es' : 's'}`);
    this.sink.info('html-dropped', this.firstDrop, `left out ${parts.join(', ')}: page furniture, not story text`);
  }
}

const paragraph = (children: Inline[], position: Position): Paragraph => ({ type: 'paragraph', children, position });

/** A paragraph's text read as a break, POV marker, ornament or illustration when it is one, as in plain text. */
export function classify(children: Inline[], position: Position): MdBlock {
  const text = inlineText(children).trim();
  if (!text.includes('\n')) {
    if (isSceneBreak(text)) return { type: 'sceneBreak', kind: 'hard', marker: text, label: null, position };
    const pov = matchPov(text);
    if (pov) return { type: 'pov', name: pov, ...(pov !== text && { marker: text }), position };
    const ornament = matchOrnament(text);
    if (ornament) return { type: 'ornament', text: ornament, position };
  }
  const illustration = ILLUSTRATION.exec(text);
  if (illustration) return { type: 'illustration', caption: illustration[1] ? [{ type: 'text', value: illustration[1] }] : [], position };
  return paragraph(children, position);
}

function paragraphs(nodes: readonly ElementContent[], position: Position, state: HtmlReadState): MdBlock[] {
  const images = nodes.filter((n): n is Element => n.type === 'element' && n.tagName === 'img');
  for (const img of images) state.sink.info('html-image', positionOf(img).start.line, `image ${attr(img, 'src') || '(no source)'} is not fetched; its description is kept as text`);
  if (images.length > 0 && nodes.every((n) => n.type === 'element' ? n.tagName === 'img' : n.type !== 'text' || n.value.trim() === '')) {
    if (images.length === 1 && isDividerImage(images[0]!)) {
      state.sink.info('html-divider-image', position.start.line, `image ${attr(images[0]!, 'src')} alone between passages, with no description: a divider, read as a scene break`);
      return [{ type: 'sceneBreak', kind: 'hard', marker: null, label: null, position }];
    }
    return images.filter((img) => attr(img, 'alt') !== '').map((img) => ({ type: 'illustration', caption: [{ type: 'text', value: attr(img, 'alt') }], position: positionOf(img) }));
  }
  if (state.furniture && isContactLine(nodes)) {
    state.sink.info('html-contact', position.start.line, `"${textOf(nodes)}" is the author's e-mail link, not story`);
    return [];
  }
  const share = linkShare(nodes);
  const nav = state.furniture && isNavRow(nodes);
  return htmlInlines(nodes).map((run) => {
    const block = classify(run, position);
    state.linkShare.set(block, share);
    if (nav) state.navRows.add(block);
    return block;
  });
}

function runPosition(run: readonly ElementContent[]): Position {
  return { start: positionOf(run[0]!).start, end: positionOf(run[run.length - 1]!).end };
}

/** `<blockquote>`/`<aside>` as a note when labelled (first line, a `p.label`, or a label paragraph just before it); else its blocks. */
function noteOrBlocks(el: Element, state: HtmlReadState, depth: number, out: MdBlock[]): MdBlock[] {
  const kids = childElements(el);
  const labelEl = kids.find((k) => k.tagName === 'p' && hasClass(k, 'label'));
  const inner = walk(el.children.filter((c) => c !== labelEl), state, depth + 1);
  let label: string | null = null;
  if (labelEl) label = textOf(labelEl.children.filter((c) => !(c.type === 'element' && hasClass(c, 'where'))));
  const first = inner[0];
  if (label === null && first?.type === 'paragraph') {
    const m = matchNoteLabel(inlineText(first.children));
    if (m) {
      label = m.label;
      inner[0] = { ...first, children: m.rest === '' ? [] : [{ type: 'text', value: m.rest }] };
    }
  }
  const before = out[out.length - 1];
  if (label === null && before?.type === 'paragraph') {
    const m = matchNoteLabel(inlineText(before.children));
    if (m && m.rest === '') {
      out.pop();
      label = m.label;
    }
  }
  if (label === null) return inner;
  const children = inner.flatMap((b): Paragraph[] =>
    b.type === 'paragraph' ? (b.children.length > 0 ? [b] : []) : b.type === 'mdHeading' ? [paragraph([{ type: 'text', value: b.text }], b.position)] : [],
  );
  const note: Note = { type: 'note', label, place: 'inline', children, position: positionOf(el) };
  return [note];
}

function element(el: Element, state: HtmlReadState, depth: number, out: MdBlock[]): MdBlock[] {
  const position = positionOf(el);
  const tag = el.tagName;
  if (depth > MAX_DEPTH) {
    state.deep(position.start.line);
    const text = textOf(el);
    return text === '' ? [] : [paragraph([{ type: 'text', value: text }], position)];
  }
  if (/^h[1-6]$/.test(tag)) {
    const text = textOf(el);
    if (text === '') return [];
    if (classes(el).some((c) => SCREEN_READER.test(c))) {
      state.drop('screen-reader heading', position.start.line);
      return [];
    }
    if (hasClass(el, 'pov')) return [{ type: 'pov', name: text, position }];
    if (hasClass(el, 'section-number')) return [{ type: 'sceneBreak', kind: 'hard', marker: null, label: text, position }];
    // quire's own part heading stands at the chapter heading's level, one above it in meaning.
    if (hasClass(el, 'part')) return [{ type: 'mdHeading', depth: Number(tag[1]) - 1, text, position, part: true }];
    const heading: MdBlock = { type: 'mdHeading', depth: Number(tag[1]), text, position };
    const lines = linesOf(el);
    if (lines.length > 1) state.headingLines.set(heading, lines);
    return [heading];
  }
  switch (tag) {
    case 'hr':
      return [{ type: 'sceneBreak', kind: hasClass(el, 'soft-break') ? 'soft' : 'hard', marker: '<hr>', label: null, position }];
    case 'p':
      if (hasClass(el, 'ornament')) return [{ type: 'ornament', text: textOf(el), position }];
      return paragraphs(el.children, position, state);
    case 'pre':
      return textOf(el) === '' ? [] : [paragraph(el.children.length ? [{ type: 'text', value: preText(el) }] : [], position)];
    case 'blockquote':
    case 'aside':
      return noteOrBlocks(el, state, depth, out);
    case 'dl':
      return fieldList(el, state, depth);
    case 'table':
      return table(el, state, depth);
    case 'article':
    case 'main': {
      state.inArticle++;
      const blocks = walk(el.children, state, depth + 1);
      state.inArticle--;
      return blocks;
    }
    default:
      return walk(el.children, state, depth + 1);
  }
}

/** A definition's value as one line: a list of tags (AO3's `Characters:`) joined as a reader reads it. */
function definitionValue(dd: Element): string {
  // A list of figures inside (AO3's `Stats:`) keeps its labels apart: `Published: 2021-02-11 Words: 2,644`.
  const inner = findFirst(dd, (e) => e.tagName === 'dl');
  if (inner) return childElements(inner).map((k) => textOf(k)).join(' ');
  const items = findAll(dd, (e) => e.tagName === 'li').map(textOf).filter((t) => t !== '');
  return items.length > 1 ? items.join(', ') : textOf(dd);
}

/**
 * A definition list of short terms (`<dt>Rating:</dt><dd>Teen</dd>`) is a block of `Label: value` lines,
 * one per term; a list of long definitions is read as its blocks.
 */
function fieldList(el: Element, state: HtmlReadState, depth: number): MdBlock[] {
  const kids = childElements(el);
  const short = kids.every((k) => (k.tagName === 'dt' && textOf(k).length <= 60) || (k.tagName === 'dd' && definitionValue(k).length <= 400));
  if (!short || !kids.some((k) => k.tagName === 'dt')) return walk(el.children, state, depth + 1);
  const out: MdBlock[] = [];
  kids.forEach((k, i) => {
    if (k.tagName !== 'dt') return;
    const dd = kids[i + 1]?.tagName === 'dd' ? kids[i + 1]! : null;
    const term = textOf(k);
    const value = dd ? definitionValue(dd) : '';
    out.push(paragraph([{ type: 'text', value: value === '' ? term : `${/[:：]$/.test(term) ? term : `${term}:`} ${value}` }], positionOf(k)));
  });
  return out;
}

/** A table's cells longer than this are read as blocks of their own, not as lines. */
const MAX_CELL = 100;

const cellsOf = (tr: Element): Element[] => childElements(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th');
const shortRow = (cells: readonly Element[]): boolean =>
  cells.length > 1 && cells.every((c) => !c.children.some((k) => k.type === 'element' && BLOCK.has(k.tagName)) && textOf(c).length <= MAX_CELL);

/**
 * A table of two or more rows of short cells (a contents table: `I.` | `Le gardien` | `7`) gives a line per
 * row, its cells joined by a space, as a reader copies it (a label's header cell and its value by a colon); any
 * other table (a page's layout) is read as its blocks.
 */
function table(el: Element, state: HtmlReadState, depth: number): MdBlock[] {
  const rows = findAll(el, (e) => e.tagName === 'tr');
  const layout = sidebarLayout(el, state, depth);
  if (layout) return layout;
  if (rows.length < 2 || findFirst(el, (e) => e !== el && e.tagName === 'table') !== null || !rows.every((r) => shortRow(cellsOf(r)))) return walk(el.children, state, depth + 1);
  // A table of labels and values, each row a header cell and its value (a download's metadata: `Fandom` | `Naruto`),
  // gives `Label: value` lines, as the page's fields read.
  const labelled = rows.every((r) => cellsOf(r).length === 2 && cellsOf(r)[0]!.tagName === 'th' && !/[:：]\s*$/.test(textOf(cellsOf(r)[0]!)));
  return rows.flatMap((r) => {
    const nodes: ElementContent[] = [];
    for (const c of cellsOf(r).filter((c) => textOf(c) !== '')) {
      if (nodes.length > 0) nodes.push({ type: 'text', value: labelled ? ': ' : ' ' });
      append(nodes, c.children);
    }
    return nodes.length === 0 ? [] : paragraphs(nodes, positionOf(r), state);
  });
}

/** A layout table's main cell holds this much of the row's text, and this many characters at least. */
const MAIN_SHARE = 0.75;
const MAIN_CHARS = 500;

/** The longest stretch of text between two tags in an element: a sidebar holds no paragraph of prose. */
function longestRun(el: Element): number {
  let longest = 0;
  const stack: ElementContent[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') longest = Math.max(longest, n.value.trim().length);
    else if (n.type === 'element') append(stack, n.children);
  }
  return longest;
}

/**
 * An old page laid out as a table of one row: a narrow column of the poster's profile and links (`~*Kayleigh*~`,
 * `17 years old`, `View All Entries`, `Blog Archive`) beside the cell that holds the post. The cell with most of
 * the row's words is read; the others, holding no sentence longer than a line, are the page's sidebar.
 */
function sidebarLayout(el: Element, state: HtmlReadState, depth: number): MdBlock[] | null {
  const rows = childElements(el).flatMap((c) => (c.tagName === 'tr' ? [c] : ['tbody', 'thead', 'tfoot'].includes(c.tagName) ? childElements(c).filter((r) => r.tagName === 'tr') : []));
  if (rows.length !== 1) return null;
  const cells = cellsOf(rows[0]!);
  if (cells.length < 2) return null;
  const lengths = cells.map((c) => textOf(c).length);
  const main = lengths.indexOf(Math.max(...lengths));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (lengths[main]! < MAIN_CHARS || lengths[main]! < total * MAIN_SHARE) return null;
  const side = cells.filter((_, k) => k !== main);
  if (!side.every((c) => longestRun(c) <= 80)) return null;
  for (const c of side) if (textOf(c) !== '') state.drop('sidebar', positionOf(c).start.line);
  return walk(cells[main]!.children, state, depth + 1);
}

/** Links that jump past the page's furniture to its main part (`<a href="#main">Main Content</a>`): navigation. */
const SKIP_TARGET = /^#(?:main|content|skip)/i;
const COMMENT_SECTION = /^(?:comments-area|comment-list|commentlist|comment-respond|comments-section)$/i;

function isSkipLinks(el: Element): boolean {
  const links = findAll(el, (e) => e.tagName === 'a');
  if (links.length === 0 || !links.every((a) => SKIP_TARGET.test(attr(a, 'href')))) return false;
  const text = textOf(el);
  return text.length <= 60 && text.replace(/\s+/g, '') === links.map(textOf).join('').replace(/\s+/g, '');
}

/** `<pre>` keeps its lines, as breaks. */
function preText(el: Element): string {
  const parts: string[] = [];
  const stack: ElementContent[] = [...el.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/^\n+|\s+$/g, '');
}

/**
 * HTML content to the blocks the Markdown reader also produces, in reading
 * order: `<h1>`–`<h6>` as headings (sectioned later), paragraphs (and text
 * between `<br><br>`), `<hr>` and `* * *` lines as breaks, labelled
 * `<blockquote>`/`<aside>` as notes, lists and tables as their paragraphs.
 * Scripts, styles, forms, navigation and comments are dropped and counted.
 */
export function walk(nodes: readonly ElementContent[], state: HtmlReadState, depth = 0): MdBlock[] {
  const out: MdBlock[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.length > 0) append(out, paragraphs(run, runPosition(run), state));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment') {
      // `<?xml …?>` reaches the HTML parser as a comment; it is not one a person wrote.
      if (!node.value.startsWith('?')) state.drop('comment', positionOf(node).start.line);
      continue;
    }
    if (node.type === 'text') {
      run.push(node);
      continue;
    }
    if (node.type !== 'element') continue;
    const dropped = DROPPED[node.tagName];
    if (dropped !== undefined) {
      flush();
      if (node.tagName !== 'head') state.drop(dropped, positionOf(node).start.line);
      continue;
    }
    if (isSkipLinks(node)) {
      flush();
      state.drop('navigation', positionOf(node).start.line);
      continue;
    }
    // The trail to the page (`Home > Stories > TITLE`), marked as such by its class or its ARIA label.
    if (classes(node).some((c) => /^breadcrumbs?$/i.test(c)) || /^breadcrumbs?$/i.test(attr(node, 'ariaLabel'))) {
      flush();
      state.drop('breadcrumb trail', positionOf(node).start.line);
      continue;
    }
    // A blog's comment section as its engine marks it (WordPress's `comments-area`, `comment-list` and reply form,
    // Disqus's thread): the readers' words. (A bare `comment` class is not enough: a story posted as a comment is one.)
    if (classes(node).some((c) => COMMENT_SECTION.test(c)) || /^(?:respond|disqus_thread)$/i.test(idOf(node))) {
      flush();
      state.drop('comment section', positionOf(node).start.line);
      continue;
    }
    // The Wayback Machine's toolbar over an archived page (`24 captures`, the calendar, `About this capture`).
    if (ARCHIVE_TOOLBAR.test(idOf(node))) {
      flush();
      state.drop('web archive toolbar', positionOf(node).start.line);
      continue;
    }
    // The site's footer (outside any article) and a post's data line are the page's, not the story's.
    // (So is the site's header, so marked: its name and motto over every page, `header.site-header`, `#masthead`.)
    const siteHeader = node.tagName === 'header' && state.inArticle === 0 && (classes(node).some((c) => /^site-header$/i.test(c)) || /^masthead$/i.test(idOf(node)));
    if (state.furniture && ((node.tagName === 'footer' && state.inArticle === 0) || siteHeader || isPostMeta(node))) {
      flush();
      state.drop(node.tagName === 'footer' ? 'site footer' : siteHeader ? 'site header' : 'post data line', positionOf(node).start.line);
      continue;
    }
    if (state.furniture && isLinkMenu(node)) {
      flush();
      state.sink.info('html-nav-menu', positionOf(node).start.line, `list of links "${textOf(node).slice(0, 40)}" is the site's menu, not story`);
      continue;
    }
    const isBlock = BLOCK.has(node.tagName) || node.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName));
    if (!isBlock) {
      run.push(node);
      continue;
    }
    flush();
    const claimed = state.claim?.(node, state) ?? null;
    append(out, claimed ?? element(node, state, depth, out));
  }
  flush();
  return out;
}
