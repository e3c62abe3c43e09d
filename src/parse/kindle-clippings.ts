import type { DiagnosticSink } from '../diagnostics.js';
import { countWords } from '../model-text.js';

/**
 * A Kindle's `documents/My Clippings.txt`: every highlight, note and bookmark the reader made, each entry the
 * book's line (`Title (Author)`, often with a byte-order mark before it), a line of metadata (`- Your Highlight
 * on page 12 | Location 180-185 | Added on Monday, …`), a blank line, the highlighted text, and a line of ten
 * `=`. A reader who highlights a story passage by passage leaves its text here: the highlights of one book,
 * in the book's order, are read as the story, under `Title:` and `Author:` lines (labelled, as a title may
 * hold a colon of its own). The metadata lines, the reader's own notes, bookmarks and the other books'
 * clippings are not the story.
 */

const SEPARATOR = /^={10}\s*$/;
/** The metadata line under the book's: a dash, then fields set apart by bars, in the device's language. */
const META = /^-\s+\S.*\|/u;
/** A note the reader typed (not the book's words): `Your Note`, `Ihre Notiz`, `Votre note`, `Tu nota`, `メモ`, `笔记`. */
const NOTE = /(?:^|[\s-])(?:note|notiz|nota|notitie|anteckning|notatka|заметка)(?=\s|$)|メモ|笔记|筆記/iu;
/** A bookmark: it holds no text, and a stray character in it is not the book's. */
const BOOKMARK = /(?:^|[\s-])(?:bookmark|lesezeichen|signet|marcador|segnalibro|bladwijzer|bokmärke|zakładka|закладка)(?=\s|$)|ブックマーク|书签|書籤/iu;
/** Where a clipping starts in the book: `Location 180-185`, `Loc. 180-85`, `Position 123`, `emplacement 180`, `位置No. 180`. */
const LOCATION = /(?:location|loc\.|position|emplacement|posición|posizione|posição|positie|locatie|plats|pozycja|позиция|位置)\s*(?:No\.\s*|#)?(\d[\d,.]*)/iu;
/** The book's line: `Title (Author)`, the author in the last brackets. */
const BOOK = /^(.*\S)\s*\(([^()]+)\)$/u;

interface Clipping {
  /** The book's line, as the file numbers it (1-based). */
  line: number;
  book: string;
  meta: string;
  text: string[];
}

/** The entries of a clippings file, or null when its text is not one. */
function clippingsOf(text: string): Clipping[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const entries: Clipping[] = [];
  let start = 0;
  let chunks = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !SEPARATOR.test(lines[i]!)) continue;
    const chunk = lines.slice(start, i).map((l) => l.replace(/^\uFEFF/, ''));
    const first = chunk.findIndex((l) => l.trim() !== '');
    if (first >= 0) {
      chunks++;
      const [book, meta, ...rest] = chunk.slice(first);
      if (book !== undefined && meta !== undefined && META.test(meta.trim())) {
        const body = rest[0]?.trim() === '' ? rest.slice(1) : rest;
        entries.push({ line: start + first + 1, book: book.trim(), meta: meta.trim(), text: body.map((l) => l.trim()) });
      }
    }
    start = i + 1;
  }
  // Every entry has the file's shape (a last one may be cut short); a story that merely has rules of `=` has not.
  return entries.length >= 2 && entries.length >= chunks - 1 ? entries : null;
}

/** Whether a text is a Kindle's clippings file: entries of a book line and a `- … | …` metadata line between lines of ten `=`. */
export function isKindleClippings(text: string): boolean {
  if (!/^={10}\s*$/m.test(text.slice(0, 20_000))) return false;
  return clippingsOf(text) !== null;
}

const words = (lines: readonly string[]): number => countWords(lines.join(' '));
const flat = (lines: readonly string[]): string => lines.join(' ').replace(/\s+/g, ' ').trim();

/** The story a clippings file holds, as plain text: its title and author as labelled lines, and the highlights one paragraph each. */
export function kindleClippingsText(text: string, sink: DiagnosticSink): string {
  const entries = clippingsOf(text) ?? [];
  sink.info('kindle-clippings', entries[0]?.line ?? 1, `a Kindle clippings file (My Clippings.txt): ${entries.length} clippings; the highlights are the story, their metadata lines are not`);
  const highlights: Clipping[] = [];
  for (const e of entries) {
    if (words(e.text) === 0) continue;
    if (NOTE.test(e.meta) || BOOKMARK.test(e.meta)) {
      sink.info('kindle-clippings-note', e.line, `the reader's own note or bookmark ("${e.meta.slice(0, 50)}") is not the book's text`);
      continue;
    }
    highlights.push(e);
  }
  // The book the reader highlighted most is the story; the others' clippings are left out.
  const byBook = new Map<string, number>();
  for (const h of highlights) byBook.set(h.book, (byBook.get(h.book) ?? 0) + words(h.text));
  const book = [...byBook].sort((a, b) => b[1] - a[1])[0]?.[0] ?? entries[0]?.book ?? '';
  const others = highlights.filter((h) => h.book !== book);
  if (others.length > 0) sink.info('kindle-clippings-other-book', others[0]!.line, `${others.length} clipping(s) of other books than "${book}" left out`);
  let mine = highlights.filter((h) => h.book === book);
  // A highlight the reader later widened stays in the file beside the wider one: only the wider one is kept.
  const flats = mine.map((h) => flat(h.text));
  mine = mine.filter((h, k) => {
    const inner = flats[k]!;
    const wider = flats.findIndex((o, j) => j !== k && o.length >= inner.length && o.includes(inner) && (o !== inner || j < k));
    if (wider >= 0) sink.info('kindle-clippings-overlap', h.line, `a highlight held whole in another (line ${mine[wider]!.line}) is left out`);
    return wider < 0;
  });
  // Clippings are filed in the order they were made; the book's order is their locations', when every one has one.
  const at = mine.map((h) => LOCATION.exec(h.meta)?.[1]);
  if (at.every((n) => n !== undefined)) {
    const order = mine.map((h, k) => ({ h, at: Number(at[k]!.replace(/[,.]/g, '')) }));
    order.sort((a, b) => a.at - b.at);
    if (order.some((o, k) => o.h !== mine[k])) sink.info('kindle-clippings-order', mine[0]!.line, 'highlights put in the order of their locations in the book');
    mine = order.map((o) => o.h);
  }
  const m = BOOK.exec(book);
  const header = m ? [`Title: ${m[1]!}`, `Author: ${m[2]!.trim()}`] : [`Title: ${book}`];
  return [...header, '', ...mine.flatMap((h) => [...h.text, ''])].join('\n');
}
