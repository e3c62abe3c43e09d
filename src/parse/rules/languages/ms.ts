import type { HeadingLanguage } from './types.js';

/** Malay shares `Bab` and its number words with Indonesian (id.ts); these are its own labels. */
export const ms: HeadingLanguage = {
  tag: 'ms',
  comments: ['komen'],
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
    // A postscript, `P/S:` as Malaysian writers set it, with its text after it.
    { id: 'note-ms-postscript', words: ['p/s'], standalone: false },
  ],
  // What a story portal calls the piece (`CERPEN : TITLE`, a short story; `novel`).
  genres: ['cerpen', 'novel', 'mini novel', 'puisi'],
  fields: {
    title: ['tajuk'],
    author: ['karya', 'penulis', 'nukilan'],
    description: ['sinopsis'],
  },
  account: ['laman utama', 'cerpen', 'novel', 'puisi', 'hantar karya'],
  pageTail: [String.raw`kongsi\s*:.*`, String.raw`\d+ komen`, String.raw`untuk karya-karya lain oleh penulis.*`],
  contents: ['kandungan', 'isi kandungan'],
};
