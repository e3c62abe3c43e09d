import type { HeadingLanguage } from './types.js';

/**
 * Bengali: `অধ্যায় ১` (Bengali digits, read by numbers.ts), `প্রথম অধ্যায়`,
 * `পর্ব ৩` (an episode of a serial is its chapter), `লেখক: …`. `য়` is written
 * both as one character and as `য` with a nukta: both spellings are listed.
 */
const withNukta = (words: string[]): string[] => [...new Set(words.flatMap((w) => [w, w.replace(/\u09df/g, '\u09af\u09bc')]))];
const bothSpellings = (numbers: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(numbers).flatMap(([w, n]) => withNukta([w]).map((v) => [v, n])));

export const bn: HeadingLanguage = {
  tag: 'bn',
  names: ['bengali', 'bangla', 'বাংলা', 'bengalisch'],
  chapter: withNukta(['অধ্যা\u09df', 'পর্ব', 'পরিচ্ছেদ']),
  calendar: {
    weekdays: ['সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার', 'রবিবার'],
    months: ([['জানুয়ারি', 'জানুয়ারী'], ['ফেব্রুয়ারি', 'ফেব্রুয়ারী'], ['মার্চ'], ['এপ্রিল'], ['মে'], ['জুন'], ['জুলাই'], ['আগস্ট'], ['সেপ্টেম্বর'], ['অক্টোবর'], ['নভেম্বর'], ['ডিসেম্বর']] as string[][]).map(withNukta),
  },
  part: ['খণ্ড', 'ভাগ'],
  named: withNukta(['ভূমিকা', 'উপসংহার', 'প্রস্তাবনা', 'মুখবন্ধ', 'শেষকথা']),
  numbers: bothSpellings({
    'প্রথম': 1, 'দ্বিতী\u09df': 2, 'তৃতী\u09df': 3, 'চতুর্থ': 4, 'পঞ্চম': 5, 'ষষ্ঠ': 6, 'সপ্তম': 7, 'অষ্টম': 8, 'নবম': 9, 'দশম': 10,
    'একাদশ': 11, 'দ্বাদশ': 12, 'বিংশ': 20,
    'এক': 1, 'দুই': 2, 'তিন': 3, 'চার': 4, 'পাঁচ': 5, 'ছ\u09df': 6, 'সাত': 7, 'আট': 8, 'দশ': 10, 'এগারো': 11, 'বারো': 12, 'বিশ': 20,
  }),
  // `নয়` (9) also means "is not".
  localNumbers: bothSpellings({ 'ন\u09df': 9 }),
  notes: [
    { id: 'note-bn', words: ['লেখকের কথা', 'লেখিকার কথা', 'লেখকের নোট', 'লেখিকার নোট', 'লেখকের মন্তব্য', 'বিঃদ্রঃ', 'বি.দ্র.'], standalone: true },
    // A postscript under the text (`পুনশ্চ: …`), with its colon.
    { id: 'note-bn-ps', words: ['পুনশ্চ'], standalone: false, edge: 'end' },
  ],
  // A group blog's by-line, `লিখেছেন NAME (তারিখ: …)`: "written by".
  byLines: ['লিখেছেন', 'লিখেছেনঃ'],
  byLabels: ['লেখক', 'লেখিকা'],
  fields: {
    title: ['শিরোনাম', 'গল্প', 'উপন্যাস'],
    author: ['লেখক', 'লেখিকা'],
    description: ['সারসংক্ষেপ', 'সারাংশ'],
    language: ['ভাষা'],
    known: ['ধরন', 'অবস্থা', 'পর্বসংখ্যা', 'ক্যাটেগরি', 'বিভাগ', 'ট্যাগ'],
  },
  contents: ['সূচিপত্র', 'সূচি'],
  // A group blog's footer under the post (Sachalayatan): the login prompt to comment, the read count, the comments' head.
  pageTail: [String.raw`»?\s*লগইন করুন অথবা নিবন্ধন করুন.*`, String.raw`»?\s*[\d০-৯,]+ বার পঠিত`, 'মন্তব্য', String.raw`[\d০-৯]+টি মন্তব্য`],
  wiki: { edit: ['সম্পাদনা', 'উৎস সম্পাদনা'], jump: ['পরিভ্রমণে ঝাঁপ দিন', 'অনুসন্ধানে ঝাঁপ দিন'] },
};

