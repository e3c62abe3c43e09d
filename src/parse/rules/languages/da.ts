import type { HeadingLanguage } from './types.js';

/** Danish: `Kapitel 1`, `Kapitel et`, `Første kapitel`, `Del to`, `Forfatterens note`. */
export const da: HeadingLanguage = {
  tag: 'da',
  comments: ['kommentarer'],
  names: ['danish', 'dansk', 'dänisch', 'danois', 'danés'],
  chapter: ['kapitel'],
  pageTail: [String.raw`(?:\d+|ingen) kommentar(?:er)?(?:\s*[|·•].*)?`, String.raw`del på (?:facebook|twitter)\b.*`, String.raw`kategori(?:er)?\s*:\s*\S.*`, String.raw`«?\s*(?:ældre|nyere) indlæg\b.*`],
  calendar: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    months: [['januar', 'jan'], ['februar', 'feb'], ['marts'], ['april', 'apr'], ['maj'], ['juni'], ['juli'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
    leads: ['kære dagbog', 'den'],
    clock: ['kl.', 'kl', 'klokken'],
  },
  part: ['del', 'bog'],
  genres: ['roman', 'novelle', 'fortælling', 'en roman', 'en novelle'],
  continued: ['fortsættes'],
  rubrics: ['føljeton', 'føljetonen'],
  named: ['prolog', 'epilog', 'efterskrift'],
  front: ['forord'],
  numbers: { 'første': 1, 'fjerde': 4, 'sjette': 6, 'syvende': 7, 'ottende': 8, 'niende': 9, 'tiende': 10 },
  // `et`, `to`, `fire`, `ni` are French, English and Spanish words too.
  localNumbers: {
    'en': 1, 'et': 1, 'to': 2, 'tre': 3, 'fire': 4, 'fem': 5, 'seks': 6, 'syv': 7, 'otte': 8, 'ni': 9, 'ti': 10, 'elleve': 11, 'tolv': 12,
    'anden': 2, 'andet': 2, 'tredje': 3, 'femte': 5,
  },
  articles: ['en', 'et'],
  definiteArticles: ['den', 'det', 'de'],
  totals: ['af'],
  headerNotes: ['forord'],
  notes: [
    { id: 'note-da', words: ['forfatterens note', 'forfatterens noter', 'forfatterens kommentar', 'forfatterens bemærkning', 'forfatternote', 'bemærkning'], standalone: true },
  ],
  byLines: ['af', 'skrevet af'],
  posted: { verbs: ['skrevet', 'udgivet', 'postet', 'slået op'], on: ['den'], by: ['af'], at: ['kl.', 'kl'] },
  fields: {
    title: ['titel'],
    author: ['forfatter'],
    description: ['resumé', 'beskrivelse', 'handling'],
    language: ['sprog'],
    known: ['genre', 'advarsler', 'karakterer', 'kapitler', 'ord', 'udgivet', 'opdateret', 'status'],
  },
  navigation: [String.raw`(?:næste|forrige)\s+kapitel`],
  contents: ['indhold', 'indholdsfortegnelse'],
  readMore: ['læs mere', 'læs videre'],
};
