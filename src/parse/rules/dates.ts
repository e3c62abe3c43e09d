import { stripEdgeMarks } from '../lines.js';
import { asciiDigits } from '../numbers.js';
import { undecorate } from './decoration.js';
import { LANGUAGES } from './languages/index.js';

/**
 * A line that is a date and nothing else, as diaries, journals, letters
 * and blogs title their entries: `Mandag 3. januar`, `Monday, March 3rd`,
 * `3 March 1897`, `Le 12 mai`, `Lunes 3 de enero de 2011`, `2011年1月3日（月）`,
 * `January 3rd, 11:40 p.m.`, `Entry for 3/14`, `Dear Diary, 5 June`,
 * `Vardø, 3. januar 1911`. The words are each language's calendar
 * (rules/languages/); a line is read with one language's words at a time,
 * so `mar` is March in English and Tuesday in French, never both.
 */
export interface DateLine {
  /** The order of the date's parts: `dm` (3 March), `md` (March 3), `ymd` (2011. január 3.), `my` (March 1897), `num` (14.03.1897), `cjk` (2011年1月3日). */
  shape: 'dm' | 'md' | 'ymd' | 'my' | 'num' | 'cjk';
  year: number | null;
  month: number;
  day: number | null;
  /** The line as written, its decoration and closing stop removed: the entry's title. */
  text: string;
}

type Word = { kind: 'weekday' } | { kind: 'month'; month: number } | { kind: 'lead' } | { kind: 'joiner' } | { kind: 'clock' };

interface Calendar {
  words: Map<string, Word>;
  /** Most words in one entry (`dear diary`, `tháng mười hai`). */
  longest: number;
  counters: RegExp | null;
}

const CALENDARS: readonly Calendar[] = LANGUAGES.flatMap((l) => {
  const c = l.calendar;
  if (!c) return [];
  const words = new Map<string, Word>();
  const add = (list: readonly string[] | undefined, word: Word): void => {
    for (const w of list ?? []) if (!words.has(w)) words.set(w, word);
  };
  (c.months ?? []).forEach((names, i) => add(names, { kind: 'month', month: i + 1 }));
  add(c.weekdays, { kind: 'weekday' });
  add(c.leads, { kind: 'lead' });
  add(c.joiners, { kind: 'joiner' });
  add(c.clock, { kind: 'clock' });
  const longest = Math.max(1, ...[...words.keys()].map((w) => w.split(' ').length));
  const n = c.counters;
  const counters = n ? new RegExp(`^(?:(\\d{2,4})\\s*${n.year}\\s*)?(\\d{1,2})\\s*${n.month}\\s*(\\d{1,2})\\s*${n.day}(.*)$`, 'u') : null;
  return [{ words, longest, counters }];
});

/** A weekday's name in any language, with the comma a date puts after it: `Þriðjudagur,`, `Monday,`. */
export function isWeekday(word: string): boolean {
  const w = word.toLowerCase().replace(/[,.]$/u, '');
  return CALENDARS.some((c) => c.words.get(w)?.kind === 'weekday');
}

/** `Dear Diary,`, `Kjære dagbok!`: the lead words of any language, alone on a line. */
export function isDiaryAddress(line: string): boolean {
  const phrase = line.toLowerCase().replace(/[,:!.\s–—-]+$/u, '').replace(/\s+/g, ' ');
  return CALENDARS.some((c) => c.words.get(phrase)?.kind === 'lead' && phrase.includes(' '));
}

// Basque writes the year and the day with their endings: `2019ko abuztuaren 7a`.
const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|ème|º|ª|a|-?(?:го|е|я|а))?\.?$/u;
const YEAR = /^(\d{4})(?:\.|-?e?ko)?$/;
const TIME = /^\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$/i;
const TIME_AFTER_CLOCK = /^\d{1,2}(?:[.:h]\d{2})?(?:[ap]\.?m\.?)?$/i;
const TIME_SUFFIX = /^(?:[ap]\.?m\.?|uhr|h|hrs?)$/i;
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})(?:\2(\d{2,4}))?\.?$/;
/** A word of a place name before a date: capitalised letters (`St.`, `Saint-Malo`, `Vardø,`), never a label (`Date:`) or a handle (`Corvid_Tack,`). */
const PLACE_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*,?$/u;
/** Marks that set a date's parts apart on a line (`Monday — 3 March`, `3 March • 21:14`). */
const SEPARATOR = /^[-–—•·|/]+$/;

type Dated =
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number }
  | { kind: 'year'; year: number }
  | { kind: 'numeric'; year: number | null; month: number; day: number };
type Part = { kind: 'weekday' | 'lead' | 'joiner' | 'clock' | 'time' | 'place' } | Dated;

/** Which calendars know a word, by its first word: a line is read only with the calendars of its own words. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly Calendar[]> = (() => {
  const index = new Map<string, Calendar[]>();
  for (const calendar of CALENDARS) {
    for (const phrase of calendar.words.keys()) {
      const first = phrase.split(' ')[0] ?? '';
      const list = index.get(first) ?? [];
      if (!list.includes(calendar)) list.push(calendar);
      index.set(first, list);
    }
  }
  return index;
})();
const COUNTER_CALENDARS = CALENDARS.filter((c) => c.counters !== null);

/** The line as a date, or null. Only short lines holding a digit are read. */
export function matchDateLine(line: string): DateLine | null {
  const date = dateOfLine(line);
  if (date !== null) return date;
  // A month's other name in brackets after it, as Arab sites write the Levantine and the Egyptian names together
  // (`الأحد ١٠ آذار (مارس) ٢٠٢٤`): the date without it.
  const bare = line.replace(/\s*[(（][^()（）\d]{1,15}[)）]/gu, '');
  return bare !== line ? dateOfLine(bare) : null;
}

function dateOfLine(line: string): DateLine | null {
  const stripped = stripEdgeMarks(line).trim();
  if (stripped.length > 70 || !/\p{Nd}/u.test(stripped)) return null;
  const text = undecorate(stripped).inner.replace(/[.:]$/, '').trim();
  const plain = asciiDigits(text).toLowerCase();
  for (const calendar of COUNTER_CALENDARS) {
    const date = readCounters(plain, calendar);
    if (date) return { ...date, text };
  }
  const raw = tokensOf(text);
  const tokens = tokensOf(plain).map((t) => t.replace(/[,;]+$/, ''));
  if (raw.length !== tokens.length) return null;
  const owners = new Set(tokens.flatMap((t) => BY_FIRST_WORD.get(t) ?? BY_FIRST_WORD.get(t.replace(/\.$/, '')) ?? []));
  // A line of numbers alone (`14.03.1897`, `2001-03-15 - 10:05 p.m.`) needs no language's words.
  if (owners.size === 0 && tokens.every((t) => !/\p{L}/u.test(t) || TIME_SUFFIX.test(t)) && CALENDARS[0]) owners.add(CALENDARS[0]);
  for (const calendar of owners) {
    const date = readWords(tokens, raw, calendar);
    if (date) return { ...date, text };
  }
  return null;
}

/** Split at spaces, a comma kept on its word for the place test (`Vardø, 3. januar`); brackets and separators dropped. */
function tokensOf(s: string): string[] {
  return s
    .replace(/[()（）[\]]/g, ' ')
    // An elided joiner is a word of its own (Catalan and Occitan `9 d'agost de 2014`).
    .replace(/(^|\s)d['’](?=\p{L})/gu, "$1d' ")
    .split(/\s+/)
    .filter((t) => t.replace(/[,;]+$/, '') !== '' && !SEPARATOR.test(t.replace(/[,;]+$/, '')));
}

/** `2011年1月3日（月）`, `2011년 1월 3일 월요일`: numbers with their counters, then maybe a weekday and a time. */
function readCounters(plain: string, calendar: Calendar): Omit<DateLine, 'text'> | null {
  const m = calendar.counters?.exec(plain.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const rest = tokensOf((m[4] ?? '').trim());
  const parts = readParts(rest.map((t) => t.replace(/[,;]+$/, '')), rest, calendar);
  if (!parts || parts.some((p) => p.kind !== 'weekday' && p.kind !== 'time' && p.kind !== 'clock')) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return valid(month, day) ? { shape: 'cjk', year: m[1] ? Number(m[1]) : null, month, day } : null;
}

function readWords(tokens: readonly string[], raw: readonly string[], calendar: Calendar): Omit<DateLine, 'text'> | null {
  const parts = readParts(tokens, raw, calendar);
  if (!parts) return null;
  const isDated = (p: Part): p is Dated => p.kind === 'month' || p.kind === 'day' || p.kind === 'year' || p.kind === 'numeric';
  const dated = parts.filter(isDated);
  const first = parts.findIndex(isDated);
  if (first === -1 || parts.filter((p) => p.kind === 'weekday').length > 1) return null;
  // A lead or a place opens the line; a time follows the date.
  if (parts.some((p, i) => ((p.kind === 'lead' || p.kind === 'place') && i > first) || ((p.kind === 'time' || p.kind === 'clock') && i < first))) return null;
  const order = dated.map((p) => p.kind.charAt(0)).join('');
  const get = <K extends Dated['kind']>(kind: K): Extract<Dated, { kind: K }> | undefined => dated.find((p): p is Extract<Dated, { kind: K }> => p.kind === kind);
  const month = get('month')?.month;
  const day = get('day')?.day ?? null;
  const year = get('year')?.year ?? null;
  const shapes: Record<string, DateLine['shape']> = { dm: 'dm', dmy: 'dm', md: 'md', mdy: 'md', ymd: 'ymd', my: 'my' };
  const shape = shapes[order];
  if (shape && month !== undefined && (shape !== 'my' || year !== null)) return valid(month, day ?? 1) ? { shape, year, month, day } : null;
  const numeric = get('numeric');
  // `3/14` without a year is a date only after words that say so (`Entry for 3/14`).
  if (order === 'n' && numeric && (numeric.year !== null || parts.some((p) => p.kind === 'lead'))) return { shape: 'num', year: numeric.year, month: numeric.month, day: numeric.day };
  return null;
}

/** The line's tokens, each read as a calendar word, a number of a date, a time or a place; null if any token is none of these. */
function readParts(tokens: readonly string[], raw: readonly string[], calendar: Calendar): Part[] | null {
  const parts: Part[] = [];
  for (let i = 0; i < tokens.length; ) {
    const word = wordAt(tokens, i, calendar);
    if (word) {
      parts.push(word.word.kind === 'month' ? { kind: 'month', month: word.word.month } : { kind: word.word.kind });
      i += word.length;
      continue;
    }
    const part = numberPart(tokens[i] ?? '', parts[parts.length - 1]);
    if (part) {
      parts.push(part);
      i++;
      continue;
    }
    // A place before the date, as letters open: `Vardø, 3. januar 1911`, `St. Petersburgh, Dec. 11th`.
    const comma = raw.slice(0, 3).findIndex((t) => t.endsWith(','));
    if (parts.length === 0 && i === 0 && comma >= 0 && raw.slice(0, comma + 1).every((t) => PLACE_WORD.test(t))) {
      parts.push({ kind: 'place' });
      i = comma + 1;
      continue;
    }
    return null;
  }
  return parts;
}

function wordAt(tokens: readonly string[], i: number, calendar: Calendar): { word: Word; length: number } | null {
  for (let n = Math.min(calendar.longest, tokens.length - i); n > 0; n--) {
    const phrase = tokens.slice(i, i + n).join(' ');
    const word = calendar.words.get(phrase) ?? calendar.words.get(phrase.replace(/\.$/, '')) ?? calendar.words.get(`${phrase}.`);
    if (word) return { word, length: n };
  }
  return null;
}

function numberPart(token: string, before: Part | undefined): Part | null {
  if (before?.kind === 'clock' && TIME_AFTER_CLOCK.test(token)) return { kind: 'time' };
  if (TIME.test(token) || ((before?.kind === 'time' || before?.kind === 'day') && TIME_SUFFIX.test(token))) {
    return { kind: 'time' };
  }
  const dayOf = DAY.exec(token);
  if (dayOf) {
    const n = Number(dayOf[1]);
    return n >= 1 && n <= 31 ? { kind: 'day', day: n } : null;
  }
  const year = YEAR.exec(token);
  if (year) return { kind: 'year', year: Number(year[1]) };
  const num = NUMERIC.exec(token);
  if (!num) return null;
  const [a, b, c] = [Number(num[1]), Number(num[3]), num[4] === undefined ? null : Number(num[4])];
  // ISO `2011-01-03`; `.` writes day first; `/` month first unless the first number cannot be a month.
  if ((num[1] ?? '').length === 4) return c !== null && valid(b, c) ? { kind: 'numeric', year: a, month: b, day: c } : null;
  const dayFirst = num[2] === '.' || a > 12;
  const [month, day] = dayFirst ? [b, a] : [a, b];
  return valid(month, day) ? { kind: 'numeric', year: c, month, day } : null;
}

const valid = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** A time of day alone on its line (`23:40`, `7:05 a.m.`, `23h40`, `06:15:30`), as minutes past midnight. */
const CLOCK_LINE = /^([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?:\s?([ap])\.?\s?m\.?)?$/iu;

export interface ClockLine {
  minutes: number;
  /** The line as written, its decoration removed: the entry's title. */
  text: string;
}

export function matchClockLine(line: string): ClockLine | null {
  const stripped = stripEdgeMarks(line).trim();
  if (stripped.length > 20) return null;
  const text = undecorate(stripped).inner.trim();
  const m = CLOCK_LINE.exec(asciiDigits(text));
  if (!m) return null;
  let hours = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half !== undefined && (hours === 0 || hours > 12)) return null;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  return { minutes: hours * 60 + Number(m[2]), text };
}

/**
 * A post's age as a site prints it instead of its date (`3 days ago`, `vor 2 Tagen`, `il y a 5 heures`, `3 дня назад`,
 * `3天前`, `5일 전`), in each language's words (`postAge`): a stamp as much as a date is.
 */
const RELATIVE_TIME = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.postAge ?? []).join('|')})$`, 'iu');

export const isRelativeTime = (text: string): boolean => RELATIVE_TIME.test(text.trim());
