import type { HeadingLanguage } from './types.js';

/** Bokmål and Nynorsk share their heading words: `Kapittel 1`, `Kapittel én`/`ein`, `Del to`, `Forfatterens notat`. */
const norwegian: Omit<HeadingLanguage, 'tag' | 'names'> = {
  comments: ['kommentarer'],
  chapter: ['kapittel'],
  pageTail: [String.raw`(?:\d+|ingen) kommentar(?:er)?(?:\s*[|·•].*)?`, String.raw`del på (?:facebook|twitter)\b.*`, String.raw`kategori(?:er)?\s*:\s*\S.*`, String.raw`«?\s*(?:eldre|nyere) innlegg\b.*`],
  calendar: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag'],
    months: [['januar', 'jan'], ['februar', 'feb'], ['mars'], ['april', 'apr'], ['mai'], ['juni'], ['juli'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
    leads: ['kjære dagbok', 'den'],
    clock: ['kl.', 'kl', 'klokka', 'klokken'],
  },
  part: ['del', 'bok'],
  genres: ['roman', 'novelle', 'fortelling', 'en roman', 'ei novelle'],
  endings: ['slutt'],
  continued: ['fortsettes', 'fortsetter'],
  named: ['prolog', 'epilog', 'etterord'],
  front: ['forord'],
  numbers: { 'første': 1, 'fjerde': 4, 'sjette': 6, 'syvende': 7, 'sjuande': 7, 'sjuende': 7, 'åttende': 8, 'åttande': 8, 'niende': 9, 'niande': 9, 'tiende': 10, 'tiande': 10 },
  // `to` (2), `fire` (4), `en` and `ni` are English, Spanish and French words too.
  localNumbers: {
    'en': 1, 'én': 1, 'ein': 1, 'ei': 1, 'eitt': 1, 'et': 1, 'ett': 1, 'to': 2, 'tre': 3, 'fire': 4, 'fem': 5, 'seks': 6, 'sju': 7, 'syv': 7,
    'åtte': 8, 'ni': 9, 'ti': 10, 'elleve': 11, 'tolv': 12, 'andre': 2, 'tredje': 3, 'femte': 5,
  },
  articles: ['en', 'ei', 'et', 'ein', 'eit'],
  definiteArticles: ['den', 'det', 'de'],
  totals: ['av'],
  headerNotes: ['forord'],
  notes: [
    { id: 'note-no', words: ['forfatterens notat', 'forfattarens notat', 'forfatterens kommentar', 'forfatterens merknad', 'forfatternotat', 'forfatterens ord', 'merknad', 'notat'], standalone: true },
  ],
  byLines: ['skrevet av', 'skrive av'],
  posted: { verbs: ['skrevet', 'publisert', 'postet', 'lagt ut'], on: ['den'], by: ['av'], at: ['kl.', 'kl', 'klokka'] },
  fields: {
    title: ['tittel'],
    author: ['forfatter', 'forfattar'],
    description: ['sammendrag', 'samandrag', 'beskrivelse', 'handling'],
    language: ['språk'],
    known: ['sjanger', 'advarsler', 'åtvaringar', 'karakterer', 'kapitler', 'ord', 'publisert', 'oppdatert', 'status', 'aldersgrense'],
  },
  navigation: [String.raw`(?:neste|forrige)\s+kapittel`],
  contents: ['innhold', 'innholdsfortegnelse'],
};

export const no: HeadingLanguage = { tag: 'no', names: ['norwegian', 'norsk', 'norwegisch', 'norvégien', 'noruego'], ...norwegian };
export const nb: HeadingLanguage = { tag: 'nb', names: ['bokmål', 'norsk bokmål', 'bokmal'], ...norwegian };
export const nn: HeadingLanguage = { tag: 'nn', names: ['nynorsk', 'norsk nynorsk'], ...norwegian,
  readMore: ['les mer', 'les videre'],
};
