import type { HeadingLanguage } from './types.js';

/**
 * Yoruba: `Orí Kìíní` (chapter one, an ordinal after the word), `Orí 3`, `Apá Kejì` (part two); `Òǹkọ̀wé:`
 * (writer) and `Ìsọ̀rí:` (category) in a post's header; `Àkíyèsí òǹkọ̀wé` (the writer's note); `Òpin` (the end).
 * Written with tone marks and under-dots; the reader composes letters typed as combining marks (NFC) first.
 */
export const yo: HeadingLanguage = {
  tag: 'yo',
  names: ['yoruba', 'yorùbá', 'èdè yorùbá'],
  chapter: ['orí'],
  part: ['apá', 'ìpín'],
  genres: ['ìtàn', 'ìtàn àròsọ', 'ìtàn kúkúrú', 'ìtàn ìwin'],
  endings: ['òpin', 'ìparí'],
  named: ['ìfihàn', 'ọ̀rọ̀ ìṣáájú', 'ìparí ọ̀rọ̀'],
  numbers: {
    'ọ̀kan': 1, 'méjì': 2, 'mẹ́ta': 3, 'mẹ́rin': 4, 'márùn-ún': 5, 'mẹ́fà': 6, 'méje': 7, 'mẹ́jọ': 8, 'mẹ́sàn-án': 9, 'mẹ́wàá': 10,
    'kìíní': 1, 'kinni': 1, 'kìn-ín-ní': 1, 'kejì': 2, 'keji': 2, 'kẹta': 3, 'keta': 3, 'kẹrin': 4, 'kerin': 4, 'karùn-ún': 5, 'karun': 5,
    'kẹfà': 6, 'kefa': 6, 'keje': 7, 'kẹjọ': 8, 'kejo': 8, 'kẹsàn-án': 9, 'kesan': 9, 'kẹwàá': 10, 'kewa': 10,
  },
  notes: [
    { id: 'note-yo', words: ['àkíyèsí òǹkọ̀wé', 'àkíyèsí', 'ọ̀rọ̀ òǹkọ̀wé', 'ọ̀rọ̀ láti ọ̀dọ̀ òǹkọ̀wé'], standalone: true },
  ],
  byLines: ['láti ọwọ́', 'látọwọ́'],
  fields: {
    author: ['òǹkọ̀wé', 'onkowe'],
    description: ['àkópọ̀', 'ìṣókí'],
    known: ['ìsọ̀rí', 'isori', 'ẹ̀ka'],
  },
};
