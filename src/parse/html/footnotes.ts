import type { Element, Nodes, Root } from 'hast';
import type { Manuscript, Note, Paragraph } from '../../model.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { bodyText } from '../../model-text.js';
import { attr, positionOf, textOf } from './hast-query.js';
import { htmlInlines } from './html-inlines.js';

/** A footnote's marker is short: `[1]`, `1`, `*`, `†`, `[a]`. */
const MAX_MARKER = 6;
const CONTAINER = new Set(['p', 'li', 'div', 'dd', 'aside', 'section']);
/** A link to a place in this page: `#fr_9`, or as a site writes it with the page's own file name, `ftf05.htm#fr_9`. */
const OWN_PAGE = /^(?:[^/:?#]+\.x?html?)?#(.+)$/i;

/** A footnote (or a word processor's comment) read off the page: its paragraph, and the line of the reference it answers. */
export interface Footnote {
  note: Note;
  ref: FootnoteRef;
}

/** Where a footnote's reference stands: its source line, and the marker (`[1]`) the text shows there. */
export interface FootnoteRef {
  line: number;
  marker: string;
}

/**
 * Footnotes a page gathers at its end, known by their back-link: the block opens with a short marker
 * linking (`href="#…"`) to an anchor earlier in the page, the reference in the text. Google Docs
 * (`#ftnt_ref1`, comments `#cmnt_ref1`), Word (`#_ftnref1`), LibreOffice (`#sdfootnote1anc`), Project
 * Gutenberg (`#FNanchor_1_1`) and pandoc (`#fnref1`) all write them so. Returns each footnote's block.
 */
export function findFootnotes(tree: Root): Map<Element, FootnoteRef> {
  const order = new Map<Element, number>();
  const parent = new Map<Element, Element>();
  const byId = new Map<string, Element>();
  const stack: (Root | Element)[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'element') {
      order.set(n, order.size);
      for (const key of [attr(n, 'id'), attr(n, 'name')]) if (key !== '' && !byId.has(key)) byId.set(key, n);
    }
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i]!;
      if (c.type !== 'element') continue;
      if (n.type === 'element') parent.set(c, n);
      stack.push(c);
    }
  }
  const out = new Map<Element, FootnoteRef>();
  for (const [a, at] of order) {
    const href = OWN_PAGE.exec(attr(a, 'href'));
    if (a.tagName !== 'a' || href === null) continue;
    const marker = textOf(a);
    const target = byId.get(decodeURIComponent(href[1]!));
    if (marker === '' || marker.length > MAX_MARKER || target === undefined || (order.get(target) ?? at) >= at) continue;
    let block: Element | undefined = parent.get(a);
    while (block !== undefined && !CONTAINER.has(block.tagName)) block = parent.get(block);
    // The marker opens its block, and the reference is not inside it.
    if (block === undefined || !textOf(block).startsWith(marker) || textOf(block) === marker || contains(block, target, parent)) continue;
    if (block.tagName === 'div' && block.children.some((c) => c.type === 'element' && CONTAINER.has(c.tagName))) continue;
    out.set(block, { line: positionOf(target).start.line, marker });
  }
  return out;
}

function contains(outer: Element, inner: Element, parent: ReadonlyMap<Element, Element>): boolean {
  for (let e: Element | undefined = inner; e !== undefined; e = parent.get(e)) if (e === outer) return true;
  return false;
}

/** A footnote block as a note that is neither body nor an author's note: `Footnote`, its marker kept. */
export function footnoteNote(el: Element): MdBlock[] {
  const position = positionOf(el);
  const children: Paragraph[] = htmlInlines(el.children).map((run) => ({ type: 'paragraph', children: run, position }));
  return children.length === 0 ? [] : [{ type: 'note', label: 'Footnote', place: 'inline', children, position }];
}

/**
 * Each footnote at the end of the chapter holding its reference, as an inline note: the last chapter to
 * start on or above the reference's line; among chapters starting on one line (a page written on one
 * line, as Google Docs writes it), the first whose text shows the marker.
 */
export function placeFootnotes(m: Manuscript, notes: readonly Footnote[]): void {
  for (const { note, ref } of notes) {
    const before = m.chapters.filter((c) => c.position.start.line <= ref.line);
    const line = before[before.length - 1]?.position.start.line;
    const tied = before.filter((c) => c.position.start.line === line);
    const chapter = (tied.length > 1 ? tied.find((c) => bodyText(c.children).includes(ref.marker)) : undefined) ?? tied[tied.length - 1] ?? m.chapters[m.chapters.length - 1];
    chapter?.children.push(note);
  }
}

/**
 * The heading over a page's footnotes (`<h3>Footnotes</h3>`, `<h2>Notas</h2>`): one followed by footnotes and
 * nothing else up to the next heading or rule. The footnotes are placed at their chapters; their heading is
 * not a chapter.
 */
export function footnoteHeadings(tree: Root, footnotes: ReadonlyMap<Element, FootnoteRef>): Set<Element> {
  const out = new Set<Element>();
  const stack: (Root | Element)[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const kids = (n.children as Nodes[]).filter((c): c is Element => c.type === 'element');
    kids.forEach((k, i) => {
      stack.push(k);
      if (!/^h[1-6]$/.test(k.tagName)) return;
      let j = i + 1;
      while (kids[j] !== undefined && footnotes.has(kids[j]!)) j++;
      const next = kids[j];
      if (j > i + 1 && (next === undefined || next.tagName === 'hr' || /^h[1-6]$/.test(next.tagName))) out.add(k);
    });
  }
  return out;
}
