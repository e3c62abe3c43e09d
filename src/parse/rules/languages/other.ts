import type { HeadingLanguage } from './types.js';

/** Languages known only by their heading words; their numbers are written in digits or roman numerals. */
export const nl: HeadingLanguage = { tag: 'nl', chapter: ['hoofdstuk'], part: ['deel', 'boek'], named: ['proloog', 'epiloog'], numbers: {} };
export const sv: HeadingLanguage = { tag: 'sv', chapter: ['kapitel'], part: ['del', 'bok'], named: ['prolog', 'epilog'], numbers: {} };
export const pl: HeadingLanguage = { tag: 'pl', chapter: ['rozdział', 'rozdzial'], part: ['część', 'czesc', 'tom'], named: ['prolog', 'epilog'], numbers: {} };
export const uk: HeadingLanguage = { tag: 'uk', chapter: ['розділ', 'глава'], part: ['частина'], named: ['пролог', 'епілог'], numbers: {} };
export const tr: HeadingLanguage = { tag: 'tr', chapter: ['bölüm'], part: ['kısım', 'kitap'], named: ['önsöz', 'sonsöz'], numbers: {} };
export const id: HeadingLanguage = { tag: 'id', chapter: ['bab'], part: ['bagian'], named: ['prolog', 'epilog'], numbers: {} };
