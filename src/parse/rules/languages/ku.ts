import type { HeadingLanguage } from './types.js';

/**
 * Kurdish in its Latin (Kurmanji) spelling: `Beşa Yekem` (the first section), `Beş 2`, `Cilda Duyem` (the second
 * volume); `Nivîskar:` (writer) and `Cure:` (kind) over a post, `Gotina nivîskarê:` (the writer's word) over a note;
 * `DAWÎ` (the end).
 */
export const ku: HeadingLanguage = {
  tag: 'ku',
  names: ['kurdî', 'kurmancî', 'kurmanji', 'kurdish', 'kurde', 'kurdisch'],
  chapter: ['beş', 'beşa'],
  part: ['cild', 'cilda'],
  calendar: {
    weekdays: ['duşem', 'sêşem', 'çarşem', 'pêncşem', 'în', 'şemî', 'yekşem'],
    months: [
      ['kanûna paşîn', 'çile'], ['sibat'], ['adar'], ['nîsan'], ['gulan'], ['hezîran'], ['tîrmeh'], ['tebax'], ['îlon'], ['cotmeh'],
      ['mijdar'], ['kanûna pêşîn', 'berfanbar'],
    ],
  },
  genres: ['çîrok', 'çîroka kurt', 'kurteçîrok', 'roman', 'novel'],
  endings: ['dawî', 'dawiya çîrokê'],
  named: ['pêşgotin', 'destpêk', 'paşgotin'],
  front: ['pêşgotin'],
  numbers: {
    yekem: 1, yekemîn: 1, duyem: 2, duyemîn: 2, duwem: 2, sêyem: 3, sêyemîn: 3, çarem: 4, çaremîn: 4, pêncem: 5, pêncemîn: 5,
    şeşem: 6, şeşemîn: 6, heftem: 7, heftemîn: 7, heştem: 8, heştemîn: 8, nehem: 9, nehemîn: 9, dehem: 10, dehemîn: 10,
  },
  // The cardinals are words of other languages too (`du`, `deh`, `yek`).
  localNumbers: { yek: 1, du: 2, 'sê': 3, 'çar': 4, 'pênc': 5, 'şeş': 6, heft: 7, 'heşt': 8, neh: 9, deh: 10 },
  notes: [
    { id: 'note-ku', words: ['gotina nivîskar', 'gotina nivîskarê', 'gotinek ji nivîskar', 'nota nivîskar', 'têbîniya nivîskar', 'têbînî'], standalone: true },
  ],
  fields: {
    title: ['sernav', 'navê çîrokê'],
    author: ['nivîskar', 'nivîskara', 'nivîskarê'],
    description: ['kurte', 'kurtasî'],
    language: ['ziman'],
    known: ['cure', 'beş', 'dîrok'],
  },
};
