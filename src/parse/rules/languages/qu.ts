import type { HeadingLanguage } from './types.js';

/**
 * Quechua (Runasimi): `HUK KAQ T'AQA — Title` (the first part: the number, `kaq` making it an ordinal, then the
 * label), `T'aqa 2`; `Qillqaq:` (writer) in a post's header; `Qillqaqpa willakuynin:` (the writer's word) over a note.
 * Blogs written in Quechua often keep Spanish chrome (`Publicado por`), which Spanish's own rules read.
 */
export const qu: HeadingLanguage = {
  tag: 'qu',
  names: ['quechua', 'runasimi', 'runa simi', 'qhichwa', 'kichwa'],
  // The ordinal's `kaq` stands between the number word and the label, so the label is read with it.
  // (Typed with a straight or a curly apostrophe.)
  chapter: ["t'aqa", "kaq t'aqa", 't’aqa', 'kaq t’aqa', 'raki', 'kaq raki'],
  part: ['hatun raki'],
  endings: ['tukukuy'],
  named: ['qallariy', 'qallariynin'],
  numbers: {
    iskay: 2, kimsa: 3, pichqa: 5, suqta: 6, qanchis: 7, pusaq: 8, isqun: 9, chunka: 10,
    // `huk` is also an article (a, one): it is a number only before the ordinal's `kaq`, which the label carries.
    huk: 1, tawa: 4,
  },
  notes: [
    { id: 'note-qu', words: ['qillqaqpa willakuynin', 'qillqaqpa rimaynin', 'qillqaqpa simin', 'qillqaqmanta'], standalone: true },
  ],
  fields: {
    title: ['suti', 'sutin'],
    author: ['qillqaq', 'qillqaqkuna'],
    description: ['pisichasqa'],
    language: ['simi'],
  },
};
