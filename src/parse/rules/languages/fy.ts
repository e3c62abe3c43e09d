import type { HeadingLanguage } from './types.js';

/** West Frisian: `Haadstik 3`, `Earste haadstik`, `Troch Sjoukje Hoekstra`, `Notysje fan de skriuwer:`. */
export const fy: HeadingLanguage = {
  tag: 'fy',
  names: ['frisian', 'west frisian', 'frysk', 'westfrysk', 'fries', 'westfries', 'friesisch', 'westfriesisch', 'frison'],
  chapter: ['haadstik'],
  part: ['diel', 'boek'],
  named: ['proloch', 'epiloch'],
  front: ['foarwurd'],
  genres: ['ferhaal', 'in ferhaal', 'koart ferhaal', 'roman', 'novelle'],
  endings: ['wurdt ferfolge'],
  continued: ['wurdt ferfolge'],
  calendar: {
    weekdays: ['moandei', 'tiisdei', 'woansdei', 'tongersdei', 'freed', 'sneon', 'snein'],
    months: [['jannewaris', 'jan'], ['febrewaris', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['maaie'], ['juny', 'jun'], ['july', 'jul'], ['augustus', 'aug'], ['septimber', 'sep'], ['oktober', 'okt'], ['novimber', 'nov'], ['desimber', 'des']],
    clock: ['om'],
  },
  numbers: {
    trije: 3, fjouwer: 4, fiif: 5, 'sân': 7, njoggen: 9, tsien: 10, alve: 11, tolve: 12, trettjin: 13, fjirtjin: 14,
    fyftjin: 15, sechstjin: 16, santjin: 17, achttjin: 18, njoggentjin: 19, tweintich: 20,
    earste: 1, twadde: 2, tredde: 3, fjirde: 4, fyfde: 5, seisde: 6, 'sânde': 7, achtste: 8, njoggende: 9, tsiende: 10,
  },
  // Short words that other languages use otherwise (`ien`, `twa`, `seis`): read only after `haadstik` or `diel`.
  localNumbers: { ien: 1, twa: 2, seis: 6, acht: 8 },
  joiners: ['en'],
  articles: ['in'],
  totals: ['fan'],
  notes: [
    { id: 'note-fy', pattern: /^(?:notysje|opmerking|wurdsje)\s+fan\s+de\s+(?:skriuwer|skriuwster|oersetter)$/i, standalone: true },
    { id: 'note-fy', words: ['neiwurd'], standalone: true, edge: 'end' },
  ],
  headerNotes: ['notysje fan de (?:skriuwer|skriuwster)'],
  byLines: ['troch', 'skreaun troch', 'in ferhaal fan'],
  posted: { verbs: ['pleatst', 'publisearre'], on: ['op'], by: ['troch'], at: ['om'] },
  // A news site's share row and links under the story (`Diel dit ferhaal:  Facebook  Twitter`, `Mear ferhalen fan 'e wike`).
  pageTail: [String.raw`diel dit (?:ferhaal|artikel|berjocht)\s*:?.*`, String.raw`mear (?:ferhalen|nijs|artikels)\b.*`, String.raw`(?:\d+ reaksjes?|gjin reaksjes)\s*:?.*`],
  navigation: [String.raw`\b(?:folgjend|foarige?)\s+haadstik\b`],
  readMore: ['lês fierder', 'lês mear'],
  fields: {
    title: ['titel'],
    author: ['skriuwer', 'skriuwster'],
    description: ['gearfetting'],
    language: ['taal'],
  },
};
