import type { HeadingLanguage } from './types.js';

/**
 * Maltese: `KAPITLU XII.`, `Kapitlu Tnejn`, `L-Ewwel Parti`, `Miktub minn NAME`. Its ordinals carry the article
 * joined with a hyphen (`it-tieni`, `ir-raba'`); `tlieta` (three) is also Tuesday's name, read only after a label.
 */
export const mt: HeadingLanguage = {
  tag: 'mt',
  names: ['maltese', 'malti', 'maltesisch', 'maltais', 'maltés'],
  chapter: ['kapitlu', 'kap.'],
  calendar: {
    weekdays: ['it-tnejn', 'it-tlieta', 'l-erbgħa', 'il-ħamis', 'il-ġimgħa', 'is-sibt', 'il-ħadd'],
    months: [['jannar'], ['frar'], ['marzu'], ['april'], ['mejju'], ['ġunju'], ['lulju'], ['awwissu'], ['settembru'], ['ottubru'], ['novembru'], ['diċembru']],
    joiners: ["ta'"],
  },
  part: ['parti', 'ktieb'],
  genres: ['rumanz', 'rumanz tagħna', 'storja', 'novella'],
  endings: ['it-tmiem', 'tmiem'],
  continued: ['ikompli', 'jissokta', 'tissokta'],
  upcoming: ['li ġej', 'li jmiss', 'd-dieħla', 'għada'],
  rubrics: ['rumanz tagħna'],
  reprint: ["ħadd ma jista' jirriproduċih", "ħadd ma jista' jirriproduċiha", 'drittijiet kollha riżervati'],
  named: ['prologu', 'epilogu', 'daħla'],
  numbers: {
    wieħed: 1, waħda: 1, tnejn: 2, erbgħa: 4, ħamsa: 5, sitta: 6, sebgħa: 7, tmienja: 8, disgħa: 9, għaxra: 10,
    ħdax: 11, tnax: 12, għoxrin: 20,
    'l-ewwel': 1, 'it-tieni': 2, 'it-tielet': 3, "ir-raba'": 4, 'il-ħames': 5, 'is-sitt': 6, "is-seba'": 7, 'it-tmien': 8,
    "id-disa'": 9, 'l-għaxar': 10,
  },
  localNumbers: { tlieta: 3 },
  notes: [
    { id: 'note-recap', words: ['fil-ħarġa li għaddiet', "fil-ħarġa ta' qabel", 'fil-ħarġa ta’ qabel', 'fl-aħħar ħarġa'], standalone: false, edge: 'start' },
    { id: 'note-mt', words: ["nota tal-awtur", "nota tal-awtriċi", "kelma mill-awtur"], standalone: true },
    // A serial's story-so-far box over an installment.
    { id: 'note-recap', words: ['fil-qosor', "dak li ġara s'issa", 'dak li ġara qabel'], standalone: true, edge: 'start' },
  ],
  byLines: ['miktub minn', 'miktuba minn'],
  fields: {
    title: ['titlu'],
    author: ['awtur', 'awtriċi', 'kittieb'],
    description: ['sommarju'],
    language: ['lingwa'],
    known: ['kapitli', 'kliem'],
  },
  contents: ['werrej', 'kontenut'],
};
