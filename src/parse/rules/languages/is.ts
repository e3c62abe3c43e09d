import type { HeadingLanguage } from './types.js';

/** Icelandic: `1. kafli`, `Kafli 1`, `Fyrsti kafli`, `Annar hluti`, `Formáli`, `Athugasemd höfundar`. */
export const is: HeadingLanguage = {
  tag: 'is',
  names: ['icelandic', 'íslenska', 'islenska', 'isländisch', 'islandais', 'islandés'],
  chapter: ['kafli'],
  calendar: {
    weekdays: ['mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur', 'sunnudagur'],
    months: [['janúar'], ['febrúar'], ['mars'], ['apríl'], ['maí'], ['júní'], ['júlí'], ['ágúst'], ['september'], ['október'], ['nóvember'], ['desember']],
    leads: ['kæra dagbók'],
  },
  part: ['hluti', 'bók'],
  numberFirst: { chapter: ['kafli'], part: ['hluti', 'bók'] },
  named: ['formáli', 'eftirmáli', 'inngangur', 'millispil'],
  numbers: {
    fyrsti: 1, fyrsta: 1, annar: 2, 'önnur': 2, annan: 2, 'þriðji': 3, 'þriðja': 3, 'fjórði': 4, 'fjórða': 4, fimmti: 5, fimmta: 5,
    'sjötti': 6, 'sjötta': 6, 'sjöundi': 7, 'sjöunda': 7, 'áttundi': 8, 'áttunda': 8, 'níundi': 9, 'níunda': 9, 'tíundi': 10, 'tíunda': 10,
    einn: 1, tveir: 2, 'þrír': 3, 'fjórir': 4, fimm: 5, 'sjö': 7, 'átta': 8, 'níu': 9, 'tíu': 10, ellefu: 11, 'tólf': 12, 'tuttugu': 20,
  },
  // `sex` (6) is a word elsewhere.
  localNumbers: { sex: 6 },
  notes: [
    { id: 'note-is-short', words: ['athugasemd'], standalone: false },
    { id: 'note-is', words: ['athugasemd höfundar', 'orð frá höfundi', 'frá höfundi', 'athugasemd þýðanda'], standalone: true },
  ],
  // (A paper prints what the piece is before its writer: `Smásaga eftir Sigríði Einarsdóttur`, a short story by her.)
  byLines: ['eftir', 'smásaga eftir', 'saga eftir', 'skáldsaga eftir', 'frásaga eftir', 'ævintýri eftir'],
  fields: {
    title: ['titill'],
    author: ['höfundur'],
    description: ['lýsing', 'samantekt', 'ágrip'],
    language: ['tungumál'],
    known: ['tegund', 'persónur', 'kaflar', 'orð', 'staða', 'viðvaranir', 'útgáfudagur', 'tölublað', 'blaðsíða'],
  },
  contents: ['efnisyfirlit', 'efni'],
  endings: ['endir', 'sögulok'],
  continued: ['framhald', 'framhald í næstu viku', 'framhald síðar'],
  upcoming: ['næstu', 'næsta', 'á morgun', 'bráðum'],
  // Blogger's footer under a post, in Icelandic: who posted it when, its sharing links, its labels, its comments.
  pageTail: [
    String.raw`birt af .{1,60}`, String.raw`\d+ ummæli:?`, String.raw`engin ummæli:?`, String.raw`skrifa ummæli`, String.raw`efnisorð:.*`,
    String.raw`deila á (?:twitter|facebook|pinterest)`, String.raw`senda þetta með tölvupósti`, String.raw`nýrri færsla.*`, String.raw`gerast áskrifandi að:.*`,
  ],
};
