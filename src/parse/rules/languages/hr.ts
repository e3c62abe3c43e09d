import type { HeadingLanguage } from './types.js';

/** Cardinals 11–20 and their ordinals in three genders (`jedanaest`, `jedanaesti`, `jedanaesta`, `jedanaesto`), given the alphabet's endings. */
const teens = (cardinals: string[], endings: string[]): Record<string, number> =>
  Object.fromEntries(cardinals.flatMap((w, i) => ['', ...endings].map((end) => [w + end, i + 11])));

/** Croatian, Bosnian and Serbian (Latin and Cyrillic): `Poglavlje 1`, `Prvo poglavlje`, `Glava 2`, `Поглавље 3`, `Dio`/`Deo`. */
const shared: Omit<HeadingLanguage, 'tag' | 'names'> = {
  comments: ['komentari'],
  chapter: ['poglavlje', 'glava', 'поглавље', 'глава'],
  calendar: {
    weekdays: ['ponedjeljak', 'ponedeljak', 'utorak', 'srijeda', 'sreda', 'četvrtak', 'petak', 'subota', 'nedjelja', 'nedelja', 'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља'],
    months: [['siječnja', 'siječanj', 'januar', 'januara', 'јануар', 'јануара'], ['veljače', 'veljača', 'februar', 'februara', 'фебруар', 'фебруара'], ['ožujka', 'ožujak', 'mart', 'marta', 'март', 'марта'], ['travnja', 'travanj', 'april', 'aprila', 'април', 'априла'], ['svibnja', 'svibanj', 'maj', 'maja', 'мај', 'маја'], ['lipnja', 'lipanj', 'jun', 'juni', 'juna', 'јун', 'јуна'], ['srpnja', 'srpanj', 'jul', 'juli', 'jula', 'јул', 'јула'], ['kolovoza', 'kolovoz', 'avgust', 'august', 'avgusta', 'augusta', 'август', 'августа'], ['rujna', 'rujan', 'septembar', 'septembra', 'септембар', 'септембра'], ['listopada', 'listopad', 'oktobar', 'oktobra', 'октобар', 'октобра'], ['studenoga', 'studenog', 'studeni', 'novembar', 'novembra', 'новембар', 'новембра'], ['prosinca', 'prosinac', 'decembar', 'decembra', 'децембар', 'децембра']],
    leads: ['dragi dnevniče', 'драги дневниче'],
    clock: ['u', 'у'],
  },
  part: ['dio', 'deo', 'део', 'knjiga', 'књига'],
  numberFirst: { chapter: ['poglavlje', 'glava', 'поглавље', 'глава'], part: ['dio', 'knjiga', 'део', 'deo'] },
  genres: ['pripovijetka', 'priča', 'roman', 'novela', 'bajka'],
  endings: ['kraj', 'крај', 'nastavit će se'],
  named: ['prolog', 'epilog', 'пролог', 'епилог'],
  numbers: {
    'jedan': 1, 'jedna': 1, 'dva': 2, 'dvije': 2, 'dve': 2, 'četiri': 4, 'šest': 6, 'sedam': 7, 'osam': 8, 'devet': 9, 'deset': 10,
    'prvo': 1, 'prva': 1, 'prvi': 1, 'drugo': 2, 'druga': 2, 'drugi': 2, 'treće': 3, 'treća': 3, 'treći': 3, 'četvrto': 4, 'četvrta': 4,
    'peto': 5, 'peta': 5, 'šesto': 6, 'šesta': 6, 'sedmo': 7, 'sedma': 7, 'osmo': 8, 'osma': 8, 'deveto': 9, 'deveta': 9, 'deseto': 10, 'deseta': 10,
    'један': 1, 'два': 2, 'четири': 4, 'пет': 5, 'шест': 6, 'седам': 7, 'осам': 8, 'девет': 9, 'десет': 10,
    'прво': 1, 'прва': 1, 'други': 2, 'друго': 2, 'друга': 2, 'треће': 3, 'трећа': 3, 'четврто': 4, 'четврта': 4, 'пето': 5, 'пета': 5,
    'шесто': 6, 'седмо': 7, 'осмо': 8, 'девето': 9, 'десето': 10,
    'први': 1, 'трећи': 3, 'четврти': 4, 'пети': 5, 'шести': 6, 'шеста': 6, 'седми': 7, 'седма': 7, 'осми': 8, 'осма': 8,
    'девети': 9, 'девета': 9, 'десети': 10, 'десета': 10,
    ...teens(['jedanaest', 'dvanaest', 'trinaest', 'četrnaest', 'petnaest', 'šesnaest', 'sedamnaest', 'osamnaest', 'devetnaest', 'dvadeset'], ['i', 'a', 'o']),
    ...teens(['једанаест', 'дванаест', 'тринаест', 'четрнаест', 'петнаест', 'шеснаест', 'седамнаест', 'осамнаест', 'деветнаест', 'двадесет'], ['и', 'а', 'о']),
  },
  // `pet` (5) is an English word.
  localNumbers: { 'pet': 5, 'tri': 3, 'три': 3 },
  notes: [
    { id: 'note-hr', words: ['bilješka autora', 'bilješka autorice', 'napomena autora', 'napomena autorice', 'beleška autora', 'beleška autorke', 'напомена аутора', 'белешка аутора', 'napomena', 'напомена', 'napomena na kraju', 'напомена на крају', 'napomena na kraju priče'], standalone: true },
  ],
  fields: {
    title: ['naslov', 'наслов'],
    author: ['autor', 'autorica', 'autorka', 'аутор'],
    description: ['sažetak', 'opis', 'резиме', 'опис'],
    language: ['jezik', 'језик'],
    known: ['žanr', 'жанр', 'upozorenja', 'likovi', 'poglavlja', 'riječi', 'reči', 'status'],
  },
  contents: ['sadržaj', 'садржај'],
  // `Napisala: Marta Kovač` (she wrote), `Napisao:` (he wrote).
  byLines: ['napisala', 'napisao', 'написала', 'написао'],
};

export const hr: HeadingLanguage = { tag: 'hr', names: ['croatian', 'hrvatski', 'kroatisch', 'croate'], ...shared };
export const bs: HeadingLanguage = { tag: 'bs', names: ['bosnian', 'bosanski'], ...shared };
export const sr: HeadingLanguage = { tag: 'sr', names: ['serbian', 'srpski', 'српски', 'serbisch', 'serbe'], ...shared };
