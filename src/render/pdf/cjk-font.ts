import type { Book } from '../../book.js';
import { hasCjk } from '../cjk-breaks.js';
import { resolveFont, type Face, type Theme } from './theme.js';

const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/u;
const HAN = /[\u4e00-\u9fff]/u;

/**
 * The font for the book's `cjk` face: the theme's CJK font (`cjkFonts`)
 * when the book has Chinese, Japanese or Korean text, else the fallback
 * font already loaded, so a book without such text never opens a 10–15 MB
 * CJK font. Noto Serif SC draws Han and kana (Chinese and Japanese); a Korean
 * book (by its language, or hangul without Han) takes Noto Serif KR, which
 * has hangul. pdfkit embeds only the glyphs used.
 */
export function withCjkFont(paths: Readonly<Record<Face, string>>, book: Book, theme: Theme): Record<Face, string> {
  const fonts = theme.cjkFonts;
  // The stories as one string: a cheap, complete look at every text field (titles, notes, body).
  const text = JSON.stringify(book.stories.map((s) => [s.meta, s.notesBefore, s.front, s.chapters, s.notesAfter]));
  if (fonts === undefined || !hasCjk(text)) return { ...paths };
  const korean = book.meta.language.toLowerCase().startsWith('ko') || (HANGUL.test(text) && !HAN.test(text));
  const spec = (korean ? fonts['ko'] : undefined) ?? fonts['default'];
  return spec === undefined ? { ...paths } : { ...paths, cjk: resolveFont(spec) };
}
