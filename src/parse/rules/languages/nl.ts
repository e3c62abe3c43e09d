import type { HeadingLanguage } from './types.js';

export const nl: HeadingLanguage = {
  tag: 'nl',
  names: ['dutch', 'nederlands', 'vlaams', 'niederländisch', 'néerlandais', 'neerlandés', 'olandese', 'holandês', 'niderlandzki', 'нидерландский', 'голландский', '荷兰语', '荷蘭語', 'オランダ語', '네덜란드어', 'belanda', 'nederländska', 'felemenkçe', 'nizozemština'],
  chapter: ['hoofdstuk', 'hfst.'],
  part: ['deel', 'boek'],
  weakChapter: ['dag'],
  named: ['proloog', 'epiloog', 'intermezzo'],
  numbers: {
    nul: 0, een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
    twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
    eenentwintig: 21, tweeëntwintig: 22, drieëntwintig: 23,
    eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
    elfde: 11, twaalfde: 12, dertiende: 13, twintigste: 20,
  },
  joiners: ['en'],
  multipliers: { honderd: 100 },
  thousands: ['duizend'],
  articles: ['een'],
  totals: ['van'],
  notes: [
    { id: 'note-nl', pattern: /^(?:notitie|noot|opmerking|woordje|berichtje)(?:je)?\s+van\s+(?:de|het)\s+(?:schrijver|schrijfster|auteur|vertaler|vertaalster)$/i, standalone: true },
    { id: 'note-nl', words: ['auteursnotitie', 'voorwoord', 'n.v.d.s.', 'n.v.d.a.', 'nvda', 'nvds'], standalone: true },
    { id: 'note-nl', words: ['nawoord', 'slotwoord'], standalone: true, edge: 'end' },
  ],
  headerNotes: ['notitie van de (?:schrijver|schrijfster)', 'voorwoord'],
  byLines: ['verhaal door', 'geschreven door', 'een verhaal van', 'een verhaal door'],
  fields: {
    title: ['titel'],
    author: ['auteur', 'schrijver', 'schrijfster'],
    description: ['samenvatting', 'beschrijving', 'flaptekst'],
    language: ['taal'],
    known: ['genre', 'leeftijd', 'woorden', 'hoofdstukken', 'status', 'personages', 'waarschuwingen', 'gepubliceerd', 'bijgewerkt', 'categorie', 'rating'],
  },
  navigation: [String.raw`\b(?:volgend|vorig)e?\s+hoofdstuk\b`],
};
