import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { matchHeading } from './rules/headings.js';
import { HEADER_CHROME, isDateLine, matchBoilerplate } from './rules/boilerplate.js';
import { matchFieldLine } from './rules/fields.js';
import { REPLY_SUBJECT } from './rules/message-headers.js';

/**
 * A story kept as its web pages copied one after another, each page opening on the site's same first line (a
 * breadcrumb: `craigslist > new york > … > missed connections`) and then the post's own title over its text. With
 * no chapter headings in the pages, each page's title line heads its chapter.
 */

/** Lines looked at under a page's first line for its title. */
const TITLE_WITHIN = 10;
/** The text under a title runs on: a line of prose this long. */
const PROSE_CHARS = 60;

const isBlank = (lines: readonly Line[], i: number): boolean => lines[i]?.blank ?? true;

/** The page's own lines before its title: stamps, `Reply to:` and `Date:` fields, the site's chrome. */
function pageFurniture(t: string): boolean {
  // `RE: coverless paperback`: a reply's title, not a field.
  if (REPLY_SUBJECT.test(t)) return false;
  return matchBoilerplate(HEADER_CHROME, t) !== null || isDateLine(t) || matchFieldLine(t) !== null || /[@/]\S/.test(t) || /^\S{1,30}:\s/.test(t);
}

/** The title of the page starting at `at`: a short line set apart, over prose. */
function pageTitle(lines: readonly Line[], at: number, to: number, repeated: ReadonlySet<string>): number | null {
  let seen = 0;
  for (let i = at + 1; i < to && seen < TITLE_WITHIN; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    if (repeated.has(l.trimmed) || pageFurniture(l.trimmed)) continue;
    if (!isBlank(lines, i - 1) || !isBlank(lines, i + 1) || l.trimmed.length < 4 || l.trimmed.length > 120 || /[.!?]["”]?$/.test(l.trimmed)) return null;
    let k = i + 1;
    while (k < to && lines[k]!.blank) k++;
    return k < to && (lines[k]!.trimmed.length >= PROSE_CHARS) ? i : null;
  }
  return null;
}

export function findPageCopyHeadings(lines: readonly Line[], from: number, to: number, sink: DiagnosticSink): Map<number, string> | null {
  const firsts: number[] = [];
  for (let i = from; i < to && firsts.length < 3; i++) if (!lines[i]!.blank) firsts.push(i);
  for (const first of firsts) {
    const key = lines[first]!.trimmed;
    if (key.length < 12 || /[.!?]$/.test(key)) continue;
    const starts: number[] = [];
    for (let i = first; i < to; i++) if (lines[i]!.trimmed === key) starts.push(i);
    if (starts.length < 2) continue;
    // Lines every page repeats are the site's, never a title.
    const counts = new Map<string, number>();
    for (let i = first; i < to; i++) if (!lines[i]!.blank) counts.set(lines[i]!.trimmed, (counts.get(lines[i]!.trimmed) ?? 0) + 1);
    const repeated = new Set([...counts].filter(([, n]) => n >= starts.length).map(([t]) => t));
    const titles = starts.map((s, k) => pageTitle(lines, s, starts[k + 1] ?? to, repeated));
    if (titles.some((t) => t === null) || new Set(titles.map((t) => lines[t!]!.trimmed)).size !== titles.length) continue;
    // Pages with chapter headings of their own are read by them.
    const headed = starts.some((s, k) => lines.slice(s, starts[k + 1] ?? to).some((l) => !l.blank && l.trimmed.length <= 80 && ['chapter', 'part'].includes(matchHeading(l.trimmed)?.level ?? '')));
    if (headed) return null;
    sink.info('heading-page-copy', titles[0]! + 1, `${starts.length} copied pages, each opening on "${key}": the title line of each page read as its chapter heading`);
    return new Map(titles.map((t) => [t!, lines[t!]!.trimmed]));
  }
  return null;
}
