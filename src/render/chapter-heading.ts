import type { Chapter } from '../model.js';

export interface ChapterHeading {
  /** `Chapter 35`, or null for a named chapter such as `Prologue`. */
  number: string | null;
  title: string | null;
  /** The whole heading on one line, for contents and running heads: `Chapter 35: The Other Side`. */
  text: string;
}

/**
 * The heading every format prints for a chapter. `index` (0-based) names a
 * chapter that has neither number nor title; a story of one chapter gets
 * no heading at all (null).
 */
export function chapterHeading(chapter: Chapter, index: number, chapterCount: number): ChapterHeading | null {
  const title = chapter.title?.trim() || null;
  if (chapterCount === 1 && chapter.number === null && title === null) return null;
  const number = chapter.number !== null ? `${chapter.label ?? 'Chapter'} ${chapter.number}` : title === null ? `${chapter.label ?? 'Chapter'} ${index + 1}` : null;
  const text = number !== null && title !== null ? `${number}: ${title}` : (number ?? title ?? '');
  return { number, title, text };
}
