import type { HeadingLanguage } from './types.js';

/** Languages known only by their heading words; their numbers are written in digits or roman numerals. */
export const nl: HeadingLanguage = { tag: 'nl', chapter: ['hoofdstuk'], part: ['deel', 'boek'], named: ['proloog', 'epiloog'], numbers: {} };
export const sv: HeadingLanguage = { tag: 'sv', chapter: ['kapitel'], part: ['del', 'bok'], named: ['prolog', 'epilog'], numbers: {} };
export const pl: HeadingLanguage = { tag: 'pl', chapter: ['rozdział', 'rozdzial'], part: ['część', 'czesc', 'tom'], named: ['prolog', 'epilog'], numbers: {} };
export const uk: HeadingLanguage = { tag: 'uk', chapter: ['розділ', 'глава'], part: ['частина'], named: ['пролог', 'епілог'], numbers: {} };
export const tr: HeadingLanguage = { tag: 'tr', chapter: ['bölüm'], part: ['kısım', 'kitap'], named: ['önsöz', 'sonsöz'], numbers: {} };
export const id: HeadingLanguage = { tag: 'id', chapter: ['bab'], part: ['bagian'], named: ['prolog', 'epilog'], numbers: {} };
export const vi: HeadingLanguage = { tag: 'vi', chapter: ['chương', 'hồi'], part: ['phần', 'quyển'], named: ['mở đầu', 'vĩ thanh', 'ngoại truyện'], numbers: {} };
export const cs: HeadingLanguage = { tag: 'cs', chapter: ['kapitola'], part: ['část', 'díl'], named: ['prolog', 'epilog'], numbers: {} };
export const fi: HeadingLanguage = { tag: 'fi', chapter: ['luku'], part: ['osa'], named: ['prologi', 'epilogi'], numbers: {} };
export const no: HeadingLanguage = { tag: 'no', chapter: ['kapittel'], part: ['del', 'bok'], named: ['prolog', 'epilog'], numbers: {} };
export const el: HeadingLanguage = { tag: 'el', chapter: ['κεφάλαιο'], part: ['μέρος'], named: ['πρόλογος', 'επίλογος'], numbers: {} };
export const he: HeadingLanguage = { tag: 'he', chapter: ['פרק'], part: ['חלק'], named: ['פרולוג', 'אפילוג'], numbers: {} };
