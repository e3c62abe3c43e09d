import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { matchHeading } from './rules/headings.js';
import { isNavigationLine } from './rules/body-boilerplate.js';
import { parseNumber } from './numbers.js';
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

/** Pages read by their chapter headings: a line in them heads a chapter or a part. */
function headed(lines: readonly Line[], from: number, to: number, menu: ReadonlySet<number> = new Set()): boolean {
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!l.blank && !menu.has(i) && l.trimmed.length <= 80 && ['chapter', 'part'].includes(matchHeading(l.trimmed)?.level ?? '')) return true;
  }
  return false;
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
    if (starts.some((s, k) => headed(lines, s, starts[k + 1] ?? to))) return null;
    sink.info('heading-page-copy', titles[0]! + 1, `${starts.length} copied pages, each opening on "${key}": the title line of each page read as its chapter heading`);
    return new Map(titles.map((t) => [t!, lines[t!]!.trimmed]));
  }
  return null;
}

/** An entry of a chapter menu copied as text: `1. 川辺`, `12. The Long Way Home`. */
const MENU_ENTRY = /^(\d{1,3})\.\s+(\S.{0,79})$/u;

/** Runs of menu entries counting 1, 2, 3… with nothing between them: `[first line, entries]`. */
function chapterMenus(lines: readonly Line[], from: number, to: number): [number, string[]][] {
  const menus: [number, string[]][] = [];
  for (let i = from; i < to; i++) {
    const entries: string[] = [];
    while (i + entries.length < to && Number(MENU_ENTRY.exec(lines[i + entries.length]!.trimmed)?.[1]) === entries.length + 1) entries.push(lines[i + entries.length]!.trimmed);
    if (entries.length >= 2) menus.push([i, entries]);
    i += entries.length;
  }
  return menus;
}

/** The chapter a page's selector shows between its links (`< Prev   2. Brevet   Next >`): `[number, entry]`. */
function selectedEntry(t: string): [number, string] | null {
  const cells = t.split(/\s{2,}|\s+[|｜]\s+/).filter(Boolean);
  const isNav = (c: string): boolean => isNavigationLine(c, (w) => parseNumber(w) !== null);
  const own = cells.filter((c) => !isNav(c));
  const entry = own.length === 1 && own.length < cells.length ? MENU_ENTRY.exec(own[0]!) : null;
  if (entry) return [Number(entry[1]), own[0]!];
  return cells.length === 1 ? spacedEntry(t, isNav) : null;
}

/** The same selector copied with single spaces (`< Prev 1. Payung Next >`): the links are the words before the entry's number and the shortest run after it that is navigation. */
function spacedEntry(t: string, isNav: (c: string) => boolean): [number, string] | null {
  const words = t.split(/\s+/);
  const at = words.findIndex((w) => /^\d{1,3}\.$/.test(w));
  if (at < 1 || !isNav(words.slice(0, at).join(' '))) return null;
  for (let end = words.length - 1; end > at + 1; end--) {
    if (!isNav(words.slice(end).join(' '))) continue;
    const own = words.slice(at, end).join(' ');
    const entry = MENU_ENTRY.exec(own);
    return entry ? [Number(entry[1]), own] : null;
  }
  return null;
}

/**
 * The same pages where the menu was copied as its chosen entry alone, between the page's links: the selectors count
 * 1, 2, 3… down the file (each once or twice a page), and the first of each heads its chapter.
 */
function selectorHeadings(lines: readonly Line[], from: number, to: number): { headings: Map<number, string>; chrome: number[] } | null {
  const rows: [number, number, string][] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]!.trimmed;
    const entry = t.length <= 120 && /\d\./.test(t) ? selectedEntry(t) : null;
    if (entry) rows.push([i, ...entry]);
  }
  const firsts = rows.filter(([, n], k) => k === 0 || rows[k - 1]![1] !== n);
  // The pages run from the first selector to the last (under it, the site's review box may name the chapter again).
  if (firsts.length < 2 || firsts.some(([, n], k) => n !== k + 1) || headed(lines, rows[0]![0], rows.at(-1)![0], new Set(rows.map(([i]) => i)))) return null;
  // The review box under the last page names the chapter reviewed (`Chapter 2: Gerbong Tiga`): the site's line.
  const reviewed: number[] = [];
  for (let i = rows.at(-1)![0] + 1; i < to; i++) if (lines[i]!.trimmed.length <= 80 && matchHeading(lines[i]!.trimmed)?.number === firsts.length) reviewed.push(i);
  return { headings: new Map(firsts.map(([i, , entry]) => [i, entry])), chrome: [...rows.filter((r) => !firsts.includes(r)).map(([i]) => i), ...reviewed] };
}

/**
 * Chapter pages copied one after another where each page carries the site's chapter menu (a drop-down copied as its
 * list of options: `1. 川辺` / `2. 帰り道`) and the text has no chapter headings of its own: the same menu copied once
 * per page (or twice, over and under the text), as many times as it has entries, says the k-th page is chapter k,
 * named by the k-th entry. That entry in the page's first menu heads the chapter; the menus' other lines are the site's.
 */
export function findMenuPageHeadings(lines: readonly Line[], from: number, to: number, sink: DiagnosticSink): { headings: Map<number, string>; chrome: number[] } | null {
  const menus = chapterMenus(lines, from, to);
  const byText = new Map<string, [number, string[]][]>();
  for (const m of menus) byText.set(m[1].join('\n'), [...(byText.get(m[1].join('\n')) ?? []), m]);
  // Pages with headings of their own (the menus' lines aside) are read by them.
  const ownHeadings = menus.length > 0 && headed(lines, from, to, new Set(menus.flatMap(([at, entries]) => entries.map((_, k) => at + k))));
  for (const copies of byText.values()) {
    const n = copies[0]![1].length;
    const perPage = copies.length === n ? 1 : copies.length === 2 * n ? 2 : 0;
    if (perPage === 0 || ownHeadings) continue;
    const pages = copies.filter((_, k) => k % perPage === 0);
    const headings = new Map(pages.map(([at, entries], k) => [at + k, entries[k]!]));
    sink.info('heading-menu-page', pages[0]![0] + 1, `${n} copied pages, each with the chapter menu (${n} entries): each page read as the chapter its place in the menu names`);
    return { headings, chrome: copies.flatMap(([at, entries]) => entries.map((_, k) => at + k)).filter((i) => !headings.has(i)) };
  }
  const selected = selectorHeadings(lines, from, to);
  if (selected) sink.info('heading-menu-page', [...selected.headings.keys()][0]! + 1, `${selected.headings.size} copied pages, each showing its chapter in the page's selector: each page read as that chapter`);
  return selected;
}
