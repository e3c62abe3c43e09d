import type { HeadingLanguage } from './types.js';

/** Scottish Gaelic counting numbers 1–10 as a heading writes them, with their particle: `a h-Aon`, `a Dhà`. */
const COUNTING = ['a h-aon', 'a dhà', 'a trì', 'a ceithir', 'a còig', 'a sia', 'a seachd', 'a h-ochd', 'a naoi', 'a deich'];
const TEENS = COUNTING.slice(0, 9).map((w) => (w === 'a dhà' ? 'a dhà dheug' : `${w} deug`));
const ORDINALS = ['a’ chiad', 'an dàrna', 'an treas', 'an ceathramh', 'an còigeamh', 'an siathamh', 'an seachdamh', 'an t-ochdamh', 'an naoidheamh', 'an deicheamh'];

/**
 * Scottish Gaelic: `Caibideil 1`, `Caibideil a h-Aon`, `Caibideil a Dhà Dheug`, `Pàirt a Dhà`,
 * `Nota bhon ùghdar`, a Mòd entry's `Ainm-brèige:` (pen-name). The counting numbers carry their
 * particle `a` (written `a haon` too) and the bare words (`aon`, `trì`) are words elsewhere: all
 * are read only after a Gaelic label.
 */
export const gd: HeadingLanguage = {
  tag: 'gd',
  names: ['scottish gaelic', 'gàidhlig', 'gaelic', 'schottisch-gälisch', 'gaélique écossais', 'gaélico escocés', 'гэльский'],
  chapter: ['caibideil'],
  calendar: {
    weekdays: ['diluain', 'dimàirt', 'diciadain', 'diardaoin', 'dihaoine', 'disathairne', 'didòmhnaich'],
    months: [['am faoilleach', 'faoilleach'], ['an gearran', 'gearran'], ['am màrt', 'màrt'], ['an giblean', 'giblean'], ['an cèitean', 'cèitean'], ['an t-ògmhios', 'ògmhios'], ['an t-iuchar', 'iuchar'], ['an lùnastal', 'lùnastal'], ['an t-sultain', 'sultain'], ['an dàmhair', 'dàmhair'], ['an t-samhain', 'samhain'], ['an dùbhlachd', 'dùbhlachd']],
  },
  part: ['pàirt', 'earrann'],
  named: ['ro-ràdh', 'facal-toisich', 'iar-fhacal', 'epilog', 'prolog'],
  numbers: {},
  localNumbers: Object.fromEntries([
    ...[...COUNTING, ...TEENS].flatMap((w, i) => [[w, i + 1], [w.replace('h-', 'h'), i + 1], [w.slice(2), i + 1]] as [string, number][]),
    ['fichead', 20], ['a fichead', 20],
    ...ORDINALS.flatMap((w, i) => [[w, i + 1], [w.replace('’', "'"), i + 1]] as [string, number][]),
  ]),
  notes: [
    { id: 'note-gd', words: ['nota bhon ùghdar', 'notaichean bhon ùghdar', 'nota an ùghdair', 'facal bhon ùghdar'], standalone: true },
  ],
  endings: ['crìoch', 'a’ chrìoch', "a' chrìoch"],
  fields: {
    title: ['tiotal'],
    // A Mòd entry is signed with a pen-name (`Ainm-brèige: Calum na Mara`), the only name the judges see.
    author: ['ùghdar', 'ainm-brèige', 'ainm brèige'],
    description: ['geàrr-chunntas', 'tuairisgeul'],
    language: ['cànan'],
    known: ['gnè', 'rabhaidhean', 'inbhe', 'caractaran', 'àireamh fhaclan', 'àireamh fhacal', 'farpais'],
  },
  contents: ['clàr-innse', 'susbaint'],
};
