import type { HeadingLanguage } from './types.js';

/** Esperanto: `Ĉapitro 1`, `Ĉapitro unua`, `Unua ĉapitro`, `Parto du`; the x-system (`Cxapitro`) and h-system (`Chapitro`) spellings too. */
export const eo: HeadingLanguage = {
  tag: 'eo',
  names: ['esperanto'],
  chapter: ['ĉapitro', 'cxapitro', 'chapitro'],
  calendar: {
    weekdays: ['lundo', 'mardo', 'merkredo', 'ĵaŭdo', 'jxauxdo', 'vendredo', 'sabato', 'dimanĉo', 'dimancxo'],
    months: [['januaro'], ['februaro'], ['marto'], ['aprilo'], ['majo'], ['junio'], ['julio'], ['aŭgusto', 'auxgusto'], ['septembro'], ['oktobro'], ['novembro'], ['decembro']],
  },
  part: ['parto'],
  named: ['prologo', 'epilogo', 'antaŭparolo', 'antauxparolo', 'postparolo', 'enkonduko'],
  numbers: {
    unua: 1, tria: 3, kvara: 4, kvina: 5, 'naŭa': 9, nauxa: 9, deka: 10, kvar: 4, kvin: 5, 'naŭ': 9, naux: 9,
  },
  // The short numbers are words in French, German, Spanish or English (`du`, `ses`, `ok`): read only after `ĉapitro`, `parto`.
  localNumbers: {
    unu: 1, du: 2, tri: 3, ses: 6, sep: 7, ok: 8, dek: 10, 'dek unu': 11, 'dek du': 12, 'dek tri': 13, dudek: 20,
    dua: 2, sesa: 6, sepa: 7, oka: 8, 'dek-unua': 11, 'dek-dua': 12, dudeka: 20,
  },
  totals: ['el'],
  notes: [
    { id: 'note-eo-short', words: ['noto'], standalone: false },
    { id: 'note-eo', words: ['noto de la aŭtoro', 'noto de la auxtoro', 'aŭtora noto', 'auxtora noto', 'notoj de la aŭtoro'], standalone: true },
  ],
  byLines: ['verkita de', 'verkis'],
  fields: {
    title: ['titolo'],
    author: ['aŭtoro', 'auxtoro', 'verkinto'],
    description: ['resumo', 'priskribo'],
    language: ['lingvo'],
    known: ['ĝenro', 'gxenro', 'ĉapitroj', 'cxapitroj', 'vortoj', 'stato', 'avertoj', 'roluloj'],
  },
  navigation: [String.raw`(?:antaŭa|antauxa|sekva)\s+(?:ĉapitro|cxapitro)`],
  contents: ['enhavo', 'enhavtabelo'],
};
