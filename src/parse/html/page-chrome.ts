import type { Element, ElementContent, Root } from 'hast';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { isContentsLabel } from '../rules/contents-label.js';
import { matchNoteLabel } from '../rules/notes.js';
import { attr, classes, findAll, positionOf, textOf } from './hast-query.js';
import type { HtmlReadState } from './hast-blocks.js';

/**
 * What hand-made and blog pages put around a story and no story says: a webring, a hit counter, a
 * "best viewed with" line, a guestbook plea, a copyright line.
 */
const CHROME = /\bweb\s?ring\b|\bvisitors?\b.{0,40}\b(?:since|number)\b|\bbest viewed (?:with|in|at|using)\b|\bguest\s?book\b|\bhit counter\b|^(?:©|\(c\)\s|copyright\b)/iu;
/** Longer than this a block is story, whatever it mentions. */
const MAX_CHROME = 400;
/** At least this share of a block's text in links makes it navigation (`Home | Links | Next`). */
const LINK_SHARE = 0.5;

/** Share of the text of `nodes` inside links: 1 for a row of links, 0 for prose. */
export function linkShare(nodes: readonly ElementContent[]): number {
  const all = textOf(nodes).replace(/\s+/g, '').length;
  if (all === 0) return 0;
  const linked = nodes.flatMap((n) => (n.type !== 'element' ? [] : n.tagName === 'a' ? [n] : findAll(n, (e) => e.tagName === 'a')));
  return linked.map((a) => textOf(a).replace(/\s+/g, '').length).reduce((x, y) => x + y, 0) / all;
}

/** A line that is only an e-mail link (`<a href="mailto:…">me@example.com</a>`): the author's contact, not story. */
export function isContactLine(nodes: readonly ElementContent[]): boolean {
  const links = linksIn(nodes);
  return links.length === 1 && attr(links[0]!, 'href').toLowerCase().startsWith('mailto:') && textOf(nodes) === textOf(links[0]!);
}

/**
 * A title graphic or a card's picture: an image whose description repeats a heading of the page (`<img
 * alt="Moonwell">` by `<h1>Moonwell</h1>`: a cover or a title graphic) or the line right after it opens with
 * (`<img alt="Sunita Mishra">` over the author's name: the avatar on an author card), left out since the text
 * says it (`html-title-graphic`).
 */
export function dropTitleGraphics(blocks: readonly MdBlock[], state: HtmlReadState): MdBlock[] {
  const headings = new Set(blocks.flatMap((b) => (b.type === 'mdHeading' ? [b.text.trim().toLowerCase()] : [])));
  return blocks.filter((b, i) => {
    if (b.type !== 'illustration') return true;
    const alt = inlineText(b.caption).trim().toLowerCase();
    const next = blocks[i + 1];
    const nextText = next?.type === 'paragraph' ? inlineText(next.children).trim().toLowerCase() : '';
    const named = headings.has(alt) || (alt.length >= 3 && nextText.startsWith(alt) && nextText.length <= alt.length + 40);
    if (alt === '' || !named) return true;
    state.sink.info('html-title-graphic', b.position.start.line, `image "${inlineText(b.caption).trim()}" repeats what the page says in words; left out`);
    return false;
  });
}

/** Share of text in links from which a paragraph under a contents label is one of its entries (`I. <a>Le gardien</a> <a>7</a>`). */
const ENTRY_SHARE = 0.6;

/**
 * A contents list: a contents label (`Contents`, `Sumário`, `Inhalt`) over paragraphs that are each one
 * link (to the chapters). Left out, label and entries (`html-contents`): the book builds its own from the
 * headings, and an entry that reads like a note label (`Nota da autora`) is not a note.
 */
export function dropContents(blocks: readonly MdBlock[], state: HtmlReadState): MdBlock[] {
  const out: MdBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const label = b.type === 'mdHeading' ? b.text : b.type === 'paragraph' ? inlineText(b.children).trim() : '';
    let j = i + 1;
    if (isContentsLabel(label)) while (blocks[j]?.type === 'paragraph' && (state.linkShare.get(blocks[j]!) ?? 0) >= ENTRY_SHARE) j++;
    if (j - i < 2) {
      out.push(b);
      continue;
    }
    state.sink.info('html-contents', b.position.start.line, `contents list "${label}" with ${j - i - 1} linked entries left out; the book builds its own`);
    i = j - 1;
  }
  return out;
}

/** Classes printed-book transcriptions give a page's number in the margin (Gutenberg's `span.pagenum`: `[Pg 7]`). */
const PAGE_NUMBER = /^(?:pagenum|pagenumber|page-?num(?:ber)?|pageno)$/i;

/** A printed page's number as a transcription marks it: `p. 23`, `[p. 23]`, `Pg. 7`, `[Pg 7]`. */
const PAGE_MARK = /^\[?p(?:g|age)?\.?\s*\d+\]?$/i;

/** An anchor (`<a name="page_23">p. 23</a>`, sacred-texts' and other e-text sites' page marks) that only shows a page's number. */
const isPageAnchor = (el: Element): boolean => el.tagName === 'a' && attr(el, 'href') === '' && PAGE_MARK.test(textOf(el));

/** Page numbers of the printed edition, set in the text's margin, left out: not the story's words. */
export function dropPageNumbers(tree: Root, state: HtmlReadState): void {
  const stack: (Root | Element)[] = [tree];
  let anchors = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.children = (node.children as ElementContent[]).filter((c) => {
      if (c.type !== 'element') return true;
      if (classes(c).some((k) => PAGE_NUMBER.test(k)) && textOf(c).length <= 20) {
        state.drop('page number', positionOf(c).start.line);
        return false;
      }
      if (isPageAnchor(c)) {
        if (anchors++ === 0) state.sink.info('html-page-anchor', positionOf(c).start.line, `"${textOf(c)}" marks a page of the printed book; it and the like are left out`);
        state.drop('page number', positionOf(c).start.line);
        return false;
      }
      stack.push(c);
      return true;
    });
  }
}

/** Classes blogs give the line of post data under a heading (`posted DATE · arc 2 · 1,100 words`). */
// (And a post's category and tag links, as blog themes class them: `cat-links`, `tags-links`.)
const POST_META = /^(?:(?:post|entry|story|chapter|article)[-_]?)?(?:meta|metadata|info|date|dateline)$|^(?:cat|tags?)[-_]links$/i;

/** An element holding only post data (`p.meta`, `.entry-meta`): page furniture when short. */
export function isPostMeta(el: Element): boolean {
  // A table or a list of labels and values so classed (FicLab's `table.meta`) is the story's fields, not a post's stamp.
  return el.tagName !== 'table' && el.tagName !== 'dl' && classes(el).some((c) => POST_META.test(c)) && textOf(el).length <= 300;
}

/**
 * The page's tail after its story: paragraphs that are mostly links or name the page's own furniture
 * (`html-chrome`), read from the end back to the first that is neither, and left out with a diagnostic
 * each. Notes, headings and breaks end the tail.
 */
export function dropChromeTail(blocks: readonly MdBlock[], state: HtmlReadState): MdBlock[] {
  let end = blocks.length;
  while (end > 0) {
    const b = blocks[end - 1]!;
    if (b.type === 'illustration') {
      end--;
      continue;
    }
    if (b.type !== 'paragraph') break;
    const text = inlineText(b.children).trim();
    // A note asking readers to sign the guestbook is still the author's note.
    if (matchNoteLabel(text) !== null) break;
    const lines = text.split('\n');
    const chrome = text.length <= MAX_CHROME && ((state.linkShare.get(b) ?? 0) >= LINK_SHARE || lines.some((l) => CHROME.test(l.trim())));
    if (!chrome) break;
    end--;
  }
  while (end < blocks.length && blocks[end]!.type === 'illustration') end++;
  // A page of nothing but links is all there is to read: kept.
  if (end === 0) return [...blocks];
  for (const b of blocks.slice(end)) state.sink.info('html-chrome', b.position.start.line, `"${inlineText(b.type === 'paragraph' ? b.children : []).trim().slice(0, 40)}" is the page's furniture (links, counter, webring), not story`);
  return blocks.slice(0, end);
}

/** What stands between the links of a navigation bar or a breadcrumb trail (`Home | Next`, `Our Stories >`). */
const NAV_GLUE = /^[\s|>»›<«‹/·•:\-–—[\]()]*$/u;
/** A breadcrumb's pointer: one link followed by it is a trail. */
const NAV_POINTER = /[>»›]/u;
/** Longer than this a link's text is a sentence, not a button. */
const MAX_NAV_LINK = 60;

const linksIn = (nodes: readonly ElementContent[]): Element[] =>
  nodes.flatMap((n) => (n.type !== 'element' ? [] : n.tagName === 'a' ? [n] : findAll(n, (e) => e.tagName === 'a')));

/** The text of `nodes` outside their links. */
function outsideLinks(nodes: readonly ElementContent[]): string {
  let s = '';
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') s += n.value;
    else if (n.type === 'element' && n.tagName !== 'a') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return s;
}

/**
 * A row of links and nothing else but the marks between them: a site's navigation bar (`Sacred Texts  England
 * Index  Previous  Next`), its image buttons (`[Back] [Home]`) or a breadcrumb trail (`Our Stories >`).
 */
export function isNavRow(nodes: readonly ElementContent[]): boolean {
  const links = linksIn(nodes);
  if (links.length === 0 || links.some((a) => textOf(a).length > MAX_NAV_LINK)) return false;
  const outside = outsideLinks(nodes);
  return NAV_GLUE.test(outside) && (links.length >= 2 || NAV_POINTER.test(outside));
}

/** A list of this many items or more, each one short link and nothing else, is a site's menu. */
const MIN_MENU = 3;

/** A `<ul>`/`<ol>` menu of links (`Catálogo`, `Portales`, `Ayuda`): the site's navigation. */
export function isLinkMenu(el: Element): boolean {
  if (el.tagName !== 'ul' && el.tagName !== 'ol') return false;
  const items = el.children.filter((c): c is Element => c.type === 'element');
  return items.length >= MIN_MENU && items.every((li) => {
    const links = linksIn(li.children);
    return li.tagName === 'li' && links.length === 1 && textOf(links[0]!).length <= MAX_NAV_LINK && textOf(li) === textOf(links[0]!);
  });
}

/** A rule's file name (`moondivider.gif`, `line2.png`, `hr_stars.gif`, `separator.jpg`). */
const DIVIDER_NAME = /divider|separator|(?:^|[-_\d])(?:hr|line|rule|bar|border)s?(?=[-_\d.]|$)/i;

/** Taller than this a wide picture is a banner, not a rule. */
const MAX_RULE_HEIGHT = 40;

/**
 * An image with no description standing alone between passages that is drawn as a rule: named for one,
 * or low and at least four times as wide as it is high. Old hand-made pages draw their scene breaks so.
 */
export function isDividerImage(img: Element): boolean {
  if (attr(img, 'alt').trim() !== '') return false;
  const name = attr(img, 'src').split(/[?#]/)[0]!.split('/').pop() ?? '';
  const width = Number(attr(img, 'width'));
  const height = Number(attr(img, 'height'));
  return DIVIDER_NAME.test(name) || (width > 0 && height > 0 && height <= MAX_RULE_HEIGHT && width >= 4 * height);
}

/**
 * Rows of the site's links found while reading (`HtmlReadState.navRows`: a navigation bar, image buttons, a
 * breadcrumb) left out (`html-nav-row`), unless the page holds nothing else: then they are all there is to read.
 */
export function dropNavRows(blocks: readonly MdBlock[], state: HtmlReadState): MdBlock[] {
  const kept = blocks.filter((b) => !state.navRows.has(b));
  if (!kept.some((b) => b.type === 'paragraph' || b.type === 'mdHeading' || b.type === 'note')) return [...blocks];
  for (const b of blocks) if (state.navRows.has(b)) state.sink.info('html-nav-row', b.position.start.line, `"${b.type === 'paragraph' ? inlineText(b.children).trim() || '(image links)' : ''}" is a row of the site's links, not story`);
  return kept;
}
