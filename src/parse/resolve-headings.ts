import type { DiagnosticSink } from '../diagnostics.js';
import type { Layout } from './layout.js';
import { HEADING_RULES, matchHeading, type HeadingMatch } from './rules/headings.js';
import { undecorate } from './rules/decoration.js';
import { unitText, type Unit } from './units.js';
import { NAVIGATION_LINE } from './rules/languages/navigation.js';
import { findBareTitles } from './bare-titles.js';

const CONTENTS_LABEL = /^(?:(?:table of )?contents|list of illustrations|illustrations)\.?$/i;
/** A contents list ends at a gap this wide, at a repeated entry, or at a line that reads as prose. */
const CONTENTS_END_GAP = 4;

/**
 * Decides which heading candidates are headings in context: rules need
 * their minimum count, contents lists are dropped, a bare number is a
 * section when the file has real chapter headings, a repeated heading
 * line is absorbed, and a decorated line under an untitled heading is its title.
 */
export function resolveHeadings(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  demoteRareRules(units);
  dropContentsLists(units, sink);
  demoteProseOutliers(units, layout, sink);
  demoteNumberedLists(units, sink);
  keepCountingNumbers(units, sink);
  demoteBareNumbers(units, sink);
  partsAsChapters(units, sink);
  absorbHeadingLines(units, layout, sink);
  absorbTitleLines(units, layout, sink);
  findBareTitles(units, sink);
  absorbCountLines(units, sink);
}

/**
 * Headings that carry a number but no label (`1.`, `IV. High Water`,
 * `1.2`, `one. the glasshouse`): one family, whose numbers should count up.
 */
const UNLABELLED_NUMBERS = new Set(['heading-bare-number', 'heading-decimal', 'heading-roman-title', 'heading-number-title', 'heading-word-number-title']);
const familyOf = (ruleId: string): string => (UNLABELLED_NUMBERS.has(ruleId) ? 'unlabelled-number' : ruleId);

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
    if ((counts.get(familyOf(rule.id)) ?? 0) < rule.minCount || (weak && labelled && rule.level !== 'section')) demote(u);
  }
}

const STRONG_RULES = ['heading-labelled', 'heading-bracketed', 'heading-cjk'];

function demote(u: Unit): void {
  u.kind = 'text';
  delete u.heading;
}

/** A comparable key for a heading or an entry: words only, numbers as digits. */
function headingKey(text: string): string {
  const h = matchHeading(text);
  return h ? keyOf(h) : text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function keyOf(h: HeadingMatch): string {
  return `${h.label ?? ''}${h.number ?? ''}${h.title ?? ''}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A contents entry: a heading, or a short line that does not end a sentence (a page number may follow). */
function isEntryLike(u: Unit): boolean {
  if (u.kind === 'heading') return true;
  if (u.kind !== 'text' || u.note) return false;
  return u.lines.every((l) => {
    const t = l.trimmed.replace(/(?:\s{2,}|\.{3,}\s*|\s+)(?:\d+|[ivxlc]+)$/i, '');
    return t.length <= 90 && t.split(/\s+/).length <= 14 && !/\p{Ll}[.!?]["”]?$/u.test(t);
  });
}

function dropContentsLists(units: Unit[], sink: DiagnosticSink): void {
  let headingCounts: Map<string, number> | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    // A contents label is one short line; longer units skip the decoration work.
    const short = u.lines.length === 1 && (u.lines[0]?.trimmed.length ?? 0) <= 60;
    const labelText = !short ? '' : u.kind === 'illustration' ? unitText(u).replace(/^\[Illustration:?\s*|\]$/gi, '') : undecorate(u.lines[0]?.trimmed ?? '').inner;
    const labelled = short && CONTENTS_LABEL.test(labelText.trim());
    if (labelled) headingCounts ??= countHeadings(units);
    const runEnd = labelled && headingCounts ? labelledListEnd(units, i, headingCounts) : headingRunEnd(units, i);
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
    i = runEnd - 1;
  }
}

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

function labelledListEnd(units: Unit[], label: number, headingCounts: ReadonlyMap<string, number>): number {
  const seen = new Set<string>();
  let k = label + 1;
  for (; k < units.length; k++) {
    const u = units[k];
    if (!u || !isEntryLike(u) || (k > label + 1 && u.gapBefore >= CONTENTS_END_GAP)) break;
    // A contents entry is repeated by the heading it points to; a heading found nowhere else starts the text.
    if (u.heading && u.heading.level !== 'part' && (headingCounts.get(keyOf(u.heading)) ?? 0) < 2) break;
    const keys = u.lines.map((l) => headingKey(l.trimmed));
    if (keys.some((key) => seen.has(key))) break;
    for (const key of keys) seen.add(key);
  }
  return k;
}

/** Three or more headings in a row with nothing between them are a contents list, not chapters. */
function headingRunEnd(units: Unit[], start: number): number {
  let k = start;
  while (k < units.length && units[k]?.kind === 'heading' && units[k]?.heading?.level !== 'part') {
    const next = units[k + 1];
    if (k > start && headingKey(unitText(units[k] as Unit)) === headingKey(unitText(units[start] as Unit))) break;
    k++;
    if (next?.kind !== 'heading') break;
  }
  return k - start >= 3 ? k : start;
}

const TITLED_NUMBERS = new Set(['heading-roman-title', 'heading-number-title', 'heading-word-number-title']);

/**
 * Labelled numbered chapters, or numbered titles (`I. A SCANDAL IN BOHEMIA`)
 * that count up on their own: then bare numerals are sections inside them.
 * Titled numbers that skip (`IV. High Water`, `VI. Lantern Song`) belong to
 * the bare numerals' count instead.
 */
function hasNumberedChapters(units: readonly Unit[]): boolean {
  if (units.some((u) => u.heading && u.heading.level === 'chapter' && u.heading.number !== null && !UNLABELLED_NUMBERS.has(u.heading.ruleId))) return true;
  const titled = units.filter((u) => u.heading && TITLED_NUMBERS.has(u.heading.ruleId)).map((u) => u.heading?.number ?? 0);
  if (titled.length < 2) return false;
  const steps = titled.slice(1).filter((n, k) => n === (titled[k] ?? 0) + 1).length;
  return steps >= (titled.length - 1) * 0.8;
}

function demoteBareNumbers(units: Unit[], sink: DiagnosticSink): void {
  const bare = units.filter((u) => u.heading?.level === 'section');
  if (bare.length === 0) return;
  const asSections = hasNumberedChapters(units);
  for (const u of bare) {
    if (!u.heading) continue;
    if (asSections) {
      u.kind = 'sceneBreak';
      u.label = u.heading.text;
      delete u.heading;
    } else {
      u.heading = { ...u.heading, level: 'chapter' };
    }
  }
  const first = bare[0]?.lines[0]?.no ?? 1;
  sink.info(
    'heading-bare-number',
    first,
    asSections
      ? `${bare.length} lines holding only a number read as numbered sections inside chapters`
      : `${bare.length} lines holding only a number read as chapter headings`,
  );
}

function absorbHeadingLines(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (!u?.heading || !next || u.heading.level === 'part') continue;
    const h: HeadingMatch = u.heading;
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
    if ((decorated && isSubtitleMarker(next, line.trimmed, inner)) || sameBlockTitle) {
      u.heading = { ...h, title: inner.replace(/\.$/, '') };
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
 * Numbered lines that follow each other with no text between them are a
 * list (`1. Iron filings` / `2. Salt.`), not chapters, whatever their shape.
 */
function demoteNumberedLists(units: Unit[], sink: DiagnosticSink): void {
  const isNumbered = (u: Unit | undefined): boolean => u?.heading !== undefined && UNLABELLED_NUMBERS.has(u.heading.ruleId);
  // Two items of one list: same shape, and the second counts on from the first.
  const nextItem = (a: Unit | undefined, b: Unit | undefined): boolean =>
    isNumbered(a) && isNumbered(b) && a?.heading?.ruleId === b?.heading?.ruleId && (b?.heading?.number ?? 0) === (a?.heading?.number ?? 0) + 1;
  for (let i = 0; i < units.length; i++) {
    if (!nextItem(units[i], units[i + 1])) continue;
    let k = i + 1;
    while (nextItem(units[k - 1], units[k])) k++;
    for (let j = i; j < k; j++) demote(units[j] as Unit);
    sink.info('heading-list', units[i]?.lines[0]?.no ?? 1, `${k - i} numbered lines in a row read as a list, not headings`);
    i = k;
  }
}

/**
 * Unlabelled numbers that are the file's chapters count up (by one, or
 * back to 1 under a new part); a numeral that breaks the count (`I.` as
 * a line of verse) is text. Keeps the longest counting chain.
 */
function keepCountingNumbers(units: Unit[], sink: DiagnosticSink): void {
  if (hasNumberedChapters(units)) return;
  const at: number[] = [];
  units.forEach((u, i) => {
    if (u.heading && UNLABELLED_NUMBERS.has(u.heading.ruleId) && u.heading.number !== null) at.push(i);
  });
  if (at.length < 2) return;
  const num = (k: number): number => units[at[k] as number]?.heading?.number ?? 0;
  const partBetween = (a: number, b: number): boolean => units.slice(a + 1, b).some((u) => u.heading?.level === 'part');
  const length: number[] = at.map(() => 1);
  const prev: number[] = at.map(() => -1);
  for (let k = 0; k < at.length; k++) {
    for (let j = 0; j < k; j++) {
      const follows = num(k) === num(j) + 1 || (num(k) === 1 && partBetween(at[j] as number, at[k] as number));
      if (follows && (length[j] as number) + 1 > (length[k] as number)) {
        length[k] = (length[j] as number) + 1;
        prev[k] = j;
      }
    }
  }
  let best = 0;
  for (let k = 1; k < at.length; k++) if ((length[k] as number) > (length[best] as number)) best = k;
  const keep = new Set<number>();
  for (let k = best; k !== -1; k = prev[k] as number) keep.add(at[k] as number);
  // Numbers that never count on from one another (`2` likes, `2` comments) are not a heading set at all.
  if (keep.size < 2) keep.clear();
  for (const i of at) {
    if (keep.has(i)) continue;
    const u = units[i] as Unit;
    sink.info('heading-out-of-count', u.lines[0]?.no ?? 1, `"${u.lines[0]?.trimmed ?? ''}" does not continue the count of the numbered headings; read as text`);
    demote(u);
  }
}

/**
 * With no numbered chapter heading in the file, `Part 1`, `Часть 2` are
 * the chapters themselves (a serial posted in parts, Ficbook's `часть`).
 */
function partsAsChapters(units: Unit[], sink: DiagnosticSink): void {
  const parts = units.filter((u) => u.heading?.level === 'part');
  if (parts.length === 0 || units.some((u) => u.heading?.level === 'chapter' && u.heading.number !== null)) return;
  for (const u of parts) if (u.heading) u.heading = { ...u.heading, level: 'chapter' };
  sink.info('heading-parts-as-chapters', parts[0]?.lines[0]?.no ?? 1, `${parts.length} part headings and no numbered chapters: each part read as a chapter`);
}

/** A line that reads as a title: short, capitalised, not a sentence. All-caps titles may end in a dot (`THE ROAD HOME.`). */
export function isTitleLine(text: string): boolean {
  if (NAVIGATION_LINE.test(text)) return false;
  if (text.length > 70 || text.split(/\s+/).length > 10 || !/^[\p{Lu}\p{N}"“'‘]/u.test(text)) return false;
  if (/[,;:!?…]/.test(text.replace(/[!?]["”]?$/, ''))) return false;
  return !/\.$/.test(text) || !/\p{Ll}/u.test(text);
}

/**
 * `CHAPTER ONE` with its title on the next line (`THE MAP ROOM`), as a set:
 * believed when most headings that carry only a label have such a line,
 * so that a short first sentence under one heading stays body.
 */
function absorbTitleLines(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  const labelOnly: number[] = [];
  const withTitle: number[] = [];
  units.forEach((u, i) => {
    if (u.kind !== 'heading' || !u.heading || u.heading.level !== 'chapter' || u.heading.title !== null || u.heading.number === null) return;
    labelOnly.push(i);
    const next = units[i + 1];
    const after = units[i + 2];
    if (next?.kind === 'text' && !next.note && next.lines.length === 1 && after && after.kind !== 'heading' && isTitleLine(next.lines[0]?.trimmed ?? '')) withTitle.push(i);
  });
  if (withTitle.length < 2 || withTitle.length < labelOnly.length * 0.6) return;
  for (const i of withTitle) {
    const u = units[i] as Unit;
    const next = units[i + 1] as Unit;
    const line = next.lines[0];
    if (!u.heading || !line) continue;
    u.heading = { ...u.heading, title: line.trimmed.replace(/\.$/, '') };
    u.lines = [...u.lines, line];
    next.kind = 'dropped';
  }
  sink.info('heading-title-line', units[withTitle[0] as number]?.lines[0]?.no ?? 1, `${withTitle.length} of ${labelOnly.length} label-only headings have their title on the next line; read as titles`);
  void layout;
}

/** `(100 words)` under a heading: the piece's length, as archives print it; not body. */
const WORD_COUNT_LINE = /^[([]\s*(?:about\s+|~)?[\d,.]+\s*(?:words?|wörter|mots|palabras|parole|palavras|слов[а]?|字)\s*[)\]]$/iu;

/** Bare reads/votes/comments counters (`4.1K` / `310` / `27`) that reading sites print under a part title. */
const COUNTER_LINE = /^\d[\d,.]*\s*[KkMm]?$/;

/**
 * Lines a site prints right under a heading that belong to it, not to the
 * text: a word count, bare counters, page navigation (`Next Chapter`).
 */
function absorbCountLines(units: Unit[], sink: DiagnosticSink): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind !== 'heading') continue;
    let k = i + 1;
    while (k < units.length && isHeadingChrome(units[k] as Unit)) {
      const chrome = units[k++] as Unit;
      chrome.kind = 'dropped';
      delete chrome.note;
      delete chrome.heading;
    }
    if (k > i + 1) sink.info('heading-chrome', units[i + 1]?.lines[0]?.no ?? 1, `${k - i - 1} line(s) of counts or navigation under the heading left out of the body`);
    i = k - 1;
  }
}

function isHeadingChrome(u: Unit): boolean {
  if (u.kind !== 'text' || !u.lines.every((l) => l.trimmed.length <= 80)) return false;
  return u.lines.every((l) => WORD_COUNT_LINE.test(l.trimmed) || COUNTER_LINE.test(l.trimmed) || NAVIGATION_LINE.test(l.trimmed));
}

/**
 * A labelled line that breaks the set: its number does not continue the
 * count of its neighbours, and it reads as a sentence (`Kapitel 3 Das war
 * alles.`) or sits inside a block, while the file's other headings do not.
 */
function demoteProseOutliers(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  for (const ruleId of ['heading-labelled', 'heading-cjk']) demoteOutliersOf(ruleId, units, layout, sink);
}

function demoteOutliersOf(ruleId: string, units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  const members = units.map((u, i) => (u.kind === 'heading' && u.heading?.ruleId === ruleId ? i : -1)).filter((i) => i >= 0);
  if (members.length < 3) return;
  const sentence = (i: number): boolean => {
    const u = units[i] as Unit;
    return u.heading?.title != null && /(?:\p{Ll}|\p{Lo})[.!?…。！？]["”’」]?$/u.test(u.lines[0]?.trimmed ?? '');
  };
  const apart = (i: number): boolean => layout.mode === 'lines' || ((units[i]?.gapBefore ?? 0) >= 1 && (units[i + 1]?.gapBefore ?? 1) >= 1);
  const sentences = members.filter(sentence).length;
  const together = members.filter((i) => !apart(i)).length;
  const num = (k: number): number | null => units[members[k] as number]?.heading?.number ?? null;
  members.forEach((i, k) => {
    const n = num(k);
    const fits = n === null || (k > 0 && n === (num(k - 1) ?? -9) + 1) || (k + 1 < members.length && n === (num(k + 1) ?? -9) - 1) || n === 1;
    if (fits) return;
    const odd = (sentence(i) && sentences * 2 < members.length) || (!apart(i) && together * 2 < members.length);
    if (!odd) return;
    const u = units[i] as Unit;
    sink.info('heading-prose-outlier', u.lines[0]?.no ?? 1, `"${u.lines[0]?.trimmed ?? ''}" breaks the count and the shape of the other headings; read as prose`);
    demote(u);
  });
}
