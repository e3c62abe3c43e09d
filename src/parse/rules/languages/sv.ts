import type { HeadingLanguage } from './types.js';

/** Swedish. `en` (one) is left out: it would read Spanish and Dutch prose lines as numbers. */
export const sv: HeadingLanguage = {
  tag: 'sv',
  names: ['swedish', 'svenska', 'schwedisch', 'suédois', 'sueco', 'svedese', 'zweeds', 'szwedzki', 'шведский', 'шведська', '瑞典语', '瑞典語', 'スウェーデン語', '스웨덴어', 'swedia', 'isveççe', 'švédština'],
  // The definite forms follow an ordinal: `Första kapitlet`, `Andra delen`.
  chapter: ['kapitel', 'kapitlet'],
  pageTail: [String.raw`(?:\d+|inga) kommentar(?:er)?(?:\s*[|·•].*)?`, String.raw`dela på (?:facebook|twitter)\b.*`, String.raw`(?:kategori(?:er)?|etiketter)\s*:\s*\S.*`, String.raw`«?\s*(?:äldre|nyare) inlägg\b.*`],
  calendar: {
    weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    months: [['januari', 'jan'], ['februari', 'feb'], ['mars'], ['april', 'apr'], ['maj'], ['juni'], ['juli'], ['augusti', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
    leads: ['kära dagbok', 'den'],
    clock: ['kl.', 'kl', 'klockan'],
  },
  part: ['del', 'bok', 'delen', 'boken'],
  endings: ['slut'],
  genres: ['roman', 'novell', 'berättelse', 'en roman', 'en novell'],
  continued: ['fortsättning följer', 'fortsätter'],
  rubrics: ['följetong', 'följetongen'],
  named: ['prolog', 'epilog', 'mellanspel'],
  front: ['förord'],
  numbers: {
    noll: 0, ett: 1, 'två': 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, 'åtta': 8, nio: 9, tio: 10, elva: 11, tolv: 12,
    tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, trettio: 30,
    'första': 1, andra: 2, tredje: 3, 'fjärde': 4, femte: 5, 'sjätte': 6, sjunde: 7, 'åttonde': 8, nionde: 9, tionde: 10,
    elfte: 11, tolfte: 12, tjugonde: 20,
  },
  multipliers: { hundra: 100 },
  thousands: ['tusen'],
  articles: ['en', 'ett'],
  joiningWords: ['och', 'för', 'med', 'i', 'på', 'till', 'om', 'eller', 'under'],
  definiteArticles: ['den', 'det', 'de'],
  totals: ['av'],
  headerNotes: ['förord'],
  notes: [
    { id: 'note-sv', words: ['författarens anmärkning', 'författarens kommentar', 'författarens anteckning', 'författarens ord', 'anmärkning', 'förord'], standalone: true },
    { id: 'note-sv', words: ['efterord'], standalone: true, edge: 'end' },
    { id: 'note-sv', words: ['anteckning', 'kommentar'], standalone: false },
  ],
  byLines: ['av', 'skriven av'],
  posted: { verbs: ['publicerad', 'postad', 'skrivet', 'upplagd'], on: ['den'], by: ['av'], at: ['kl.', 'kl'] },
  fields: {
    title: ['titel'],
    author: ['författare'],
    description: ['sammanfattning', 'beskrivning'],
    language: ['språk'],
    known: ['genre', 'kapitel', 'ord', 'varningar', 'karaktärer', 'publicerad', 'uppdaterad'],
  },
  contents: ["innehåll", "innehållsförteckning"],
  editionSections: ["kolofon", "om denna utgåva"],
  readMore: ['läs mer', 'läs vidare'],
  wiki: { edit: ['redigera', 'redigera wikitext'], jump: ['hoppa till navigering sök', 'hoppa till navigering', 'hoppa till sök'] },
};
