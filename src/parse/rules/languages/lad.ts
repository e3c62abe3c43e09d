import type { HeadingLanguage } from './types.js';

/**
 * Ladino (Judeo-Spanish) in the Latin letters of Aki Yerushalayim's spelling, as its mailing lists write it:
 * `Kapitolo 1: El sandik`, `Kapitolo dos`; `Kuento:` (a story) before a title; `(Sigue manyana)` (to be continued).
 */
export const lad: HeadingLanguage = {
  tag: 'lad',
  names: ['ladino', 'djudeo-espanyol', 'judeo-espanyol', 'judeo-spanish', 'djudezmo'],
  chapter: ['kapitolo', 'kapítolo'],
  part: ['parte', 'partida'],
  endings: ['fin', 'el fin'],
  named: ['prologo', 'epilogo'],
  numbers: { kuatro: 4, sinko: 5, sesh: 6, sieta: 7, mueve: 9, primer: 1, primero: 1, segundo: 2, terser: 3 },
  // `uno`, `dos`, `tres`, `ocho`, `diez` are Spanish's words too.
  localNumbers: { uno: 1, dos: 2, tres: 3, ocho: 8, diez: 10 },
  genres: ['kuento', 'un kuento'],
  notes: [{ id: 'note-lad', words: ['nota del autor', 'nota de la autora', 'nota'], standalone: false }],
};
