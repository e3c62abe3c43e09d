import type { HeadingLanguage } from './types.js';

/** Romanian: `Capitolul 1`, `Capitolul întâi`, `Capitolul al doilea`, `Partea a doua`, `Nota autorului`. */
export const ro: HeadingLanguage = {
  tag: 'ro',
  comments: ['comentarii'],
  names: ['romanian', 'română', 'romana', 'rumänisch', 'roumain', 'rumano'],
  chapter: ['capitolul', 'capitol'],
  // The ordinal's article before a numeral: `Capitolul al II-lea`, `Partea a 3-a`.
  numberLinks: ['al', 'a'],
  calendar: {
    weekdays: ['luni', 'marți', 'marti', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'sambata', 'duminică', 'duminica'],
    months: [['ianuarie', 'ian'], ['februarie', 'feb'], ['martie', 'mar'], ['aprilie', 'apr'], ['mai'], ['iunie', 'iun'], ['iulie', 'iul'], ['august', 'aug'], ['septembrie', 'sept'], ['octombrie', 'oct'], ['noiembrie', 'nov'], ['decembrie', 'dec']],
    leads: ['dragă jurnalule'],
    clock: ['ora', 'la'],
  },
  part: ['partea', 'cartea', 'volumul'],
  genres: ['nuvelă', 'roman', 'povestire', 'schiță'],
  endings: ['sfârșit', 'sfârşit'],
  named: ['prolog', 'epilog', 'prefață', 'postfață'],
  numbers: { 'întâi': 1, 'întâiul': 1, 'întâia': 1, 'intai': 1, 'unu': 1, 'doi': 2, 'trei': 3, 'patru': 4, 'cinci': 5, 'șase': 6, 'şase': 6, 'șapte': 7, 'şapte': 7, 'zece': 10 },
  // `opt` (8) and `nouă` (9, also "new") are common words; ordinals come with their article (`al doilea`, `a doua`).
  localNumbers: {
    'opt': 8, 'nouă': 9, 'primul': 1, 'prima': 1,
    'al doilea': 2, 'al treilea': 3, 'al patrulea': 4, 'al cincilea': 5, 'al șaselea': 6, 'al şaselea': 6, 'al șaptelea': 7, 'al şaptelea': 7,
    'al optulea': 8, 'al nouălea': 9, 'al zecelea': 10,
    'a doua': 2, 'a treia': 3, 'a patra': 4, 'a cincea': 5, 'a șasea': 6, 'a şasea': 6, 'a șaptea': 7, 'a şaptea': 7, 'a opta': 8, 'a noua': 9, 'a zecea': 10,
  },
  totals: ['din'],
  notes: [
    { id: 'note-ro-short', words: ['notă', 'nota'], standalone: false },
    { id: 'note-ro', words: ['nota autorului', 'nota autoarei', 'notă de autor', 'nota autoarei'], standalone: true },
    // The writer's thanks in a paragraph of their own (`Mulțumiri: …`), as English `Acknowledgments:`.
    { id: 'note-thanks-ro', words: ['mulțumiri', 'mulţumiri'], standalone: false },
  ],
  byLines: ['scrisă de', 'scris de'],
  lowerByLines: ['de'],
  fields: {
    title: ['titlu'],
    author: ['autor', 'autoare'],
    description: ['rezumat', 'descriere'],
    language: ['limba'],
    known: ['gen', 'avertismente', 'personaje', 'capitole', 'cuvinte', 'stare', 'rating'],
  },
  navigation: [String.raw`capitolul\s+(?:următor|anterior)`],
  contents: ['cuprins'],
  readMore: ['citește mai mult', 'citește tot'],
};
