import type { HeadingLanguage } from './types.js';

/** Basque writes the number first: `1. kapitulua`, `Lehen kapitulua`, `Bigarren zatia`, `Hitzaurrea`, `Egilearen oharra`. */
export const eu: HeadingLanguage = {
  tag: 'eu',
  names: ['basque', 'euskara', 'euskera', 'baskisch', 'vasco'],
  chapter: ['kapitulua', 'atala'],
  calendar: {
    weekdays: ['astelehena', 'asteartea', 'asteazkena', 'osteguna', 'ostirala', 'larunbata', 'igandea'],
    months: [['urtarrila', 'urtarrilaren'], ['otsaila', 'otsailaren'], ['martxoa', 'martxoaren'], ['apirila', 'apirilaren'], ['maiatza', 'maiatzaren'], ['ekaina', 'ekainaren'], ['uztaila', 'uztailaren'], ['abuztua', 'abuztuaren'], ['iraila', 'irailaren'], ['urria', 'urriaren'], ['azaroa', 'azaroaren'], ['abendua', 'abenduaren']],
  },
  part: ['zatia', 'liburua'],
  numberFirst: { chapter: ['kapitulua', 'atala'], part: ['zatia', 'liburua'] },
  continued: ['jarraituko du', 'jarraitzeko'],
  upcoming: ['bihar', 'hurrengo', 'laster'],
  // `Amaiera` (the end) closes a story; it heads no chapter.
  endings: ['amaiera', 'bukaera'],
  rubrics: ['foiletoia', 'udako foiletoia'],
  named: ['hitzaurrea', 'prologoa', 'epilogoa', 'sarrera', 'hitzostea'],
  numbers: {
    lehen: 1, lehenengo: 1, lehenbiziko: 1, bigarren: 2, hirugarren: 3, laugarren: 4, bosgarren: 5, seigarren: 6, zazpigarren: 7,
    zortzigarren: 8, bederatzigarren: 9, hamargarren: 10, hamaikagarren: 11, hamabigarren: 12, hogeigarren: 20,
    hiru: 3, bost: 5, zazpi: 7, zortzi: 8, bederatzi: 9, hamar: 10, hamaika: 11, hamabi: 12, hogei: 20,
  },
  // `bat` (1), `bi` (2), `lau` (4) and `sei` (6, German "be") are words elsewhere.
  localNumbers: { bat: 1, bi: 2, lau: 4, sei: 6 },
  notes: [
    { id: 'note-eu-short', words: ['oharra'], standalone: false },
    { id: 'note-eu', words: ['egilearen oharra', 'egilearen oharrak', 'idazlearen oharra', 'itzultzailearen oharra', 'irakaslearen oharra', 'irakaslearen iruzkina'], standalone: true },
  ],
  fields: {
    title: ['izenburua'],
    author: ['egilea', 'egileak', 'idazlea', 'idazleak'],
    description: ['laburpena', 'sinopsia'],
    language: ['hizkuntza'],
    known: ['generoa', 'pertsonaiak', 'kapituluak', 'hitzak', 'egoera', 'oharrak', 'ikastola', 'ikastetxea', 'irakaslea', 'data', 'maila'],
  },
  contents: ['aurkibidea'],
};
