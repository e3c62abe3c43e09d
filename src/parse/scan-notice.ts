import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';

/**
 * The notice a book-scanning library sets on the first page of its PDF (Google Books' `About this book` /
 * `Informazioni su questo libro` / `Über dieses Buch`, with its usage guidelines and its own address), which
 * pdftotext copies with the book: the library's page, not the book's. It opens the text and closes on the
 * library's address, naming the library throughout.
 */
const LIBRARY_ADDRESS = /\bbooks\.google\.[a-z.]{2,6}\b|\bbooks\.googleusercontent\.com\b/i;
const LIBRARY = /\bgoogle\b/i;
/** Lines and words a notice page holds at the most: more is a book's own first page. */
const NOTICE_LINES = 60;
const NOTICE_WORDS = 600;

export function dropScanNotice(lines: Line[], sink: DiagnosticSink): void {
  const end = lines.slice(0, NOTICE_LINES).findIndex((l) => LIBRARY_ADDRESS.test(l.trimmed));
  if (end < 0) return;
  const page = lines.slice(0, end + 1);
  const words = page.reduce((n, l) => n + l.trimmed.split(/\s+/).filter(Boolean).length, 0);
  if (words > NOTICE_WORDS || page.filter((l) => LIBRARY.test(l.trimmed)).length < 3) return;
  for (let i = 0; i <= end; i++) lines[i] = retext(lines[i]!, '');
  sink.info('scan-notice', 1, "the scanning library's notice on the first page (its usage guidelines and address) left out of the book", { endLine: end + 1 });
}
