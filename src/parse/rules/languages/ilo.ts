import type { HeadingLanguage } from './types.js';

/**
 * Ilokano: a class wiki's serial in chapters, `Kapitulo 1: Ti Bato iti Kadaratan`; `Dagiti nagsurat:` (the writers)
 * over the story, `Bilin ti maestra:` (the teacher's instruction) and `Nota ti grupo:` (the group's note) beside it.
 */
export const ilo: HeadingLanguage = {
  tag: 'ilo',
  names: ['ilokano', 'ilocano', 'iloko', 'iluko'],
  chapter: ['kapitulo'],
  part: ['paset'],
  endings: ['nalpas', 'ngudo'],
  named: ['pakauna', 'panungpalan'],
  numbers: { umuna: 1, 'maika-dua': 2, 'maika-tallo': 3, 'maika-uppat': 4, 'maika-lima': 5 },
  localNumbers: { maysa: 1, dua: 2, tallo: 3, uppat: 4, lima: 5, innem: 6, pito: 7, walo: 8, siam: 9, sangapulo: 10 },
  notes: [
    { id: 'note-ilo', words: ['nota ti mannurat', 'nota ti grupo', 'bilin ti maestra', 'bilin ti maestro', 'nota'], standalone: true },
  ],
  fields: {
    title: ['titulo', 'paulo'],
    author: ['dagiti nagsurat', 'nagsurat', 'mannurat', 'insurat ni', 'insurat ti'],
    description: ['pakabuklan'],
    language: ['pagsasao'],
  },
};
