import type { DiagnosticSink } from '../diagnostics.js';
import type { Layout } from './layout.js';
import { matchDateLine } from './rules/dates.js';
import { NAVIGATION_LINE } from './rules/languages/navigation.js';
import { COUNT_SHORTHAND, HEADER_CHROME, isCountRow, isDateLine, matchBoilerplate } from './rules/boilerplate.js';
import { matchByLine } from './rules/header-labels.js';
import { matchFieldLine } from './rules/fields.js';
import type { Unit } from './units.js';

/** Lines beside a heading that belong to it: its title on the next line, counts and navigation under it. */

/** A line that reads as a title: short, capitalised, not a sentence. All-caps titles may end in a dot (`THE ROAD HOME.`). */
/** A title set in emphasis (`_De mist._`, as Gutenberg transcribes italics), without its marks. */
const EMPHASISED = /^([_*])(?!\1)(.+?)\1$/u;

/** The title a line under a heading carries: its emphasis marks and closing full stop taken off. */
export const titleOfLine = (text: string): string => text.replace(EMPHASISED, '$2').replace(/\.$/, '');

export function isTitleLine(text: string): boolean {
  // In emphasis the line is set as a title, so a closing full stop does not make it a sentence.
  const emphasised = EMPHASISED.exec(text);
  if (emphasised) return isTitleLine(emphasised[2]!.replace(/\.$/, ''));
  // A site's counts under a heading (`137 Gelesen · 24 Votes`) start with a number as a title may, and are none.
  if (NAVIGATION_LINE.test(text) || isCountRow(text)) return false;
  // Scripts without case (Hangul, kana, Han, Thai) start a title with any letter; short, no sentence's marks.
  if (/^\p{Lo}/u.test(text)) return text.length <= 15 && !/[。、，！？!?,.;:：…「」『』"“”]/u.test(text);
  if (text.length > 70 || text.split(/\s+/).length > 10 || !/^[\p{Lu}\p{N}"“'‘]/u.test(text)) return false;
  // A comma may stand in a title (`Tas, kas bija iekšā`), not in a line that then ends like a sentence.
  if (/[;:!?…]/.test(text.replace(/[!?]["”]?$/, '')) || (text.includes(',') && /[.,!?]["”]?$/.test(text))) return false;
  return !/\.$/.test(text) || !/\p{Ll}/u.test(text);
}

/**
 * A part's name straight under its label, over the part's first chapter (`PART ONE` / `WINTER` / `I. The Ledger`):
 * the part's, not a chapter's text.
 */
export function absorbPartNames(units: Unit[], sink: DiagnosticSink): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const [u, next, after] = [units[i]!, units[i + 1]!, units[i + 2]!];
    if (u.kind !== 'heading' || u.heading?.level !== 'part' || u.heading.title !== null || u.lines.length !== 1) continue;
    const line = next.lines[0];
    if (next.kind !== 'text' || next.note || next.gapBefore !== 0 || next.lines.length !== 1 || !line || !isTitleLine(line.trimmed) || after.kind !== 'heading') continue;
    u.heading = { ...u.heading, title: titleOfLine(line.trimmed) };
    u.lines = [...u.lines, line];
    next.kind = 'dropped';
    sink.info('heading-part-name', line.no, `"${line.trimmed}" under "${u.heading.text}" read as the part's name`);
  }
}

/**
 * `CHAPTER ONE` with its title on the next line (`THE MAP ROOM`), as a set:
 * believed when most headings that carry only a label have such a line,
 * so that a short first sentence under one heading stays body.
 */
export function absorbTitleLines(units: Unit[], sink: DiagnosticSink): void {
  const labelOnly: number[] = [];
  const withTitle: number[] = [];
  units.forEach((u, i) => {
    if (u.kind !== 'heading' || !u.heading || u.heading.level !== 'chapter' || u.heading.title !== null || u.heading.number === null) return;
    labelOnly.push(i);
    const next = units[i + 1];
    const after = units[i + 2];
    // A date under the heading is the chapter's dateline (`Chapter 1` / `3 May 1897`), part of its text.
    const line = next?.lines[0]?.trimmed ?? '';
    // (Or over the chapter's stamp in the same block: `Kereta Terakhir` / `Nadira Putri · 2 Mar 2019 · 3 menit baca`.)
    const stamped = next !== undefined && next.lines.length > 1 && next.lines.slice(1).every((l) => isStampRow(l.trimmed) || isStampField(l.trimmed) || isCountRow(l.trimmed));
    // (A line the next one runs on from in lower case, no blank between, is a wrapped paragraph's first: OCR of a column.)
    const runsOn = after !== undefined && after.gapBefore === 0 && /^\p{Ll}/u.test(after.lines[0]?.trimmed ?? '');
    if (next?.kind === 'text' && !next.note && (next.lines.length === 1 || stamped) && after && after.kind !== 'heading' && !runsOn && isTitleLine(line) && !matchDateLine(line)) withTitle.push(i);
  });
  if (withTitle.length < 2 || withTitle.length < labelOnly.length * 0.6) {
    absorbTitlesAbove(units, labelOnly, sink);
    return;
  }
  for (const i of withTitle) {
    const u = units[i] as Unit;
    const next = units[i + 1] as Unit;
    const line = next.lines[0];
    if (!u.heading || !line) continue;
    u.heading = { ...u.heading, title: titleOfLine(line.trimmed) };
    u.lines = [...u.lines, line];
    // The stamp under the title stays for the heading's chrome (`absorbCountLines`).
    if (next.lines.length > 1) next.lines = next.lines.slice(1);
    else next.kind = 'dropped';
  }
  sink.info('heading-title-line', units[withTitle[0] as number]?.lines[0]?.no ?? 1, `${withTitle.length} of ${labelOnly.length} label-only headings have their title on the next line; read as titles`);
}

/** `(100 words)` under a heading: the piece's length, as archives print it; not body. */
const WORD_COUNT_LINE = /^[([]\s*(?:about\s+|~)?[\d,.]+\s*(?:words?|wörter|mots|palabras|parole|palavras|слов[а]?|字)\s*[)\]]$/iu;

/** Bare reads/votes/comments counters (`4.1K` / `310` / `27`) that reading sites print under a part title. */
const COUNTER_LINE = new RegExp(`^\\d[\\d,.]*${COUNT_SHORTHAND}$`, 'u');

/**
 * Lines a site prints right under a heading that belong to it, not to the
 * text: a word count, bare counters, page navigation (`Next Chapter`).
 */
export function absorbCountLines(units: Unit[], layout: Layout, sink: DiagnosticSink): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind !== 'heading') continue;
    // A page's site name straight over its heading, as a reader view heads each page it copies (`shabd.in`).
    const above = units[i - 1];
    if (above?.kind === 'text' && above.lines.length === 1 && u.gapBefore === 0 && matchBoilerplate(HEADER_CHROME, above.lines[0]!.trimmed)?.id === 'site-domain') {
      above.kind = 'dropped';
      sink.info('heading-chrome', above.lines[0]!.no, "the page's site name over the heading left out of the body");
    }
    let k = i + 1;
    // Post stamps only while still in the heading's own block.
    let inBlock = true;
    while (k < units.length && (isHeadingChrome(units[k] as Unit) || (inBlock && (isPostStamp(units[k] as Unit, layout) || isBylineUnit(units[k] as Unit) || isButtonUnit(units[k] as Unit))))) {
      inBlock &&= units[k]?.gapBefore === 0;
      const chrome = units[k++] as Unit;
      chrome.kind = 'dropped';
      delete chrome.note;
      delete chrome.heading;
    }
    if (k > i + 1) sink.info('heading-chrome', units[i + 1]?.lines[0]?.no ?? 1, `${k - i - 1} line(s) of counts or navigation under the heading left out of the body`);
    i = k - 1;
  }
}

/** A reader's buttons glued under the heading, one to a line (`字号` / `背景`, font size and background): the site's. */
const isButtonUnit = (u: Unit): boolean =>
  u.kind === 'text' && u.gapBefore === 0 && !u.note && u.lines.every((l) => matchBoilerplate(HEADER_CHROME, l.trimmed)?.id === 'account');

/** The author's by-line or name field set again under each chapter's heading (`Автор: kotyonok_v_shlyape`). */
const isBylineUnit = (u: Unit): boolean =>
  u.kind === 'text' && u.gapBefore === 0 && !u.note && u.lines.length === 1 && (matchByLine(u.lines[0]!.trimmed)?.weak === false || matchFieldLine(u.lines[0]!.trimmed)?.meta === 'author');

function isHeadingChrome(u: Unit): boolean {
  // A bare count in the heading's block (`231`) was read as a numbered section's mark; it is a count.
  if (u.kind === 'sceneBreak' && u.gapBefore === 0 && u.lines.length === 1 && COUNTER_LINE.test(u.lines[0]!.trimmed)) return true;
  // A labelled note under the heading is the author's, whatever it says (`A/N: Last part!` names no link).
  if (u.kind !== 'text' || u.note || !u.lines.every((l) => l.trimmed.length <= 80)) return false;
  return u.lines.every((l) => WORD_COUNT_LINE.test(l.trimmed) || COUNTER_LINE.test(l.trimmed) || isCountRow(l.trimmed) || NAVIGATION_LINE.test(l.trimmed) || isStampField(l.trimmed) || isStampRow(l.trimmed));
}

/** A date alone in a cell: `2023-09-10`, `10.09.2023`, or a date line's words. */
const isDateCell = (c: string): boolean => /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/u.test(c) || isDateLine(c);

/** A site's row under a chapter's heading, its cells parted by bars or dots, one a date: `沈予青｜2023-09-10｜236字`. */
function isStampRow(t: string): boolean {
  if (t.length > 80) return false;
  const cells = t.split(/\s*[｜|·•]\s*/u);
  return cells.length >= 2 && cells.length <= 5 && cells.every((c) => c !== '' && c.length <= 30 && !/[.!?…。！？]$/u.test(c)) && cells.some(isDateCell);
}

/**
 * A site's stamp as a field under the heading (`Updated: May 11, 2023`, Webnovel's): a label the tables know, a date
 * its value. (A bare `Date:` may head a letter in the story.)
 */
function isStampField(t: string): boolean {
  const f = t.length <= 60 ? matchFieldLine(t) : null;
  return f !== null && f.known && f.meta === null && !/^date$/i.test(f.key) && isDateLine(f.value);
}

/**
 * Short lines in the heading's own block, none of them a sentence: what a
 * blog or forum prints under a post title (`Posted on 14 March 2021 by …`,
 * `Wrenfield · Mar 5, 2022 · #58`, a subtitle deck, author, date and
 * counters). Only in files whose paragraphs are set apart by blank lines,
 * where the text proper starts after one.
 */
function isPostStamp(u: Unit, layout: Layout): boolean {
  if (layout.mode !== 'blocks' || u.kind !== 'text' || u.note || u.gapBefore !== 0) return false;
  return u.lines.every((l) => l.trimmed.length <= 80 && !/[.!?…"”»」。！？』]$/u.test(l.trimmed));
}

/**
 * The title set on the line above its counter, in one block (Quotev:
 * `The Letter` / `Chapter 1 of 3`), as a set like the titles below.
 */
function absorbTitlesAbove(units: Unit[], labelOnly: readonly number[], sink: DiagnosticSink): void {
  const withTitle = labelOnly.filter((i) => {
    const u = units[i] as Unit;
    const prev = units[i - 1];
    return u.gapBefore === 0 && prev?.kind === 'text' && !prev.note && prev.lines.length === 1 && prev.gapBefore > 0 && isTitleLine(prev.lines[0]?.trimmed ?? '');
  });
  if (withTitle.length < 2 || withTitle.length < labelOnly.length * 0.6) return;
  for (const i of withTitle) {
    const u = units[i] as Unit;
    const prev = units[i - 1] as Unit;
    const line = prev.lines[0];
    if (!u.heading || !line) continue;
    u.heading = { ...u.heading, title: titleOfLine(line.trimmed) };
    u.lines = [line, ...u.lines];
    u.gapBefore = prev.gapBefore;
    prev.kind = 'dropped';
  }
  sink.info('heading-title-line', units[withTitle[0] as number]?.lines[0]?.no ?? 1, `${withTitle.length} of ${labelOnly.length} label-only headings have their title on the line above; read as titles`);
}
