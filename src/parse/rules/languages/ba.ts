import type { HeadingLanguage } from './types.js';

/**
 * Bashkir: `Беренсе бүлек` (the first chapter), `Бүлек 2`, `Авторҙан:` (from the writer) over a note; the writer's
 * continuation posted in comments (`Дауамы — комментарийҙарҙа`).
 */
export const ba: HeadingLanguage = {
  tag: 'ba',
  names: ['bashkir', 'башҡорт', 'башҡортса', 'башҡорт теле', 'башкирский', 'baschkirisch'],
  comments: ['комментарийҙар', 'фекерҙәр'],
  chapter: ['бүлек'],
  part: ['өлөш', 'китап'],
  numberFirst: { chapter: ['бүлек'], part: ['өлөш'] },
  named: ['инеш', 'пролог', 'эпилог', 'һуңғы һүҙ'],
  numbers: {
    'беренсе': 1, 'икенсе': 2, 'өсөнсө': 3, 'дүртенсе': 4, 'бишенсе': 5, 'алтынсы': 6, 'етенсе': 7, 'һигеҙенсе': 8, 'туғыҙынсы': 9, 'унынсы': 10,
    'бер': 1, 'ике': 2, 'өс': 3, 'дүрт': 4, 'биш': 5, 'алты': 6, 'ете': 7, 'һигеҙ': 8, 'туғыҙ': 9,
  },
  localNumbers: { 'ун': 10 },
  notes: [
    { id: 'note-ba', words: ['авторҙан', 'автор һүҙе', 'автор иҫкәрмәһе', 'иҫкәрмә'], standalone: true },
  ],
  fields: {
    title: ['исеме', 'атамаһы'],
    author: ['авторы'],
    description: ['аннотация', 'ҡыҫҡаса йөкмәткеһе'],
    language: ['теле'],
    known: ['жанр', 'күләме'],
  },
  contents: ['йөкмәтке'],
};
