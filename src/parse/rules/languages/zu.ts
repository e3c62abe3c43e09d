import type { HeadingLanguage } from './types.js';

/**
 * isiZulu: `Isahluko Sokuqala: Title` (chapter one, an ordinal with its concord after the word), `Isahluko 3`,
 * `Ingxenye Yesibili` (part two); `Umbhali:` (writer) and `Uhlobo:` (kind) in a post's header; `Inothi lombhali`
 * (the writer's note); `Isiphetho` (the end).
 */
export const zu: HeadingLanguage = {
  tag: 'zu',
  names: ['zulu', 'isizulu', 'isi-zulu'],
  chapter: ['isahluko'],
  part: ['ingxenye', 'ingxenya'],
  genres: ['indaba emfushane', 'indaba', 'inoveli'],
  endings: ['isiphetho', 'kuphelile'],
  named: ['isingeniso', 'isiphetho sendaba'],
  numbers: {
    'kunye': 1, 'kubili': 2, 'kuthathu': 3, 'kune': 4, 'kuhlanu': 5,
    'sokuqala': 1, 'yokuqala': 1, 'sesibili': 2, 'yesibili': 2, 'sesithathu': 3, 'yesithathu': 3, 'sesine': 4, 'yesine': 4,
    'sesihlanu': 5, 'yesihlanu': 5, 'sesithupha': 6, 'yesithupha': 6, 'sesikhombisa': 7, 'yesikhombisa': 7,
    'sesishiyagalombili': 8, 'yesishiyagalombili': 8, 'sesishiyagalolunye': 9, 'yesishiyagalolunye': 9, 'seshumi': 10, 'yeshumi': 10,
  },
  notes: [
    { id: 'note-zu', words: ['inothi lombhali', 'amazwi ombhali', 'inothi'], standalone: true },
  ],
  fields: {
    author: ['umbhali'],
    description: ['isifinyezo'],
    known: ['uhlobo', 'isigaba'],
  },
};
