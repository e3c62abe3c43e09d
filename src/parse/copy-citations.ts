import type { DiagnosticSink } from '../diagnostics.js';
import type { StoryMeta } from '../model.js';
import type { Line } from './lines.js';
import { reportRuns } from './archive.js';
import { COPY_CITATIONS, type CopyCitation } from './rules/copy-citations.js';

/**
 * A book read in an app and copied out passage by passage: each selection is followed by the app's citation
 * (`src/parse/rules/copy-citations.ts`), and some apps wrap the selection in quotation marks glued to its first and
 * last lines (`“Chapter 1: El llavero` … `inútil.”`). The citations leave the text (blank lines) and, where every
 * passage before such an app's citations is wrapped so, the wrapping quotes come off: then a title page and a heading
 * read as they stand in the book.
 */

interface Citation {
  rule: CopyCitation;
  from: number;
  to: number;
  certain: boolean;
}

/** Quotation marks an app may wrap a selection in, by locale: opening and closing. */
const WRAPS: readonly [string, string][] = [['“', '”'], ['"', '"'], ['„', '“'], ['«', '»'], ['「', '」']];

function citationAt(lines: readonly Line[], i: number): Citation | null {
  const t = lines[i]!.trimmed;
  for (const rule of COPY_CITATIONS) {
    if ((rule.hint && !rule.hint.test(t)) || !rule.lead.test(t)) continue;
    let to = i;
    let closed = false;
    while (to - i < rule.follow && to + 1 < lines.length && !lines[to + 1]!.blank && !closed) {
      to++;
      closed = rule.close?.test(lines[to]!.trimmed) ?? false;
    }
    return { rule, from: i, to, certain: rule.alone === true || closed };
  }
  return null;
}

/** The block's words with its numbers folded: each page's citation of one book reads alike. */
const shape = (lines: readonly Line[], c: Citation): string =>
  `${c.rule.id}\n${lines.slice(c.from, c.to + 1).map((l) => l.trimmed.replace(/\d+/g, '0')).join('\n')}`;

/** The title and author a citation names, where its app writes them on lines of their own. */
export interface CitedBook {
  title: string;
  author: string;
  line: number;
}

/**
 * Blanks the citations, so that no header or layout pass reads them, and returns them as they were, for the frame's
 * skipped lines (a skipped line widens no gap: a citation between two passages of a chapter is no soft scene break),
 * with the book they name.
 */
export function dropCopyCitations(lines: Line[], sink: DiagnosticSink): { dropped: Map<number, Line>; cited: CitedBook | null } {
  const found: Citation[] = [];
  for (let i = 0; i < lines.length; i++) {
    // The cheap test first: every citation's lead is a line of its own, none of them starts with a space.
    if (lines[i]!.blank) continue;
    const c = citationAt(lines, i);
    if (c) {
      found.push(c);
      i = c.to;
    }
  }
  if (found.length === 0) return { dropped: new Map(), cited: null };
  const counts = new Map<string, number>();
  for (const c of found) counts.set(shape(lines, c), (counts.get(shape(lines, c)) ?? 0) + 1);
  const kept = found.filter((c) => c.certain || (counts.get(shape(lines, c)) ?? 0) >= 2);
  if (kept.length === 0) return { dropped: new Map(), cited: null };
  unwrapSelections(lines, kept, sink);
  const named = kept.find((c) => c.rule.names !== undefined && c.to - c.from >= Math.max(c.rule.names.title, c.rule.names.author));
  const cited = named?.rule.names
    ? { title: lines[named.from + named.rule.names.title]!.trimmed, author: lines[named.from + named.rule.names.author]!.trimmed, line: named.from + 1 }
    : null;
  const indexes = kept.flatMap((c) => Array.from({ length: c.to - c.from + 1 }, (_, k) => c.from + k));
  const dropped = new Map(indexes.map((i) => [i, lines[i]!]));
  for (const i of indexes) lines[i] = { ...lines[i]!, text: '', trimmed: '', indent: 0, blank: true };
  reportRuns(lines, indexes, (from, to, count) =>
    sink.info('copy-citation', from, `${count} line${count > 1 ? 's' : ''} of a reading app's citation under a copied passage left out of the text`, { endLine: to }));
  return { dropped, cited };
}

/** The passages before the citations of an app that quotes its selections lose their quotes, if every one has them. */
function unwrapSelections(lines: Line[], citations: readonly Citation[], sink: DiagnosticSink): void {
  const ends: { first: number; last: number; wrap: [string, string] }[] = [];
  let start = 0;
  for (const c of citations) {
    const from = start;
    start = c.to + 1;
    if (c.rule.quotes !== true) continue;
    let first = from;
    while (first < c.from && lines[first]!.blank) first++;
    let last = c.from - 1;
    while (last > first && lines[last]!.blank) last--;
    if (first >= c.from) continue;
    const head = lines[first]!.trimmed;
    const tail = lines[last]!.trimmed;
    const wrap = WRAPS.find(([open, close]) => head.startsWith(open) && tail.endsWith(close) && (first !== last || head.length > 2));
    if (!wrap) return;
    ends.push({ first, last, wrap });
  }
  for (const { first, last, wrap } of ends) {
    lines[first] = cut(lines[first]!, wrap[0].length, 0);
    lines[last] = cut(lines[last]!, 0, wrap[1].length);
  }
  if (ends.length > 0) sink.info('copy-quotes', ends[0]!.first + 1, `${ends.length} copied passage${ends.length > 1 ? 's' : ''} read without the quotation marks the reading app put around each selection`);
}

function cut(line: Line, head: number, tail: number): Line {
  const trimmed = line.trimmed.slice(head, line.trimmed.length - tail).trim();
  const at = line.text.indexOf(line.trimmed);
  return { ...line, text: line.text.slice(0, at) + trimmed, trimmed, blank: trimmed === '' };
}

/**
 * The app's citation names the book as its library holds it: the title and author a title page gave without labels
 * (a bare name under the title) are filled from it where the header found none, the title only when it agrees.
 */
export function fillFromCitation(meta: StoryMeta, cited: CitedBook | null, sink: DiagnosticSink): void {
  if (cited === null) return;
  if (meta.title === null) {
    meta.title = cited.title;
    sink.info('copy-citation-title', cited.line, 'title taken from the reading app\'s citation under a copied passage');
  }
  if (meta.author === null && meta.title === cited.title) {
    meta.author = cited.author;
    sink.info('copy-citation-author', cited.line, 'author taken from the reading app\'s citation under a copied passage');
  }
}
