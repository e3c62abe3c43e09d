import type { HeadingLanguage } from './types.js';

export const fr: HeadingLanguage = {
  tag: 'fr',
  names: ['french', 'français', 'francais', 'französisch', 'francés', 'frances', 'francese', 'francês', 'frans', 'francuski', 'французский', 'французька', '法语', '法語', 'フランス語', '프랑스어', 'prancis', 'franska', 'fransızca', 'francouzština'],
  chapter: ['chapitre', 'chap.'],
  part: ['partie', 'livre', 'tome'],
  weakChapter: ['jour'],
  named: ['prologue', 'épilogue', 'epilogue', 'interlude', 'intermède'],
  numbers: {
    'zéro': 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt': 80, 'quatre-vingts': 80,
    premier: 1, 'première': 1, premiere: 1, second: 2, seconde: 2, 'deuxième': 2, deuxieme: 2, 'troisième': 3, troisieme: 3,
    'quatrième': 4, 'cinquième': 5, 'sixième': 6, 'septième': 7, 'huitième': 8, 'neuvième': 9, 'dixième': 10,
    'onzième': 11, 'douzième': 12, 'treizième': 13, 'quatorzième': 14, 'quinzième': 15, 'seizième': 16,
    'vingtième': 20, 'trentième': 30, 'unième': 1,
  },
  joiners: ['et'],
  multipliers: { cent: 100, cents: 100, 'centième': 100 },
  thousands: ['mille'],
  articles: ['un', 'une', 'et'],
  totals: ['de', 'sur'],
  notes: [
    { id: 'note-fr', pattern: /^(?:notes?|mot|petit mot)\s+(?:de l['’]\s?(?:auteur|auteure|autrice|traductrice|traducteur)|du traducteur)$/i, standalone: true },
    { id: 'note-fr-nda', pattern: /^(?:nda|n\.d\.a\.?|n\.d\.l\.a\.?|ndt)$/i, standalone: true },
  ],
  headerNotes: ['note de l[\'’]auteure?'],
  byLines: ['par', 'écrit par'],
  posted: { verbs: ['publié'], on: ['le'], by: ['par'], at: ['à', 'le'] },
  fields: {
    title: ['titre', 'archives de catégorie'],
    author: ['auteur', 'auteure', 'autrice'],
    description: ['résumé', 'resume'],
    language: ['langue'],
    known: ['catégorie', 'genre', 'personnages', 'avertissements', 'mots', 'chapitres', 'publié', 'mis à jour', 'statut', 'classement'],
  },
  navigation: [String.raw`\bchapitre\s+(?:suivant|précédent)\b`],
};
