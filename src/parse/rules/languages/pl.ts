import type { HeadingLanguage } from './types.js';

export const pl: HeadingLanguage = {
  tag: 'pl',
  names: ['polish', 'polski', 'polnisch', 'polonais', 'polaco', 'polacco', 'polonês', 'pools', 'польский', 'польська', '波兰语', '波蘭語', 'ポーランド語', '폴란드어', 'polandia', 'polska', 'lehçe', 'polština'],
  chapter: ['rozdział', 'rozdzial'],
  part: ['część', 'czesc', 'tom', 'księga'],
  weakChapter: ['dzień'],
  named: ['prolog', 'epilog', 'interludium'],
  numbers: {
    zero: 0, jeden: 1, jedna: 1, jedno: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, 'pięć': 5, 'sześć': 6, siedem: 7, osiem: 8,
    'dziewięć': 9, 'dziesięć': 10, 'jedenaście': 11, 'dwanaście': 12, 'trzynaście': 13, 'czternaście': 14, 'piętnaście': 15,
    'szesnaście': 16, 'siedemnaście': 17, 'osiemnaście': 18, 'dziewiętnaście': 19, 'dwadzieścia': 20, 'trzydzieści': 30,
    'czterdzieści': 40, 'pięćdziesiąt': 50, 'dwieście': 200, 'trzysta': 300,
    pierwszy: 1, pierwsza: 1, pierwsze: 1, drugi: 2, druga: 2, drugie: 2, trzeci: 3, trzecia: 3, trzecie: 3,
    czwarty: 4, czwarta: 4, czwarte: 4, 'piąty': 5, 'piąta': 5, 'piąte': 5, 'szósty': 6, 'szósta': 6, 'szóste': 6,
    'siódmy': 7, 'siódma': 7, 'siódme': 7, 'ósmy': 8, 'ósma': 8, 'ósme': 8, 'dziewiąty': 9, 'dziewiąta': 9, 'dziewiąte': 9,
    'dziesiąty': 10, 'dziesiąta': 10, 'dziesiąte': 10, jedenasty: 11, jedenasta: 11, dwunasty: 12, dwunasta: 12,
    trzynasty: 13, trzynasta: 13, dwudziesty: 20, dwudziesta: 20, trzydziesty: 30, trzydziesta: 30,
  },
  multipliers: { sto: 100 },
  thousands: ['tysiąc'],
  totals: ['z'],
  notes: [
    { id: 'note-pl', words: ['od autora', 'od autorki', 'notka autora', 'notka autorki', 'notka od autora', 'notka od autorki', 'uwagi autora', 'uwaga autora', 'przypis autora', 'od tłumacza', 'od tłumaczki', 'notka'], standalone: true },
  ],
  headerNotes: ['od autor(?:a|ki)', 'notka(?: od)? autor(?:a|ki)'],
  byLines: ['przez', 'napisane przez', 'autorstwa'],
  fields: {
    title: ['tytuł', 'tytul'],
    author: ['autor', 'autorka'],
    description: ['streszczenie', 'opis'],
    language: ['język', 'jezyk'],
    known: ['kategoria', 'ostrzeżenia', 'beta', 'gatunek', 'postacie', 'paring', 'rozdziały', 'słowa', 'status', 'tagi', 'ocena', 'fandom', 'zakończone', 'opublikowano'],
  },
  navigation: [String.raw`\b(?:następny|poprzedni)\s+rozdział(?!\p{L})`],
  contents: ["spis treści"],
  editionSections: ["kolofon", "o tym wydaniu"],
};
