import type { DiagnosticSink } from '../diagnostics.js';
import type { Layout } from './layout.js';
import type { Line } from './lines.js';
import { HEADING_RULES, matchHeading, type HeadingMatch } from './rules/headings.js';
import { undecorate } from './rules/decoration.js';
import { isContentsLabel } from './rules/contents-label.js';
import { markedHeading } from './marked-headings.js';
import { unitText, type Unit } from './units.js';
import { countWords } from '../model-text.js';
import { NAVIGATION_LINE } from './rules/languages/navigation.js';
import { matchByLine } from './rules/header-labels.js';
import { isDateLine } from './rules/boilerplate.js';
import { isEditionHeadingText } from './edition-sections.js';
import { findBareTitles } from './bare-titles.js';
import { closeOnEndingHeading } from './closing-heading.js';
import { findClockHeadings, findDateHeadings } from './date-headings.js';
import { dropChapterCounters, dropRunTogetherMenus } from './menu-lines.js';
import { nestChapterFamilies } from './nested-headings.js';
import { absorbCountLines, absorbPartNames, absorbTitleLines } from './heading-lines.js';
import { bracketedNamesAsPov, demote, demoteForeignLabels, keepLetterRuns, demoteNumberedLists, demoteProseOutliers, demoteGluedOutliers, demoteStrayRepeats, familyOf, hasNumberedChapters, keepCountingNumbers, partsAsChapters } from './heading-set.js';

/** A contents list ends at a gap this wide, at a repeated entry, or at a line that reads as prose. */
const CONTENTS_END_GAP = 4;

/**
 * Decides which heading candidates are headings in context: rules need
 * their minimum count, contents lists are dropped, the candidates are
 * chosen as a consistent set (heading-set.ts), a bare number is a section
 * when the file has real chapter headings, a repeated heading line is
 * absorbed, a title line beside a heading joins it (heading-lines.ts),
 * a file with no headings may have bare title lines (bare-titles.ts), and
 * dated entries and times of day are chosen as a set first (date-headings.ts).
 */
export function resolveHeadings(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  findDateHeadings(units, layout, sink);
  findClockHeadings(units, layout, sink);
  dropChapterSelectors(units, sink);
  dropRunTogetherMenus(units, sink);
  dropChapterCounters(units, sink);
  keepLetterRuns(units, sink);
  demoteRareRules(units);
  bracketedNamesAsPov(units, sink);
  dropContentsLists(units, sink);
  dropNumberedEntryLists(units, sink);
  demoteProseOutliers(units, layout, sink);
  demoteGluedOutliers(units, layout, sink);
  demoteNumberedLists(units, sink);
  keepCountingNumbers(units, sink);
  demoteForeignLabels(units, sink);
  demoteStrayRepeats(units, sink);
  demoteBareNumbers(units, sink);
  partsAsChapters(units, sink);
  nestChapterFamilies(units, sink);
  dropNavigationEchoes(units, sink);
  absorbHeadingLines(units, layout, sink);
  absorbTitleLines(units, sink);
  absorbPartNames(units, sink);
  findBareTitles(units, sink);
  absorbCountLines(units, layout, sink);
  closeOnEndingHeading(units, sink);
}

/**
 * Weak rules (those that need several matches) are believed only in numbers,
 * and only when no labelled rule (`Chapter 5`, `[Chapter 5]`) already
 * structures the file: in Moby-Dick, `I. A Fast-Fish belongs…` is prose.
 */
function demoteRareRules(units: Unit[]): void {
  const counts = new Map<string, number>();
  for (const u of units) if (u.heading) counts.set(familyOf(u.heading.ruleId), (counts.get(familyOf(u.heading.ruleId)) ?? 0) + 1);
  const labelled = STRONG_RULES.reduce((n, id) => n + (counts.get(id) ?? 0), 0) >= 2;
  for (const u of units) {
    if (!u.heading) continue;
    const rule = HEADING_RULES.find((r) => r.id === u.heading?.ruleId);
    if (!rule) continue;
    const weak = rule.minCount > 1;
    if (((counts.get(familyOf(rule.id)) ?? 0) < rule.minCount && !openingNumber(units, u)) || (weak && labelled && rule.level !== 'section')) demote(u);
  }
}

/** Lines of a title block are short: a title, a by-line, a counter. */
const TITLE_BLOCK_WORDS = 12;
/** A paragraph of story is long. */
const PROSE_WORDS = 20;

/**
 * An installment of a novel printed in a paper opens with the novel's own chapter number (`VII.`) under its title
 * block, the numbering well past one: a lone roman number with a stop, set apart, with only short lines above it and
 * story below, heads the text however rarely bare numbers do.
 */
function openingNumber(units: readonly Unit[], u: Unit): boolean {
  const k = units.indexOf(u);
  const next = units[k + 1];
  if (u.heading?.ruleId !== 'heading-bare-number' || !/^[IVXLC]+\.$/.test(u.heading.text) || (u.heading.number ?? 0) < 2 || u.gapBefore === 0) return false;
  if (next?.kind !== 'text' || next.gapBefore === 0 || unitText(next).split(/\s+/).length < PROSE_WORDS) return false;
  return units.slice(0, k).every((b) => b.kind === 'dropped' || b.lines.every((l) => l.trimmed.split(/\s+/).length <= TITLE_BLOCK_WORDS));
}

const STRONG_RULES = ['heading-labelled', 'heading-bracketed', 'heading-cjk', 'heading-date', 'heading-clock', 'heading-post-title'];

/** A comparable key for a heading or an entry: words only, numbers as digits. */
function headingKey(text: string): string {
  const h = matchHeading(text);
  return h ? keyOf(h) : text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function keyOf(h: HeadingMatch): string {
  return `${h.label ?? ''}${h.number ?? ''}${h.title ?? ''}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A contents entry's title without its page number or leader dots (`THE LAMPLIGHTER'S ALMANAC      1`). */
const entryTitle = (t: string): string =>
  withoutCount(t)
    .replace(/(?:\s{2,}|\.{3,}\s*|\s+)(?:\d+|[ivxlc]+)$/i, '')
    .replace(/^\d{1,3}[.)]\s+(?=\S)/u, '')
    .trim();

/** A reading site's count after a contents entry (`(อ่าน 4,812)`, `(2,310 words)`, `[Reviews - 7]`): no part of its title. */
const withoutCount = (t: string): string => t.replace(/(?:\s*(?:[(（][^()（）]*\d[^()（）]*[)）]|\[[^\][]*\d[^\][]*\]))+$/u, '');

/** `Low Tide by cedarfallsgirl`: an archive names the author after every chapter's title, in its list and over the chapter. */
const BY_SUFFIX = /\s+by\s+(\S[^\s]{0,40}(?:\s\S+){0,2})$/iu;

/** The author's name that every entry ends in (`… by cedarfallsgirl`), or null. */
function commonByName(titles: readonly string[]): string | null {
  const names = titles.map((t) => BY_SUFFIX.exec(t)?.[1] ?? null);
  return titles.length >= 2 && names[0] != null && names.every((n) => n === names[0]) ? names[0] : null;
}

/** A contents entry: a heading, or a short line that does not end a sentence (a page number may follow). */
function isEntryLike(u: Unit): boolean {
  if (u.kind === 'heading') return true;
  if (u.kind !== 'text' || u.note) return false;
  return u.lines.every((l) => {
    const t = entryTitle(l.trimmed);
    return t.length <= 90 && t.split(/\s+/).length <= 14 && !/\p{Ll}[.!?]["”]?$|[。！？][」』）”]?$/u.test(t);
  });
}

function dropContentsLists(units: Unit[], sink: DiagnosticSink): void {
  let headingCounts: Map<string, number> | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    // A contents label is one short line; longer units skip the decoration work.
    const short = u.lines.length === 1 && (u.lines[0]?.trimmed.length ?? 0) <= 60;
    const labelText = !short ? '' : u.kind === 'illustration' ? unitText(u).replace(/^\[Illustration:?\s*|\]$/gi, '') : (u.lines[0]?.trimmed ?? '');
    // The label with its entries in one block of lines (`目次` / `1. 雨の日（1〜2ページ）` / …).
    const inline = u.kind === 'text' && !u.note && u.lines.length > 1 && isContentsLabel(u.lines[0]!.trimmed) && isEntryLike({ ...u, lines: u.lines.slice(1) });
    const labelled = inline || (short && isContentsLabel(labelText.trim()));
    if (labelled) headingCounts ??= countHeadings(units);
    const runEnd = labelled && headingCounts ? labelledListEnd(units, i, headingCounts, inline ? u.lines.slice(1) : []) : headingRunEnd(units, i);
    if (runEnd <= i) continue;
    const last = units[runEnd - 1];
    for (let k = i; k < runEnd; k++) {
      const entry = units[k];
      if (!entry) continue;
      entry.kind = 'dropped';
      delete entry.heading;
      delete entry.note;
    }
    sink.info('contents-list', u.lines[0]?.no ?? 1, 'contents list left out of the body; the book builds its own from the headings', {
      endLine: last?.lines[last.lines.length - 1]?.no ?? 1,
    });
    headingsNamedByContents(units, labelled ? [...(inline ? [{ ...u, lines: u.lines.slice(1) }] : []), ...units.slice(i + 1, runEnd)] : units.slice(i, runEnd), runEnd, sink);
    i = runEnd - 1;
  }
}

/**
 * A collection's contents names its stories, and the text sets each title on a line of its own with no
 * `Chapter` word (`THE LAMPLIGHTER'S ALMANAC.`): lines set apart that repeat two or more of the entries, in the
 * contents' order, are the chapters' headings.
 */
function headingsNamedByContents(units: Unit[], entries: readonly Unit[], from: number, sink: DiagnosticSink): boolean {
  // Entries a heading rule reads (`BOOK THE FIRST`, `I. The Crossing`) find their headings by the rules, unless no
  // heading of that number follows with that title or none: then `1. The Blank Sheet` names the line `The Blank Sheet`.
  const later = units.slice(from).filter((u) => u.heading);
  const unheaded = (h: HeadingMatch): boolean => !later.some((u) => u.heading!.number === h.number && (u.heading!.title === null || lineKey(u.heading!.title) === lineKey(h.title ?? '')));
  // An entry no rule reads keeps its whole line too: the chapter may head itself with the entry as listed
  // (`1. verhuisdag` in the list and over the chapter, lowercase, so no heading rule reads it).
  const listed = entries.flatMap((e) =>
    e.lines.flatMap((l): { title: string; whole: string | null }[] => {
      const h = matchHeading(l.trimmed);
      if (h === null) return [{ title: entryTitle(l.trimmed), whole: lineKey(withoutCount(l.trimmed)) }];
      return h.title && h.number !== null && unheaded(h) ? [{ title: entryTitle(h.title), whole: null }] : [];
    }),
  );
  const titles = listed.map((e) => e.title);
  // An edition's own pages (`Colophon`, `Uncopyright`) are named too, and are not the story's.
  const byName = commonByName(titles);
  const withoutBy = (t: string): string => (byName !== null && BY_SUFFIX.exec(t)?.[1] === byName ? t.replace(BY_SUFFIX, '') : t);
  const keys = listed
    .map((e) => ({ ...e, title: withoutBy(e.title) }))
    .filter((e) => matchHeading(e.title) === null && !isEditionHeadingText(e.title))
    .map((e) => ({ title: lineKey(e.title), whole: e.whole }))
    .filter((e) => e.title.length >= (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(e.title) ? 2 : 3));
  if (keys.length < 2) return false;
  const found: { at: number; head: number }[] = [];
  // A page copied without blank lines (every paragraph a line of its own) sets nothing apart: there a title is
  // known by its words alone.
  const text = units.slice(from).filter((u) => u.kind === 'text');
  const unspaced = text.filter((u) => u.gapBefore >= 1).length * 4 < text.length;
  const apart = (gap: number): boolean => gap >= 1 || unspaced;
  let next = 0;
  for (let j = from; j < units.length && next < keys.length; j++) {
    const u = units[j]!;
    // The chapter's counts may run on under its title in one block (`01 • quai n°4` / `12,1K` / `1K`).
    if (u.kind !== 'text' || u.note || !u.lines.slice(1).every((l) => isHeadLine(l.trimmed)) || !apart(u.gapBefore)) continue;
    // The reading site's bare counts under the title, set apart, are the title's (`804` / `71` / `19`).
    let head = headBlockEnd(units, j);
    while (isCountBlock(units[head])) head++;
    // A title heads prose; a line over a heading (`BOOK THE FIRST.` over `CHAPTER I`) is a part's, for the rules to read.
    // (A point-of-view marker may open the chapter: `~ PDV Léa ~`.)
    let prose = head;
    while (units[prose]?.kind === 'pov') prose++;
    const after = units[prose];
    if (head === j + 1 && !apart(after?.gapBefore ?? 1)) continue;
    // A chapter's note may stand between its title and its prose (`Author's Chapter Notes:`).
    if (matchHeading(u.lines[0]!.trimmed) !== null || after?.kind !== 'text' || (!after.note && !opensProse(units, prose))) continue;
    const key = lineKey(withoutBy(u.lines[0]!.trimmed));
    const at = keys.findIndex((e, n) => n >= next && (e.title === key || e.whole === key));
    if (at < 0) continue;
    found.push({ at: j, head });
    next = at + 1;
  }
  if (found.length < 2) return false;
  for (const { at, head } of found) {
    const u = units[at]!;
    const text = withoutBy(u.lines[0]!.trimmed).replace(/\.$/, '');
    u.lines = [u.lines[0]!];
    u.joins = [];
    u.kind = 'heading';
    // The entry's own number, in whatever letters (`01 • quai n°4`, `𝐮𝐧𝐨 • schiuma`), is the chapter's.
    u.heading = { ...markedHeading(text.normalize('NFKC'), 'heading-contents-entry'), text, marked: false };
    for (let k = at + 1; k < head; k++) {
      units[k]!.kind = 'dropped';
      delete units[k]!.heading;
    }
  }
  sink.info('heading-contents-entry', units[found[0]!.at]!.lines[0]?.no ?? 1, `${found.length} lines that repeat the contents' entries read as the chapters' headings (counts and by-lines under them left out)`);
  return true;
}

/** `1. Low Tide by kestrel [Reviews - 7] (300 words)`: a numbered entry of a list no heading rule reads. */
const NUMBERED_ENTRY = /^(\d{1,3})[.)]\s+\S/;

/**
 * An archive's list of the chapters, unlabelled, its entries numbered and carrying the author and counts
 * (`1. Low Tide by kestrel [Reviews - 7] (300 words)`): when the lines that head the chapters later repeat the
 * entries' titles in order, the list is a contents list and those lines are the headings.
 */
function dropNumberedEntryLists(units: Unit[], sink: DiagnosticSink): void {
  for (let i = 0; i < units.length; i++) {
    const lines = (u: Unit | undefined): readonly Line[] => (u?.kind === 'text' && !u.note ? u.lines : []);
    // Entries counting from one, in units run on one under another.
    let k = i;
    let count = 0;
    while (k < units.length && (k === i || units[k]!.gapBefore === 0)) {
      const entries = lines(units[k]);
      if (entries.length === 0 || !entries.every((l, j) => Number(NUMBERED_ENTRY.exec(l.trimmed)?.[1]) === count + j + 1)) break;
      count += entries.length;
      k++;
    }
    if (count < 2) continue;
    const run = units.slice(i, k);
    if (!headingsNamedByContents(units, run, k, sink)) continue;
    for (const u of run) u.kind = 'dropped';
    sink.info('contents-list', run[0]!.lines[0]?.no ?? 1, 'numbered list of the chapters left out of the body; the book builds its own from the headings', { endLine: run.at(-1)!.lines.at(-1)!.no });
    i = k - 1;
  }
}

/** Eight words, or a line's worth of a script written without spaces. */
const isProseUnit = (u: Unit): boolean => countWords(unitText(u)) >= 8 || unitText(u).length >= 40;

/** Prose starts at `k`: a paragraph of it, or a short one (`The kite came back on Thursday.`) with more under it. */
const opensProse = (units: readonly Unit[], k: number): boolean =>
  isProseUnit(units[k]!) || (units[k + 1]?.kind === 'text' && !units[k + 1]!.note && isProseUnit(units[k + 1]!) && /[.!?…"”»]$/u.test(unitText(units[k]!)));

/** A chapter's title may carry its by-line and stamp in its own block (`by inkmoth_` / `Mar 3, 2022 · 412 words`): the units past them. */
function headBlockEnd(units: readonly Unit[], j: number): number {
  let k = j + 1;
  while (k < j + 4 && units[k]?.gapBefore === 0 && units[k]!.kind === 'text' && !units[k]!.note && units[k]!.lines.length === 1 && isHeadLine(units[k]!.lines[0]!.trimmed)) k++;
  return k;
}

/** A reading site's reads, votes and comments on lines of their own (`1.2K` / `89` / `24`). */
const isCountBlock = (u: Unit | undefined): boolean => u !== undefined && u.lines.every((l) => /^\d[\d.,]*[KkMm]?$/.test(l.trimmed));

const isHeadLine = (t: string): boolean => t.length <= 60 && (/\d/.test(t) || matchByLine(t) !== null) && !/[.!?…"”»」]$/u.test(t);

/** How often each heading occurs in the file, by key. */
function countHeadings(units: readonly Unit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of units) {
    if (!u.heading) continue;
    const key = keyOf(u.heading);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function labelledListEnd(units: Unit[], label: number, headingCounts: ReadonlyMap<string, number>, inlineEntries: readonly Line[]): number {
  const seen = new Set<string>();
  const partsSeen = new Set<string>();
  const titlesSeen = new Set(inlineEntries.map((l) => titleKey(l.trimmed)));
  let k = label + 1;
  for (; k < units.length; k++) {
    const u = units[k];
    if (!u || !isEntryLike(u) || (k > label + 1 && u.gapBefore >= CONTENTS_END_GAP)) break;
    // A contents entry is repeated by the heading it points to (or by its title on a line of its own, under a
    // bare number: `I` / `LA CASA DEL RELOJERO`); a heading found nowhere else starts the text.
    if (u.heading && u.heading.level !== 'part' && !repeatedLater(u, headingCounts) && !titleLater(units, k, u.heading.title === null ? null : entryTitle(u.heading.title))) break;
    // By the whole text: `1.1` and `2.1` are two entries though both number a chapter 1.
    const keys = u.lines.map((l) => lineKey(withoutCount(l.trimmed)));
    if (keys.some((key) => seen.has(key) || partsSeen.has(key))) break;
    // The first chapter's title on its own under the list (`1. The Blank Sheet` … `The Blank Sheet`, or with the
    // author's name after both: `Low Tide by kestrel`) starts the text.
    // (With the chapter's counts and by-line run on under it: `01 • quai n°4` / `12,1K` / `par NAME`.)
    if (!u.heading && titlesSeen.has(titleKey(u.lines[0]!.trimmed)) && u.lines.slice(1).every((l) => isHeadLine(l.trimmed))) break;
    if (u.heading?.title) titlesSeen.add(titleKey(u.heading.title));
    // (A row of a table copied with its tabs, `One-Shot⇥2 months ago` under `Chapter Name⇥Release Date`, is titled by its first cell.)
    else if (!u.heading) for (const l of u.lines) titlesSeen.add(titleKey(l.trimmed.split('\t')[0]!.trim()));
    // Chapter numbers restart under a new part (`Book II` / `I`), so only parts are remembered across parts.
    if (u.heading?.level === 'part') {
      seen.clear();
      for (const key of keys) partsSeen.add(key);
    } else for (const key of keys) seen.add(key);
  }
  return k;
}

/** A contents entry that a heading elsewhere repeats, once its count (`(อ่าน 4,812)`) is left aside. */
function repeatedLater(entry: Unit, headingCounts: ReadonlyMap<string, number>): boolean {
  const own = keyOf(entry.heading!);
  const key = headingKey(withoutCount(unitText(entry)));
  return (headingCounts.get(key) ?? 0) >= (key === own ? 2 : 1);
}

/** A line's words only, to compare lines that differ in case, spacing and marks. */
export const lineKey = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** An entry's or a line's title as a key, without its count, number or trailing `by NAME`. */
const titleKey = (t: string): string => lineKey(entryTitle(t).replace(BY_SUFFIX, ''));

/** A line after `k` that holds only the given title (any case). */
function titleLater(units: readonly Unit[], k: number, title: string | null): boolean {
  if (title === null || title.length < 3) return false;
  const key = lineKey(title);
  for (let j = k + 1; j < units.length; j++) if (units[j]?.lines.some((l) => l.trimmed.length <= 120 && lineKey(l.trimmed) === key)) return true;
  return false;
}

/** Three or more headings in a row with nothing between them are a contents list, not chapters. */
function headingRunEnd(units: Unit[], start: number): number {
  let k = start;
  while (k < units.length && units[k]?.kind === 'heading' && units[k]?.heading?.level !== 'part') {
    const next = units[k + 1];
    if (k > start && headingKey(withoutCount(unitText(units[k] as Unit))) === headingKey(withoutCount(unitText(units[start] as Unit)))) break;
    // The count starting again, set apart from the entries and with text under it, is the text's first heading
    // (entries may carry a date: `Chapter 1 (v.1) - Sowing    Submitted: March 04, 2015`, then `Chapter 1 (v.1) - Sowing`).
    const restart = units[k]!.heading?.number != null && units[k]!.heading?.number === units[start]!.heading?.number && units[k]!.heading?.label === units[start]!.heading?.label;
    if (k > start && restart && units[k]!.gapBefore > 0 && next?.kind !== 'heading') break;
    k++;
    if (next?.kind !== 'heading') break;
  }
  if (k - start < 3) return start;
  // Numbered sentences (`1. Don't draw water from it.`, `1) Orqaga qaramaslik.`) are a list in the text, not entries.
  const sentences = units.slice(start, k).every((u) => u.heading?.label == null && /[.!?]["”]?$/.test(unitText(u)) && (u.heading?.title ?? '').split(/\s+/).length >= 2);
  // Entries point at headings further on; titled entries that no later heading answers are a list in the text
  // (`i. buy milk` / `ii. feed the cat` / `iii. lock the door`), their words the story's, unless every title
  // stands again on a line of its own below (`1. Lo sciame` … `Lo sciame`: chapters headed by their titles only).
  const entries = units.slice(start, k);
  const listed = entries.every((u) => u.heading?.title != null) && !units.slice(k).some((u) => u.kind === 'heading') && !entries.every((u) => titleLater(units, k - 1, u.heading!.title));
  return !sentences && !listed ? k : start;
}

/** A date alone on its line, as a list sets it under an entry. */
const isStampUnit = (u: Unit | undefined): boolean => u?.kind === 'text' && !u.note && u.lines.length === 1 && isDateLine(u.lines[0]!.trimmed);

/**
 * A web page's chapter selector copied with it (`1. Halte` / `2. Payung Biru` / `Next >`): headings in a row that
 * count from one, each named again by a chapter's own heading (`Chapter 1: Halte`). Left out before the rules are
 * weighed, as two entries are too few for a contents list by shape alone.
 */
function dropChapterSelectors(units: Unit[], sink: DiagnosticSink): void {
  for (let i = 0; i < units.length; i++) {
    let k = i;
    // A selector's entries stand on lines of their own one right under another (page navigation between them
    // makes them each page's own heading and footer instead).
    const under = (u: Unit, above: Unit): boolean => u.lines[0]!.no === above.lines[above.lines.length - 1]!.no + 1;
    // (Each entry may carry its date on the line under it, as a reading site lists its episodes: `第1話　十時の客` / `2024年5月26日`.)
    const entries: Unit[] = [];
    while (units[k]?.kind === 'heading' && units[k]!.heading!.number === entries.length + 1 && (k === i || under(units[k]!, units[k - 1]!))) {
      entries.push(units[k++]!);
      if (isStampUnit(units[k]) && under(units[k]!, units[k - 1]!)) k++;
    }
    // Under a contents label the whole list is the contents pass's to take.
    // A longer list (`Ngoại truyện` after the numbered entries) is the contents pass's to take by its shape.
    const longer = units[k]?.kind === 'heading' && units[k]!.gapBefore === 0;
    if (entries.length < 2 || longer || (i > 0 && isContentsLabel(unitText(units[i - 1]!).trim()))) continue;
    const named = (u: Unit): boolean =>
      units.some((h, j) => (j < i || j >= k) && h.kind === 'heading' && h.heading?.number === u.heading!.number && h.heading?.title != null && lineKey(h.heading.title) === lineKey(withoutCount(u.heading!.title ?? '')));
    if (!entries.every(named)) continue;
    // Unnumbered entries right above and below (`prolog`, `od autorki`) that the text sets again on lines of their own.
    const echoed = (u: Unit | undefined): boolean => u !== undefined && u.lines.length === 1 && units.slice(k + 1).some((h) => h.lines.length === 1 && h.gapBefore > 0 && lineKey(h.lines[0]!.trimmed) === lineKey(u.lines[0]!.trimmed));
    let from = i;
    let to = k;
    while (from > 0 && under(units[from]!, units[from - 1]!) && units[from - 1]!.kind !== 'dropped' && echoed(units[from - 1])) from--;
    while (to < units.length && under(units[to]!, units[to - 1]!) && echoed(units[to])) to++;
    for (let j = from; j < to; j++) {
      units[j]!.kind = 'dropped';
      delete units[j]!.heading;
      delete units[j]!.note;
    }
    sink.info('contents-selector', units[from]!.lines[0]?.no ?? 1, `${to - from} chapter entries in a row that the chapters' own headings repeat read as the page's chapter selector, left out`);
    i = to - 1;
  }
}

/** Bare numbers that do not count 1, 2, 3 within their chapter. */
function uncountedNumbers(units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let run: Unit[] = [];
  // Only a number glued under a line of text, or under such a number (a post's `$4.87` / `62` / `9`): counts under
  // a heading (`231` / `37`) are the heading's block.
  const glued = new Set<Unit>();
  units.forEach((u, k) => {
    const above = units[k - 1];
    if (u.gapBefore === 0 && above !== undefined && (above.kind === 'text' || glued.has(above))) glued.add(u);
  });
  const close = (): void => {
    if (run.some((u, k) => u.heading!.number !== k + 1)) for (const u of run) if (glued.has(u)) out.add(u);
    run = [];
  };
  for (const u of units) {
    if (u.heading?.level === 'section') run.push(u);
    else if (u.heading) close();
  }
  close();
  return out;
}

function demoteBareNumbers(units: Unit[], sink: DiagnosticSink): void {
  const bare = units.filter((u) => u.heading?.level === 'section');
  if (bare.length === 0) return;
  const asSections = hasNumberedChapters(units);
  // Inside a chapter, sections count from one; a lone number that does not (`4` under a paragraph, a web reader's
  // count of comments on it) is the page's.
  const counters = asSections ? uncountedNumbers(units) : new Set<Unit>();
  for (const u of bare) {
    if (!u.heading) continue;
    if (counters.has(u)) {
      u.kind = 'dropped';
      delete u.heading;
      continue;
    }
    if (asSections) {
      u.kind = 'sceneBreak';
      u.label = u.heading.text;
      delete u.heading;
    } else {
      u.heading = { ...u.heading, level: 'chapter' };
    }
  }
  if (counters.size > 0) sink.info('bare-number-counter', [...counters][0]!.lines[0]?.no ?? 1, `${counters.size} lines holding only a number that does not count its chapter's sections (a page's counts) left out of the body`);
  const first = bare[0]?.lines[0]?.no ?? 1;
  sink.info(
    'heading-bare-number',
    first,
    asSections
      ? `${bare.length} lines holding only a number read as numbered sections inside chapters`
      : `${bare.length} lines holding only a number read as chapter headings`,
  );
}

/** How a line is drawn (`~ … ~`, `--- … ---`), its text left out. */
function drawing(trimmed: string): string {
  const { inner } = undecorate(trimmed);
  const at = trimmed.indexOf(inner);
  return `${trimmed.slice(0, at).trim()}\u0000${trimmed.slice(at + inner.length).trim()}`;
}

/**
 * Drawings the text gives its chapters' titles: a decorated line under an untitled heading (`Rozdział czwarty` /
 * `~ Co było w kopercie ~`) that names no one, drawn nowhere else as a point of view. A name drawn alike under
 * another such heading (`~ Listonosz ~`) is that chapter's title too, not whose point of view follows.
 */
function titleDrawings(units: readonly Unit[]): Set<string> {
  const under = (k: number): boolean => {
    const h = units[k - 1]?.heading;
    return h !== undefined && h.title === null && h.level !== 'part' && units[k]!.lines.length === 1;
  };
  const titles = new Set<string>();
  const povs = new Set<string>();
  units.forEach((u, k) => {
    const line = u.lines[0]?.trimmed ?? '';
    if (u.kind === 'ornament' && under(k)) titles.add(drawing(line));
    else if (u.kind === 'pov' && !under(k)) povs.add(drawing(line));
  });
  for (const d of povs) titles.delete(d);
  return titles;
}

/**
 * Drawings of point-of-view lines that come back (`-- Ebba --` under chapters 1 and 3): a chapter's title is
 * not written twice, a narrator's name is, so a line drawn so (`-- Pappa --`) under an untitled heading opens
 * its first section.
 */
function recurringPovDrawings(units: readonly Unit[]): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const u of units) {
    if (u.kind !== 'pov' || u.lines.length !== 1) continue;
    const line = u.lines[0]!.trimmed;
    if (seen.has(line)) again.add(drawing(line));
    seen.add(line);
  }
  return again;
}

function absorbHeadingLines(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  const drawnTitles = titleDrawings(units);
  const recurringPovs = recurringPovDrawings(units);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (!u?.heading || !next || u.heading.level === 'part') continue;
    const h: HeadingMatch = u.heading;
    // `Chapter 5 of 7` over `~*~ Chapter Five: The Orchard ~*~`: a counter line over the titled heading; the titled one stays.
    if (next.heading && next.heading.level === 'chapter' && h.title === null && next.heading.title !== null && h.number !== null && h.number === next.heading.number) {
      u.kind = 'dropped';
      delete u.heading;
      sink.info('heading-repeated', u.lines[0]?.no ?? 1, `heading line "${u.lines[0]?.trimmed ?? ''}" repeats the number of the titled heading below; absorbed into it`);
      continue;
    }
    if (next.heading && next.heading.level === 'chapter' && sameChapter(h, next.heading)) {
      next.kind = 'dropped';
      delete next.heading;
      sink.info('heading-repeated', next.lines[0]?.no ?? 1, `repeated heading line "${next.lines[0]?.trimmed ?? ''}" absorbed into the heading above`);
      i++;
      continue;
    }
    if (h.title !== null || next.lines.length !== 1) continue;
    const line = next.lines[0];
    if (!line) continue;
    const { inner, decorated } = undecorate(line.trimmed);
    const sameBlockTitle = layout.mode === 'blocks' && next.gapBefore === 0 && next.kind === 'text' && !next.note && isShortTitle(inner);
    const drawnTitle = next.kind === 'pov' && drawnTitles.has(drawing(line.trimmed));
    const turnTaking = next.kind === 'pov' && recurringPovs.has(drawing(line.trimmed));
    if ((decorated && !turnTaking && (isSubtitleMarker(next, line.trimmed, inner) || drawnTitle)) || sameBlockTitle) {
      // A title set in quotes under its label (`BAB 1` / `"Payung Biru"`) is the words inside them.
      u.heading = { ...h, title: inner.replace(/\.$/, '').replace(/^["“«„「『](.+)["”»“」』]$/u, '$1') };
      u.lines = [...u.lines, line];
      next.kind = 'dropped';
      delete next.note;
      sink.info('heading-subtitle-line', line.no, `line read as the title of the chapter heading above`);
      i++;
    }
  }
}

/**
 * A decorated line under an untitled heading is its title (`--- The Other
 * Side ---`), unless it names a point of view: `~~~Juniper~~~` and
 * `-Marisol POV-` open the chapter's first section.
 */
function isSubtitleMarker(next: Unit, trimmed: string, inner: string): boolean {
  if (/\bpov\b|point of view/i.test(inner)) return false;
  return next.kind === 'ornament' || (next.kind === 'pov' && /^[-–—=]{2}/.test(trimmed));
}

function sameChapter(a: HeadingMatch, b: HeadingMatch): boolean {
  return a.number !== null && a.number === b.number && (b.title === null || b.title === a.title);
}

function isShortTitle(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 8 && /^[\p{Lu}\p{N}"“]/u.test(text) && !/[,;:!?]|\p{Ll}\.$/u.test(text);
}

/**
 * A page's chapter selector stands above and below each chapter: below, it
 * repeats the heading of the chapter it closes (`1. The Well` / `Next >`
 * after chapter 1's text). That copy is the page's, not a new chapter.
 */
function dropNavigationEchoes(units: Unit[], sink: DiagnosticSink): void {
  let last: HeadingMatch | null = null;
  units.forEach((u, i) => {
    if (u.kind !== 'heading' || !u.heading) return;
    if (u.anchored && last !== null && keyOf(last) === keyOf(u.heading)) {
      u.kind = 'dropped';
      sink.info('heading-nav-echo', u.lines[0]?.no ?? 1, `"${unitText(u)}" beside page navigation repeats the heading of the chapter it closes; left out`);
      return;
    }
    if (afterNavigation(units, i) && isForwardLink(units, i)) {
      u.kind = 'dropped';
      sink.info('heading-nav-echo', u.lines[0]?.no ?? 1, `"${unitText(u)}" beside page navigation names the next chapter, with no text of its own; left out`);
      return;
    }
    last = u.heading;
  });
}

/** A link word on the line right above (`次のエピソード`, `Next chapter`), in any language's navigation words. */
function afterNavigation(units: readonly Unit[], i: number): boolean {
  const above = units[i - 1];
  const line = above?.lines[above.lines.length - 1];
  return above?.kind === 'text' && line !== undefined && line.no === units[i]!.lines[0]!.no - 1 && line.trimmed.length <= 20 && NAVIGATION_LINE.test(line.trimmed);
}

/** A page's lines between a link and the next page's heading (its site name, title, by-line) are few and short. */
const LINK_GAP_UNITS = 4;
const LINK_GAP_CHARS = 40;

/**
 * Kakuyomu's `次のエピソード` / `第2話　標本箱` under an episode: a link naming the next chapter, with no text under it
 * before the end of the file or before that chapter's own heading (the next page copied after it).
 */
function isForwardLink(units: readonly Unit[], i: number): boolean {
  const heading = units[i]!.heading!;
  let j = i + 1;
  while (j < units.length && units[j]!.kind !== 'heading') j++;
  const between = units.slice(i + 1, j).filter((b) => b.kind === 'text');
  if (between.length > LINK_GAP_UNITS || between.some((b) => b.note !== undefined || unitText(b).trim().length > LINK_GAP_CHARS)) return false;
  const next = units[j]?.heading;
  return next === undefined || keyOf(next) === keyOf(heading);
}
