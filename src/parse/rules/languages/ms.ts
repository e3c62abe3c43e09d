import type { HeadingLanguage } from './types.js';

/** Malay shares `Bab` and its number words with Indonesian (id.ts); these are its own labels. */
export const ms: HeadingLanguage = {
  tag: 'ms',
  names: ['malay', 'bahasa melayu', 'melayu', 'malaiisch', 'malais'],
  chapter: ['bab'],
  calendar: {
    weekdays: ['isnin', 'selasa', 'rabu', 'khamis', 'jumaat', 'sabtu', 'ahad'],
    months: [['januari'], ['februari'], ['mac'], ['april'], ['mei'], ['jun'], ['julai'], ['ogos'], ['september'], ['oktober'], ['november'], ['disember']],
    leads: ['diari'],
    clock: ['pukul', 'jam'],
  },
  part: ['bahagian', 'jilid'],
  named: ['prolog', 'epilog'],
  numbers: {},
  notes: [
    { id: 'note-ms', words: ['nota penulis', 'nota pengarang', 'nota'], standalone: true },
  ],
  fields: {
    title: ['tajuk'],
    description: ['sinopsis'],
  },
  contents: ['kandungan', 'isi kandungan'],
};
