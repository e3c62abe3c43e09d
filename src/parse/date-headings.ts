import type { DiagnosticSink } from '../diagnostics.js';
import { isTitleLine } from './heading-lines.js';
import { UNLABELLED_NUMBERS } from './heading-set.js';
import type { Layout } from './layout.js';
import type { Line } from './lines.js';
import { isCommentsOpener } from './rules/body-boilerplate.js';
import { isDiaryAddress, matchClockLine, matchDateLine, type ClockLine, type DateLine } from './rules/dates.js';
import type { Unit } from './units.js';

/**
 * Diaries, journals, letters and blogs title their entries with dates
 * (`Mandag 3. januar`, `3 March 1897`, `2011年1月3日`). Such lines are chapter
 * headings only as a set: at least MIN_DATES of one shape, each set apart
 * and heading a stretch of prose, the dates running one way (forward, or
 * backward as a blog lists its newest post first). The whole date is the
 * title; its day is not a chapter number. A file with labelled chapters
 * keeps them: its dates are datelines inside them, and a date right under
 * a heading is that heading's dateline.
 */
const MIN_DATES = 3;
/** Prose an entry must hold before the next date, in characters (CJK prose has no spaces to count words by): a timeline or a list of dates is shorter. */
const MIN_BODY_CHARS = 80;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Headings that carry their own label or counter: with two of them the file's chapters are theirs. */
const LABELLED = new Set(['heading-labelled', 'heading-bracketed', 'heading-cjk', 'heading-weak-labelled']);

interface Candidate {
  at: number;
  date: DateLine;
}

export function findDateHeadings(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  if (units.filter((u) => u.heading && LABELLED.has(u.heading.ruleId)).length >= 2) return;
  const candidates: Candidate[] = [];
  // Dates under the line that opens the page's comments are the comments' stamps.
  const comments = units.findIndex((u) => u.kind === 'text' && u.lines.some((l) => isCommentsOpener(l.trimmed)));
  units.forEach((u, at) => {
    const date = isCandidate(units, at, layout) && (comments < 0 || at < comments) ? matchDateLine(u.lines[0]?.trimmed ?? '') : null;
    if (date) candidates.push({ at, date });
  });
  const withProse = candidates.filter((c, k) => bodyChars(units, c.at, candidates[k + 1]?.at ?? units.length) >= MIN_BODY_CHARS);
  const chosen = longestRun(largestShape(withProse));
  // One date over and over is a timestamp (`Mar 3` on every post of a thread), not a run of entries. Two dates
  // each over its entry's own title are a diary's two entries.
  const distinct = new Set(chosen.map((c) => `${c.date.year}-${c.date.month}-${c.date.day}`)).size;
  // A channel's day stamps over installments that number themselves (`12 января` / `1-qism`): the numbered
  // installments are the entries, each date the app's; a diary's dates under parts outnumber them.
  const numbered = units.filter((u) => u.heading?.level === 'part' && u.heading.number !== null).length;
  if (numbered >= 2 && chosen.length <= numbered) return;
  if (distinct < MIN_DATES && !(distinct >= 2 && chosen.every((c) => isPostTitle(units, c.at)))) return;
  // Dates over a salutation (`Dear Ada,`) are letters' datelines, part of each letter.
  if (chosen.filter((c) => isSalutation(units[c.at + 1])).length * 2 > chosen.length) {
    sink.info('date-datelines', units[chosen[0]?.at ?? 0]?.lines[0]?.no ?? 1, `${chosen.length} date lines over salutations read as the letters' own datelines`);
    return;
  }
  // A blog's date header over each post's own title (`Monday, March 3, 2008` / `The Ferry`): the titles name the entries, the dates are the page's.
  const titled = new Set(chosen.filter((c) => isPostTitle(units, c.at)).map((c) => c.at));
  if (titled.size * 2 <= chosen.length) titled.clear();
  // From the end, so that splitting a unit leaves the earlier indices as they are.
  for (const c of [...chosen].reverse()) {
    if (titled.has(c.at)) titleHeading(units, c.at, sink);
    else makeHeading(units, c);
  }
  const dated = units.find((u) => u.heading?.ruleId === 'heading-date');
  if (dated) sink.info('heading-date', dated.lines[0]?.no ?? 1, `${chosen.length - titled.size} date lines set apart, in order, each over a stretch of prose, read as dated entries`);
}

/** The date (with any stamp under it) stands over one short title line, and prose follows the title. */
function isPostTitle(units: readonly Unit[], at: number): boolean {
  const title = units[at + 1];
  const text = title?.lines[0]?.trimmed ?? '';
  return title?.kind === 'text' && !title.note && title.lines.length === 1 && units[at + 2]?.kind === 'text' && isTitleLine(text) && !matchDateLine(text);
}

/** The post's title becomes the heading; the date header over it is left out. */
function titleHeading(units: Unit[], at: number, sink: DiagnosticSink): void {
  const date = units[at] as Unit;
  const title = units[at + 1] as Unit;
  const text = title.lines[0]?.trimmed ?? '';
  const first = date.lines[0]?.no ?? 1;
  sink.info('date-post-header', first, `"${date.lines[0]?.trimmed ?? ''}" is the page's date header over the post "${text}", left out of the body`, { endLine: date.lines[date.lines.length - 1]?.no ?? first });
  date.kind = 'dropped';
  delete date.heading;
  delete date.label;
  title.kind = 'heading';
  title.heading = { ruleId: 'heading-post-title', level: 'chapter', number: null, label: null, title: text, text, marked: false };
}

/**
 * A text line (or a bare-number shape, `12. Mai 1914`) set apart from what
 * is around it, not right under another heading. Lines below it in its own
 * block may only be a post stamp (`Skrevet av Ingrid • 03.01.2011`), never prose.
 */
function isCandidate(units: readonly Unit[], at: number, layout: Layout): boolean {
  const u = units[at] as Unit;
  const weakHeading = u.kind === 'heading' && u.heading !== undefined && UNLABELLED_NUMBERS.has(u.heading.ruleId);
  // A date drawn as an ornament (`**Monday, 3 March**`, `~ 3 March ~`) is a candidate too.
  if ((u.kind !== 'text' && u.kind !== 'ornament' && !weakHeading) || u.note) return false;
  const stamp = u.lines.slice(1).every((l) => l.trimmed.length <= 80 && !/[.!?…"”»」]$/.test(l.trimmed));
  if (!stamp) return false;
  const next = units[at + 1];
  const apart = layout.mode === 'lines' || ((u.gapBefore >= 1 || at === 0) && (u.lines.length > 1 || !next || next.gapBefore >= 1));
  if (!apart) return false;
  let prev = at - 1;
  while (prev >= 0 && units[prev]?.kind === 'dropped') prev--;
  // Under a part heading it is the part's first entry, not a heading's dateline.
  return units[prev]?.kind !== 'heading' || units[prev]?.heading?.level === 'part';
}

/**
 * Chapters titled only by the time of day (`23:40`, `01:15`, `05:50`: one night told hour by hour). As with dates,
 * only as a set: at least MIN_DATES distinct times, each set apart over a stretch of prose, and the clock running
 * forward, past midnight at most once in every MAX_WRAP_STEPS steps (a night shift runs on into the morning).
 */
const MAX_WRAP_STEPS = 3;

export function findClockHeadings(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  if (units.some((u) => u.heading && u.heading.level === 'chapter' && (LABELLED.has(u.heading.ruleId) || u.heading.ruleId === 'heading-date'))) return;
  const candidates: { at: number; clock: ClockLine }[] = [];
  units.forEach((u, at) => {
    const clock = isCandidate(units, at, layout) && u.lines.length === 1 ? matchClockLine(u.lines[0]?.trimmed ?? '') : null;
    if (clock) candidates.push({ at, clock });
  });
  const chosen = candidates.filter((c, k) => bodyChars(units, c.at, candidates[k + 1]?.at ?? units.length) >= MIN_BODY_CHARS);
  if (new Set(chosen.map((c) => c.clock.minutes)).size < MIN_DATES || chosen.length !== candidates.length) return;
  const wraps = chosen.slice(1).filter((c, k) => c.clock.minutes <= (chosen[k] as { clock: ClockLine }).clock.minutes).length;
  if (wraps * MAX_WRAP_STEPS > chosen.length - 1) return;
  for (const c of chosen) {
    const u = units[c.at] as Unit;
    u.kind = 'heading';
    delete u.label;
    u.heading = { ruleId: 'heading-clock', level: 'chapter', number: null, label: null, title: c.clock.text, text: c.clock.text, marked: false };
  }
  sink.info('heading-clock', units[chosen[0]?.at ?? 0]?.lines[0]?.no ?? 1, `${chosen.length} times of day set apart, in order, each over a stretch of prose, read as chapter titles`);
}

/** `Dear Ada,`, `Querida Ada:`, `Liebe Ada!`: a short line that addresses someone, unless it is the diary (`Dear Diary,`). */
function isSalutation(u: Unit | undefined): boolean {
  const text = u?.kind === 'text' && u.lines.length === 1 ? (u.lines[0]?.trimmed ?? '') : '';
  return /[,:!]$|,\s*[-–—]+$/.test(text) && text.split(/\s+/).length <= 5 && !isDiaryAddress(text);
}

function bodyChars(units: readonly Unit[], from: number, to: number): number {
  let chars = 0;
  for (let k = from + 1; k < to && chars < MIN_BODY_CHARS; k++) {
    const u = units[k] as Unit;
    // A CJK character carries about a word: it counts twice.
    if (u.kind === 'text' && !u.note) for (const l of u.lines) chars += l.trimmed.length + (l.trimmed.match(CJK_CHAR) ?? []).length;
  }
  return chars;
}

/** The candidates of the commonest shape: a diary writes its dates one way. */
function largestShape(candidates: readonly Candidate[]): Candidate[] {
  const byShape = new Map<string, Candidate[]>();
  for (const c of candidates) byShape.set(c.date.shape, [...(byShape.get(c.date.shape) ?? []), c]);
  let best: Candidate[] = [];
  for (const group of byShape.values()) if (group.length > best.length) best = group;
  return best;
}

/** The longest chain of dates running one way; a date out of its order is text. */
function longestRun(candidates: readonly Candidate[]): Candidate[] {
  const forward = longestChain(candidates, follows);
  const backward = longestChain(candidates, (a, b) => follows(b, a));
  return backward.length > forward.length ? backward : forward;
}

/** `b` comes on or after `a`; without years, December runs on into January. */
function follows(a: DateLine, b: DateLine): boolean {
  const md = (d: DateLine): number => d.month * 32 + (d.day ?? 0);
  if (a.year !== null && b.year !== null && a.year !== b.year) return b.year > a.year;
  return md(b) >= md(a) || (a.year === null && b.year === null && a.month >= 10 && b.month <= 3);
}

function longestChain(candidates: readonly Candidate[], next: (a: DateLine, b: DateLine) => boolean): Candidate[] {
  const length = candidates.map(() => 1);
  const prev = candidates.map(() => -1);
  for (let k = 0; k < candidates.length; k++) {
    for (let j = 0; j < k; j++) {
      if (next((candidates[j] as Candidate).date, (candidates[k] as Candidate).date) && (length[j] as number) + 1 > (length[k] as number)) {
        length[k] = (length[j] as number) + 1;
        prev[k] = j;
      }
    }
  }
  let best = 0;
  for (let k = 1; k < candidates.length; k++) if ((length[k] as number) > (length[best] as number)) best = k;
  const chain: Candidate[] = [];
  for (let k = candidates.length > 0 ? best : -1; k !== -1; k = prev[k] as number) chain.unshift(candidates[k] as Candidate);
  return chain;
}

/** The date line becomes the heading; a stamp under it in its block stays a unit of its own, for the heading's chrome pass. */
function makeHeading(units: Unit[], c: Candidate): void {
  const u = units[c.at] as Unit;
  const [line, ...rest] = u.lines;
  if (!line) return;
  if (rest.length > 0) units.splice(c.at + 1, 0, { kind: 'text', lines: rest, joins: u.joins.slice(1), gapBefore: 0 });
  u.kind = 'heading';
  delete u.label;
  u.lines = [line];
  u.joins = [];
  u.heading = { ruleId: 'heading-date', level: 'chapter', number: null, label: null, title: c.date.text, text: c.date.text, marked: false };
}

/**
 * Where the first dated entry of the file stands, read from the lines
 * alone (a date line after a blank line, in a recurring ordered set), so
 * that the header zone above the story stops there and leaves the first
 * entry's date and post stamp to the entry. The set is decided on units later.
 */
export function firstDateEntry(lines: readonly Line[]): number {
  const candidates: Candidate[] = [];
  lines.forEach((l, at) => {
    const date = !l.blank && (at === 0 || lines[at - 1]?.blank) ? matchDateLine(l.trimmed) : null;
    if (date) candidates.push({ at, date });
  });
  const run = candidates.length >= MIN_DATES ? longestRun(largestShape(candidates)) : [];
  return run.length >= MIN_DATES ? (run[0] as Candidate).at : lines.length;
}
