import type { HeadingLanguage } from './types.js';

/**
 * The apostrophe of Uzbek Latin's `o‘` and `g‘` (and the tutuq belgisi of `ma’rifat`) is typed four ways:
 * the modifier letter `ʻ`, the turned comma `‘`, the ASCII `'` and the backtick `` ` ``. Each word holding one
 * is listed in all four spellings.
 */
const spellings = (words: readonly string[]): string[] => words.flatMap((w) => (/[‘ʻ]/.test(w) ? ['ʻ', '‘', "'", '`'].map((a) => w.replace(/[‘ʻ]/g, a)) : [w]));
const numbers = (table: Readonly<Record<string, number>>): Record<string, number> => Object.fromEntries(Object.entries(table).flatMap(([w, n]) => spellings([w]).map((s) => [s, n] as const)));

/**
 * Uzbek, in Latin and Cyrillic script: `Birinchi bob`, `BOB 3`, `Ikkinchi qism`, `Муаллифдан`; the work's
 * kind under its title (`Qissa`, `Hikoya`, `Roman`).
 */
export const uz: HeadingLanguage = {
  tag: 'uz',
  comments: ['izohlar'],
  names: ['uzbek', 'oʻzbek', 'o‘zbek', "o'zbek", 'oʻzbekcha', "o'zbekcha", 'ўзбек', 'ўзбекча', 'usbekisch', 'ouzbek', 'uzbeko', 'узбекский'],
  chapter: ['bob', 'боб', 'fasl', 'фасл'],
  part: spellings(['qism', 'қисм', 'kitob', 'китоб']),
  numberFirst: { chapter: ['bob', 'боб', 'fasl', 'фасл'], part: ['qism', 'қисм', 'kitob', 'китоб'] },
  named: spellings(['muqaddima', 'so‘ngso‘z', 'so‘nggi so‘z', 'debocha', 'epilog', 'prolog', 'муқаддима', 'сўнгсўз', 'эпилог', 'пролог']),
  genres: spellings(['qissa', 'hikoya', 'roman', 'novella', 'ertak', 'қисса', 'ҳикоя', 'роман', 'эртак']),
  numbers: numbers({
    birinchi: 1, ikkinchi: 2, uchinchi: 3, 'to‘rtinchi': 4, beshinchi: 5, oltinchi: 6, yettinchi: 7, sakkizinchi: 8, 'to‘qqizinchi': 9, 'o‘ninchi': 10,
    yigirmanchi: 20, 'o‘ttizinchi': 30,
    ikki: 2, uch: 3, 'to‘rt': 4, besh: 5, olti: 6, yetti: 7, sakkiz: 8, 'to‘qqiz': 9, yigirma: 20, 'o‘ttiz': 30,
    биринчи: 1, иккинчи: 2, учинчи: 3, тўртинчи: 4, бешинчи: 5, олтинчи: 6, еттинчи: 7, саккизинчи: 8, тўққизинчи: 9, ўнинчи: 10,
  }),
  // `bir` (1) and `o‘n` (10) are read only after an Uzbek label: `bir` is Turkish and Azerbaijani too.
  localNumbers: numbers({ bir: 1, 'o‘n': 10 }),
  notes: [
    { id: 'note-uz', words: spellings(['muallifdan', 'muallif izohi', 'muallifning izohi', 'muallif so‘zi', 'муаллифдан', 'муаллиф изоҳи']), standalone: true },
    { id: 'note-uz-short', words: ['izoh'], standalone: false },
  ],
  fields: {
    title: ['nomi', 'sarlavha', 'номи'],
    author: ['muallif', 'муаллиф'],
    description: ['annotatsiya', 'qisqacha mazmuni', 'аннотация'],
    known: spellings(['janr', 'manba', 'жанр', 'манба']),
  },
  contents: ['mundarija', 'мундарижа'],
  endings: ['tamom', 'oxiri', 'тамом'],
  lastPart: spellings(['so‘nggi', 'oxirgi', 'yakuniy', 'сўнгги', 'охирги']),
  continued: ['davomi bor', 'davomi', 'давоми бор', 'давоми'],
  upcoming: ['ertaga', 'keyingi', 'эртага', 'кейинги'],
};
