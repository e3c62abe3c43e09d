import type { HeadingLanguage } from './types.js';

/** Latin is known by its name only, for `Language:` fields; its headings are roman numerals. */
export const la: HeadingLanguage = { tag: 'la', names: ['latin', 'latina'], chapter: [], part: [], genres: ['fabula', 'fabella', 'narratio'], named: [], numbers: {} };
