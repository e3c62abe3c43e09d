import { LANGUAGES } from './index.js';

/**
 * Page navigation that archives print beside chapter headings, in every
 * language's words. Never a chapter's title; used to refuse a title line.
 */
export const NAVIGATION_LINE = new RegExp(LANGUAGES.flatMap((l) => l.navigation ?? []).join('|'), 'iu');
