import type { HeadingLanguage } from './types.js';

/** Finnish: `Luku 1`, `1. luku`, `Ensimmäinen luku`, `Osa 2`, `Kirjoittaja:`, `Kirjoittajan huomautus`. */
export const fi: HeadingLanguage = {
  tag: 'fi',
  comments: ['kommentit'],
  names: ['finnish', 'suomi', 'finnisch', 'finnois', 'finlandés', 'finlandese'],
  chapter: ['luku'],
  pageTail: [String.raw`\d+ kommentti[a]?\s*:?(?:\s*[|·•].*)?`, String.raw`tunnisteet\s*:\s*\S.*`],
  calendar: {
    weekdays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
    months: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
    leads: ['rakas päiväkirja'],
    clock: ['klo', 'klo.'],
  },
  part: ['osa', 'kirja'],
  numberFirst: { chapter: ['luku'], part: ['osa'] },
  genres: ['romaani', 'novelli', 'kertomus', 'pienoisromaani'],
  endings: ['loppu'],
  continued: ['jatkuu'],
  upcoming: ['ensi', 'seuraava', 'seuraavassa', 'huomenna', 'ilmestyy', 'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina'],
  named: ['prologi', 'epilogi', 'jälkisanat', 'välinäytös'],
  front: ['esipuhe'],
  numbers: {
    'yksi': 1, 'kaksi': 2, 'kolme': 3, 'neljä': 4, 'viisi': 5, 'kuusi': 6, 'seitsemän': 7, 'kahdeksan': 8, 'yhdeksän': 9, 'kymmenen': 10,
    'ensimmäinen': 1, 'toinen': 2, 'kolmas': 3, 'neljäs': 4, 'viides': 5, 'kuudes': 6, 'seitsemäs': 7, 'kahdeksas': 8, 'yhdeksäs': 9, 'kymmenes': 10,
  },
  headerNotes: ['esipuhe'],
  notes: [
    { id: 'note-fi', words: ['loppuhuomautus', 'alkuhuomautus', 'kirjoittajan huomautus', 'kirjoittajan huomio', 'kirjoittajan kommentti', 'kirjoittajan sana', 'kirjoittajan sanat', 'kirjoittajalta', 'kirjoittajan saate', 'saate', 'saatesanat', 'huomautus', 'huom'], standalone: true },
    // An afterword with its words on the label's line (`Jälkisanat: Tässä luvussa …`): alone on its line it names a chapter (`named`).
    { id: 'note-fi-afterword', words: ['jälkisanat', 'loppusanat'], standalone: false, edge: 'end' },
  ],
  byLines: ['kirjoittanut'],
  fields: {
    title: ['nimi', 'otsikko'],
    author: ['kirjoittaja', 'tekijä'],
    description: ['tiivistelmä', 'yhteenveto', 'kuvaus'],
    language: ['kieli'],
    known: ['ikäraja', 'genre', 'varoitukset', 'hahmot', 'paritus', 'tila', 'luvut', 'sanat', 'fandom', 'julkaistu', 'päivitetty'],
  },
  navigation: [String.raw`(?:edellinen|seuraava)\s+luku`],
  contents: ['sisällys', 'sisällysluettelo'],
  readMore: ['lue lisää', 'jatka lukemista'],
};
