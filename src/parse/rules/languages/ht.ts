import type { HeadingLanguage } from './types.js';

/**
 * Haitian Creole (Kreyòl ayisyen): `CHAPIT EN — Title` (chapter one), `Chapit 3`, `Pati De` (part two), often in
 * square brackets; `Istwa:` (story), `Ekriven:` (writer), `Lang:`, `Estati:`, `Rezime:` (summary) over a post;
 * `Nòt otè a:` (the author's note); `Yon nouvèl pa NAME` (a short story by) under a title.
 */
export const ht: HeadingLanguage = {
  tag: 'ht',
  names: ['kreyòl', 'kreyòl ayisyen', 'kreyol', 'haitian creole', 'haitian', 'créole haïtien'],
  chapter: ['chapit'],
  part: ['pati', 'liv'],
  endings: ['fen', 'lafen'],
  named: ['entwodiksyon'],
  numbers: {
    senk: 5, sèt: 7, nèf: 9,
    premye: 1, dezyèm: 2, twazyèm: 3, katriyèm: 4, senkyèm: 5, sizyèm: 6, setyèm: 7, uityèm: 8, nevyèm: 9, dizyèm: 10,
  },
  // `en`, `de`, `kat`, `sis`, `uit`, `dis` are words of French, English or Dutch; `twa` is Frisian's two.
  localNumbers: { en: 1, youn: 1, de: 2, twa: 3, kat: 4, sis: 6, uit: 8, dis: 10 },
  notes: [
    { id: 'note-ht', words: ['nòt otè a', 'nòt otè', 'not ote a', 'nòt ekriven an', 'nòt ekriven', 'mo otè a', 'pawòl otè a'], standalone: true },
  ],
  // `pa` alone is also the word for not: it is a by-word only after `ekri` or a genre (`Yon nouvèl pa NAME`).
  byLines: ['ekri pa', 'yon nouvèl pa', 'yon istwa pa', 'yon kont pa', 'yon woman pa'],
  genres: ['nouvèl', 'yon nouvèl', 'kont', 'yon kont', 'woman', 'yon woman'],
  fields: {
    title: ['istwa', 'tit'],
    author: ['ekriven', 'otè'],
    description: ['rezime'],
    language: ['lang'],
    known: ['estati', 'kategori', 'jan', 'mo kle'],
  },
};
