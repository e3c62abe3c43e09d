import { LANGUAGES } from './index.js';

/** Every language's navigation patterns, matched against a lower-cased line: without the `i` flag V8 scans an unanchored alternation many times faster. */
const NAVIGATION = new RegExp(LANGUAGES.flatMap((l) => l.navigation ?? []).join('|'), 'u');

/**
 * Page navigation that archives print beside chapter headings, in every
 * language's words. Never a chapter's title; used to refuse a title line.
 */
export const NAVIGATION_LINE = { test: (line: string): boolean => NAVIGATION.test(line.toLowerCase()) };
