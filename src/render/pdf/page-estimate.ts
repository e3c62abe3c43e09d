import type { Book } from '../../book.js';
import { bodyText } from '../../model-text.js';
import type { FontSet } from './font-set.js';
import type { PageSize, Theme } from './theme.js';

/** Characters measured for the average width of a character of the book's own text. */
const SAMPLE_CHARS = 20_000;

/**
 * About how many pages the book takes at `size`, from its paragraphs'
 * lengths, without setting it: enough to choose the gutter a book of that
 * thickness needs before the one real setting, instead of setting a long book
 * twice (once to count its pages, once with the gutter the count asks for).
 * `interior.ts` checks the guess against the real count and sets again when it was wrong.
 */
export function estimatePages(book: Book, size: Readonly<PageSize>, theme: Readonly<Theme>, fonts: FontSet, recto: boolean): number {
  const width = size.width - size.margins.inner - size.margins.outer;
  const linesPerPage = Math.max(1, Math.floor((size.height - size.margins.top - size.margins.bottom) / theme.body.leading));
  const parts = book.stories.flatMap((s) => [...s.front, ...s.chapters]);
  const paragraphs = parts.map((p) => bodyText(p.children).split('\n\n'));
  // Characters measured one by one (kerning left out): shaping whole words here would shape words the book never draws.
  const widths = new Map<string, number>();
  let sampleWidth = 0;
  let sampleChars = 0;
  for (const p of paragraphs.flat()) {
    for (const ch of p) {
      let w = widths.get(ch);
      if (w === undefined) {
        w = /\s/.test(ch) ? fonts.width(' ', 'regular', theme.body.size) : fonts.width(ch, 'regular', theme.body.size);
        widths.set(ch, w);
      }
      sampleWidth += w;
      sampleChars += 1;
    }
    if (sampleChars > SAMPLE_CHARS) break;
  }
  const perChar = sampleChars > 0 ? sampleWidth / sampleChars : theme.body.size / 2;
  let lines = 0;
  for (const chapter of paragraphs) {
    let chapterLines = 0;
    for (const p of chapter) chapterLines += Math.ceil((p.length * perChar + theme.body.indent) / width);
    // An opening loses its drop and heading; a chapter ends on a part-filled page (and, set recto, often a blank).
    lines += chapterLines + (recto ? 1 : 0.5) * linesPerPage + (theme.chapter.dropFromTop + theme.chapter.titleLeading * 2) / theme.body.leading;
  }
  return Math.ceil(lines / linesPerPage) + 2 * book.stories.length;
}
