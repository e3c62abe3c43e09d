import type { HeadingLanguage } from './types.js';

/** Catalan: `Capítol primer — Títol`, `Capítol 3`, `Segona part`, `Pròleg`, `Nota de l'autora`, `per Joan Puig`. */
export const ca: HeadingLanguage = {
  tag: 'ca',
  names: ['catalan', 'català', 'catala', 'catalán', 'katalanisch', 'catalano', 'valencià'],
  chapter: ['capítol', 'capitol'],
  calendar: {
    weekdays: ['dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge'],
    months: [['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'], ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre']],
    leads: ['estimat diari'],
    joiners: ['de', "d'"],
    clock: ['a les', 'a la'],
  },
  part: ['part', 'llibre'],
  named: ['pròleg', 'proleg', 'epíleg', 'epileg', 'interludi', 'preàmbul'],
  numbers: {
    dues: 2, tres: 3, quatre: 4, cinc: 5, onze: 11, dotze: 12, tretze: 13, catorze: 14, quinze: 15, setze: 16, disset: 17,
    divuit: 18, dinou: 19, vint: 20, trenta: 30,
    primer: 1, primera: 1, segon: 2, segona: 2, tercer: 3, tercera: 3, quart: 4, quarta: 4, 'cinquè': 5, cinquena: 5,
    'sisè': 6, sisena: 6, 'setè': 7, setena: 7, 'vuitè': 8, vuitena: 8, 'novè': 9, 'desè': 10, desena: 10,
    'onzè': 11, onzena: 11, 'dotzè': 12, dotzena: 12, 'vintè': 20, vintena: 20,
  },
  // `u`, `un`, `dos`, `sis`, `set` (also "thirst"), `vuit`, `nou` ("new"), `deu` ("owes") are everyday words here or elsewhere.
  localNumbers: { u: 1, un: 1, una: 1, dos: 2, sis: 6, set: 7, vuit: 8, nou: 9, deu: 10 },
  // `vint-i-u`, `trenta-dos`: tens and units joined by `i`.
  joiners: ['i'],
  articles: ['un', 'una'],
  definiteArticles: ['el', 'la', 'els', 'les'],
  totals: ['de'],
  notes: [
    { id: 'note-ca', pattern: /^not(?:a|es)\s+(?:de l['’]autora?|de la traductora|del traductor|finals?|inicials?)$/i, standalone: true },
  ],
  byLines: ['escrit per', 'escrita per', 'un relat de', 'relat de', 'un conte de'],
  lowerByLines: ['per'],
  fields: {
    title: ['títol', 'titol'],
    author: ['autor', 'autora', 'pseudònim', 'pseudonim'],
    description: ['resum', 'sinopsi', 'descripció'],
    language: ['idioma', 'llengua'],
    known: ['gènere', 'genere', 'personatges', 'paraules', 'capítols', 'estat', 'advertiments', 'classificació', 'etiquetes'],
  },
  pov: { prefixes: ['punt de vista de'] },
  navigation: [String.raw`capítol\s+(?:anterior|següent)`],
  contents: ['índex', 'sumari'],
};
