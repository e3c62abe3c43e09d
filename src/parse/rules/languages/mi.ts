import type { HeadingLanguage } from './types.js';

/**
 * Māori (te reo Māori): `Upoko Tuatahi: Title` (chapter the first), `Upoko 3`, `Wāhanga Tuarua` (part two);
 * `Kupu a te kaituhi:` (the writer's word) over a note and `Ngā mihi:` (thanks) closing one; Māori month names
 * in a blog's `Posted on 12 Hereturikōkā 2021` stamp.
 */
export const mi: HeadingLanguage = {
  tag: 'mi',
  names: ['māori', 'maori', 'te reo māori', 'te reo maori', 'reo māori'],
  chapter: ['upoko'],
  part: ['wāhanga', 'wahanga', 'pukapuka'],
  calendar: {
    weekdays: ['rāhina', 'rātū', 'rāapa', 'rāpare', 'rāmere', 'rāhoroi', 'rātapu'],
    months: [
      ['kohitātea'], ['huitanguru'], ['poutūterangi'], ['paengawhāwhā'], ['haratua'], ['pipiri'], ['hōngongoi'],
      ['hereturikōkā'], ['mahuru'], ['whiringa-ā-nuku'], ['whiringa-ā-rangi'], ['hakihea'],
    ],
  },
  endings: ['te mutunga', 'mutunga'],
  named: ['kupu whakataki', 'whakatakinga'],
  // The ordinals (`tua-` before the cardinal) are Māori's own; the cardinals (`rua`, `ono`, `rima`) are words elsewhere.
  numbers: {
    tuatahi: 1, tuarua: 2, tuatoru: 3, tuawhā: 4, tuawha: 4, tuarima: 5, tuaono: 6, tuawhitu: 7, tuawaru: 8, tuaiwa: 9, tuangahuru: 10, tuatekau: 10,
  },
  localNumbers: {
    tahi: 1, rua: 2, toru: 3, 'whā': 4, wha: 4, rima: 5, ono: 6, whitu: 7, waru: 8, iwa: 9, tekau: 10,
  },
  notes: [
    { id: 'note-mi', words: ['kupu a te kaituhi', 'he kupu nā te kaituhi', 'kōrero a te kaituhi', 'kupu whakamārama', 'ngā mihi', 'nga mihi'], standalone: false },
  ],
  fields: {
    title: ['taitara', 'ingoa'],
    author: ['kaituhi'],
    description: ['whakarāpopototanga'],
    language: ['reo'],
  },
};
