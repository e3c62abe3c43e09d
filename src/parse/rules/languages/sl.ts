import type { HeadingLanguage } from './types.js';

/** Slovenian: `1. poglavje`, `Poglavje 1`, `Prvo poglavje`, `Drugi del`, `Opomba avtorice`. */
export const sl: HeadingLanguage = {
  tag: 'sl',
  names: ['slovenian', 'slovene', 'slovenščina', 'slovenscina', 'slowenisch', 'slovène', 'esloveno'],
  chapter: ['poglavje'],
  calendar: {
    weekdays: ['ponedeljek', 'torek', 'sreda', 'četrtek', 'petek', 'sobota', 'nedelja'],
    months: [['januar', 'januarja'], ['februar', 'februarja'], ['marec', 'marca'], ['april', 'aprila'], ['maj', 'maja'], ['junij', 'junija'], ['julij', 'julija'], ['avgust', 'avgusta'], ['september', 'septembra'], ['oktober', 'oktobra'], ['november', 'novembra'], ['december', 'decembra']],
    leads: ['dragi dnevnik'],
  },
  part: ['knjiga'],
  numberFirst: { chapter: ['poglavje'], part: ['del', 'knjiga'] },
  genres: ['povest', 'novela', 'roman', 'kratka zgodba', 'pravljica'],
  named: ['prolog', 'epilog', 'uvod', 'spremna beseda'],
  numbers: {
    prvo: 1, prvi: 1, prva: 1, drugo: 2, drugi: 2, druga: 2, tretje: 3, tretji: 3, tretja: 3, 'četrto': 4, 'četrti': 4, 'četrta': 4,
    peto: 5, peti: 5, peta: 5, 'šesto': 6, 'šesti': 6, 'šesta': 6, sedmo: 7, sedmi: 7, sedma: 7, osmo: 8, osmi: 8, osma: 8,
    deveto: 9, deveti: 9, deveta: 9, deseto: 10, deseti: 10, deseta: 10,
    ena: 1, dve: 2, 'štiri': 4, 'šest': 6, sedem: 7, osem: 8, devet: 9, deset: 10, enajst: 11, dvanajst: 12, dvajset: 20,
  },
  // `tri` and `pet` are words elsewhere (Esperanto, English).
  localNumbers: { tri: 3, pet: 5 },
  notes: [
    { id: 'note-sl-short', words: ['opomba'], standalone: false },
    { id: 'note-sl', words: ['opomba avtorja', 'opomba avtorice', 'avtorjeva opomba', 'avtoričina opomba', 'beseda avtorja', 'beseda avtorice'], standalone: true },
  ],
  fields: {
    title: ['naslov'],
    author: ['avtor', 'avtorica'],
    description: ['povzetek', 'opis'],
    language: ['jezik'],
    known: ['žanr', 'zanr', 'opozorila', 'liki', 'poglavja', 'besede', 'stanje'],
  },
  navigation: [String.raw`(?:prejšnje|naslednje)\s+poglavje`],
  contents: ['kazalo', 'vsebina'],
};
