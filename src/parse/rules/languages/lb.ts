import type { HeadingLanguage } from './types.js';

/** Luxembourgish: `Kapitel 3`, `Éischt Kapitel`, `Vum Claudine Wampach`, `Zum Projet:` (a paper's word on its series). */
export const lb: HeadingLanguage = {
  tag: 'lb',
  names: ['luxembourgish', 'lëtzebuergesch', 'letzebuergesch', 'luxemburgisch', 'luxembourgeois', 'luxemburgués'],
  chapter: ['kapitel'],
  part: ['deel'],
  named: ['prolog', 'epilog'],
  front: ['virwuert'],
  calendar: {
    weekdays: ['méindeg', 'dënschdeg', 'mëttwoch', 'donneschdeg', 'freideg', 'samschdeg', 'sonndeg'],
    months: [['januar'], ['februar'], ['mäerz'], ['abrëll'], ['mee'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
    leads: ['de', 'den'],
    clock: ['um'],
  },
  numbers: {
    eent: 1, zwee: 2, dräi: 3, véier: 4, fënnef: 5, siwen: 7, aacht: 8, néng: 9, zéng: 10,
    éischt: 1, éischten: 1, zweet: 2, zweeten: 2, drëtt: 3, drëtten: 3, véiert: 4, véierten: 4, fënneft: 5, fënneften: 5,
  },
  notes: [
    { id: 'note-lb', words: ['notiz vum auteur', 'notiz vun der auteurin', 'wuert vum auteur', 'wuert vun der auteurin'], standalone: true },
    { id: 'note-lb', words: ['zum projet', 'notiz'], standalone: false },
  ],
  byLines: ['vum', 'vun', 'vun der'],
  posted: { verbs: ['verëffentlecht', 'publizéiert'], on: ['de', 'den', 'am'], by: ['vum', 'vun'], at: ['um'] },
  fields: {
    title: ['titel'],
    author: ['auteur', 'auteurin'],
    description: ['resumé'],
    language: ['sprooch'],
    known: ['verëffentlecht'],
  },
};
