import type { HeadingLanguage } from './types.js';

/**
 * Hausa: `BABI NA ƊAYA`, `Babi 3`, and the WhatsApp and Facebook novels' `*PAGE 1*` (the installment, called a
 * page); the author's name under `NA` (by) alone on its line; `Gargaɗi:` (warning) and `Daga marubuciya:`
 * (from the writer) over the writer's notes; `Comment da share` under each installment.
 */
export const ha: HeadingLanguage = {
  tag: 'ha',
  names: ['hausa', 'haoussa', 'хауса'],
  chapter: ['babi'],
  numberLinks: ['na'],
  // `PAGE 1` heads an installment only as one of a set: a page number alone is a scan's.
  weakChapter: ['page', 'fitowa', 'shafi'],
  part: ['kashi'],
  genres: ['labari', 'littafi', 'gajeren labari', 'labarin soyayya'],
  endings: ['ƙarshe', 'karshe', 'an gama', 'tammat', 'tammat bi hamdillah'],
  named: ['gabatarwa', 'ƙarshen labari'],
  numbers: {
    'ɗaya': 1, daya: 1, biyu: 2, uku: 3, 'huɗu': 4, hudu: 4, biyar: 5, shida: 6, bakwai: 7, takwas: 8, tara: 9, goma: 10,
    'na ɗaya': 1, 'na daya': 1, 'na biyu': 2, 'na uku': 3, 'na huɗu': 4, 'na hudu': 4, 'na biyar': 5, 'na shida': 6, 'na bakwai': 7, 'na takwas': 8, 'na tara': 9, 'na goma': 10,
  },
  notes: [
    { id: 'note-ha', words: ['daga marubuciya', 'daga marubuci', 'saƙon marubuciya', 'sakon marubuciya', 'saƙon marubuci', 'bayanin marubuciya', 'gargaɗi', 'gargadi'], standalone: true },
  ],
  byLines: ['daga', 'wallafar'],
  byWordsAlone: ['na'],
  // The plea under every installment: `*Comment da share* ❤️`.
  navigation: [String.raw`^\*?(?:ku\s+)?(?:yi\s+)?comment da share\b`],
  fields: {
    title: ['suna', 'taken labari'],
    author: ['marubuciya', 'marubuci'],
    description: ['taƙaitawa', 'takaitawa', 'taƙaitaccen bayani', 'takaitaccen bayani'],
    language: ['harshe'],
    known: ['nau\'i'],
  },
  contents: ['jerin babi', 'jerin babobi'],
  // A reading site's buttons: start reading, add to library, share, log in, sign up.
  account: ['fara karatu', 'ƙara a laburare', 'kara a laburare', 'raba', 'shiga', 'yi rijista'],
};
