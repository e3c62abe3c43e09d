import type { HeadingLanguage } from './types.js';

export const fr: HeadingLanguage = {
  tag: 'fr',
  chapter: ['chapitre', 'chap.'],
  part: ['partie', 'livre', 'tome'],
  weakChapter: ['jour'],
  named: ['prologue', 'épilogue', 'epilogue', 'interlude', 'intermède'],
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    premier: 1, 'première': 1, premiere: 1, second: 2, seconde: 2, 'deuxième': 2, deuxieme: 2, 'troisième': 3, troisieme: 3,
    'quatrième': 4, 'cinquième': 5, 'sixième': 6, 'septième': 7, 'huitième': 8, 'neuvième': 9, 'dixième': 10,
    'onzième': 11, 'douzième': 12, 'vingtième': 20, 'unième': 1,
  },
  joiners: ['et'],
  hundreds: ['cent', 'cents', 'centième'],
};
