import type { HeadingLanguage } from './types.js';

export const cs: HeadingLanguage = {
  tag: 'cs',
  names: ['czech', 'čeština', 'cestina', 'tschechisch', 'tchèque', 'checo', 'ceco', 'tcheco', 'tsjechisch', 'czeski', 'чешский', 'чеська', '捷克语', '捷克語', 'チェコ語', '체코어', 'ceko', 'tjeckiska', 'çekçe'],
  chapter: ['kapitola'],
  pageTail: [String.raw`\d+ komentář\S*\s*:?(?:\s*[|·•].*)?`, String.raw`štítky\s*:\s*\S.*`],
  calendar: {
    weekdays: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
    months: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec']],
    leads: ['milý deníčku', 'milý deníku'],
    clock: ['v', 've'],
  },
  part: ['část', 'díl', 'kniha'],
  numberFirst: { chapter: ['kapitola'], part: ['část', 'díl'] },
  genres: ['povídka', 'novela', 'román', 'pohádka', 'novelka'],
  endings: ['konec', 'pokračování příště'],
  named: ['prolog', 'epilog'],
  numbers: {
    nula: 0, jedna: 1, jeden: 1, jedno: 1, dva: 2, 'dvě': 2, 'tři': 3, 'čtyři': 4, 'pět': 5, 'šest': 6, sedm: 7, osm: 8,
    'devět': 9, deset: 10, 'jedenáct': 11, 'dvanáct': 12, 'třináct': 13, 'čtrnáct': 14, 'patnáct': 15, 'šestnáct': 16,
    'sedmnáct': 17, 'osmnáct': 18, 'devatenáct': 19, dvacet: 20, 'třicet': 30,
    'první': 1, 'druhý': 2, 'druhá': 2, 'druhé': 2, 'třetí': 3, 'čtvrtý': 4, 'čtvrtá': 4, 'čtvrté': 4, 'pátý': 5, 'pátá': 5, 'páté': 5,
    'šestý': 6, 'šestá': 6, 'šesté': 6, 'sedmý': 7, 'sedmá': 7, 'sedmé': 7, 'osmý': 8, 'osmá': 8, 'osmé': 8,
    'devátý': 9, 'devátá': 9, 'deváté': 9, 'desátý': 10, 'desátá': 10, 'desáté': 10,
  },
  multipliers: { sto: 100 },
  thousands: ['tisíc'],
  totals: ['z'],
  notes: [
    { id: 'note-cs', words: ['poznámka autora', 'poznámka autorky', 'poznámky autora', 'poznámky autorky', 'slovo autora', 'slovo autorky', 'poznámka redakce', 'poznámka překladatele', 'poznámka překladatelky'], standalone: true },
  ],
  byLines: ['napsal', 'napsala'],
  posted: { verbs: ['publikováno', 'přidáno', 'vloženo'], on: ['dne'], by: ['uživatelem', 'autorem'], at: ['v', 've'] },
  fields: {
    title: ['název'],
    author: ['autor', 'autorka'],
    description: ['shrnutí', 'popis', 'anotace'],
    language: ['jazyk'],
    known: ['žánr', 'kapitoly', 'slova', 'varování', 'postavy', 'přístupnost'],
  },
  contents: ["obsah"],
  editionSections: ["tiráž", "o tomto vydání"],
};
