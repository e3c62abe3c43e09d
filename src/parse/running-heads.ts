import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { matchHeading } from './rules/headings.js';
import { reportRuns } from './archive.js';

/**
 * Text taken from printed pages (a scanned newspaper's OCR, pdftotext of a page printed from a browser) carries each
 * page's running head or foot: the paper's name over its page number (`IL-QAWSALLA        6`), the browser's print
 * header (`11/3/23, 9:14 PM     The Long Convoy - by Hal Brenner - Lantern Tales`), the address over the page count
 * (`https://…/part-three     1/3`). Such a line is set in columns (three spaces or more between them) and one of its
 * ends is a folio or a print stamp. It leaves the text (becomes a blank line) when it has a folio and stands alone,
 * not in a contents list; a line whose end is a print stamp only when it comes back page after page.
 */

/** Columns of a printed line: text parted by three spaces or more (tabs part a table's cells: `Data wydania<TAB>1884`). */
const COLUMN_GAP = / {3,}/u;
/** A page number at a line's end or start: `6`, `1/3`, `- 12 -` (four digits are a year's). */
const FOLIO = /^(?:\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])$/u;
/** A browser's print stamp: `11/3/23, 9:14 PM`, `2023-11-03 21:14`. */
const PRINT_STAMP = /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/u;
/** A running head is short: a name, a title, a date. */
const MAX_WORDS = 25;

type Mark = 'folio' | 'stamp' | null;

function markOf(t: string): Mark {
  const columns = t.split(COLUMN_GAP);
  if (columns.length < 2 || t.split(/\s+/).length > MAX_WORDS) return null;
  const ends = [columns[0]!, columns[columns.length - 1]!];
  if (ends.some((c) => FOLIO.test(c))) {
    // `Chapter One      5`: a contents entry with its page, or a heading set beside its number.
    const text = columns.filter((c) => !FOLIO.test(c)).join(' ');
    return text !== '' && matchHeading(text) === null ? 'folio' : null;
  }
  return ends.some((c) => PRINT_STAMP.test(c)) ? 'stamp' : null;
}

/** The line's text with its digits folded, so each page's copy reads alike. */
const shape = (t: string): string => t.replace(/\d+/g, '0').replace(/\s+/g, ' ');

export function dropRunningHeads(lines: Line[], sink: DiagnosticSink): void {
  const marks = lines.map((l) => (l.blank ? null : markOf(l.trimmed)));
  const counts = new Map<string, number>();
  lines.forEach((l, i) => {
    if (marks[i] !== null) counts.set(shape(l.trimmed), (counts.get(shape(l.trimmed)) ?? 0) + 1);
  });
  const neighbour = (i: number, step: number): number => {
    let k = i + step;
    while (k >= 0 && k < lines.length && lines[k]!.blank) k += step;
    return k;
  };
  const dropped: number[] = [];
  lines.forEach((l, i) => {
    const mark = marks[i];
    if (mark === null || mark === undefined) return;
    const repeated = (counts.get(shape(l.trimmed)) ?? 0) >= 2;
    // Entries of a contents list stand one under another, each with its page.
    const listed = [neighbour(i, -1), neighbour(i, 1)].some((k) => marks[k] === 'folio' && !repeated);
    if ((mark === 'folio' && !listed) || (mark === 'stamp' && repeated)) dropped.push(i);
  });
  dropped.push(...stackedHeads(lines).filter((i) => !dropped.includes(i)));
  dropped.sort((a, b) => a - b);
  for (const i of dropped) lines[i] = { ...lines[i]!, text: '', trimmed: '', indent: 0, blank: true };
  // Each run reported with its lines, so that the words they held are accounted for.
  reportRuns(lines, dropped, (from, to, count) => sink.info('running-head', from, `${count} running head${count > 1 ? 's' : ''} or foot of a printed page (a name or title beside a page number or print stamp) left out of the text`, { endLine: to }));
}

/**
 * A page's head and its folio on lines of their own, one over the other, as a document viewer's text layer gives them
 * (`EL FARO · Revista del IES … · Nº 12 · Junio 2016` / `14`): the same line at two page breaks or more, each time
 * beside a bare page number that counts on. Both lines are the page's.
 */
function stackedHeads(lines: readonly Line[]): number[] {
  const pairs: { head: number; folio: number; n: number }[] = [];
  lines.forEach((l, i) => {
    // The folio beside the line first: it is the cheap test, and most lines of a book have none.
    const k = [i + 1, i - 1].find((j) => /^\d{1,3}$/.test(lines[j]?.trimmed ?? ''));
    if (k === undefined || l.blank || FOLIO.test(l.trimmed) || l.trimmed.split(/\s+/).length > MAX_WORDS || matchHeading(l.trimmed) !== null) return;
    pairs.push({ head: i, folio: k, n: Number(lines[k]!.trimmed) });
  });
  const byText = new Map<string, typeof pairs>();
  for (const p of pairs) byText.set(lines[p.head]!.trimmed, [...(byText.get(lines[p.head]!.trimmed) ?? []), p]);
  const out: number[] = [];
  for (const group of byText.values()) {
    // Page numbers count on, and never faster than the lines between them (a page holds a line at least): a member's
    // `Beiträge` / `58` and, a post later, `Beiträge` / `312` are a forum's counts, no folios.
    if (group.length < 2 || !group.every((p, k) => k === 0 || (p.n > group[k - 1]!.n && p.n - group[k - 1]!.n <= p.head - group[k - 1]!.head))) continue;
    for (const p of group) out.push(p.head, p.folio);
  }
  return out;
}
