import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { asciiDigits, romanToNumber } from './numbers.js';
import { undecorate } from './rules/decoration.js';
import { cleanTitle, matchHeading, type HeadingLevel, type HeadingMatch } from './rules/headings.js';
import type { MarkedHeadings } from './marked-headings.js';

/**
 * A chapter word quire has no language data for (Breton `Pennad 1`, Faroese `Kapittul 2`, Lao `ບົດທີ 3`) still
 * shows itself by how it is used: one word, the same each time, before a number that counts up, on a line set
 * apart, with the story's text between. A family of such lines heads the chapters; a second, smaller family
 * whose lines each open a run of the first heads the parts.
 */

/** A word or two of letters, a number (digits of any script or roman), and a title after a separator or a space. */
const LABEL_FIRST = /^([\p{L}\p{M}][\p{L}\p{M}'’]{1,24}(?: [\p{L}\p{M}][\p{L}\p{M}'’]{1,24})?)(?:\s+|(?<=[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\s*)(?:(?:n[°ºo]\.?|#|№)\s*)?(\d{1,4}|[IVXLC]{1,7}|[ivxlc]{1,7})(?![\p{L}\p{N}])\.?(?:\s*(?:[:.)|•·]|\s[-–—]|[-–—]\s)?\s*(\S.*))?$/u;
/** The number first, as some languages write it (`3. Pennad`, `3-nji bap`): the word after it is the family's. */
const NUMBER_FIRST = /^(\d{1,4}|[IVXLC]{1,7})(?:\.\s*|-\p{L}{1,4}\s+|\s+)([\p{L}\p{M}][\p{L}\p{M}'’]{1,24})(?:\s*(?:[:.|•·]|\s[-–—])\s*(\S.*))?$/u;

/**
 * A number in brackets before the title (`[01] 첫눈`, `【3】 Title`): the brackets are the family's mark. Without a
 * title (`[ 412 ]`) it is as likely a printed page's number, left to the rules for bare numbers.
 */
const BRACKETED_FIRST = /^([[【〔(（<])\s*(\d{1,4})\s*([\]】〕)）>])\s*(\S.*)$/u;

/** Words of text between two members, at the least: a list's items stand close, chapters hold a story. */
const MIN_WORDS_BETWEEN = 25;
const MAX_TITLE_WORDS = 10;

interface Candidate {
  index: number;
  key: string;
  number: number;
  title: string | null;
  text: string;
}

function candidateAt(lines: readonly Line[], i: number): Candidate | null {
  const line = lines[i]!;
  // Columns (`< Prev   1. Dust   Next >`) are a page's navigation, not a heading.
  if (line.trimmed.length > 90 || !(lines[i - 1]?.blank ?? true) || /\S(?:\s{3,}|\t)\S/.test(line.trimmed)) return null;
  const text = undecorate(line.trimmed).inner.replace(/\s+/g, ' ');
  const digits = asciiDigits(text);
  const m = LABEL_FIRST.exec(digits);
  const n = m ? null : NUMBER_FIRST.exec(digits);
  const b = m || n ? null : BRACKETED_FIRST.exec(digits);
  const label = m?.[1] ?? n?.[2] ?? (b ? `${b[1]!}${b[3]!}` : undefined);
  const numeral = m?.[2] ?? n?.[1] ?? b?.[2];
  if (label === undefined || numeral === undefined) return null;
  const number = /^\d/.test(numeral) ? Number.parseInt(numeral, 10) : romanToNumber(numeral.toUpperCase());
  const rawTitle = (m?.[3] ?? n?.[3] ?? b?.[4] ?? '').trim();
  if (number === null || /[.!?…,;:]$/u.test(rawTitle) || rawTitle.split(/\s+/).length > MAX_TITLE_WORDS) return null;
  return { index: i, key: label.normalize('NFC').toLowerCase(), number, title: rawTitle === '' ? null : cleanTitle(rawTitle), text };
}

function wordsBetween(lines: readonly Line[], from: number, to: number): number {
  let words = 0;
  for (let i = from + 1; i < to; i++) if (!lines[i]!.blank) words += lines[i]!.trimmed.split(/\s+/).length;
  return words;
}

/** Numbers that count up by one from one member to the next, most of the way, with the story's text between. */
function isFamily(lines: readonly Line[], members: readonly Candidate[]): boolean {
  if (members.length < 2) return false;
  const steps = members.slice(1).filter((c, k) => c.number === members[k]!.number + 1).length;
  if (steps < (members.length - 1) * 0.8) return false;
  if (members.length === 2 && steps !== 1) return false;
  const spaced = members.slice(1).every((c, k) => wordsBetween(lines, members[k]!.index, c.index) >= MIN_WORDS_BETWEEN);
  // A word quire already reads as a label (`Chapter`, `Kapitel`) is left to its own rules.
  const known = members.filter((c) => matchHeading(c.text)?.label != null).length;
  return spaced && known * 2 < members.length;
}

/** Lines set apart that read as a labelled chapter or part heading (`Chương 2: Dây đàn`, `Part One`). */
function knownHeadings(lines: readonly Line[]): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t === '' || t.length > 90 || !(lines[i - 1]?.blank ?? true)) continue;
    const m = matchHeading(t);
    if (m?.label != null && m.level !== 'section') count++;
  }
  return count;
}

/** Whether each member of `outer` opens a run of `inner`: parts around chapters. */
function encloses(outer: readonly Candidate[], inner: readonly Candidate[]): boolean {
  if (outer.length >= inner.length || outer[0]!.index > inner[0]!.index) return false;
  return outer.every((o, k) => {
    const next = outer[k + 1]?.index ?? Infinity;
    return inner.some((c) => c.index > o.index && c.index < next);
  });
}

export function findLabelFamilies(lines: readonly Line[], sink: DiagnosticSink): MarkedHeadings | null {
  const byKey = new Map<string, Candidate[]>();
  for (let i = 0; i < lines.length; i++) {
    const c = candidateAt(lines, i);
    if (c) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  }
  const families = [...byKey.values()].filter((members) => isFamily(lines, members)).sort((a, b) => b.length - a.length);
  const chapters = families[0];
  // Headings in words quire knows are read by their own rules; a family beside them is something else (`Hết chương 1.`, the end of one).
  if (chapters === undefined || knownHeadings(lines) >= 2) return null;
  const parts = families.slice(1).find((f) => encloses(f, chapters));
  const headings = new Map<number, HeadingMatch>();
  const add = (members: readonly Candidate[], level: HeadingLevel): void => {
    for (const c of members) {
      headings.set(lines[c.index]!.no, { ruleId: 'heading-label-family', level, number: c.number, label: null, title: c.title, text: c.text, marked: true });
    }
    const first = members[0]!;
    sink.info(
      'heading-label-family',
      lines[first.index]!.no,
      `${members.length} lines from "${first.text}" on, each "${first.key}" and a number counting up, read as ${level} headings; if these are not the file's ${level}s, set structure.not-headings`,
    );
  };
  add(chapters, 'chapter');
  if (parts) add(parts, 'part');
  return headings;
}
