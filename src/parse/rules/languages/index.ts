import { CJK_NAMED } from './cjk.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { cs, el, fi, he, id, nl, no, pl, sv, tr, uk, vi } from './other.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import type { HeadingLanguage } from './types.js';

export type { HeadingLanguage } from './types.js';
export { cjkToNumber, CJK_NAMED, CJK_SHAPES, CJK_NUMERAL_CHARS } from './cjk.js';

/**
 * Every language quire reads headings in. A file rarely says its language,
 * and the words hardly collide, so the tables are merged: `Kapitel Eins`
 * and `Chapitre premier` are read in the same pass.
 */
export const LANGUAGES: readonly HeadingLanguage[] = [en, de, fr, es, it, pt, ru, nl, sv, pl, uk, tr, id, vi, cs, fi, no, el, he];

const unique = (words: string[]): string[] => [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
const alternation = (words: string[]): string => unique(words).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

export const CHAPTER_WORDS = alternation(LANGUAGES.flatMap((l) => l.chapter));
export const PART_WORDS = alternation(LANGUAGES.flatMap((l) => l.part));
export const WEAK_CHAPTER_WORDS = alternation(LANGUAGES.flatMap((l) => l.weakChapter ?? []));
export const NAMED_WORDS = alternation([...LANGUAGES.flatMap((l) => l.named), ...CJK_NAMED]);

/** Every word a heading can start with, lower case: a fast test before the rules run on a line of prose. */
export const HEADING_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...LANGUAGES.flatMap((l) => [...l.chapter, ...l.part, ...(l.weakChapter ?? []), ...l.named]), ...CJK_NAMED]
    .map((w) => (w.split(/\s+/)[0] ?? '').toLowerCase()),
);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(LANGUAGES.flatMap((l) => Object.entries(l.numbers)));
export const NUMBER_JOINERS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.joiners ?? []));
export const HUNDRED_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.hundreds ?? []));

/** Words that give a total after a number: `Part 1 of 3`, `Teil 2 von 5`. */
export const TOTAL_WORDS = 'of|von|de|sur|di|из|z';
