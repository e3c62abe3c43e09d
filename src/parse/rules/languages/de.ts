import type { HeadingLanguage } from './types.js';

export const de: HeadingLanguage = {
  tag: 'de',
  names: ['german', 'deutsch', 'allemand', 'alemán', 'aleman', 'tedesco', 'alemão', 'duits', 'niemiecki', 'немецкий', 'німецька', '德语', '德語', 'ドイツ語', '독일어', 'jerman', 'tyska', 'almanca', 'němčina'],
  chapter: ['kapitel', 'kap.'],
  part: ['teil', 'buch', 'band'],
  weakChapter: ['tag', 'eintrag'],
  // Not `Vorwort`/`Nachwort`: on German archives those label author's notes.
  named: ['prolog', 'epilog', 'zwischenspiel', 'intermezzo'],
  numbers: {
    null: 0, eins: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, 'zwölf': 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, dreissig: 30, vierzig: 40, 'fünfzig': 50, sechzig: 60,
    siebzig: 70, achtzig: 80, neunzig: 90,
    erstes: 1, erster: 1, erste: 1, zweites: 2, zweiter: 2, zweite: 2, drittes: 3, dritter: 3, dritte: 3,
    viertes: 4, vierter: 4, vierte: 4, 'fünftes': 5, 'fünfter': 5, 'fünfte': 5, sechstes: 6, sechster: 6, sechste: 6,
    siebtes: 7, siebter: 7, siebte: 7, achtes: 8, achter: 8, achte: 8, neuntes: 9, neunter: 9, neunte: 9,
    zehntes: 10, zehnter: 10, zehnte: 10, elftes: 11, elfter: 11, elfte: 11, 'zwölftes': 12, 'zwölfter': 12, 'zwölfte': 12,
    zwanzigstes: 20, zwanzigster: 20, zwanzigste: 20,
  },
  joiners: ['und'],
  multipliers: { hundert: 100 },
  thousands: ['tausend'],
  articles: ['ein', 'eine', 'einer'],
  totals: ['von'],
  notes: [
    { id: 'note-de', pattern: /^(?:anmerkung(?:en)?|anm\.?|notiz|hinweis)(?:\s+(?:der|des|von der|vom)\s+(?:autorin|autors|autor(?::|\*|_)?in(?:nen)?|verfasserin|verfassers|übersetzerin|übersetzers))?$/i, standalone: true },
    { id: 'note-de-frame', words: ['vorwort', 'autorennotiz', 'autorinnennotiz'], standalone: true },
    { id: 'note-de-frame', words: ['nachwort'], standalone: true, edge: 'end' },
  ],
  headerNotes: ['vorwort', 'anmerkung(?: der autorin| des autors)?'],
  byLines: ['von', 'geschrieben von'],
  posted: { verbs: ['veröffentlicht'], on: ['am'], by: ['von'], at: ['um'] },
  fields: {
    title: ['titel'],
    author: ['autor', 'autorin', 'verfasser', 'verfasserin'],
    description: ['kurzbeschreibung', 'beschreibung', 'zusammenfassung', 'inhalt', 'klappentext'],
    language: ['sprache'],
    known: ['kapitel', 'wörter', 'veröffentlicht', 'aktualisiert', 'abgeschlossen', 'kategorie', 'genre', 'warnungen', 'altersfreigabe', 'charaktere', 'pairing', 'fandom'],
  },
  navigation: [String.raw`\bkapitel\s+(?:weiter|zurück)\b`, String.raw`\b(?:nächstes|vorheriges)\s+kapitel\b`],
};
