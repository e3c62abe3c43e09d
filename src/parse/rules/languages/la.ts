import type { HeadingLanguage } from './types.js';

/** Latin, for school novellas and old texts: `Caput Primum`, `Liber II`, `Titulus:`, `Auctor:`, `Nota auctoris`; roman numerals are read by numbers.ts. */
export const la: HeadingLanguage = {
  tag: 'la',
  names: ['latin', 'latina', 'lingua latina'],
  chapter: ['caput', 'capitulum'],
  part: ['liber', 'pars'],
  genres: ['fabula', 'fabella', 'narratio', 'novella latina'],
  endings: ['finis', 'explicit'],
  named: ['prooemium', 'praefatio', 'epilogus'],
  numbers: {
    primum: 1, prima: 1, primus: 1, secundum: 2, secunda: 2, secundus: 2, tertium: 3, tertia: 3, tertius: 3, quartum: 4, quarta: 4, quartus: 4,
    quintum: 5, quinta: 5, quintus: 5, sextum: 6, sexta: 6, sextus: 6, septimum: 7, septima: 7, septimus: 7, octavum: 8, octava: 8, octavus: 8,
    nonum: 9, nona: 9, nonus: 9, decimum: 10, decima: 10, decimus: 10,
  },
  notes: [
    { id: 'note-la', words: ['nota auctoris', 'nota auctricis', 'notae auctoris', 'nota interpretis'], standalone: true },
    { id: 'note-la-short', words: ['nota'], standalone: false },
  ],
  fields: {
    title: ['titulus'],
    author: ['auctor', 'auctrix', 'scriptor', 'scriptrix'],
    description: ['argumentum', 'summarium'],
    language: ['lingua'],
    known: ['gradus', 'licentia', 'editio', 'annus', 'verba'],
  },
};
