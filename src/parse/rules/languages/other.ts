import type { HeadingLanguage } from './types.js';

/** Languages known only by their heading words and names; their numbers are written in digits or roman numerals. */
export const vi: HeadingLanguage = { tag: 'vi', names: ['vietnamese', 'tiếng việt'], chapter: ['chương', 'hồi'], part: ['phần', 'quyển'], named: ['mở đầu', 'vĩ thanh', 'ngoại truyện'], numbers: {} };
export const fi: HeadingLanguage = { tag: 'fi', names: ['finnish', 'suomi'], chapter: ['luku'], part: ['osa'], named: ['prologi', 'epilogi'], numbers: {} };
export const no: HeadingLanguage = { tag: 'no', names: ['norwegian', 'norsk'], chapter: ['kapittel'], part: ['del', 'bok'], named: ['prolog', 'epilog'], numbers: {} };
export const da: HeadingLanguage = { tag: 'da', names: ['danish', 'dansk'], chapter: ['kapitel'], part: ['del', 'bog'], named: ['prolog', 'epilog'], numbers: {} };
export const el: HeadingLanguage = { tag: 'el', names: ['greek', 'ελληνικά'], chapter: ['κεφάλαιο'], part: ['μέρος'], named: ['πρόλογος', 'επίλογος'], numbers: {} };
export const he: HeadingLanguage = { tag: 'he', names: ['hebrew', 'עברית'], chapter: ['פרק'], part: ['חלק'], named: ['פרולוג', 'אפילוג'], numbers: {}, byLines: ['מאת'] };
export const hu: HeadingLanguage = { tag: 'hu', names: ['hungarian', 'magyar'], chapter: ['fejezet'], part: ['rész', 'könyv'], named: ['prológus', 'epilógus'], numbers: {} };
export const la: HeadingLanguage = { tag: 'la', names: ['latin', 'latina'], chapter: [], part: [], named: [], numbers: {} };
