import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { parseNumber } from './numbers.js';
import { matchHeading } from './rules/headings.js';
import { CHAPTER_WORDS } from './rules/languages/index.js';
import { caselessRegExp } from './rules/caseless-regexp.js';

/** A chapter label inside a line, after some words: where a page's title line carries the chapter's heading. */
const INNER_LABEL = new RegExp(`\\s(?=(?:${CHAPTER_WORDS})\\s)`, 'giu');

interface TitleLine {
  i: number;
  prefix: string;
  rest: string;
}

/** The longest tail every string shares that starts at a separator (`, a … fanfic | FanFiction`). */
function commonTail(texts: readonly string[]): string {
  const first = texts[0] ?? '';
  for (let k = 0; k < first.length; k++) {
    const tail = first.slice(k);
    if (!/^\s*[,|–—-]\s/.test(tail)) continue;
    if (texts.every((t) => t.endsWith(tail) && t.length > tail.length)) return tail;
  }
  return '';
}

export interface PageTitleHeadings {
  /** The story's title: what every title line starts with. */
  title: string;
  /** Line index → the chapter heading the title line carries. */
  headings: Map<number, string>;
  /** Short lines repeated next to every title line (the site's name, a reading time): the page, not the story. */
  chrome: number[];
}

/**
 * A browser's reader view or a page-by-page copy puts each page's title above its text:
 * `The Dormouse Clock Chapter 2: Unwound, a alice in wonderland fanfic | FanFiction`. Lines that start
 * alike and carry a chapter heading counting up are the chapters' headings; what they start with is the
 * story's title, and the tail they share is the site's.
 */
export function findPageTitleHeadings(lines: readonly Line[], from: number, to: number, sink: DiagnosticSink): PageTitleHeadings | null {
  const found: TitleLine[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]?.trimmed ?? '';
    if (t.length < 12 || t.length > 200) continue;
    INNER_LABEL.lastIndex = 0;
    const m = INNER_LABEL.exec(t);
    if (!m || m.index < 2) continue;
    found.push({ i, prefix: t.slice(0, m.index).replace(/\s*[-–—|:,]\s*$/, '').trim(), rest: t.slice(m.index + 1) });
  }
  const groups = new Map<string, TitleLine[]>();
  for (const f of found) groups.set(f.prefix.toLowerCase(), [...(groups.get(f.prefix.toLowerCase()) ?? []), f]);
  const group = [...groups.values()].filter((g) => g.length >= 2).sort((a, b) => b.length - a.length)[0];
  if (!group) return null;
  const tail = commonTail(group.map((g) => g.rest));
  const headings = new Map<number, string>();
  let last = 0;
  for (const g of group) {
    const text = g.rest.slice(0, g.rest.length - tail.length).trim();
    const h = matchHeading(text);
    if (h === null || h.level !== 'chapter' || h.number === null || h.number <= last) return null;
    last = h.number;
    headings.set(g.i, text);
  }
  // The same short line right above or below each title line (`fanfiction.net`, `2–3 minutes`).
  const chrome: number[] = [];
  for (const step of [-2, -1, 1, 2]) {
    const near = group.map((g) => lines[g.i + step]);
    const mask = (l: Line | undefined): string | null => (l && !l.blank && l.trimmed.length <= 40 ? l.trimmed.replace(/\d+/g, '0') : null);
    const first = mask(near[0]);
    if (first !== null && near.every((l) => mask(l) === first)) chrome.push(...group.map((g) => g.i + step));
  }
  const title = group[0]!.prefix;
  sink.info('heading-page-title-line', group[0]!.i + 1, `${group.length} page title lines ("${title} …") carry the chapter headings; "${title}" read as the story's title`);
  return { title, headings, chrome };
}

/** `Chapter: 3`, `#পর্ব: ২`, `Kapitel: 4 (Ende)`: a header field that counts the post's chapter. */
const COUNT_FIELD = caselessRegExp(`^#?\\s*(${CHAPTER_WORDS})\\s*[:：]\\s*(\\S+)(?:\\s.*)?$`, 'iu');

/**
 * A serial posted part by part repeats its header over each post, with a field that counts the part
 * (`#গল্প: TITLE` / `#পর্ব: ২` / `#লেখিকা: NAME`). Fields counting up from one are the chapters' headings;
 * the header's other lines over every post but the first (which the header reader reads) are the page.
 */
export function findFieldHeadings(lines: readonly Line[], from: number, to: number, sink: DiagnosticSink): { headings: Map<number, string>; repeated: number[] } | null {
  const found: { i: number; text: string; n: number }[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]?.trimmed ?? '';
    if (t.length > 60) continue;
    const m = COUNT_FIELD.exec(t);
    const n = m ? parseNumber(m[2]!) : null;
    if (m && n !== null) found.push({ i, text: `${m[1]} ${m[2]}`, n });
  }
  if (found.length < 2 || !found.every((f, k) => f.n === k + 1 || (k > 0 && f.n === found[k - 1]!.n + 1))) return null;
  const headings = new Map(found.map((f) => [f.i, f.text]));
  const repeated: number[] = [];
  for (const f of found.slice(1)) {
    for (let k = f.i - 1; k >= from && !lines[k]?.blank; k--) repeated.push(k);
    for (let k = f.i + 1; k < to && !lines[k]?.blank; k++) repeated.push(k);
  }
  sink.info('heading-count-field', found[0]!.i + 1, `${found.length} header fields counting the parts ("${found[0]!.text}" …) read as chapter headings; the header repeated over each part left out`);
  return { headings, repeated };
}
