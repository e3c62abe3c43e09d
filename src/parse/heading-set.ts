import type { DiagnosticSink } from '../diagnostics.js';
import type { Layout } from './layout.js';
import { unitText, type Unit } from './units.js';
import { isNameLike } from './rules/header-labels.js';
import { escapeRegExp } from './rules/languages/index.js';

/**
 * The consistent-set chooser: which heading candidates belong together.
 * Numbers should count up, a list is not a run of chapters, parts stand in
 * for chapters when there are no others, and a labelled line that breaks
 * both the count and the shape of its set is prose.
 */

/**
 * Headings that carry a number but no label (`1.`, `IV. High Water`,
 * `1.2`, `one. the glasshouse`, `01/03 Title`): one family, whose numbers should count up.
 */
export const UNLABELLED_NUMBERS = new Set(['heading-bare-number', 'heading-decimal', 'heading-roman-title', 'heading-number-title', 'heading-word-number-title', 'heading-counter']);

export const familyOf = (ruleId: string): string => (UNLABELLED_NUMBERS.has(ruleId) ? 'unlabelled-number' : ruleId);

export function demote(u: Unit): void {
  if (u.anchored) return;
  u.kind = 'text';
  delete u.heading;
}

const TITLED_NUMBERS = new Set(['heading-roman-title', 'heading-number-title', 'heading-word-number-title', 'heading-counter']);

/**
 * Labelled numbered chapters, or numbered titles (`I. A SCANDAL IN BOHEMIA`)
 * that count up on their own: then bare numerals are sections inside them.
 * Titled numbers that skip (`IV. High Water`, `VI. Lantern Song`) belong to
 * the bare numerals' count instead.
 */
export function hasNumberedChapters(units: readonly Unit[]): boolean {
  if (units.some((u) => u.heading && u.heading.level === 'chapter' && u.heading.number !== null && !UNLABELLED_NUMBERS.has(u.heading.ruleId))) return true;
  const titled = units.filter((u) => u.heading && TITLED_NUMBERS.has(u.heading.ruleId)).map((u) => u.heading?.number ?? 0);
  if (titled.length < 2) return false;
  const steps = titled.slice(1).filter((n, k) => n === (titled[k] ?? 0) + 1).length;
  return steps >= (titled.length - 1) * 0.8;
}

/**
 * Sections lettered `A.`, `B.`, `C.` are a run counting up through the
 * alphabet from `A`. A letter that is also a roman numeral (`C.`, `I.`)
 * joins the run when it is the letter due; a lone letter that counts from
 * nothing is an initial or a list's item, not a heading.
 */
export function keepLetterRuns(units: Unit[], sink: DiagnosticSink): void {
  const letterOf = (u: Unit): string | null => {
    const ruleId = u.heading?.ruleId;
    return ruleId === 'heading-letter' || ruleId === 'heading-bare-number' ? (/^(\p{Lu})\.$/u.exec(u.heading?.text ?? '')?.[1] ?? null) : null;
  };
  const run: Unit[] = [];
  for (const u of units) {
    const letter = letterOf(u);
    if (letter === null) continue;
    const due = String.fromCharCode('A'.charCodeAt(0) + run.length);
    if (letter === due) run.push(u);
  }
  const inRun = new Set(run.length >= 2 ? run : []);
  for (const u of units) {
    if (u.heading?.ruleId !== 'heading-letter' && !inRun.has(u)) continue;
    if (!inRun.has(u)) demote(u);
    else if (u.heading) u.heading = { ...u.heading, ruleId: 'heading-letter', level: 'chapter', number: null };
  }
  if (inRun.size > 0) sink.info('heading-letter', run[0]?.lines[0]?.no ?? 1, `${inRun.size} lettered sections (A., B., …) read as chapter headings`);
}

/** A name alone in brackets: one or two capitalised words (`[WREN]`, `[Mara Voss]`). */
const BRACKETED_NAME = /^\[(\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?)\]$/u;

/**
 * Where another set of chapter headings (`A.`, `1.`, `Chapter 2`) structures the file, bracketed lines that hold
 * only a name the story uses (`[WREN]`, prose: `Wren had stopped…`) say whose turn it is: POV markers, not chapters.
 */
export function bracketedNamesAsPov(units: Unit[], sink: DiagnosticSink): void {
  const bracketed = units.filter((u) => u.kind === 'heading' && u.heading?.ruleId === 'heading-bracket-title');
  if (bracketed.length === 0) return;
  const others = units.filter((u) => u.kind === 'heading' && u.heading?.level === 'chapter' && u.heading.ruleId !== 'heading-bracket-title');
  if (new Set(others.map((u) => familyOf(u.heading?.ruleId ?? ''))).size !== 1 || others.length < 2) return;
  const prose = units.filter((u) => u.kind === 'text').map(unitText).join('\n').toLowerCase();
  const named = bracketed.filter((u) => {
    const name = BRACKETED_NAME.exec(u.lines[0]?.trimmed ?? '')?.[1];
    return name !== undefined && isNameLike(name) && new RegExp(`(?<![\\p{L}])${escapeRegExp(name.toLowerCase())}(?![\\p{L}])`, 'u').test(prose);
  });
  for (const u of named) {
    u.kind = 'pov';
    u.label = BRACKETED_NAME.exec(u.lines[0]?.trimmed ?? '')?.[1] ?? '';
    delete u.heading;
  }
  if (named.length > 0) sink.info('pov-bracketed-names', named[0]?.lines[0]?.no ?? 1, `${named.length} bracketed name(s) between chapter headings read as POV markers`);
}

/**
 * Numbered lines that follow each other with no text between them are a
 * list (`1. Iron filings` / `2. Salt.`), not chapters, whatever their shape.
 */
export function demoteNumberedLists(units: Unit[], sink: DiagnosticSink): void {
  // (A CJK numeral and its comma number a list's items as well: a shop's price list `一、万年筆　八百円` / `二、…`.)
  const isNumbered = (u: Unit | undefined): boolean => u?.heading !== undefined && (UNLABELLED_NUMBERS.has(u.heading.ruleId) || u.heading.ruleId === 'heading-cjk-number-title');
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
export function keepCountingNumbers(units: Unit[], sink: DiagnosticSink): void {
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
 * A heading under another label that breaks a counting set (`Глава 7. Как отличить…`, a book's chapter quoted
 * inside `Chapter 1` of a story whose `Chapter 1`, `Chapter 2` count on around it) is text: the set's headings
 * before and after it count by one, leaving it no place.
 */
export function demoteForeignLabels(units: Unit[], sink: DiagnosticSink): void {
  const labelled = units.filter((u) => u.heading?.level === 'chapter' && u.heading.label !== null && u.heading.number !== null);
  const counts = new Map<string, number>();
  for (const u of labelled) counts.set(u.heading!.label!.toLowerCase(), (counts.get(u.heading!.label!.toLowerCase()) ?? 0) + 1);
  const [main, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 2) return;
  const isMain = (u: Unit | undefined): boolean => u?.heading?.label?.toLowerCase() === main;
  labelled.forEach((u, k) => {
    if (isMain(u)) return;
    const before = labelled.slice(0, k).reverse().find(isMain);
    const after = labelled.slice(k + 1).find(isMain);
    if (!before || !after || after.heading!.number !== before.heading!.number! + 1) return;
    sink.info('heading-out-of-count', u.lines[0]?.no ?? 1, `"${u.lines[0]?.trimmed ?? ''}" breaks the count of the "${main}" headings around it; read as text`);
    demote(u);
  });
}

const SET_CHOSEN = new Set(['heading-date', 'heading-clock']);

/**
 * With no numbered chapter heading in the file, `Part 1`, `Часть 2` are
 * the chapters themselves (a serial posted in parts, Ficbook's `часть`).
 */
export function partsAsChapters(units: Unit[], sink: DiagnosticSink): void {
  const parts = units.filter((u) => u.heading?.level === 'part');
  // Chapters chosen as a set without numbers (dated entries, times of day) stand under the parts too.
  if (parts.length === 0 || units.some((u) => u.heading?.level === 'chapter' && (u.heading.number !== null || SET_CHOSEN.has(u.heading.ruleId)))) return;
  for (const u of parts) if (u.heading) u.heading = { ...u.heading, level: 'chapter' };
  sink.info('heading-parts-as-chapters', parts[0]?.lines[0]?.no ?? 1, `${parts.length} part headings and no numbered chapters: each part read as a chapter`);
}

/**
 * A labelled line that breaks the set: its number does not continue the
 * count of its neighbours, and it reads as a sentence (`Kapitel 3 Das war
 * alles.`) or sits inside a block, while the file's other headings do not.
 */
export function demoteProseOutliers(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
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

/**
 * A heading line with text straight above and below it, where every other heading of its family stands apart
 * between blank lines, is a line of that text: a reader's comment asking `ክፍል ፬ ይኖራል?` (will there be a part 4?)
 * under its name and date, over its reply button.
 */
export function demoteGluedOutliers(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  if (layout.mode === 'lines') return;
  const families = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.kind !== 'heading' || !u.heading) return;
    const family = familyOf(u.heading.ruleId);
    families.set(family, [...(families.get(family) ?? []), i]);
  });
  const glued = (i: number): boolean =>
    units[i]!.gapBefore === 0 && units[i - 1] !== undefined && units[i - 1]!.kind !== 'heading' && units[i + 1] !== undefined && units[i + 1]!.kind !== 'heading' && units[i + 1]!.gapBefore === 0;
  const apart = (i: number): boolean => units[i]!.gapBefore >= 1 && (units[i + 1]?.gapBefore ?? 1) >= 1;
  for (const members of families.values()) {
    const odd = members.filter(glued);
    if (members.length < 3 || odd.length !== 1 || !members.every((i) => odd.includes(i) || apart(i))) continue;
    const u = units[odd[0]!]!;
    sink.info('heading-glued-outlier', u.lines[0]?.no ?? 1, `"${u.lines[0]?.trimmed ?? ''}" stands inside a paragraph where the other headings like it stand apart; read as text`);
    demote(u);
  }
}

/**
 * A labelled heading that repeats an earlier one's number, set otherwise than the set (`Kapitel 1: Betreten
 * verboten!` flush left, a sign quoted in the text, where the file's own headings are indented by a tab, as
 * FanFicFare writes them; a reader's comment quoting `ตอนที่ 1 : …` under the commenter's name) is text; a repeat
 * after a new part is a new count.
 */
export function demoteStrayRepeats(units: Unit[], sink: DiagnosticSink): void {
  const set = units.filter((u) => u.kind === 'heading' && u.heading?.level === 'chapter' && u.heading.label !== null && u.heading.number !== null);
  const indents = new Map<number, number>();
  for (const u of set) indents.set(u.lines[0]!.indent, (indents.get(u.lines[0]!.indent) ?? 0) + 1);
  const [usual, count] = [...indents].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 2) return;
  const apart = set.filter((u) => u.gapBefore >= 1).length * 2 > set.length;
  const seen = new Set<string>();
  const keyOf = (u: Unit | undefined): string => (u?.heading ? `${u.heading.label?.toLowerCase()} ${u.heading.number}` : '');
  units.forEach((u, i) => {
    if (u.heading?.level === 'part') seen.clear();
    if (!set.includes(u)) return;
    const key = keyOf(u);
    // Right under the heading it repeats (`[Chapter 2] Dunes` / `Chapter 2`), it is that heading's echo, absorbed later.
    const echo = units[i - 1]?.kind === 'heading' && keyOf(units[i - 1]) === key;
    // (Or glued under a line of text, as a reader's comment quoting it is, where the set's headings stand apart.)
    const glued = u.gapBefore === 0 && units[i - 1]?.kind === 'text' && apart;
    if (seen.has(key) && (u.lines[0]!.indent !== usual || glued) && !echo) {
      sink.info('heading-stray-repeat', u.lines[0]!.no, `"${u.lines[0]!.trimmed}" repeats an earlier heading's number and is set unlike the others; read as text`);
      demote(u);
    }
    seen.add(key);
  });
}
