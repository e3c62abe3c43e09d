import type { Element, ElementContent, Root } from 'hast';
import { countWords } from '../../model-text.js';
import type { HtmlReadState } from './hast-blocks.js';
import { attr, classes, linesOf, positionOf, textOf } from './hast-query.js';
import { matchNoteLabel } from '../rules/notes.js';

/** The share of the page's words, down to its end, the one `<article>` must hold to be the story's: less, and it is a card or a teaser. */
const ARTICLE_SHARE = 0.5;

const wordsOf = (n: Element | Root | ElementContent): number => countWords(textOf(n));

/** An element whose text all stands in links, buttons and menus. */
function linksOnly(e: Element): boolean {
  return e.children.every((c) => (c.type === 'text' ? c.value.trim() === '' : c.type !== 'element' || ['a', 'button', 'nav', 'img'].includes(c.tagName) || linksOnly(c)));
}

/** The words of the page from its top down to the end of the path's last element. */
function wordsUpTo(path: readonly (Element | Root)[]): number {
  let words = 0;
  for (let depth = 0; depth + 1 < path.length; depth++) {
    const parent = path[depth]!;
    const at = parent.children.indexOf(path[depth + 1] as Element);
    for (const n of parent.children.slice(0, at)) if (n.type === 'element' || n.type === 'text') words += wordsOf(n);
  }
  return words + wordsOf(path[path.length - 1]!);
}

/** Notes under the article that are still the story's: its footnotes, and a block that opens on a note label (`Author's note: …`). */
function storysOwn(e: Element): boolean {
  if (/footnotes?|endnotes?/i.test(classes(e).join(' ')) || attr(e, 'role') === 'doc-endnotes') return true;
  const first = linesOf(e)[0];
  const label = first === undefined ? null : matchNoteLabel(first);
  return label !== null && label.rest !== '';
}

/** The elements from `root` down to the first element that passes `test`, or null. */
function pathTo(root: Element | Root, test: (e: Element) => boolean): (Element | Root)[] | null {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return [root, child];
    const below = pathTo(child, test);
    if (below) return [root, ...below];
  }
  return null;
}

/**
 * A page whose story stands in one `<article>` (a blog's or a reading site's post page): what follows the
 * article outside it is the site's, whatever its headings say (`About the author`, `Comments (14)`, `You may
 * also like`), and is left out (`html-dropped`, "trailing page section"); its footnotes and a note of the writer's
 * stay. A page of several articles (a blog's front page, a post per chapter) or an article holding too little of the
 * text is read whole. Over an article that heads itself, the page's `<header>` of links and buttons is the site's too.
 */
export function dropAfterLoneArticle(body: Element | Root, state: HtmlReadState): void {
  let count = 0;
  const path = pathTo(body, (e) => e.tagName === 'article');
  if (path === null) return;
  const article = path[path.length - 1] as Element;
  const countArticles = (n: Element | Root): void => {
    for (const c of n.children) if (c.type === 'element') c.tagName === 'article' ? count++ : countArticles(c);
  };
  countArticles(body);
  // (Measured against the page down to the article's end: a short story under many comments is the story all the same.)
  if (count !== 1 || wordsOf(article) < ARTICLE_SHARE * wordsUpTo(path)) return;
  const headed = pathTo(article, (e) => e.tagName === 'h1' || e.tagName === 'h2') !== null;
  // From the article up to the body, every element after the one on the path.
  for (let depth = path.length - 2; depth >= 0; depth--) {
    const parent = path[depth]!;
    const at = parent.children.indexOf(path[depth + 1] as Element);
    const after = parent.children.slice(at + 1);
    const dropped = after.filter((n) => n.type !== 'element' || !storysOwn(n));
    for (const n of dropped) if (n.type === 'element' && textOf(n) !== '') state.drop('trailing page section', positionOf(n).start.line);
    parent.children = [...parent.children.slice(0, at + 1), ...after.filter((n) => !dropped.includes(n))];
    // The site's `<header>` of links and buttons only, over an article that heads itself (its own `<h1>`), is the
    // site's banner and menu. (One that says more, `a web serial by <a>NAME</a>`, is read.)
    if (!headed) continue;
    parent.children = parent.children.filter((n, i) => {
      if (i >= at || n.type !== 'element' || n.tagName !== 'header' || !linksOnly(n)) return true;
      if (textOf(n) !== '') state.drop('site header', positionOf(n).start.line);
      return false;
    });
  }
}
