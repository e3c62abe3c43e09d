import type { HeadingLanguage } from './types.js';

/** Kannada ordinals 1–10 (`ಮೊದಲನೆಯ`, `ಎರಡನೆಯ`) and cardinals. */
const ORDINALS = ['ಮೊದಲನೆಯ', 'ಎರಡನೆಯ', 'ಮೂರನೆಯ', 'ನಾಲ್ಕನೆಯ', 'ಐದನೆಯ', 'ಆರನೆಯ', 'ಏಳನೆಯ', 'ಎಂಟನೆಯ', 'ಒಂಬತ್ತನೆಯ', 'ಹತ್ತನೆಯ'];
const CARDINALS = ['ಒಂದು', 'ಎರಡು', 'ಮೂರು', 'ನಾಲ್ಕು', 'ಐದು', 'ಆರು', 'ಏಳು', 'ಎಂಟು', 'ಒಂಬತ್ತು', 'ಹತ್ತು'];

/**
 * Kannada: `ಅಧ್ಯಾಯ 1`, `ಭಾಗ - ೧` (a serial's installment, Kannada digits read by numbers.ts), `ಕಥೆ:` (story) over
 * the title and `ಲೇಖಕ:` (writer), `ಲೇಖಕರ ಮಾತು` (the writer's word) over a note.
 */
export const kn: HeadingLanguage = {
  tag: 'kn',
  names: ['kannada', 'ಕನ್ನಡ'],
  chapter: ['ಅಧ್ಯಾಯ', 'ಭಾಗ', 'ಕಂತು'],
  part: ['ಖಂಡ'],
  named: ['ಮುನ್ನುಡಿ', 'ಪೀಠಿಕೆ', 'ಉಪಸಂಹಾರ', 'ಕೊನೆಮಾತು'],
  endings: ['ಮುಗಿಯಿತು', 'ಮುಕ್ತಾಯ'],
  numbers: Object.fromEntries([...ORDINALS.map((w, i) => [w, i + 1] as [string, number]), ...CARDINALS.map((w, i) => [w, i + 1] as [string, number])]),
  notes: [{ id: 'note-kn', words: ['ಲೇಖಕರ ಮಾತು', 'ಲೇಖಕಿಯ ಮಾತು', 'ಲೇಖಕರ ಟಿಪ್ಪಣಿ', 'ಟಿಪ್ಪಣಿ'], standalone: true }],
  byLabels: ['ಲೇಖಕ', 'ಲೇಖಕಿ', 'ಬರಹ'],
  fields: {
    title: ['ಕಥೆ', 'ಶೀರ್ಷಿಕೆ'],
    author: ['ಲೇಖಕ', 'ಲೇಖಕಿ', 'ಬರಹ'],
    description: ['ಸಾರಾಂಶ'],
    language: ['ಭಾಷೆ'],
  },
  contents: ['ಪರಿವಿಡಿ'],
};
