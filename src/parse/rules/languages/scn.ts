import type { HeadingLanguage } from './types.js';

/**
 * Sicilian: `Capìtulu I - Titulu`, `Capìtulu secunnu`, `Parti prima`; `Nota di l'auturi:` (the writer's note), `FINI`.
 * Its chapter word is Corsican's too; its notes and numbers are its own.
 */
export const scn: HeadingLanguage = {
  tag: 'scn',
  names: ['sicilianu', 'sicilian', 'sicilien', 'sizilianisch', 'siciliano'],
  chapter: ['capìtulu', 'capitulu'],
  part: ['parti'],
  endings: ['fini', 'a fini'],
  named: ['prològu', 'prologu', 'epilògu', 'epilogu'],
  numbers: { primu: 1, prima: 1, secunnu: 2, secunna: 2, terzu: 3, terza: 3, quartu: 4, quarta: 4, quintu: 5, quinta: 5 },
  localNumbers: { unu: 1, dui: 2, tri: 3, quattru: 4, cincu: 5, sei: 6, setti: 7, ottu: 8, novi: 9, deci: 10 },
  notes: [{ id: 'note-scn', words: ["nota di l'auturi", "nota dû auturi", "nota di l'autrici", 'nota'], standalone: true }],
  fields: { title: ['tìtulu', 'titulu'], author: ['auturi', 'autrici'], description: ['trama'] },
};
