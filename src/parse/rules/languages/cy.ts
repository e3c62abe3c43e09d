import type { HeadingLanguage } from './types.js';

/**
 * Welsh: `Pennod 1`, `Pennod Un`, `Pennod Un Deg Un` (the decimal count, `deg`
 * multiplying the number before it), `Pennod Un ar Ddeg` (the traditional one),
 * `Rhan Gyntaf`, `Nodyn yr awdur`. Number words that are words elsewhere
 * (`un`, `tri`, `pump`, `ail`, `naw`) are read only after a Welsh label.
 */
export const cy: HeadingLanguage = {
  tag: 'cy',
  names: ['welsh', 'cymraeg', 'walisisch', 'gallois', 'galés', 'gallese', 'валлийский'],
  chapter: ['pennod'],
  calendar: {
    weekdays: ['dydd llun', 'dydd mawrth', 'dydd mercher', 'dydd iau', 'dydd gwener', 'dydd sadwrn', 'dydd sul'],
    months: [['ionawr'], ['chwefror'], ['mawrth'], ['ebrill'], ['mai'], ['mehefin'], ['gorffennaf'], ['awst'], ['medi'], ['hydref'], ['tachwedd'], ['rhagfyr']],
    leads: ['annwyl ddyddiadur'],
  },
  part: ['rhan', 'llyfr'],
  named: ['prolog', 'epilog', 'rhagair', 'rhagymadrodd', 'diweddglo', 'ôl-nodyn'],
  numbers: {
    cyntaf: 1, gyntaf: 1, trydydd: 3, trydedd: 3, pedwerydd: 4, pedwaredd: 4, pumed: 5, chweched: 6, seithfed: 7, wythfed: 8, nawfed: 9, degfed: 10,
    deuddegfed: 12, pymthegfed: 15, deunawfed: 18, ugeinfed: 20,
    dau: 2, dwy: 2, tair: 3, pedwar: 4, pedair: 4, chwech: 6, wyth: 8, deuddeg: 12, pymtheg: 15, deunaw: 18, ugain: 20,
  },
  multipliers: { deg: 10, ddeg: 10 },
  localNumbers: {
    un: 1, tri: 3, pump: 5, pum: 5, chwe: 6, saith: 7, naw: 9, ail: 2,
    'un ar ddeg': 11, 'tri ar ddeg': 13, 'pedwar ar ddeg': 14, 'un ar bymtheg': 16, 'dau ar bymtheg': 17, 'pedwar ar bymtheg': 19,
    'unfed ar ddeg': 11, 'trydydd ar ddeg': 13, 'pedwerydd ar ddeg': 14, 'unfed ar bymtheg': 16, 'ail ar bymtheg': 17, 'pedwerydd ar bymtheg': 19,
  },
  notes: [
    // A draft's notes to the writer themself (`Nodiadau i fi fy hun:`).
    { id: 'note-cy-self', words: ['nodiadau i fi fy hun', 'nodiadau i mi fy hun', 'nodiadau'], standalone: true },
    { id: 'note-cy', words: ['nodyn yr awdur', "nodiadau'r awdur", 'nodyn gan yr awdur', 'gair gan yr awdur', 'gair gan yr awdures'], standalone: true },
    // A competition entry's word to its judge.
    { id: 'note-cy', words: ["nodyn i'r beirniad", 'nodyn i’r beirniad', "nodyn i'r beirniaid", 'nodyn i’r beirniaid', 'nodyn'], standalone: false },
  ],
  lowerByLines: ['gan'],
  fields: {
    title: ['teitl'],
    // An Eisteddfod entry is signed with a pen-name (`Ffugenw: Gwylan`), the name the judges know.
    author: ['awdur', 'awdures', 'ffugenw'],
    description: ['crynodeb', 'disgrifiad'],
    language: ['iaith'],
    known: ['genre', 'rhybuddion', 'statws', 'cymeriadau', 'penodau', 'testun', 'nifer y geiriau', 'cystadleuaeth'],
  },
  pov: { prefixes: ['safbwynt'] },
  contents: ['cynnwys'],
};
