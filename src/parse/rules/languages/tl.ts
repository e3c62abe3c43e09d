import type { HeadingLanguage } from './types.js';

/** Tagalog: `Kabanata 1`, `Kabanata Isa`, `Unang Kabanata`, `Ikalawang Bahagi`, `Tala ng may-akda`. */
export const tl: HeadingLanguage = {
  tag: 'tl',
  comments: ['mga komento'],
  names: ['tagalog', 'filipino', 'wikang filipino'],
  chapter: ['kabanata'],
  calendar: {
    weekdays: ['lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', 'linggo'],
    months: [['enero'], ['pebrero'], ['marso'], ['abril'], ['mayo'], ['hunyo'], ['hulyo'], ['agosto'], ['setyembre'], ['oktubre'], ['nobyembre'], ['disyembre']],
    leads: ['mahal kong talaarawan'],
    joiners: ['ng'],
    clock: ['nang', 'ng', 'alas'],
  },
  part: ['bahagi', 'aklat'],
  named: ['prologo', 'epilogo', 'panimula', 'simula', 'wakas'],
  endings: ['katapusan', 'wakas'],
  numbers: {
    'isa': 1, 'dalawa': 2, 'tatlo': 3, 'apat': 4, 'anim': 6, 'pito': 7, 'walo': 8, 'siyam': 9, 'sampu': 10,
    'unang': 1, 'ikalawa': 2, 'ikalawang': 2, 'ikatlo': 3, 'ikatlong': 3, 'ikaapat': 4, 'ikaapat na': 4, 'ikalima': 5, 'ikalimang': 5,
    'ikaanim': 6, 'ikaanim na': 6, 'ikapito': 7, 'ikapitong': 7, 'ikawalo': 8, 'ikawalong': 8, 'ikasiyam': 9, 'ikasiyam na': 9, 'ikasampu': 10, 'ikasampung': 10,
  },
  // `una` is Spanish and Italian for "a".
  localNumbers: { 'una': 1 },
  // `ni NAME` under a title (the by-word lower case: `Ni` opens sentences); what the work is over it (`isang maikling nobela`).
  lowerByLines: ['ni'],
  genres: ['nobela', 'maikling nobela', 'isang maikling nobela', 'kuwento', 'maikling kuwento', 'isang maikling kuwento'],
  notes: [
    { id: 'note-tl', words: ['tala ng may-akda', 'paalala ng may-akda', 'paalala', 'tala'], standalone: true },
  ],
  fields: {
    title: ['pamagat'],
    author: ['may-akda', 'awtor'],
    description: ['buod'],
    language: ['wika'],
  },
  contents: ['talaan ng nilalaman', 'nilalaman'],
};
