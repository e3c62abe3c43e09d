import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';

/**
 * A book's text as Bethesda's games keep it (the Creation Kit's book field in Skyrim and Fallout, Oblivion's): a
 * little HTML the game's book renders, `<p align="center">`, `<font size='30' face='…'>`, `<br>`, `<img src='img://…'>`,
 * and `[pagebreak]` where the game turns the page. The tags are the game's layout, the page turns no scene breaks:
 * left out (`game-book-tags`), each line keeping its number, so the text under them is read as any plain text.
 */
const PAGE_BREAK = /^\[pagebreak\]$/i;
const TAG = /<\/?(?:p|font|br|div|b|i|u)\b[^<>]*>|<img\b[^<>]*>/gi;
/** The book's own tags, by which the file says what it is: a font size, an alignment. */
const BOOK_TAG = /<font\s+size=['"]?\d+|<p\s+align=['"]?(?:left|center|right)/i;

export function stripGameBookTags(lines: Line[], sink: DiagnosticSink): void {
  const pages = lines.filter((l) => PAGE_BREAK.test(l.trimmed)).length;
  const tagged = lines.filter((l) => BOOK_TAG.test(l.text)).length;
  if (pages === 0 || tagged === 0) return;
  let changed = 0;
  lines.forEach((l, i) => {
    if (l.blank) return;
    const text = PAGE_BREAK.test(l.trimmed) ? '' : l.text.replace(TAG, '');
    if (text === l.text) return;
    changed++;
    lines[i] = retext(l, text);
  });
  sink.info('game-book-tags', 1, `a game's book text: its layout tags and ${pages} page turn${pages > 1 ? 's' : ''} ([pagebreak]) left out (${changed} lines)`);
}
