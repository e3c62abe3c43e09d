import type { Chapter } from '../model.js';
import { LANGUAGES } from '../parse/rules/languages/index.js';
import type { Strings } from './strings.js';

export interface ChapterHeading {
  /** `Chapter 35`, `Kapitel 3`, `第三章`, or null for a named chapter such as `Prologue`. */
  number: string | null;
  title: string | null;
  /** The whole heading on one line, for contents and running heads: `Chapter 35: The Other Side`. */
  text: string;
}

const lower = (w: string): string => w.toLowerCase();
/** The chapter words of each language, and of all of them, as the reading side knows them. */
const OWN = new Map(LANGUAGES.map((l) => [l.tag.split('-')[0]!, new Set([...l.chapter, ...(l.weakChapter ?? [])].map(lower))]));
const ANY = new Set(LANGUAGES.flatMap((l) => [...l.chapter, ...(l.weakChapter ?? [])].map(lower)));

/**
 * The label a numbered chapter is printed with. The author's own word stays
 * (`Stave 3`, `Kapitel 3` in a German story, `Tag 3` in a diary); a chapter
 * word of another language (an archive's `Chapter 3` around a German story)
 * or none at all gives the strings table's heading.
 */
function numberText(chapter: Chapter, n: number, strings: Strings, language: string): string {
  const label = chapter.label?.trim() || null;
  const foreign = label !== null && ANY.has(lower(label)) && !(OWN.get(language.split('-')[0]!.toLowerCase())?.has(lower(label)) ?? false);
  return label === null || foreign ? strings.chapterNumber(n) : `${label} ${n}`;
}

/**
 * The heading every format prints for a chapter, in the words of `strings`
 * for a story in `language`. `index` (0-based) numbers a chapter that has
 * neither number nor title; a story of one chapter gets no heading at all (null).
 */
export function chapterHeading(chapter: Chapter, index: number, chapterCount: number, strings: Strings, language: string): ChapterHeading | null {
  const title = chapter.title?.trim() || null;
  if (chapterCount === 1 && chapter.number === null && title === null) return null;
  const number = chapter.number !== null ? numberText(chapter, chapter.number, strings, language) : title === null ? numberText(chapter, index + 1, strings, language) : null;
  const text = number !== null && title !== null ? strings.text('chapterTitled', { number, title }) : (number ?? title ?? '');
  return { number, title, text };
}
