import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { parseNumber } from './numbers.js';
import { matchHeading } from './rules/headings.js';
import { WIKI_EDIT } from './rules/decoration.js';
import { FOLLOW_BUTTON, isNameLike, matchByLine, TITLE_LEAD } from './rules/header-labels.js';
import { CHAPTER_WORDS, NUMBER_FIRST_CHAPTER_WORDS, NUMBER_FIRST_PART_WORDS, PART_WORDS } from './rules/languages/index.js';
import { caselessRegExp } from './rules/caseless-regexp.js';
import { matchDateLine } from './rules/dates.js';
import { HEADER_CHROME, isBreadcrumb, isDateLine, matchBoilerplate, nameBesideDate } from './rules/boilerplate.js';

/** A chapter label inside a line, after some words: where a page's title line carries the chapter's heading. */
/** Or a number with an East Asian counter after it (`등대지기의 딸 1화. 안개`, `灯台守の娘 第3話`). */
/** Or a number before its label, as Icelandic and Hungarian count (`Vitavörðurinn – 1. hluti`, `A torony (2. rész)`, `Vitavörðurinn, 1. kafli: Ljósið`). */
/** A space stands before the label, or a full-width bar with none: a Chinese post's `WORK｜第一章　TITLE` (LOFTER). */
const INNER_LABEL = new RegExp(`[\\s｜](?=[(\\[]?(?:(?:${CHAPTER_WORDS}|${PART_WORDS})\\s|\\d{1,3}\\.\\s(?:${NUMBER_FIRST_CHAPTER_WORDS}|${NUMBER_FIRST_PART_WORDS})(?:[\\s)\\]:.]|$)|(?:第|제)?\\s?[0-9０-９〇一二三四五六七八九十百千]{1,5}\\s?(?:화|話|话|章|回|集|节|節|장)(?:[\\s.:：「『（(]|$)))`, 'giu');
/** A related-posts entry repeats a post's title with its comment count and date (`… 2화. 대답 (2) 2020.11.10`): not the post. */
const LIST_ENTRY_TAIL = /(?:\(\d+\)\s*)?(?:19|20)\d\d[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?$/;
/** A mail's or a post's header label in front of the title (`Subject:`, `Betreff:`, `Title:`). */
const FIELD_LABEL = /^\p{L}[\p{L}-]{1,20}:\s+(?=\S)/u;

interface TitleLine {
  i: number;
  prefix: string;
  rest: string;
  /** The installment's bare number after a bracketed title (`【南方来信】01 梅雨`). */
  number?: number;
  /** The number stands in brackets after the title (`O muíño (II)`), as a count would (`Comment (4)`): it must count from one, or on by one. */
  counted?: true;
  /** A named chapter (`Prolog`) among numbered ones: it carries no number to count. */
  named?: boolean;
}

/** A page title whose last cell, after a spaced dash, is the work's name: `HEADING - WORK`. */
const DASHED_TITLE = /^(.+?)\s+[-–—]\s+(\p{L}[^-–—|]{2,80})$/u;

/** Lines at the top of a page, where its own title stands. */
const TOP_LINES = 15;

/** A post's title with the installment's number in brackets after it: `O muíño (II)`, `O muíño (III e último)`, `The Well (2)`. */
const COUNTED_TITLE = /^(\p{L}.{0,60}?)\s+\((\p{Nd}{1,3}|[IVXLC]{1,7})(?:\s+[^()]{1,24})?\)$/u;
/**
 * The same with full-width brackets, a blog's tag before it and the installment's own title after: `【原创】老井记（二）粉笔字`;
 * or with a circled number for the count (`【連載小説】硝子の町 ① 駅のピアノ`).
 */
const COUNTED_CJK_TITLE = /^(?:【[^】]{1,8}】\s*)?(\p{L}[^（）()\u2460-\u2473]{0,30}?)\s*(?:（([0-9０-９]{1,3}|[〇一二三四五六七八九十百]{1,5})）|([\u2460-\u2473]))\s*(\S.{0,40})?$/u;

/** A post's title line that opens with the story's title in brackets and counts the installment: `【南方来信】01 梅雨`, `[Salt Road] 3. The Ford`. */
const BRACKETED_TITLE = /^[【\[]([^】\]]{1,30})[】\]]\s*([0-9０-９]{1,3})(?:[.、:：)]?\s*(\S.{0,60}))?$/u;

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
  /** The name over a follow button repeated above every post (`lanternedicarta` / `Follow`): who posted them. */
  poster: string | null;
}

/** Each title line's heading (the shared tail taken off), when all are chapter headings with numbers counting up. */
function countingHeadings(group: readonly TitleLine[], atTop: boolean): Map<number, string> | null {
  const tail = commonTail(group.map((g) => g.rest));
  const headings = new Map<number, string>();
  const numbers: number[] = [];
  for (const g of group) {
    // `Il guardiano dei fari (parte 1/3)`: the heading in brackets after the title.
    const text = g.rest.slice(0, g.rest.length - tail.length).trim().replace(/^[(\[](.*)[)\]]$/u, '$1');
    const h = g.number === undefined ? matchHeading(text) : null;
    if (g.named && h !== null) {
      headings.set(g.i, text);
      continue;
    }
    const n = g.number ?? h?.number ?? null;
    // Each page is one chapter, whatever its title calls the installment (`Part Three: The Weighing House`).
    if (n === null || (h !== null && h.level !== 'chapter' && h.level !== 'part')) return null;
    numbers.push(n);
    // A bare number reads as the installment's once it is written as a heading's (`01 梅雨` → `1. 梅雨`).
    headings.set(g.i, g.number === undefined ? text : `${g.number}. ${text.replace(/^[0-9０-９]+[.、:：)]?\s*/u, '')}`.trim());
  }
  // Counting up, or down as a blog lists its posts newest first (`Capítulo 13` over `Capítulo 12`).
  const up = numbers.every((n, k) => k === 0 || n > numbers[k - 1]!);
  const down = numbers.every((n, k) => k === 0 || n < numbers[k - 1]!);
  const fromOne = [...numbers].sort((a, b) => a - b).every((n, k) => n === k + 1);
  // A serial's excerpt counts on from where the paper or the site picked it up (`(III)`, `(IV)`), one at a time, its
  // first title at the top of the page; a count of reviews under each part (`Отзывы (4)`, `(5)`) stands lower.
  const consecutive = atTop && numbers.every((n, k) => k === 0 || Math.abs(n - numbers[k - 1]!) === 1);
  return numbers.length > 0 && (up || down) && (!group.some((g) => g.counted) || fromOne || consecutive) ? headings : null;
}

/**
 * Whether a title line names the next one's chapter and more (the post's title over the chapters' own headings:
 * `… الفصل الرابع والخامس بقلم NAME` over `… الفصل الرابع`). The same line twice (a mail's subject and its header) is not.
 */
function namesMore(a: TitleLine, b: TitleLine): boolean {
  const n = (t: TitleLine): number | null => t.number ?? matchHeading(t.rest.trim())?.number ?? null;
  const [ra, rb] = [a.rest.trim(), b.rest.trim()];
  return n(a) !== null && n(a) === n(b) && ra.length > rb.length && ra.startsWith(rb);
}

/**
 * Whether the text under the first title line carries a heading of its own (a Usenet post's `Part 1 of 3`
 * under `Subject: STORY: The Copper Hour (Part 1 of 3)`): then the title lines only name the page.
 */
function headedBelow(lines: readonly Line[], group: readonly TitleLine[], to: number): boolean {
  const end = Math.min(group[1]?.i ?? to, group[0]!.i + 40);
  for (let k = group[0]!.i + 1; k < end; k++) {
    const l = lines[k];
    if (!l || l.blank || !lines[k - 1]?.blank || !(lines[k + 1]?.blank ?? true)) continue;
    const h = matchHeading(l.trimmed);
    // A bare number heads the post only straight under its header (a Usenet article's centred `一`).
    // (`1. Non fermare mai il pendolo grande.` is a list's first item, a sentence without a label: no heading.)
    if (h !== null && h.label === null && h.title !== null && /[.!?…]$/u.test(l.trimmed)) continue;
    if (h !== null && h.number !== null && (h.level === 'chapter' || h.level === 'part' || (h.level === 'section' && k <= group[0]!.i + 6))) return true;
  }
  return false;
}

/**
 * A browser's reader view or a page-by-page copy puts each page's title above its text:
 * `The Dormouse Clock Chapter 2: Unwound, a alice in wonderland fanfic | FanFiction`, or a newsletter's mail
 * its subject (`Subject: The Salt Road — Part Three: The Weighing House`). Lines that start
 * alike and carry a chapter heading counting up are the chapters' headings; what they start with is the
 * story's title, and the tail they share is the site's.
 */
export function findPageTitleHeadings(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>, sink: DiagnosticSink): PageTitleHeadings | null {
  const found: TitleLine[] = [];
  const dashedFound: TitleLine[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    // A link site's domain after the post's title (old Reddit: `(self.HFY)`, `(i.redd.it)`) is the site's.
    // A wiki's edit link (`[edit | edit source]`) is no page title's column.
    const t = (lines[i]?.trimmed ?? '').replace(FIELD_LABEL, '').replace(WIKI_EDIT, '').replace(/\s+\((?:self\.\w+|[\w-]+(?:\.[\w-]+)+)\)$/u, '');
    // A breadcrumb trail (`Home » Novel » Chapter 41`) names the page, but the page's own title line is the heading.
    if (t.length < 8 || t.length > 200 || isBreadcrumb(t) || LIST_ENTRY_TAIL.test(t)) continue;
    // A reader view's page title puts the chapter first: `Chapter 12 - Marrow Ford | The Iron Cartographer | Royal Road`.
    const cells = t.includes(' | ') ? t.split(/\s+\|\s+/) : [];
    const lead = cells.length >= 2 ? matchHeading(cells[0]!) : null;
    if (lead !== null && lead.number !== null && (lead.level === 'chapter' || lead.level === 'part') && /\p{L}.*\p{L}/u.test(cells[1]!)) {
      found.push({ i, prefix: cells[1]!, rest: cells[0]! });
      continue;
    }
    // Or the work after a dash (`Bab 1 : Surat Dari Kuala Kangsar - Rumah Di Hujung Bendang`, `Prolog - Rumah …`): the
    // work's name is the last cell, and only lines ending alike make a group.
    const dashed = DASHED_TITLE.exec(t);
    const dashedLead = dashed ? matchHeading(dashed[1]!) : null;
    if (dashed && dashedLead !== null && (dashedLead.level === 'chapter' || dashedLead.level === 'part') && (dashedLead.number !== null || dashedLead.ruleId === 'heading-named')) {
      dashedFound.push({ i, prefix: dashed[2]!, rest: dashed[1]!, named: dashedLead.number === null });
    }
    const bracketed = BRACKETED_TITLE.exec(t);
    if (bracketed) {
      found.push({ i, prefix: bracketed[1]!.trim(), rest: t.slice(t.search(/[】\]]/u) + 1).trim(), number: Number(bracketed[2]!.normalize('NFKC')) });
      continue;
    }
    const cjk = /[）\u2460-\u2473]/u.test(t) ? COUNTED_CJK_TITLE.exec(t) : null;
    const cjkNumber = cjk ? (cjk[3] ? cjk[3].codePointAt(0)! - 0x245f : parseNumber(cjk[2]!.normalize('NFKC'))) : null;
    if (cjk && cjkNumber !== null) {
      found.push({ i, prefix: cjk[1]!.trim(), rest: cjk[4] ? ` ${cjk[4].trim()}` : '', number: cjkNumber, counted: true });
      continue;
    }
    // (`အပိုင်း (၁)`, `Part (2)`: a label with its number is a heading for the rules, not a titled post.)
    const match = t.endsWith(')') ? COUNTED_TITLE.exec(t) : null;
    const counted = match && matchHeading(t) === null ? match : null;
    const n = counted ? parseNumber(counted[2]!) : null;
    if (counted && n !== null) {
      found.push({ i, prefix: counted[1]!.trim(), rest: '', number: n, counted: true });
      continue;
    }
    // The label that opens a heading (`… del faro – Capítulo 14: …`: Scandinavian `del` is a label too), else the first.
    const labels = [...t.matchAll(INNER_LABEL)].filter((x) => x.index >= 2);
    const m = labels.length > 1 ? (labels.find((x) => matchHeading(t.slice(x.index + 1))?.number != null) ?? labels[0]) : labels[0];
    if (!m) continue;
    // A blog's tag before the story's name is the post's kind, not the name (`【連載】蝉の声`, `[Fic] The Well`).
    const prefix = t.slice(0, m.index).replace(/\s*[-–—|｜:,]\s*$|(?<=\p{L}\p{L})\.\s*$/u, '').replace(/^(?:【[^】]{1,10}】|\[[^\]]{1,24}\])\s*(?=\p{L})/u, '').trim();
    // A title has words; `~*~ Chapter 1 ~*~` is a decorated heading, not a page title, and `Том 1 Глава 7` a volume's chapter.
    if (!/\p{L}.*\p{L}/u.test(prefix) || matchHeading(prefix)?.level === 'part') continue;
    found.push({ i, prefix, rest: t.slice(m.index + 1) });
  }
  // A dashed line stands for its work only beside another naming the same, and then in place of what else read it.
  const dashed = dashedFound.filter((d) => dashedFound.some((e) => e !== d && e.prefix === d.prefix));
  const replaced = new Set(dashed.map((d) => d.i));
  const titled = [...found.filter((f) => !replaced.has(f.i)), ...dashed].sort((a, b) => a.i - b.i);
  // Title lines one under another are a list of the posts (a blog's archive in its sidebar), not the posts' own titles.
  const at = new Set(titled.map((f) => f.i));
  const listed = (f: TitleLine): boolean => at.has(f.i - 1) || at.has(f.i + 1);
  const groups = new Map<string, TitleLine[]>();
  for (const f of titled.filter((x) => !listed(x))) groups.set(f.prefix.toLowerCase(), [...(groups.get(f.prefix.toLowerCase()) ?? []), f]);
  // The largest set of lines that carry headings counting up; page navigation (`« Previous Chapter | Next Chapter »`) starts alike too.
  let group: TitleLine[] | undefined;
  let headings = new Map<number, string>();
  for (const whole of [...groups.values()].filter((g) => g.length >= 2).sort((a, b) => b.length - a.length)) {
    // The post's own title over the chapters' (`… الفصل الرابع والخامس بقلم NAME` over `… الفصل الرابع`, `… الفصل الخامس`):
    // the headings are the lines under it.
    const candidate = whole.length >= 3 && countingHeadings(whole, false) === null && namesMore(whole[0]!, whole[1]!) ? whole.slice(1) : whole;
    const found = countingHeadings(candidate, candidate[0]!.i - from < TOP_LINES);
    if (found && !headedBelow(lines, candidate, to)) {
      group = candidate;
      headings = found;
      break;
    }
  }
  if (!group) {
    const single = postTitle(lines, titled.filter((x) => !listed(x)), from, to);
    if (!single) return null;
    group = [single.line];
    headings = new Map([[single.line.i, single.heading]]);
  }
  // The same short line right above or below each title line (`fanfiction.net`, `2–3 minutes`), and the header
  // lines a translation blog repeats under each post's title (`Translator: Qingfeng`, `Posted on DATE by NAME`).
  const chrome: number[] = [];
  for (const step of group.length > 1 ? [-3, -2, -1, 1, 2, 3, 4, 5, 6] : []) {
    const near = group.map((g) => lines[g.i + step]);
    const longest = step < 0 ? 40 : 80;
    // A by-line stays for the header reader, which takes the author from the first.
    const mask = (l: Line | undefined): string | null => (l && !l.blank && l.trimmed.length <= longest && (step < 0 || !matchByLine(l.trimmed)) ? l.trimmed.replace(/\d+/g, '0') : null);
    const first = mask(near[0]);
    if (first !== null && near.every((l) => mask(l) === first)) chrome.push(...group.map((g) => g.i + step));
  }
  // (A site's word for the kind of work before it, `رواية NAME`, `นิยาย NAME`, is no part of it.)
  const title = group[0]!.prefix.replace(TITLE_LEAD, '');
  const follow = chrome.find((i) => FOLLOW_BUTTON.test(lines[i]!.trimmed) && chrome.includes(i - 1));
  // Or the name before each post's date (`윤슬 2020. 11. 3. 21:40`).
  const dated = chrome.map((i) => nameBesideDate(lines[i]!.trimmed, isNameLike)).find((n) => n !== null) ?? null;
  // Or the same bare name straight under every title line (a reader view's byline: `quillfeather`).
  const under = lines[group[0]!.i + 1]?.trimmed ?? '';
  const byline = group.every((g) => lines[g.i + 1]?.trimmed === under) && under.split(/\s+/).length <= 3 && !/[\d:@]/.test(under) && isNameLike(under) && matchBoilerplate(HEADER_CHROME, under) === null ? under : null;
  // Or the same name over each post's date, on lines of their own (`Miren Agirre Etxeberria` / `2019ko abuztuaren 7a`).
  const overDate = chrome.find((i) => chrome.includes(i + 1) && isDateLine(lines[i + 1]!.trimmed) && lines[i]!.trimmed.split(/\s+/).length <= 4 && isNameLike(lines[i]!.trimmed));
  const poster = follow === undefined ? (dated ?? byline ?? (overDate === undefined ? null : lines[overDate]!.trimmed)) : nameOverFollow(lines, group, follow - group[0]!.i);
  sink.info('heading-page-title-line', group[0]!.i + 1, `${group.length} page title lines ("${title} …") carry the chapter headings; "${title}" read as the story's title`);
  return { title, headings, chrome, poster };
}

/** A channel's follower count between its name and the follow button: `12,3 тыс. подписчиков`, `4.1K followers`. */
const FOLLOWER_COUNT = /^\p{N}[\p{N}.,\s]*(?:\p{L}{1,4}\.?)?\s*\p{L}+$/u;

/**
 * The name over the follow button beside each title line, above the follower count where the page shows one; the
 * name most pages agree on (the first page may print the channel's tagline there too).
 */
function nameOverFollow(lines: readonly Line[], group: readonly TitleLine[], step: number): string {
  const votes = new Map<string, number>();
  for (const g of group) {
    let k = g.i + step - 1;
    while (k > 0 && !lines[k]!.blank && FOLLOWER_COUNT.test(lines[k]!.trimmed)) k--;
    const name = lines[k]?.trimmed ?? '';
    if (name !== '' && isNameLike(name)) votes.set(name, (votes.get(name) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? lines[group[0]!.i + step - 1]!.trimmed;
}

/**
 * One post copied alone: its title line near the top names the story and the chapter
 * (`[Acceso anticipado] Las cartas del faro – Capítulo 14: La tormenta de San José`), set apart, the only chapter
 * heading of the text.
 */
function postTitle(lines: readonly Line[], found: readonly TitleLine[], from: number, to: number): { line: TitleLine; heading: string } | null {
  const top = found.filter((f) => f.i - from < TOP_LINES && f.rest !== '' && f.number === undefined && matchHeading(f.rest)?.level === 'chapter');
  if (top.length !== 1) return null;
  const line = top[0]!;
  // A title is a few words, not a sentence (`A/N: Hi all! No comic page this Friday, …`).
  if (line.prefix.split(/\s+/).length > 10 || /[.!?]/.test(line.prefix) || line.rest.length > 80) return null;
  const h = matchHeading(line.rest);
  // Set apart by blank lines, or straight under the post's date (a blog's `venerdì, 9 settembre 2005` over its post).
  const above = lines[line.i - 1];
  const apart = !above || above.blank || matchDateLine(above.trimmed) !== null;
  if (h === null || h.number === null || h.level !== 'chapter' || !apart || !(lines[line.i + 1]?.blank ?? true)) return null;
  for (let k = from; k < to; k++) {
    const l = lines[k]!;
    if (k === line.i || l.blank || l.trimmed.length > 80 || !(lines[k - 1]?.blank ?? true)) continue;
    const other = matchHeading(l.trimmed);
    if (other !== null && other.number !== null && other.label !== null && (other.level === 'chapter' || other.level === 'part')) return null;
  }
  return { line, heading: line.rest };
}

/** `Chapter: 3`, `#পর্ব: ২`, `Kapitel: 4 (Ende)`: a header field that counts the post's chapter. */
const COUNT_FIELD = caselessRegExp(`^#?\\s*(${CHAPTER_WORDS})\\s*[:：]\\s*(\\S+)(?:\\s(.*))?$`, 'iu');

/**
 * A serial posted part by part repeats its header over each post, with a field that counts the part
 * (`#গল্প: TITLE` / `#পর্ব: ২` / `#লেখিকা: NAME`). Fields counting up from one are the chapters' headings;
 * the header's other lines over every post but the first (which the header reader reads) are the page.
 */
export function findFieldHeadings(lines: readonly Line[], from: number, to: number, sink: DiagnosticSink): { headings: Map<number, string>; repeated: number[] } | null {
  const all: { i: number; text: string; n: number }[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]?.trimmed ?? '';
    if (t.length > 100) continue;
    const m = COUNT_FIELD.exec(t);
    // `Chapter: 2. Der Brief    < Prev    Next >`: a page's chapter selector, its number, title and page links.
    const n = m ? parseNumber(m[2]!.replace(/[.)]$/, '')) : null;
    const title = m && /[.)]$/.test(m[2]!) ? (m[3] ?? '').split(/\s{3,}|\s+(?=[<‹«]\s*prev|next\s*[>›»])/iu)[0]!.trim() : '';
    if (m && n !== null) all.push({ i, text: `${m[1]} ${n}${title ? `. ${title}` : ''}`, n });
  }
  // The selector set again at the foot of its page (the same chapter twice running) is the page's.
  const found = all.filter((f, k) => k === 0 || f.n !== all[k - 1]!.n);
  const footers = all.filter((f) => !found.includes(f)).map((f) => f.i);
  if (found.length < 2 || !found.every((f, k) => f.n === k + 1 || (k > 0 && f.n === found[k - 1]!.n + 1))) return null;
  const headings = new Map(found.map((f) => [f.i, f.text]));
  const repeated: number[] = [...footers];
  for (const f of found.slice(1)) {
    for (let k = f.i - 1; k >= from && !lines[k]?.blank; k--) repeated.push(k);
    for (let k = f.i + 1; k < to && !lines[k]?.blank; k++) repeated.push(k);
  }
  sink.info('heading-count-field', found[0]!.i + 1, `${found.length} header fields counting the parts ("${found[0]!.text}" …) read as chapter headings; the header repeated over each part left out`);
  return { headings, repeated };
}
