import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { asciiDigits, parseNumber, romanToNumber } from './numbers.js';
import { hasDrawnEdge, undecorate } from './rules/decoration.js';
import { cleanTitle, matchHeading, type HeadingLevel, type HeadingMatch } from './rules/headings.js';
import { DEFINITE_ARTICLES } from './rules/languages/index.js';
import { matchPov } from './rules/markers.js';
import type { MarkedHeadings } from './marked-headings.js';

/**
 * A chapter word quire has no language data for (Breton `Pennad 1`, Faroese `Kapittul 2`, Lao `ບົດທີ 3`, Javanese
 * `Bab Kapisan`) still shows itself by how it is used: the same word on every heading, beside a number that counts
 * up or a word that changes each time, on a line set apart, with the story's text between. Such a family heads the
 * chapters; where its numbers start again, the line set apart over each new run heads a part.
 */

/** A word or two of letters, a number (digits of any script, roman, after a joiner like `faha-`), and a title. */
const LABEL_FIRST = /^([\p{L}\p{M}][\p{L}\p{M}'’]{1,24}(?: [\p{L}\p{M}][\p{L}\p{M}'’]{1,24})?)(?:\s+|(?<=[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\s*)(?:(?:n[°ºo]\.?|#|№|\p{L}{1,5}-)\s*)?(\d{1,4}|[IVXLC]{1,7}|[ivxlc]{1,7})(?![\p{L}\p{N}]|\s*[/.:,-]\s*\d)\.?(?:\s*(?:[:.)|•·]|\s[-–—]|[-–—]\s)?\s*(\S.*))?$/u;
/** The number first, as some languages write it (`3. Pennad`, `3-nji bap`): the word after it is the family's. */
const NUMBER_FIRST = /^(\d{1,4}|[IVXLC]{1,7})(?:\.\s*|-\p{L}{1,4}\s+|\s+)([\p{L}\p{M}][\p{L}\p{M}'’]{1,24})(?:\s*(?:[:.|•·]|\s[-–—])\s*(\S.*))?$/u;
/**
 * A number in brackets before the title (`[01] 첫눈`, `【3】 Title`): the brackets are the family's mark. Without a
 * title (`[ 412 ]`) it is as likely a printed page's number, left to the rules for bare numbers.
 */
const BRACKETED_FIRST = /^([[【〔(（<])\s*(\d{1,4})\s*([\]】〕)）>])\s*(\S.*)$/u;
/** Two or three words, one of them the number in words of a language quire may not know, and a title after a separator. */
const WORDS_HEADING = /^((?:[\p{L}\p{M}ʻ'’][\p{L}\p{M}ʻ'’-]* ){1,2}[\p{L}\p{M}ʻ'’][\p{L}\p{M}ʻ'’-]*)(?:\s*(?:[:.|•·]|\s[-–—])\s*(\S.*))?$/u;

/** The story's name, a dash, and the heading: `The Haar Kist — Chaipter Ane: The Kist`. */
const NAME_THEN_HEADING = /^(\S.{1,60}?)\s[–—-]\s(\S.*)$/u;

/** Words of text between two members, at the least: a list's items stand close, chapters hold a story. */
const MIN_WORDS_BETWEEN = 25;
const MAX_TITLE_WORDS = 10;

interface Candidate {
  index: number;
  key: string;
  /** The number as written, or null when it is a word to be counted by its place. */
  number: number | null;
  /** The word that changes from heading to heading, in a family of words. */
  word?: string;
  /** As written: cleaned of totals and quotes only once the family is chosen. */
  title: string | null;
  /** The title stands on the line under the heading (`MOKUNA ʻEKAHI` / `Ka Pō`). */
  titleBelow: boolean;
  /** Capitals and no letter in lower case: a heading set in capitals (a script without case sets none). */
  capitals: boolean;
  text: string;
  /** The part of the text the heading's shape was read from (after the story's name, when the line starts with it). */
  shape: string;
  /** The story's name and its dash, when the line starts with them: the key's first part. */
  prefix: string;
}

const endsSentence = (t: string): boolean => /[.!?…,;:"”»]$/u.test(t);

/**
 * A short line with no sentence's end under a heading, over a blank, an indented paragraph or a paragraph of
 * sentences (`Caibdil Nane` / `Yn Chibbyr` / `Va'n thie sollan …`): the heading's title.
 */
function titleUnder(lines: readonly Line[], i: number): string | null {
  const [next, after] = [lines[i + 1], lines[i + 2]];
  if (next === undefined || next.blank || next.indent > 0) return null;
  const t = next.trimmed;
  const paragraphAfter = after === undefined || after.blank || after.indent > 0 || (after.trimmed.length > 60 && endsSentence(after.trimmed));
  return paragraphAfter && t.split(/\s+/).length <= 8 && !endsSentence(t) ? t : null;
}

/**
 * The cheap test before the shapes: every shape ends its heading within its first three words (a number, a separator,
 * the line's end) or opens on a number or bracket, where a line of prose (`It was the best of times`) runs on.
 */
function mayBeHeading(t: string): boolean {
  const words = t.split(' ', 5);
  if (words.length <= 3 || /^[\p{N}[【〔(（<]/u.test(t)) return true;
  return words.slice(0, 4).some((w, k) => /\p{N}|[:.|•·)]$/u.test(w) || (k > 0 && /^(?:[-–—]|[IVXLC]{1,7}\.?)$/u.test(w)));
}

/** How the file sets its paragraphs apart: by blank lines, by a line each (hardly a blank line), or by indenting them. */
interface Paragraphing {
  dense: boolean;
  indented: boolean;
  /** Lines a chat sets apart as messages of their own. */
  starts?: ReadonlySet<number> | undefined;
}

/** A line that stands as a paragraph of its own. */
function standsApart(lines: readonly Line[], i: number, p: Paragraphing): boolean {
  const prev = lines[i - 1];
  if (prev === undefined || prev.blank || p.dense || p.starts?.has(i)) return true;
  // (In a file of indented paragraphs, a flush line after a sentence's end or a short line: `RANN ONAN` / `Chaptra 1`.)
  return p.indented && lines[i]!.indent === 0 && (endsSentence(prev.trimmed) || prev.trimmed.split(/\s+/).length <= 6);
}

function candidatesAt(lines: readonly Line[], i: number, p: Paragraphing): Candidate[] {
  const line = lines[i]!;
  // A line wrapped in the middle of a sentence, running on into the next in lower case, is prose.
  const next = lines[i + 1];
  if (!p.dense && next !== undefined && !next.blank && /\p{Ll}$/u.test(line.trimmed) && /^\p{Ll}/u.test(next.trimmed)) return [];
  // Columns (`< Prev   1. Dust   Next >`) are a page's navigation, not a heading.
  if (line.trimmed.length > 90) return [];
  // (Or straight under a heading quire reads, as a chapter under its part: `Parte Prima – L'Acqua` / `Capìtoło 1 – El guardian`.)
  const apart = standsApart(lines, i, p);
  const prev = lines[i - 1]?.trimmed ?? '';
  if (!apart && (prev.length > 60 || endsSentence(prev))) return [];
  if (/\S(?:\s{3,}|\t)\S/.test(line.trimmed) || !mayBeHeading(line.trimmed) || (!apart && matchHeading(prev) === null)) return [];
  const drawn = hasDrawnEdge(line.trimmed) ? undecorate(line.trimmed).inner : line.trimmed;
  const text = /\s\s|\t/.test(drawn) ? drawn.replace(/\s+/g, ' ') : drawn;
  const below = titleUnder(lines, i);
  const base = { index: i, text, capitals: /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) };
  const titled = (raw: string): { title: string | null; titleBelow: boolean } | null => {
    const t = raw.trim();
    if (t === '') return { title: below, titleBelow: below !== null };
    return endsSentence(t) || t.split(/\s+/).length > MAX_TITLE_WORDS ? null : { title: t, titleBelow: false };
  };
  // (The story's name before each heading, as a blog titles its posts: `The Haar Kist — Chaipter Ane: The Kist`.)
  const named = /\s[–—-]\s/.test(text) ? NAME_THEN_HEADING.exec(text) : null;
  return [...shaped(text, '', base, titled), ...(named ? shaped(named[2]!, `${named[1]!.toLowerCase()} — `, base, titled) : [])];
}

type Titled = (raw: string) => { title: string | null; titleBelow: boolean } | null;

/** The heading shapes a line's text may take, each under its family's key (`prefix` before it). */
function shaped(text: string, prefix: string, line: Pick<Candidate, 'index' | 'text' | 'capitals'>, titled: Titled): Candidate[] {
  const base = { ...line, shape: text, prefix };
  const digits = /[^\x00-\x7f]/.test(text) ? asciiDigits(text) : text;
  const m = LABEL_FIRST.exec(digits);
  const n = m ? null : NUMBER_FIRST.exec(digits);
  const b = m || n ? null : BRACKETED_FIRST.exec(digits);
  const label = m?.[1] ?? n?.[2] ?? (b ? `${b[1]!}${b[3]!}` : undefined);
  const numeral = m?.[2] ?? n?.[1] ?? b?.[2];
  // (A label in lower case is a phrase of the text, `publicado el 14/06/2005`; a caseless script has none.)
  if (label !== undefined && numeral !== undefined && !/^\p{Ll}/u.test(label)) {
    const number = /^\d/.test(numeral) ? Number.parseInt(numeral, 10) : romanToNumber(numeral.toUpperCase());
    const title = titled(m?.[3] ?? n?.[3] ?? b?.[4] ?? '');
    return number === null || title === null ? [] : [{ ...base, ...title, key: prefix + label.normalize('NFC').toLowerCase(), number }];
  }
  const w = WORDS_HEADING.exec(text);
  const title = w ? titled(w[2] ?? '') : null;
  // (A script without case, `لومړی څپرکی: ونه`, has no capital to open the heading on.)
  if (!w || title === null || !/^(?!\p{Ll})\p{L}/u.test(w[1]!.replace(/^[ʻ'’]/u, ''))) return [];
  const words = w[1]!.split(' ');
  const last = words.at(-1)!;
  const out: Candidate[] = [{ ...base, ...title, key: prefix + `${words.slice(0, -1).join(' ')} _`.toLowerCase(), number: null, word: last }];
  if (words.length === 2) out.push({ ...base, ...title, key: prefix + `_ ${last}`.toLowerCase(), number: null, word: words[0]! });
  return out;
}

/** Whether the lines between two members hold the story's text: counted only as far as needed. */
function textBetween(lines: readonly Line[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from + 1; i < to && words < MIN_WORDS_BETWEEN; i++) if (!lines[i]!.blank) words += lines[i]!.trimmed.split(/\s+/).length;
  return words >= MIN_WORDS_BETWEEN;
}

/** A number one more than the last, or a new count starting (at 0 or 1) in a new part. */
const counts = (previous: number, next: number): boolean => next === previous + 1 || (next <= 1 && previous > next);

/** Numbers that count up by one from one member to the next, most of the way, with the story's text between. */
function isNumberFamily(members: readonly Candidate[]): boolean {
  const numbers = members.map((c) => c.number ?? 0);
  const steps = numbers.slice(1).filter((n, k) => counts(numbers[k]!, n)).length;
  const up = numbers.slice(1).filter((n, k) => n === numbers[k]! + 1).length;
  return members.length >= 2 && up >= 1 && steps >= (members.length - 1) * 0.8;
}

/**
 * Words that change every time beside a word that does not (`IGICE CYA MBERE`, `… KABIRI`, `… GATATU`), three times
 * or more. Titles that merely share a word (`The Shop`, `The River`, `The Well`) are told apart by the article and
 * because a family of words carries a title of its own or is set in capitals.
 */
function isWordFamily(members: readonly Candidate[], least = 3): boolean {
  if (members.length < least) return false;
  const words = new Set(members.map((c) => c.word?.toLowerCase()));
  const keyWords = members[0]!.key.slice(members[0]!.prefix.length).split(' ').filter((w) => w !== '_');
  if (words.size !== members.length || keyWords.some((w) => DEFINITE_ARTICLES.has(w))) return false;
  return members.every((c) => c.title !== null) || members.every((c) => c.capitals);
}

/** `least`: members a family of words needs; two will do for parts that each open a run of the chapters. */
function isFamily(lines: readonly Line[], members: readonly Candidate[], least = 3): boolean {
  if (!(members[0]!.word === undefined ? isNumberFamily(members) : isWordFamily(members, least))) return false;
  const spaced = members.slice(1).every((c, k) => textBetween(lines, members[k]!.index, c.index));
  // A word quire already reads as a label (`Chapter`, `Kapitel`) is left to its own rules; a name's turn is a POV marker.
  // (Three members tell: a family of a hundred known headings need not be read a hundred times.)
  const sample = members.slice(0, 3);
  const known = sample.filter((c) => matchHeading(c.shape)?.label != null || matchPov(c.shape) !== null).length;
  return spaced && (known * 2 < sample.length || partlyKnown(members));
}

/**
 * A family of words some of which quire reads as a chapter's label and number and some it does not (Low German
 * `Kapitel een`, `Kapitel twee`, then `Kapitel dree`): the family counts them all, the numbers it does not know too.
 */
function partlyKnown(members: readonly Candidate[]): boolean {
  if (members[0]!.word === undefined) return false;
  const heads = members.map((c) => matchHeading(c.shape));
  return heads.some((h) => h === null) && heads.some((h) => h?.label != null && h.level === 'chapter');
}

/** Lines set apart above and below that read as a labelled chapter heading (`Chương 2: Dây đàn`), up to two: parts in known words may head chapters in unknown ones. */
function knownHeadings(lines: readonly Line[]): number {
  let count = 0;
  for (let i = 0; i < lines.length && count < 2; i++) {
    const t = lines[i]!.trimmed;
    if (t === '' || t.length > 90 || !(lines[i - 1]?.blank ?? true) || !(lines[i + 1]?.blank ?? true)) continue;
    const m = matchHeading(t);
    if (m?.label != null && m.level === 'chapter') count++;
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

/**
 * Where the chapters' count starts again (`Pennad 1`, `Pennad 2`, … `Pennad 1`), the short line set apart over the
 * first chapter of each run (`LODENN GENTAÑ`, `EIL LODENN`) heads a part, when every run has one.
 */
function partsOverRestarts(lines: readonly Line[], chapters: readonly Candidate[], paragraphing: Paragraphing): number[] | null {
  const starts = chapters.filter((c, k) => k === 0 || (c.number !== null && c.number <= (chapters[k - 1]!.number ?? 0)));
  if (starts.length < 2) return null;
  const over = starts.map((c) => {
    let p = c.index - 1;
    while (p >= 0 && lines[p]!.blank) p--;
    const t = lines[p]?.trimmed ?? '';
    const apart = p >= 0 && (paragraphing.dense || paragraphing.indented || (p < c.index - 1 && (lines[p - 1]?.blank ?? true))) && standsApart(lines, p, paragraphing);
    return apart && t.split(/\s+/).length <= 6 && !endsSentence(t) && /^\p{L}/u.test(undecorate(t).inner) ? p : -1;
  });
  return over.every((p) => p !== -1) ? over : null;
}

/**
 * `chrome`: lines (0-based) a thread's reading keeps out of the body (a chat message's header), which set a line apart as
 * a blank does; `starts`: lines that open a message of their own, set apart by the app.
 */
export function findLabelFamilies(all: readonly Line[], sink: DiagnosticSink, chrome?: ReadonlySet<number>, starts?: ReadonlySet<number>): MarkedHeadings | null {
  const lines = chrome === undefined || chrome.size === 0 ? all : all.map((l, i) => (chrome.has(i) ? { ...l, trimmed: '', blank: true } : l));
  const blank = lines.filter((l) => l.blank).length;
  const indented = lines.filter((l) => !l.blank && l.indent > 0).length;
  const paragraphing = { dense: blank * 20 < lines.length, indented: indented * 10 >= (lines.length - blank) * 3, starts };
  const byKey = new Map<string, Candidate[]>();
  for (let i = 0; i < lines.length; i++) {
    for (const c of candidatesAt(lines, i, paragraphing)) {
      const members = byKey.get(c.key);
      if (members) members.push(c);
      else byKey.set(c.key, [c]);
    }
  }
  const families = [...byKey.values()].filter((members) => isFamily(lines, members));
  // Numbers as written are surer than words counted by their place: a family of numbers comes first.
  families.sort((a, b) => Number(a[0]!.word !== undefined) - Number(b[0]!.word !== undefined) || b.length - a.length);
  // (Parts may be two: `ҚИСМИ ЯКУМ`, `ҚИСМИ ДУЮМ`, each over a run of `Боби N` chapters.)
  const pairs = [...byKey.values()].filter((m) => m.length === 2 && m[0]!.word !== undefined && isFamily(lines, m, 2));
  // Two chapters alone (`Birinji bap. Guýy` / `Ikinji bap. Tut agajy`): the only such pair, with a chapter's text after each.
  const lone = families.length === 0 && pairs.length === 1 && textBetween(lines, pairs[0]![1]!.index, lines.length) ? pairs[0] : undefined;
  const chapters = families[0] ?? lone;
  // Headings in words quire knows are read by their own rules; a family beside them is something else (`Hết chương 1.`, the end of one).
  if (chapters === undefined || (knownHeadings(lines) >= 2 && !partlyKnown(chapters))) return null;
  const parts = [...families.slice(1), ...pairs].find((f) => encloses(f, chapters));
  const headings = new Map<number, HeadingMatch>();
  const add = (members: readonly Candidate[], level: HeadingLevel): void => {
    const numbers = members.map((c) => (c.word === undefined ? c.number : parseNumber(c.word)));
    // Words that are numbers in a language quire knows count as written; others count by their place.
    const spelled = numbers.every((n, k) => n !== null && (k === 0 || n === numbers[k - 1]! + 1));
    members.forEach((c, k) => {
      const number = c.word === undefined || spelled ? numbers[k]! : k + 1;
      headings.set(lines[c.index]!.no, { ruleId: 'heading-label-family', level, number, label: null, title: c.title === null || c.titleBelow ? c.title : cleanTitle(c.title), text: c.text, marked: true });
    });
    const first = members[0]!;
    sink.info(
      'heading-label-family',
      lines[first.index]!.no,
      `${members.length} lines from "${first.text}" on, each "${first.key.replace('_', '…')}" and ${first.word === undefined ? 'a number counting up' : spelled ? 'a number in words' : 'a word that changes, counted in order'}, read as ${level} headings; if these are not the file's ${level}s, set structure.not-headings`,
    );
  };
  add(chapters, 'chapter');
  if (parts) add(parts, 'part');
  const overRestarts = parts ? null : partsOverRestarts(lines, chapters, paragraphing);
  for (const p of overRestarts ?? []) {
    const text = undecorate(lines[p]!.trimmed).inner;
    headings.set(lines[p]!.no, { ruleId: 'heading-label-family', level: 'part', number: parseNumber(text), label: null, title: text, text, marked: true });
  }
  if (overRestarts) sink.info('heading-label-family', lines[overRestarts[0]!]!.no, `the chapters' count starts again ${overRestarts.length - 1} time(s): the line over each run's first chapter read as a part heading`);
  return headings;
}
