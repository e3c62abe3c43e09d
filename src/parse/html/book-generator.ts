import type { Element, Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import { findFirst, hasClass, idOf, positionOf, textOf } from './hast-query.js';

/**
 * A page a documentation-book generator wrote (mdBook's `print.html` or a chapter page, HonKit's and the old
 * GitBook's): the book's text stands in one content element, and the rest of the page is the tool's chrome (a
 * sidebar of every chapter, a menu bar that repeats the book's title in a heading, theme, search and print
 * buttons, previous/next arrows). Each layout is known by the chrome its tool always writes.
 */
interface BookLayout {
  tool: string;
  /** Chrome only this tool's pages carry. */
  chrome: (e: Element) => boolean;
  content: (e: Element) => boolean;
  /** Where the chrome names the book (mdBook's menu bar, HonKit's header). */
  title: (tree: Root) => Element | null;
}

const LAYOUTS: readonly BookLayout[] = [
  {
    tool: 'mdBook',
    chrome: (e) => idOf(e) === 'menu-bar' || (e.tagName === 'ol' && hasClass(e, 'chapter') && findFirst(e, (a) => a.tagName === 'li' && hasClass(a, 'chapter-item')) !== null),
    content: (e) => e.tagName === 'main',
    title: (tree) => findFirst(tree, (e) => hasClass(e, 'menu-title')),
  },
  {
    tool: 'HonKit',
    chrome: (e) => hasClass(e, 'book-summary'),
    content: (e) => e.tagName === 'section' && hasClass(e, 'markdown-section'),
    title: (tree) => {
      const header = findFirst(tree, (e) => hasClass(e, 'book-header'));
      return header && findFirst(header, (e) => e.tagName === 'h1');
    },
  },
];

export interface BookPage {
  /** The element holding the book's text. */
  content: Element;
  /** The book's title as the chrome names it, which the content's first heading repeats on the title page. */
  title: string | null;
}

/** The book's text and title when the page is a known generator's, else null. */
export function readBookPage(tree: Root, sink: DiagnosticSink): BookPage | null {
  for (const layout of LAYOUTS) {
    if (findFirst(tree, layout.chrome) === null) continue;
    const content = findFirst(tree, layout.content);
    if (content === null) continue;
    const title = layout.title(tree);
    sink.info('html-book-generator', positionOf(content).start.line, `read as a page ${layout.tool} wrote: only its content is the book's; the sidebar, menu bar and buttons around it are the tool's`);
    return { content, title: title ? textOf(title) || null : null };
  }
  return null;
}
