import type { HeadingLanguage } from './types.js';

/**
 * Tok Pisin: a Facebook group's serial in parts, `HAP NAMBA 1` (part number one) between emoji, `Sapta 2`;
 * `STORI:` (the title) and `Raita:` (the writer) over the first post; `Tok bilong raita:` (the writer's word) over a note.
 */
export const tpi: HeadingLanguage = {
  tag: 'tpi',
  names: ['tok pisin', 'pisin', 'neo-melanesian'],
  chapter: ['hap namba', 'sapta', 'sapta namba'],
  part: [],
  endings: ['em tasol', 'pinis'],
  named: ['stat', 'las hap'],
  numbers: {},
  // Every Tok Pisin number is an English word or near one (`wan`, `tu`, `tri`, `et`).
  localNumbers: {
    wan: 1, tu: 2, tri: 3, foa: 4, faiv: 5, sikis: 6, seven: 7, et: 8, nain: 9, ten: 10,
    'namba wan': 1, 'namba tu': 2, 'namba tri': 3, 'namba foa': 4, 'namba faiv': 5, 'namba sikis': 6, 'namba seven': 7, 'namba et': 8, 'namba nain': 9, 'namba ten': 10,
  },
  notes: [
    { id: 'note-tpi', words: ['tok bilong raita', 'tok bilong mi', 'toktok bilong raita', 'tok save'], standalone: true },
  ],
  fields: {
    title: ['stori', 'nem bilong stori'],
    author: ['raita'],
    description: ['sotpela stori'],
    language: ['tokples'],
  },
};
