import type { MdBlock } from '../markdown/mdast-blocks.js';
import { fold } from './heading-marks.js';

/** A title part compared without its closing stop or colon (`THE LANTERN MEN.`). */
const bare = (text: string): string => fold(text).replace(/[.:]+$/u, '');

/**
 * A page that is one chapter of a book, as e-text sites title it (`<title>BOOK: CHAPTER</title>`, `CHAPTER |
 * BOOK`): one part of the `<title>` is the page's first heading (`THE LANTERN MEN.`), the other stands nowhere in
 * the page, and no heading follows. That other part is the book's title and the heading the chapter's (`html-title-book`). Returns the
 * book's title and the heading's block index, or null. `pageText` is asked for only when the `<title>` and the
 * headings have that shape: it writes out the whole page. `site` is the site's name from the page's head.
 */
export function bookOfChapter(pageTitle: string | null, site: string | null, blocks: readonly MdBlock[], pageText: () => string): { book: string; heading: number } | null {
  if (pageTitle === null) return null;
  const parts = pageTitle.split(/:\s+|\s+[|–—-]\s+/u).map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return null;
  const heading = blocks.findIndex((b) => b.type === 'mdHeading');
  // A chapter's page has the one heading; one over a by-line and chapters of its own is the work's title.
  if (heading < 0 || blocks.some((b, i) => i > heading && b.type === 'mdHeading')) return null;
  const shown = parts.findIndex((p) => bare(p) === bare((blocks[heading] as { text: string }).text));
  if (shown < 0) return null;
  const book = parts[1 - shown]!;
  // The site's name beside a post's title (`TITLE | Momspresso`, named so in `og:site_name`) is no book.
  if (site !== null && bare(book) === bare(site)) return null;
  return bare(pageText()).includes(bare(book)) ? null : { book, heading };
}
