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
    { id: 'note-is', words: ['athugasemd höfundar', 'orð frá höfundi', 'frá höfundi', 'athugasemd þýðanda'], standalone: true },
  ],
  byLines: ['eftir'],
  fields: {
    title: ['titill'],
    author: ['höfundur'],
    description: ['lýsing', 'samantekt', 'ágrip'],
    language: ['tungumál'],
    known: ['tegund', 'persónur', 'kaflar', 'orð', 'staða', 'viðvaranir'],
  },
  contents: ['efnisyfirlit', 'efni'],
};
