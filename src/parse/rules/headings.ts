import { asciiDigits, ETHIOPIC_NUMERAL, ethiopicToNumber, greekToNumber, GREEK_NUMERAL, HEBREW_NUMERAL, hebrewToNumber, parseNumber, wordsToNumber } from '../numbers.js';
import {
  ARTICLE_WORDS, CHAPTER_WORDS, FRONT_WORDS, CJK_NAMED, CJK_NUMERAL_CHARS, CJK_SHAPES, HEADING_FIRST_WORDS, LOCAL_NUMBERS, NUMBER_LINKS, NAMED_WORDS, normaliseApostrophes,
  alternation, LAST_PART_WORDS, NUMBER_FIRST_CHAPTER_WORDS, NUMBER_FIRST_PART_WORDS, NUMBER_JOINERS, NUMBER_WORDS, PART_WORDS, TOTAL_WORDS, WEAK_CHAPTER_WORDS,
} from './languages/index.js';
import { stripEdgeMarks } from '../lines.js';
import { undecorate, WIKI_EDIT } from './decoration.js';
import { caselessRegExp } from './caseless-regexp.js';

/**
 * Chapter heading conventions as data. A rule names a convention, says at
 * which level its headings sit, and shows examples (run by the tests).
 * `minCount` asks for that many matches in a file before the rule is
 * believed, for shapes that prose or lists can take by chance.
 */
export type HeadingLevel = 'part' | 'chapter' | 'front' | 'section';

export interface HeadingMatch {
  ruleId: string;
  level: HeadingLevel;
  number: number | null;
  label: string | null;
  title: string | null;
  /** The heading as written, decoration removed. */
  text: string;
  /** Drawn with decoration or brackets: a deliberate heading, even inside a block. */
  marked: boolean;
  /** Believed only on a line set apart by blank lines: its shape alone does not tell it from an item of a list (`1. 初雪`). */
  apart?: boolean;
  /** The part's heading that opens the chapter's own line (`Том 1` of `Том 1 Глава 7 - Печать на воде`). */
  part?: string;
}

export interface HeadingRule {
  id: string;
  level: HeadingLevel;
  minCount: number;
  examples: string[];
  match(text: string): Omit<HeadingMatch, 'ruleId' | 'level' | 'text' | 'marked'> | null;
}

const CHAPTER_LABELS = caselessRegExp(`^(${CHAPTER_WORDS})\\s*(\\S.*)$`, 'iu');
/** An abbreviated label may run into its number: `BAG.2` (Indonesian `bagian`). */
const PART_LABELS = caselessRegExp(`^(${PART_WORDS})(?:\\s+|(?<=\\.)(?=\\d))(\\S.*)$`, 'iu');
const WEAK_LABELS = caselessRegExp(`^(${WEAK_CHAPTER_WORDS})\\s+(\\S.*)$`, 'iu');
/**
 * An ordinal word before the label: `Première partie`, `Erstes Kapitel`, `Second Book`, Uzbek `To‘rtinchi bob` with its
 * apostrophe; a label written after its number is written after its ordinal too (Korean `첫 번째 이야기`, the first story).
 */
const ORDINAL_CHAPTER = caselessRegExp(`^([\\p{L}\\p{M}]+(?:['’‘ʻ\\u0060][\\p{L}\\p{M}]+)*(?: [\\p{L}\\p{M}]+)??)\\s+(${[CHAPTER_WORDS, NUMBER_FIRST_CHAPTER_WORDS].filter(Boolean).join('|')})(?=$|\\s*[.:\\-–—―(（])(.*)$`, 'iu');
const ORDINAL_PART = caselessRegExp(`^([\\p{L}\\p{M}]+(?:['’‘ʻ\\u0060][\\p{L}\\p{M}]+)*)\\s+(${PART_WORDS})(?=$|\\s*[.:\\-–—―(（])(.*)$`, 'iu');
/**
 * The number before the label, in languages that write it so: `1. fejezet`, `III. rész`, `1 skyrius`; Turkic
 * languages join it with a hyphen and an ordinal ending (`1-тарау`, `1-ші тарау`, `2-ci fəsil`, `3-р бүлэг`). A status in
 * brackets may follow (`3-qism (so'nggi)`, the last part).
 */
const numberFirstPattern = (words: string): RegExp | null =>
  words === '' ? null : caselessRegExp(`^(\\d{1,4}|[IVXLC]{1,7})(?:\\.?\\s+|-(?:\\p{L}{1,4}\\s+)?)(${words})(?=$|\\s*[.:\\-–—―(（])(.*)$`, 'iu');
const NUMBER_FIRST_CHAPTER = numberFirstPattern(NUMBER_FIRST_CHAPTER_WORDS);
const NUMBER_FIRST_PART = numberFirstPattern(NUMBER_FIRST_PART_WORDS);
// The name and a title after a separator, or after a space when the name is Chinese or Japanese (`番外　多年以後`).
const NAMED_CHAPTERS = caselessRegExp(`^(${NAMED_WORDS})(?:\\s*[.:：\\-–—]\\s*(.*?)|(?<=[\\u2e80-\\u9fff])\\s+(\\S.*?))?\\.?$`, 'iu');
const FRONT_NAMES = caselessRegExp(`^(preface|foreword|introduction|author['’]s preface|etymology|extracts|dedication|epigraph|acknowledge?ments|prelude|${FRONT_WORDS})(?![\\p{L}\\p{M}])(?:\\s*\\(.*\\))?(?:\\s*[.:\\-–—]\\s*(.*?))?\\.?$`, 'iu');
/** Totals after a number or at the end of a title: `(2/5)`, `3/?`, `of 3`, `(Part 1 of 2)`. */
const TOTAL_AFTER = caselessRegExp(`^\\s*(?:/|(?:${TOTAL_WORDS})\\s)\\s*(?:\\d+|\\?)(?=$|[\\s.:)\\]–—-])`, 'iu');
const TOTAL_AT_END = /\s*[([]\s*(?:\d+|\?)\s*\/\s*(?:\d+|\?)\s*[)\]]\s*$|\s+(?:\d+|\?)\s*\/\s*(?:\d+|\?)\s*$/u;
/** `(einde)`, `(Hết)`, `（完）`, `(final)`: the serial's last installment says so after its heading; no part of its title. */
const LAST_PART_TAIL = caselessRegExp(`\\s*[(（](?:${LAST_PART_WORDS}|完|全文完|完结|終)[)）]$`, 'iu');
/** `Parte 2 y final`, `Part 3 and last`: the same said after the number, joined to it by the language's `and`. */
const JOINED_LAST_PART = caselessRegExp(`^\\s*(?:${alternation([...NUMBER_JOINERS])})\\s+(?:${LAST_PART_WORDS})\\s*$`, 'iu');
/** A comment anchor a word processor leaves at the end of a line: `El faro[b]`. */
const COMMENT_ANCHOR = /\[[a-z]{1,2}\]$/;
/** Site labels written before a heading: `Threadmark: Chapter 3 - Title`. */
const HEADING_PREFIX = /^(?:threadmarks?)\s*:\s*/i;
/** Page navigation a site prints after the heading on its line: `Chapter 2: The Lamp Ship     ◄ Prev   Next ►`. */
/** A Greek letter numeral alone (`Α΄`, `ΙΒ΄`): its keraia tells it from a word. */
const GREEK_ALONE = /^[Α-ΩϚϜϞ]{1,4}[ʹ΄ʹ'’]\.?$/u;

const TRAILING_NAV = /(?:\s{2,}|\s*\|\s*|\s+(?=[◄◀«‹<←▸▹►▶»›>→]\s*(?:prev|next)))(?:[◄◀«‹<←▸▹►▶»›>→]\s*)?(?:prev(?:ious)?|next)(?: (?:chapter|page|threadmark))?(?:\s*[►▶»›>→])?(?:\s+(?:[◄◀«‹<←]\s*)?(?:prev(?:ious)?|next)(?: (?:chapter|page|threadmark))?(?:\s*[►▶»›>→])?)*$/i;

/** A separator drawn rather than written (`--`, `//`, `❀`): a heading's mark, after a number with or without its stop. */
const DRAWN_SEPARATOR = String.raw`\.?\s*(?:\/{2}|-{2,3}|\p{So}\uFE0F?)`;

/** What stands between a number and its title: punctuation (Ethiopic's preface colon too: `ክፍል ፩፦ ጠዋት`), or a drawn symbol (`Chapter 1 ❀ Glasgow`, `Part 2 ♡ Home`, `3 // Static`). */
const SEPARATOR = String.raw`(?:[.:\-–—―‒)|\]~•·»/፦፥]|\p{So}\uFE0F?)+`;
const DRAWN_ONLY = new RegExp(`^${DRAWN_SEPARATOR}$`, 'u');
/** `IV. The Tower`, `II --- high tide`, `ii. // channel nine`: a roman numeral, its separator, the title. */
const ROMAN_TITLE = new RegExp(`^([IVXLC]{1,7}|[ivxlc]{1,7})(${DRAWN_SEPARATOR}|\\.|\\s+[-–—:|])\\s+(\\S.*)$`, 'u');
/** `1. The Beginning`, `3 - The Long Road`, `2 // channel nine`: a number, its separator, the title. */
const NUMBER_TITLE = new RegExp(`^(\\d{1,3})(${DRAWN_SEPARATOR}|[.):]|\\s+[-–—:|])\\s+(\\S.*)$`, 'u');
/** `01/03 Title`, `3/? – Title`, `02/10`: a chapter's counter over the total, then its title after a separator or a space. */
const COUNTER_TITLE = new RegExp(`^(\\d{1,3})\\s?/\\s?(\\d{1,3}|\\?)(?:(?:\\s*${SEPARATOR}\\s*|\\s+)(\\S.*))?$`, 'u');
const TITLE_SEPARATOR_ONLY = new RegExp(`^${SEPARATOR}$`, 'u');
const TITLE_SEPARATOR = new RegExp(`^${SEPARATOR}\\s*(.*)$`, 'u');

/** A title after a number: a separator then text, or text that starts like a title. */
function titleAfter(rest: string): { ok: boolean; title: string | null } {
  // A site's revision tag after the number (`Chapter 2 (v.1) - The Letter`, Booksie's) is no part of the title.
  const r = stripTotals(rest.replace(TOTAL_AFTER, '')).replace(LAST_PART_TAIL, '').replace(/^\s*\((?:v|ver|version|rev)\.?\s?\d+(?:\.\d+)?\)/iu, '').trim();
  if (r === '' || TITLE_SEPARATOR_ONLY.test(r) || JOINED_LAST_PART.test(r)) return { ok: true, title: null };
  const sep = TITLE_SEPARATOR.exec(r);
  const title = cleanTitle(sep ? (sep[1] ?? '') : r);
  if (title === null) return { ok: true, title: null };
  // Scripts without case (Thai, Arabic, Hebrew) cannot start a title with a capital.
  if (!sep && !/^[\p{Lu}\p{Lo}\p{N}"“'‘(]/u.test(title)) return { ok: false, title: null };
  return { ok: isTitleLike(title), title };
}

/** Titles are short and do not read as a clause of prose. */
/** One sentence ending on a word in lower case and the next opening (`made up. No, I`): prose, not a title. */
const SENTENCE_THEN_SENTENCE = /(?<![\p{L}'’])\p{Ll}{2,}[.!?]\s+\p{Lu}/u;

function isTitleLike(title: string): boolean {
  // Columns of a table or a navigation bar (`Chapter 3 - Title   Chapter 4 - Title`), not one title.
  if (/\S\s{3,}\S/.test(title)) return false;
  const words = title.split(/\s+/).length;
  if (words > 14 || title.length > 100 || /[,;]$/.test(title)) return false;
  return !(words > 7 && /, \p{Ll}/u.test(title) && /\.$/.test(title));
}

/**
 * A title in a script without case (`1. 初雪`, `2. 饺子` in a FanFiction.Net story's chapter list): it cannot show a
 * capital, so it must be short and hold no sentence's punctuation, or it is an item of a numbered list.
 */
function isCaselessTitle(title: string): boolean {
  return /^\p{Lo}/u.test(title) && title.length <= 24 && !/[，。！？；：,.!?;:]/u.test(title);
}

/** `Title (2/5)` → `Title`: a total says where the chapter stands, it is not its name. */
function stripTotals(text: string): string {
  return text.replace(TOTAL_AT_END, '').replace(COMMENT_ANCHOR, '');
}

export function cleanTitle(title: string): string | null {
  const t = stripTotals(title.trim()).replace(/^["“](.*)["”]$/, '$1').replace(/(?<!\.\.)\.$/, '').trim();
  // `SEHEMU YA KWANZA (01)`: the number again in digits, after the words, is no title.
  if (t === '' || /^[(（]\s*\d{1,4}\s*[)）]$/u.test(t)) return null;
  // `长街（完）`, `The Return (END)`: the serial's last installment says so after its title.
  const told = t.replace(LAST_PART_TAIL, '') || t;
  // `ክፍል ፫ (የመጨረሻው ክፍል)`, `Part 4 (Finale)`: a title set in brackets after the number.
  const bare = told.replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
  // `ตอนพิเศษ : ✿ จดหมายจากยาย ✿`, `Chapter 3: ~ The Well ~`: a title drawn round (the line's end is off already).
  // (`#1 Fan` is a number's sign, not a drawing.)
  const drawn = /^#\d/u.test(bare) ? bare : undecorate(bare).inner;
  return /\p{L}/u.test(drawn) ? drawn : bare;
}

/** Splits `Thirty-Five: Title` into the longest leading number and the rest; `local` are the label's own number words. */
function leadingNumber(rawRest: string, local?: ReadonlyMap<string, number>): { number: number; rest: string } | null {
  const rest = asciiDigits(rawRest);
  // An ordinal ending may follow the digits: `1er`, `2e`, `3rd`, `1º`, Greek `1ο`, `2η`.
  // (Romanian writes it after a hyphen, on digits and roman numerals alike: `al 2-lea`, `al II-lea`, `a III-a`.)
  const digits = /^(\d{1,4})(?:st|nd|rd|th|er|re|ère|e|ème|eme|º|ª|\.º|ος|ο|η|ης|-lea|-a)?(?![\p{L}\p{N}])(.*)$/u.exec(rest);
  if (digits) return { number: Number.parseInt(digits[1] ?? '', 10), rest: digits[2] ?? '' };
  // Burmese writes the number in brackets: `အခန်း (၁)`.
  const bracketed = /^[(（]\s*(\d{1,4})\s*[)）](.*)$/u.exec(rest);
  if (bracketed) return { number: Number.parseInt(bracketed[1] ?? '', 10), rest: bracketed[2] ?? '' };
  // A label's own phrase may open with a roman numeral's letter: Albanian `i parë` (the first) is not `I`. The longest wins.
  const lowerRest = rest.toLowerCase();
  const phrase = [...(local?.keys() ?? [])]
    .filter((k) => k.includes(' ') && lowerRest.startsWith(k) && !/^[\p{L}\p{M}]/u.test(rest.slice(k.length)))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  if (phrase !== '') return { number: local?.get(phrase) ?? 0, rest: rest.slice(phrase.length) };
  // A roman numeral ends where the word ends, in any script: `mười` is a word, not M.
  const roman = /^([IVXLCDM]{1,9}|[ivxlcdm]{1,9})(?:-lea|-a)?(?![\p{L}\p{N}_])(.*)$/u.exec(rest);
  if (roman) {
    const n = parseNumber(roman[1] ?? '');
    if (n !== null && n > 0) return { number: n, rest: roman[2] ?? '' };
  }
  const ethiopic = ETHIOPIC_NUMERAL.exec(rest)?.[0];
  if (ethiopic !== undefined) return { number: ethiopicToNumber(ethiopic) ?? 0, rest: rest.slice(ethiopic.length) };
  // Letters as numerals: Hebrew `י״ב`, `א׳` (or one letter alone), Greek `ΙΒ΄`.
  const hebrew = (HEBREW_NUMERAL.exec(rest) ?? /^[\u05d0-\u05ea](?![\u05d0-\u05ea])/u.exec(rest))?.[0];
  const greek = GREEK_NUMERAL.exec(rest)?.[0];
  const lettered = hebrew !== undefined ? hebrewToNumber(hebrew) : greek !== undefined ? greekToNumber(greek) : null;
  if (lettered !== null) return { number: lettered, rest: rest.slice((hebrew ?? greek ?? '').length) };
  // Apostrophes inside a word belong to it: `п'ять`, `дев’ятий`; so do combining marks (`หนึ่ง`, `अध्याय`) and Persian's non-joiner (`سی‌ام`).
  const words = /^\p{L}[\p{L}\p{M}\u200c'’ʼ]*(?:[- ]\p{L}[\p{L}\p{M}\u200c'’ʼ]*){0,4}/u.exec(rest)?.[0] ?? '';
  const parts = words.split(/(?=[- ])/);
  for (let k = parts.length; k > 0; k--) {
    const candidate = parts.slice(0, k).join('');
    const n = parseNumber(candidate) ?? (local ? wordsToNumber(candidate, local) : null);
    if (n !== null && n > 0) return { number: n, rest: rest.slice(candidate.length) };
  }
  return null;
}

function labelled(re: RegExp) {
  return (text: string): ReturnType<HeadingRule['match']> => {
    const m = re.exec(text);
    if (!m) return null;
    // A dash may stand between the label and its number (`ಭಾಗ - ೧`, `Part - 2`, as South Asian serials set it).
    const label = (m[1] ?? '').toLowerCase();
    const rest = (m[2] ?? '').replace(/^[-–—]\s*(?=\S)/u, '');
    // (Or the particle its language sets before digits: `Babi na 1`.)
    const num = leadingNumber(rest.replace(NUMBER_LINKS.get(label) ?? /(?!)/u, ''), LOCAL_NUMBERS.get(label));
    if (!num) return null;
    const { ok, title } = titleAfter(num.rest);
    if (!ok) return null;
    return { number: num.number, label: capitalise(m[1] ?? ''), title: title === null ? null : ownTitle(title, num.number) };
  };
}

/**
 * An archive's chapter title that repeats the author's own heading in the
 * story's language (`Chapter 1: 第一章　雪夜`, `Chapter 2: Kapitel Zwei – Flut`)
 * carries the title after it; a reader drops both labels.
 */
function ownTitle(title: string, number: number): string | null {
  const inner = cjk(CJK_CHAPTER)(title) ?? (CHAPTER_LABELS.test(title) ? labelled(CHAPTER_LABELS)(title) : null);
  return inner !== null && inner.number === number ? inner.title : title;
}

/** `Première partie`, `Erstes Kapitel: Title`: the number word comes first. */
function ordinalFirst(re: RegExp) {
  return (text: string): ReturnType<HeadingRule['match']> => {
    // The pattern's first group is the line's first word (letters, then a space): unless that is an ordinal, the
    // pattern (a letter class over every language's labels, milliseconds to compile) is not tried.
    const space = text.search(/\s/);
    const first = space > 0 ? text.slice(0, space) : '';
    // (Or its first two words, for a number written in two: Korean `첫 번째 이야기`.)
    const two = /^\S+\s\S+(?=\s)/u.exec(text)?.[0] ?? '';
    if (first === '' || ARTICLE_WORDS.has(first.toLowerCase()) || !((wordsToNumber(first) ?? 0) > 0 || (two !== '' && (wordsToNumber(two) ?? 0) > 0))) return null;
    const m = re.exec(text);
    // `Une partie`, `Ein Buch`: an article, not an ordinal.
    const n = m && !ARTICLE_WORDS.has((m[1] ?? '').toLowerCase()) ? wordsToNumber(m[1] ?? '') : null;
    if (!m || n === null || n <= 0) return null;
    const { ok, title } = titleAfter(m[3] ?? '');
    return ok ? { number: n, label: capitalise(m[2] ?? ''), title } : null;
  };
}

/** `1. fejezet`, `III. rész: Title`: digits or a roman numeral before a label word that is written after its number. */
function numberFirst(re: RegExp | null) {
  return (text: string): ReturnType<HeadingRule['match']> => {
    const m = re?.exec(text);
    const n = m ? parseNumber(m[1] ?? '') : null;
    if (!m || n === null || n <= 0) return null;
    const { ok, title } = titleAfter(m[3] ?? '');
    return ok ? { number: n, label: capitalise(m[2] ?? ''), title } : null;
  };
}

const CJK_NUMBER = `[0-9０-９]{1,5}|[${CJK_NUMERAL_CHARS}]{1,8}`;
/** A serial's status set after the counter, before the title (`第三章（完） 回信`): the last installment, not part of the title. */
const CJK_STATUS = `(?:\\s*[（(](?:完|完結|完结|終|终|大結局|大结局|最終回|최종화|완결)[)）])?`;
const cjkPattern = (level: 'chapter' | 'part'): RegExp =>
  new RegExp(`^(?:${CJK_SHAPES.filter((s) => s[level].length > 0).map((s) => `${s.prefix}(${CJK_NUMBER})(?:${s[level].join('|')})`).join('|')})${CJK_STATUS}[.．]?(?:[\\s:：·\\-–—]+(.*)|([「『【][^」』】]{1,30}[」』】]))?$`, 'u');
const CJK_CHAPTER = cjkPattern('chapter');
const CJK_PART = cjkPattern('part');

/**
 * `第十二章 渡口`, `第1話　雨の日の客`, `제3화 답장`. The title must stand apart
 * from the counter: `第五章的稿子…` runs on into a sentence and is prose.
 */
function cjk(re: RegExp) {
  return (text: string): ReturnType<HeadingRule['match']> => {
    const m = re.exec(text);
    if (!m) return null;
    const digits = m.slice(1, -2).find((g) => g !== undefined) ?? '';
    const n = parseNumber(digits);
    if (n === null) return null;
    // `第一話「縁側」`: a title in corner brackets stands apart from its counter without a space.
    const rest = (m[m.length - 2] ?? m[m.length - 1] ?? '').replace(/^[「『【](.*)[」』】]$/u, '$1');
    const title = cleanTitle(rest);
    if (title !== null && (/[。！？!?，,；;]$/.test(title) || !isTitleLike(title) || title.length > 30)) return null;
    return { number: n, label: null, title };
  };
}

function capitalise(word: string): string {
  // Georgian has capitals (Mtavruli) only for setting whole words in them: its labels keep their letters.
  if (/^\p{Script=Georgian}/u.test(word)) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export const HEADING_RULES: readonly HeadingRule[] = [
  {
    id: 'heading-bracketed',
    level: 'chapter',
    minCount: 1,
    examples: ['[Chapter 1] Connections', '[Chapter 12]', '[ CHAPIT EN — Vwayaj la ]'],
    match(text) {
      const m = /^\[\s*([^\]]{1,80}?)\s*\]\s*(.*)$/.exec(text);
      if (!m) return null;
      const inner = labelled(CHAPTER_LABELS)(m[1] ?? '');
      if (!inner) return null;
      // The whole heading in the brackets, its title inside them (`[ CHAPIT EN — Vwayaj la ]`).
      if (inner.title !== null) return (m[2] ?? '') === '' ? inner : null;
      const { ok, title } = titleAfter(m[2] ?? '');
      return ok ? { ...inner, title } : null;
    },
  },
  {
    id: 'heading-part',
    level: 'part',
    minCount: 1,
    examples: ['Part One', 'PART II: The Return', 'Book 3', 'Première partie', 'Часть 1', 'Teil Zwei', 'Part 1: The Letter', 'III. rész', 'الجزء الثاني'],
    match: (text) => labelled(PART_LABELS)(text) ?? ordinalFirst(ORDINAL_PART)(text) ?? numberFirst(NUMBER_FIRST_PART)(text),
  },
  {
    id: 'heading-labelled',
    level: 'chapter',
    minCount: 1,
    examples: [
      'Chapter 2: Title', 'Chapter the First: In Which a Recipe Goes Missing', 'CHAPTER THE TWENTY-THIRD.', 'CHAPTER IV.', 'Chapter Thirty-Five', 'STAVE I:  MARLEY\'S GHOST', 'Letter 1', 'CHAPTER ONE',
      'Kapitel Eins – Ebbe', 'Chapitre premier', 'CHAPITRE II.', 'Capítulo uno. La sal', 'Capitolo 1', 'Глава 1. Связка',
      'Chapter 6 (1/3)', 'Ch. 1 – The Potting Shed', 'Erstes Kapitel', 'Chapitre 1er', 'Capítulo 1º',
      '1. fejezet', 'Első fejezet', '1-тарау. Көл', '2-ci fəsil', '1. luku', '1 skyrius', 'ตอนที่ 5', 'บทที่ ๕', 'الفصل الأول', 'פרק י״ב', 'Κεφάλαιο 1ο', 'Κεφάλαιο Α΄',
      'Chương mười hai', 'अध्याय १', 'فصل ۱', 'Kapitel to',
    ],
    match: (text) => labelled(CHAPTER_LABELS)(text) ?? ordinalFirst(ORDINAL_CHAPTER)(text) ?? numberFirst(NUMBER_FIRST_CHAPTER)(text),
  },
  {
    id: 'heading-cjk',
    level: 'chapter',
    minCount: 1,
    examples: ['第一章 渡口', '第一百零三章', '第三章（完） 回信', '第１２章', '第1話　雨の日の客', '第二話「アルバム」', '제3화 답장', '1화 마지막 배달', '1화. 탑의 문'],
    match: cjk(CJK_CHAPTER),
  },
  {
    id: 'heading-cjk-part',
    level: 'part',
    minCount: 1,
    examples: ['第一卷 春', '第二部', '제1부'],
    match: cjk(CJK_PART),
  },
  {
    id: 'heading-weak-labelled',
    level: 'chapter',
    minCount: 2,
    examples: ['Tag 1 – Montag, 3. Juni', 'Day 12'],
    match: labelled(WEAK_LABELS),
  },
  {
    id: 'heading-named',
    level: 'chapter',
    minCount: 1,
    examples: ['Prologue', 'EPILOGUE', 'Interlude: The Storm', 'Prolog', 'Epílogo', 'Эпилог', 'プロローグ'],
    match(text) {
      const m = NAMED_CHAPTERS.exec(text);
      if (!m) return null;
      // `Interlude: Harbourmaster` is titled by what follows its name; `Prologue` by its name.
      const after = (m[2] ?? m[3])?.trim();
      // `Előszó: ez egy kétrészes novella, a második rész holnap jön. …`, `后记：故事是真是假我也不知道，…。`: a sentence
      // after the name is a note it labels.
      // (The pattern takes a closing stop off; a sentence shows by it: `Jälkisanat: Tässä luvussa …, vain kolmas kohta on keksitty.`)
      // So is a run of sentences (`Afterword: yes, the Skanadong is made up. No, I will not …`).
      if (after && (!isTitleLike(text.endsWith('.') ? `${after}.` : after) || /[。！？]./u.test(after) || after.endsWith('。') || SENTENCE_THEN_SENTENCE.test(after))) return null;
      // The name with a colon and nothing after it (`後記：`) labels the lines under it, as a note's label does.
      if (!after && /[:：]$/u.test(text)) return null;
      return { number: null, label: null, title: after ? (cleanTitle(after) ?? after) : text.replace(/\.$/, '') };
    },
  },
  {
    id: 'heading-front',
    level: 'front',
    minCount: 1,
    examples: ['PREFACE', 'ETYMOLOGY.', 'EXTRACTS (Supplied by a Sub-Sub-Librarian).', 'Introduction'],
    match(text) {
      if (text.length > 60 || !FRONT_NAMES.test(text)) return null;
      return { number: null, label: null, title: text.replace(/\.$/, '') };
    },
  },
  {
    id: 'heading-roman-title',
    level: 'chapter',
    minCount: 2,
    examples: ['I. A SCANDAL IN BOHEMIA', 'XII. THE ADVENTURE OF THE COPPER BEECHES', 'IV – The Tower', 'II --- high tide', 'ii. // channel nine'],
    match(text) {
      const m = ROMAN_TITLE.exec(text);
      const n = m ? parseNumber((m[1] ?? '').toUpperCase()) : null;
      if (!m || n === null) return null;
      const title = cleanTitle(m[3] ?? '');
      // A drawn separator (`II --- high tide`, `ii. // static`) is a heading's, whatever the case; after `I.` or `I -` prose may follow.
      const drawn = DRAWN_ONLY.test(m[2] ?? '');
      // A writer who sets everything in lower case numbers so too (`i. the lake`): a few words, no sentence.
      const lowered = !drawn && LOWER_ROMAN_TITLE.test(text);
      if (!drawn && !lowered && /^[ivxlc]/.test(m[1] ?? '')) return null;
      if (title === null || (!drawn && !lowered && !/^[\p{Lu}"“]/u.test(title)) || !isTitleLike(title)) return null;
      return { number: n, label: null, title };
    },
  },
  {
    // A board post's parts numbered with a hash (`#1 장마`, `#2 The Umbrella`); a hash and a number alone are a post's number.
    id: 'heading-hash-number',
    level: 'chapter',
    minCount: 2,
    examples: ['#1 장마', '#2 The Umbrella', '#3. 갠 날'],
    match(text) {
      const m = /^#\s?(\d{1,3})\.?\s+(\S.*)$/u.exec(text);
      const title = m ? cleanTitle(m[2] ?? '') : null;
      if (!m || title === null || !/^[\p{L}"“'‘]/u.test(title) || !isTitleLike(title) || title.split(/\s+/).length > 8) return null;
      return { number: Number.parseInt(m[1] ?? '', 10), label: null, title };
    },
  },
  {
    // A counter of the chapters posted so far (`01/03 Primeira Chuva`, `🌧 02/03 🌧 Segunda Chuva`, `3/? - Home`): the
    // number is the chapter's, the total is where it stands. A symbol framing the counter is drawn, not the title.
    id: 'heading-counter',
    level: 'chapter',
    minCount: 2,
    examples: ['01/03 Primeira Chuva', '🌧 02/03 🌧 Segunda Chuva', '3/? - Home', '02/10'],
    match(text) {
      const m = COUNTER_TITLE.exec(text);
      if (!m) return null;
      const number = Number.parseInt(m[1] ?? '', 10);
      const total = m[2] === '?' ? null : Number.parseInt(m[2] ?? '', 10);
      if (number < 1 || (total !== null && number > total)) return null;
      const title = m[3] === undefined ? null : cleanTitle(m[3]);
      // A title starts with a capital or a letter of a caseless script: `1/2 cup of flour` is a recipe's line.
      if (title !== null && (!/^["“'‘]?[\p{Lu}\p{Lo}]/u.test(title) || !isTitleLike(title) || title.split(/\s+/).length > 8)) return null;
      return { number, label: null, title };
    },
  },
  {
    id: 'heading-number-title',
    level: 'chapter',
    minCount: 2,
    examples: ['1. The Beginning', '12) Homecoming', '3 - The Long Road', '1: Departure', '2 // channel nine'],
    match(text) {
      const m = NUMBER_TITLE.exec(text);
      if (!m) return null;
      const title = cleanTitle(m[3] ?? '');
      const drawn = DRAWN_ONLY.test(m[2] ?? '');
      // A drawn mark lets a title start in lower case, but a title starts with a letter (`48 💬 6` is a post's counts).
      if (title === null || !/^[\p{L}"“'‘]/u.test(title) || (!drawn && !/^\p{Lu}/u.test(title) && !isCaselessTitle(title)) || !isTitleLike(title) || title.split(/\s+/).length > 8) return null;
      // A tool's number over the writer's own heading (`1. Capitulo 1`, `2. Cap 2 - Las llaves`): the heading's title is the title.
      const number = Number.parseInt(m[1] ?? '', 10);
      return { number, label: null, title: CHAPTER_LABELS.test(title) ? ownTitle(title, number) : title, ...(!drawn && !/^\p{Lu}/u.test(title) ? { apart: true } : {}) };
    },
  },
  {
    id: 'heading-cjk-number-title',
    level: 'chapter',
    minCount: 2,
    examples: ['一、雨夜', '十二、天亮', '3、归途', '一　駅長の猫'],
    match(text) {
      // Chinese numbers sections with an enumeration comma (`一、雨夜`), Japanese with an ideographic space
      // (`一　駅長の猫`). A sentence after it is a list item.
      const m = /^(?:([〇一二三四五六七八九十百零两]{1,4}|\d{1,3})[、．]\s*|([〇一二三四五六七八九十百零两]{1,4})\s+)(\S.{0,24})$/u.exec(text);
      const n = m ? parseNumber(m[1] ?? m[2] ?? '') : null;
      if (!m || n === null || n <= 0 || /[。！？!?…，,；;：:」』”]$/u.test(m[3] ?? '')) return null;
      return { number: n, label: null, title: cleanTitle(m[3] ?? '') };
    },
  },
  {
    id: 'heading-word-number-title',
    level: 'chapter',
    minCount: 2,
    examples: ['one. the glasshouse', 'Two. Cuttings', 'FIRST: The Salt Merchant'],
    match(text) {
      // A colon after the word (`FIRST: The Salt Merchant`) asks a capital of the title: `One: we go` is a list's step.
      const m = /^(\p{L}+(?:-\p{L}+)?)(?:\.\s+|:\s+(?=["“'‘]?\p{Lu}))(\S.*)$/u.exec(text);
      const n = m ? wordsToNumber(m[1] ?? '') : null;
      if (!m || n === null || n <= 0 || /[.!?…]$/.test(m[2] ?? '')) return null;
      const title = cleanTitle(m[2] ?? '');
      if (title === null || !isTitleLike(title) || title.split(/\s+/).length > 8) return null;
      return { number: n, label: null, title };
    },
  },
  {
    id: 'heading-bare-number',
    level: 'section',
    minCount: 2,
    examples: ['I.', 'II', '3.', '十二', '2/', 'iv', 'Β΄', 'TWO', '－２－', '३', 'ב', '（二）', '(一)', '(3)'],
    match(text) {
      if (GREEK_ALONE.test(text)) {
        const greek = greekToNumber(text.replace(/\.$/, ''));
        return greek !== null && greek > 0 ? { number: greek, label: null, title: null } : null;
      }
      // Digits of any script: `3.`, `३`, `٣`, `৩`.
      // Hebrew letter numerals too (`א`, `ב׳`, `י״ב`), as Hebrew books head their chapters.
      // Or in brackets, as Chinese posts number their sections (`（一）`, `（二）`, `(3)`).
      const m = /^([IVXLC]{1,7}|[ivxlc]{1,7}|\p{Nd}{1,3}|[א-ת][׳'’]?|[א-ת]{1,2}[״"][א-ת])[./]?$/u.exec(text) ?? BARE_CJK_NUMBER.exec(text) ?? BRACKETED_NUMBER.exec(text);
      // A number spelled out alone, capitalised (`ONE`, `Two`), as manuscripts head their chapters.
      const spelled = m ? null : /^(\p{Lu}[\p{L}-]{1,20})\.?$/u.exec(text);
      if (spelled) {
        const word = NUMBER_WORDS.get(normaliseApostrophes(spelled[1]!.toLowerCase()));
        return word !== undefined && word > 0 ? { number: word, label: null, title: null } : null;
      }
      const n = m ? parseNumber(m[1] ?? '') : null;
      return n !== null && n > 0 ? { number: n, label: null, title: null } : null;
    },
  },
  {
    // Sections lettered in order (`A.`, `B.`, `C.`), the title on the next line: believed only as a run counting up
    // through the alphabet (heading-set.ts), and the letter is no number.
    id: 'heading-letter',
    level: 'chapter',
    minCount: 2,
    examples: ['A.', 'B.'],
    match(text) {
      return /^\p{Lu}\.$/u.test(text) ? { number: null, label: null, title: null } : null;
    },
  },
  {
    id: 'heading-decimal',
    level: 'section',
    minCount: 2,
    examples: ['1.1', '2.14'],
    match(text) {
      // Web serials number `arc.chapter`; the chapter is the second number, the arc is a part above it.
      const m = /^(\d{1,3})\.(\d{1,3})$/.exec(text);
      return m ? { number: Number.parseInt(m[2] ?? '', 10), label: null, title: null } : null;
    },
  },
  {
    id: 'heading-site-markup',
    level: 'chapter',
    minCount: 1,
    examples: ['[chapter:プロローグ]', '[chapter: The Long Road]'],
    match(text) {
      // pixiv's novel markup names a chapter in the text itself.
      const m = /^\[chapter:\s*([^\]]{1,80}?)\s*\]$/iu.exec(text);
      if (!m) return null;
      // The name may itself be a heading: `[chapter:第一章 星拾い]`.
      const inner = matchHeading(m[1] ?? '');
      return inner ? { number: inner.number, label: inner.label, title: inner.title } : { number: null, label: null, title: m[1] ?? null };
    },
  },
  {
    id: 'heading-bracket-title',
    level: 'chapter',
    minCount: 2,
    examples: ['[A Quiet Morning]', '[The Long Road Home]'],
    match(text) {
      const m = /^\[([^[\]]{1,80})\]$/.exec(text);
      // A sentence in brackets is a game's system window, as LitRPG sets it (`[Skill «Cook's Sense» raised to level 3.]`), no title.
      if (m && /[.!?…。]$/u.test(m[1]!.trim())) return null;
      const title = m ? cleanTitle(m[1] ?? '') : null;
      if (title === null || !/^[\p{Lu}"“]/u.test(title) || !isTitleLike(title)) return null;
      if (/^(illustration|a\/n|note|complete|completed|wip|sic|edit|updated?)\b/i.test(title)) return null;
      // `[ Home | Stories | Poems ]`: a page's menu, not a title.
      if (/\s\|\s/.test(title)) return null;
      return { number: null, label: null, title };
    },
  },
];

/** Words of the front rule and site prefixes, which are not in the language tables. */
const OTHER_FIRST_WORDS = new Set(['preface', 'foreword', 'introduction', "author's", 'author’s', 'etymology', 'extracts', 'dedication', 'epigraph', 'acknowledgements', 'acknowledgments', 'prelude', 'threadmark', 'threadmarks']);

/**
 * Cheap test that saves running every rule on every line of prose: a line
 * that starts with a letter can only be a heading if its first word is a
 * heading word, a number word, a roman numeral or a CJK counter prefix.
 * Lines that start otherwise (digits, brackets, decoration) go the slow way.
 */
/** A CJK numeral alone on its line (Douban's `一`, `二`): a bare number, as `I` or `3` are. */
const BARE_CJK_NUMBER = new RegExp(`^([${CJK_NUMERAL_CHARS}]{1,5})[、.．]?$`, 'u');
const BRACKETED_NUMBER = new RegExp(`^[(（]\\s?([${CJK_NUMERAL_CHARS}]{1,5}|\\p{Nd}{1,3})\\s?[)）]$`, 'u');

/** `一、雨夜`, `一　駅長の猫`: a CJK numeral and an enumeration comma or an ideographic space. */
const CJK_ENUMERATED = new RegExp(`^[${CJK_NUMERAL_CHARS}]{1,4}[、．\u3000]`, 'u');

const OPENS_SPEECH = /^["'“”‘’„«»‹›(¿¡]/u;
/** Scripts written without spaces between words (Thai, Burmese, Khmer), whose heading words may run into what follows. */
const UNSPACED_SCRIPT = /^[\p{Script=Thai}\p{Script=Myanmar}\p{Script=Khmer}]/u;
const UNSPACED_FIRST_WORDS = [...HEADING_FIRST_WORDS].filter((w) => UNSPACED_SCRIPT.test(w));

const LOWER_ROMAN_DRAWN = new RegExp(`^[ivxlc]{1,7}${DRAWN_SEPARATOR}\\s`, 'u');
/** `i. the lake`, `iv. the boathouse`: a lower-case numeral, its stop and a lower-case title of a few words, with no sentence's punctuation. */
const LOWER_ROMAN_TITLE = /^[ivxlc]{1,7}\.\s\p{Ll}[\p{Ll}\p{N}'’ -]{0,40}$/u;

const HEBREW_ALONE = /^(?:[א-ת][׳'’]?|[א-ת]{1,2}[״"][א-ת])\.?$/u;

/** The first words of numbers written in two words (Korean `첫 번째`): a heading may open on them. */
const TWO_WORD_NUMBER_STARTS = new Set([...NUMBER_WORDS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

function mayStartHeading(trimmed: string): boolean {
  // No rule reads a heading that opens with a quote mark or a bracket other than `[`: that is speech.
  // (A number alone in brackets is a section's, `(一)`, `(3)`.)
  if (OPENS_SPEECH.test(trimmed)) return BRACKETED_NUMBER.test(trimmed);
  // Persian joins parts of one word with a zero-width non-joiner (`پیش‌درآمد`).
  // Uzbek writes its apostrophe letters (`to‘rt`) with any of four marks.
  const word = /^[\p{L}\p{M}\u200c'’‘`.]+/u.exec(trimmed)?.[0];
  if (word === undefined) return true;
  const lower = word.toLowerCase().replace(/\u0307/g, ''); // Turkish `İ` lower-cases to i and a combining dot
  const bare = lower.replace(/[.]+$/, '');
  if (HEADING_FIRST_WORDS.has(lower) || HEADING_FIRST_WORDS.has(bare) || OTHER_FIRST_WORDS.has(bare) || NUMBER_WORDS.has(normaliseApostrophes(bare)) || TWO_WORD_NUMBER_STARTS.has(bare)) return true;
  // Roman numerals open a heading only in capitals (`IV. The Tower`, `XII`); lower case needs a label word first.
  if (GREEK_ALONE.test(trimmed)) return true;
  // A capital and its stop alone (`A.`) letters a section.
  if (/^\p{Lu}\.$/u.test(trimmed)) return true;
  // A Hebrew letter numeral alone (`א`, `ב׳`, `י״ב`).
  if (HEBREW_ALONE.test(trimmed)) return true;
  // A lower-case one alone on its line (`iv`, `- ii -`) numbers a section, as poets and some web writers set them.
  // So does one with a drawn separator after it (`ii. // channel nine`).
  if (/^[IVXLCDM]+$/.test(bare.toUpperCase()) && (/^[IVXLCDM]/.test(word) || /^[ivxlc]{1,7}\.?$/.test(trimmed) || LOWER_ROMAN_DRAWN.test(trimmed) || LOWER_ROMAN_TITLE.test(trimmed))) return true;
  // Thai, Burmese and Khmer write without spaces: `บทที่หนึ่ง`, `ជំពូកទីមួយ` run the label into its number.
  if (UNSPACED_SCRIPT.test(lower) && UNSPACED_FIRST_WORDS.some((w) => lower.startsWith(w))) return true;
  // CJK writes without spaces: a named chapter word may run straight into its title; a numeral may stand alone (`十二`).
  return trimmed.charCodeAt(0) >= 0x2e80 && (CJK_SHAPES.some((s) => s.prefix === trimmed.charAt(0)) || CJK_NAMED.some((w) => trimmed.startsWith(w)) || BARE_CJK_NUMBER.test(trimmed) || CJK_ENUMERATED.test(trimmed));
}

/**
 * A Roman numeral typed in Cyrillic letters that look alike (`ІІ`, `ХІV`, as Kazakh and Ukrainian keyboards give them),
 * read as the Latin numeral where it ends the line or stands before a stop (`Тарау ІІ`, `ІІ. Күз`): a Cyrillic `І`
 * before a word is Ukrainian's "and".
 */
const CYRILLIC_ROMAN = /(^|\s)([ІIХXVСCL]{1,7})(?=$|[.:)])/gu;
const LOOKALIKE: Readonly<Record<string, string>> = { І: 'I', Х: 'X', С: 'C' };
const ROMAN = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
function latinRoman(text: string): string {
  if (!/[ІХС]/u.test(text)) return text;
  return text.replace(CYRILLIC_ROMAN, (all, space: string, token: string) => {
    const latin = token.replace(/[ІХС]/gu, (c) => LOOKALIKE[c]!);
    return latin !== token && ROMAN.test(latin) ? space + latin : all;
  });
}

/** The first rule a line matches (decoration stripped), or null. Lines past 120 characters are never headings. */
const HASH_RULE = HEADING_RULES.find((r) => r.id === 'heading-hash-number')!;

export function matchHeading(line: string): HeadingMatch | null {
  // Arabic headings are stretched with tatweel (`الفصـــل`), which only draws the line longer.
  const trimmed = latinRoman(stripEdgeMarks(line).replace(/\u0640/g, ''));
  // LiveJournal's cut link, its text between spaced brackets, hides the part under its heading: `( Part Three: Cinder )`.
  const cut = trimmed.startsWith('( ') ? /^\(\s+(\S.{0,100}?\S)\s+\)$/u.exec(trimmed) : null;
  if (cut) {
    const m = matchHeading(cut[1]!);
    return m && m.level !== 'section' ? { ...m, marked: true } : null;
  }
  if (trimmed.length > 120 || !mayStartHeading(trimmed)) return null;
  // A part posted under a hashtag (`#پارت_۱`, `#Part_2`, `#глава_3`) is its label and number.
  if (/^#\p{L}+_[\p{N}\p{L}]+$/u.test(trimmed)) return matchHeading(trimmed.slice(1).replace('_', ' '));
  // The hash of `#1 장마` is the heading's own number sign, not decoration to strip.
  if (trimmed.startsWith('#')) {
    const m = HASH_RULE.match(trimmed);
    if (m) return { ...m, ruleId: HASH_RULE.id, level: HASH_RULE.level, text: trimmed, marked: false };
  }
  const { inner, decorated } = undecorate(trimmed.replace(HEADING_PREFIX, '').replace(TRAILING_NAV, '').replace(WIKI_EDIT, ''));
  // Three columns or more: a navigation bar or a table row, not a heading.
  if ((inner.match(/\S(?: {3,}|\t)(?=\S)/g) ?? []).length >= 2) return null;
  const text = inner.replace(/\s+/g, ' ');
  if (text === '') return null;
  for (const rule of HEADING_RULES) {
    const m = rule.match(text);
    if (!m) continue;
    // A volume's heading and a chapter's in one line (`Том 1 Глава 7 - Печать на воде`, `Book 2 Chapter 5: The Ford`): the chapter, in that part.
    const inner = rule.level === 'part' && m.number !== null && m.title !== null ? matchHeading(m.title) : null;
    if (inner && inner.level === 'chapter' && inner.number !== null && inner.label !== null) {
      return { ...inner, marked: inner.marked || decorated, part: text.slice(0, text.length - m.title!.length).replace(/[\s,:.\-–—|]+$/u, '') };
    }
    return { ...m, ruleId: rule.id, level: rule.level, text, marked: decorated || text.startsWith('[') };
  }
  return null;
}

/** Rules whose headings carry a label or a counter word, and so stand as headings even at the end of a block of short lines. */
const LABELLED_RULES = new Set(['heading-bracketed', 'heading-part', 'heading-labelled', 'heading-cjk', 'heading-cjk-part', 'heading-named']);

/**
 * A labelled heading glued under the last paragraph of the chapter before, over a section label of its own
 * (an AO3 page copied from the browser: `…Обещаю.` / `Chapter 2: Тихая охота` / `Summary:` or `Chapter Text`).
 */
export function opensLabelledSection(heading: HeadingMatch, next: string | undefined): boolean {
  return LABELLED_RULES.has(heading.ruleId) && heading.number !== null && next !== undefined && SECTION_LABEL.test(next);
}

/**
 * A numbered, labelled heading between two paragraphs with no blank line around it (a wiki page copied from the
 * browser: `…too long.` / `Part 2` / `It was there again…`): the paragraph above has ended its sentence, and the
 * heading is short and ends none.
 */
export function gluedBetweenParagraphs(heading: HeadingMatch, previous: string | undefined, line: string): boolean {
  // (Thai, Lao and Khmer end a sentence with no mark: a long line of theirs is a paragraph's end as it stands.)
  return LABELLED_RULES.has(heading.ruleId) && heading.number !== null && line.length <= 40 && !/[.!?…,;:]$/.test(line) && previous !== undefined && previous.length > 40 && (/[.!?…"”»।॥။።。！？]$/u.test(previous) || /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]$/u.test(previous));
}

/**
 * A labelled, numbered heading inside a block of short lines that are no sentences (a forum post's header in
 * reader mode: `Corvid_Inkwell` / `Threadmarks` / `Chapter 7: Sap` / `Apr 24, 2021` / `#455`) stands apart.
 * Chinese and Japanese prose lines are short whatever they hold, so a line of Han is no such evidence.
 */
export function amidShortLines(heading: HeadingMatch, previous: string | undefined, next: string | undefined): boolean {
  // (Or a row of the page's cells, however long: `Lê Thảo Nguyên | 2.104 chữ | 18/03/2024 21:00`.)
  const card = (l: string | undefined): boolean =>
    l !== undefined && (l.length <= 40 || (l.length <= 100 && /^[^|·•]+(?:\s[|·•]\s[^|·•]+){2,}$/u.test(l))) && !/[.!?…,;:"”»。！？，；：」』）]$/u.test(l) && !/^\p{Script=Han}/u.test(l);
  return LABELLED_RULES.has(heading.ruleId) && heading.number !== null && card(previous) && card(next);
}

const SECTION_LABEL = /^(?:chapter text|work text:?|(?:chapter )?(?:summary|notes):|chapter (?:summary|notes))$/i;

/**
 * A labelled heading that closes a block under a short line of site chrome
 * (`#45` / `Threadmark: Chapter 3`, `2/4` / `第1話`, `Work Text:` /
 * `Kapitel Eins – Ebbe`) is a heading, not the end of a paragraph.
 */
export function closesBlockAsHeading(heading: HeadingMatch, previous: string | undefined, blankAfter: boolean): boolean {
  return blankAfter && LABELLED_RULES.has(heading.ruleId) && previous !== undefined && previous.length <= 40 && !/[,;]$/.test(previous);
}
