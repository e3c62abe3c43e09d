import type { HeadingLanguage } from './types.js';

/** Northern Sami: `1. kapihttal`, `Kapihttal 2`, `Vuosttaš kapihttal`, `Oassi 1`, `Čálli:`, `Loahppa`. */
export const se: HeadingLanguage = {
  tag: 'se',
  comments: ['kommentárat'],
  names: ['davvisámegiella', 'sámegiella', 'northern sami', 'north sami', 'nordsamisk', 'pohjoissaame'],
  chapter: ['kapihttal', 'kapihtal'],
  part: ['oassi'],
  numberFirst: { chapter: ['kapihttal', 'kapihtal'], part: ['oassi'] },
  genres: ['románá', 'novealla', 'muitalus', 'máinnas'],
  endings: ['loahppa'],
  named: ['prologa', 'epiloga'],
  numbers: {
    'okta': 1, 'ovtta': 1, 'guokte': 2, 'golbma': 3, 'njeallje': 4, 'vihtta': 5, 'guhtta': 6, 'čieža': 7, 'gávcci': 8, 'ovcci': 9, 'logi': 10,
    'vuosttaš': 1, 'nubbi': 2, 'goalmmát': 3, 'njealját': 4, 'viđát': 5, 'guđát': 6, 'čihččet': 7, 'gávccát': 8, 'ovccát': 9, 'logát': 10,
  },
  notes: [{ id: 'note-se', words: ['čálli mearkkašupmi', 'mearkkašupmi', 'čállosa mearkkašupmi'], standalone: true }],
  fields: {
    title: ['namma', 'bajilčála'],
    author: ['čálli', 'čállit'],
    description: ['čoahkkáigeassu'],
    language: ['giella'],
    known: ['veršuvdna', 'šáŋer', 'almmuhuvvon'],
  },
};
