import type { HeadingLanguage } from './types.js';

/** Somali: `Qeybta 3aad`, `Cutubka 2`, a story page's `Sheeko:` (story), `Qoraa:` (writer), `Taariikh:` (date) and `Hordhac:` (foreword). */
export const so: HeadingLanguage = {
  tag: 'so',
  names: ['somali', 'soomaali', 'af-soomaali', 'somalisch', 'somalí'],
  chapter: ['cutubka', 'cutub', 'qeybta', 'qaybta'],
  part: ['buugga'],
  named: [],
  numbers: { kow: 1, koowaad: 1, labaad: 2, saddexaad: 3, afraad: 4, shanaad: 5, lixaad: 6, toddobaad: 7, siddeedaad: 8, sagaalaad: 9, tobnaad: 10 },
  notes: [{ id: 'note-so', words: ['hordhac', 'qoraalka qoraaga', 'fiiro gaar ah'], standalone: false }],
  byLines: ['waxaa qoray', 'qalinkii'],
  fields: {
    title: ['sheeko', 'sheekada', 'cinwaan', 'cinwaanka'],
    author: ['qoraa', 'qoraaga', 'qoraha'],
    language: ['luqadda'],
    known: ['taariikh', 'taariikhda'],
  },
};
