import { parseNumber } from '../numbers.js';
import { undecorate } from './decoration.js';

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
}

export interface HeadingRule {
  id: string;
  level: HeadingLevel;
  minCount: number;
  examples: string[];
  match(text: string): Omit<HeadingMatch, 'ruleId' | 'level' | 'text' | 'marked'> | null;
}

const CHAPTER_LABELS = /^(chapter|chap\.|ch\.|stave|letter|episode|canto|chapitre|kapitel|cap[ií]tulo)\s+(.+)$/i;
const PART_LABELS = /^(part|book|volume|vol\.|arc)\s+(.+)$/i;
const NAMED_CHAPTERS = /^(prologue|epilogue|interlude|intermission|afterword|postscript|coda|omake|side story|bonus chapter|extra)(?:\s*[.:\-–—]\s*(.*?))?\.?$/i;
const FRONT_NAMES = /^(preface|foreword|introduction|author['’]s preface|etymology|extracts|dedication|epigraph|acknowledge?ments|prelude)\b(?:\s*\(.*\))?(?:\s*[.:\-–—]\s*(.*?))?\.?$/i;

/** A title after a number: a separator then text, or text that starts like a title. */
function titleAfter(rest: string): { ok: boolean; title: string | null } {
  const r = rest.trim();
  if (r === '' || /^[.:\-–—)|\]]+$/.test(r)) return { ok: true, title: null };
  const sep = /^[.:\-–—)|\]]+\s*(.*)$/.exec(r);
  const title = cleanTitle(sep ? (sep[1] ?? '') : r);
  if (title === null) return { ok: true, title: null };
  if (!sep && !/^[\p{Lu}\p{N}"“'‘(]/u.test(title)) return { ok: false, title: null };
  return { ok: isTitleLike(title), title };
}

/** Titles are short and do not read as a clause of prose. */
function isTitleLike(title: string): boolean {
  const words = title.split(/\s+/).length;
  if (words > 14 || title.length > 100 || /[,;]$/.test(title)) return false;
  return !(words > 7 && /, \p{Ll}/u.test(title) && /\.$/.test(title));
}

function cleanTitle(title: string): string | null {
  const t = title.trim().replace(/^["“](.*)["”]$/, '$1').replace(/(?<!\.\.)\.$/, '').trim();
  return t === '' ? null : t;
}

/** Splits `Thirty-Five: Title` into the longest leading number and the rest. */
function leadingNumber(rest: string): { number: number; rest: string } | null {
  const digits = /^(\d{1,4})\b(.*)$/.exec(rest);
  if (digits) return { number: Number.parseInt(digits[1] ?? '', 10), rest: digits[2] ?? '' };
  const roman = /^([IVXLCDM]{1,9}|[ivxlcdm]{1,9})\b(.*)$/.exec(rest);
  if (roman) {
    const n = parseNumber(roman[1] ?? '');
    if (n !== null && n > 0) return { number: n, rest: roman[2] ?? '' };
  }
  const words = /^[A-Za-z]+(?:[- ](?:and[- ])?[A-Za-z]+){0,3}/.exec(rest)?.[0] ?? '';
  const parts = words.split(/(?=[- ])/);
  for (let k = parts.length; k > 0; k--) {
    const candidate = parts.slice(0, k).join('');
    const n = parseNumber(candidate);
    if (n !== null && n > 0) return { number: n, rest: rest.slice(candidate.length) };
  }
  return null;
}

function labelled(re: RegExp) {
  return (text: string): ReturnType<HeadingRule['match']> => {
    const m = re.exec(text);
    if (!m) return null;
    const num = leadingNumber(m[2] ?? '');
    if (!num) return null;
    const { ok, title } = titleAfter(num.rest);
    if (!ok) return null;
    return { number: num.number, label: capitalise(m[1] ?? ''), title };
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export const HEADING_RULES: readonly HeadingRule[] = [
  {
    id: 'heading-bracketed',
    level: 'chapter',
    minCount: 1,
    examples: ['[Chapter 1] Connections', '[Chapter 12]'],
    match(text) {
      const m = /^\[\s*([^\]]{1,40}?)\s*\]\s*(.*)$/.exec(text);
      if (!m) return null;
      const inner = labelled(CHAPTER_LABELS)(m[1] ?? '');
      if (!inner || inner.title !== null) return null;
      const { ok, title } = titleAfter(m[2] ?? '');
      return ok ? { ...inner, title } : null;
    },
  },
  {
    id: 'heading-part',
    level: 'part',
    minCount: 1,
    examples: ['Part One', 'PART II: The Return', 'Book 3'],
    match: labelled(PART_LABELS),
  },
  {
    id: 'heading-labelled',
    level: 'chapter',
    minCount: 1,
    examples: ['Chapter 2: Title', 'CHAPTER IV.', 'Chapter Thirty-Five', 'STAVE I:  MARLEY\'S GHOST', 'Letter 1', 'CHAPTER ONE'],
    match: labelled(CHAPTER_LABELS),
  },
  {
    id: 'heading-named',
    level: 'chapter',
    minCount: 1,
    examples: ['Prologue', 'EPILOGUE', 'Interlude: The Storm'],
    match(text) {
      const m = NAMED_CHAPTERS.exec(text);
      if (!m) return null;
      return { number: null, label: null, title: text.replace(/\.$/, '') };
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
    examples: ['I. A SCANDAL IN BOHEMIA', 'XII. THE ADVENTURE OF THE COPPER BEECHES'],
    match(text) {
      const m = /^([IVXLC]{1,7})\.\s+(\S.*)$/.exec(text);
      const n = m ? parseNumber(m[1] ?? '') : null;
      if (!m || n === null) return null;
      const title = cleanTitle(m[2] ?? '');
      if (title === null || !/^[\p{Lu}"“]/u.test(title) || !isTitleLike(title)) return null;
      return { number: n, label: null, title };
    },
  },
  {
    id: 'heading-number-title',
    level: 'chapter',
    minCount: 2,
    examples: ['1. The Beginning', '12) Homecoming'],
    match(text) {
      const m = /^(\d{1,3})[.)]\s+(\S.*)$/.exec(text);
      if (!m) return null;
      const title = cleanTitle(m[2] ?? '');
      if (title === null || !/^\p{Lu}/u.test(title) || !isTitleLike(title) || title.split(/\s+/).length > 8) return null;
      return { number: Number.parseInt(m[1] ?? '', 10), label: null, title };
    },
  },
  {
    id: 'heading-bare-number',
    level: 'section',
    minCount: 2,
    examples: ['I.', 'II', '3.'],
    match(text) {
      const m = /^([IVXLC]{1,7}|\d{1,3})\.?$/.exec(text);
      const n = m ? parseNumber(m[1] ?? '') : null;
      return n !== null && n > 0 ? { number: n, label: null, title: null } : null;
    },
  },
  {
    id: 'heading-bracket-title',
    level: 'chapter',
    minCount: 2,
    examples: ['[A Quiet Morning]', '[The Long Road Home]'],
    match(text) {
      const m = /^\[([^[\]]{1,80})\]$/.exec(text);
      const title = m ? cleanTitle(m[1] ?? '') : null;
      if (title === null || !/^[\p{Lu}"“]/u.test(title) || !isTitleLike(title)) return null;
      if (/^(illustration|a\/n|note|complete|completed|wip|sic|edit|updated?)\b/i.test(title)) return null;
      return { number: null, label: null, title };
    },
  },
];

/** The first rule a line matches (decoration stripped), or null. Lines past 120 characters are never headings. */
export function matchHeading(trimmed: string): HeadingMatch | null {
  if (trimmed.length > 120) return null;
  const { inner, decorated } = undecorate(trimmed);
  const text = inner.replace(/\s+/g, ' ');
  if (text === '') return null;
  for (const rule of HEADING_RULES) {
    const m = rule.match(text);
    if (m) return { ...m, ruleId: rule.id, level: rule.level, text, marked: decorated || text.startsWith('[') };
  }
  return null;
}
