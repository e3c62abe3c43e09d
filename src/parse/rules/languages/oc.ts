import type { HeadingLanguage } from './types.js';

/** Occitan (classical spelling): `Capítol 2`, `Primièra partida`, `Nòta de l'autor:`, a paper's `NOVÈLA` over the title. */
export const oc: HeadingLanguage = {
  tag: 'oc',
  names: ['occitan', 'occità', 'occitano', 'okzitanisch', 'lenga d’òc', "lenga d'òc"],
  chapter: ['capítol', 'capitol'],
  part: ['partida', 'libre'],
  named: ['prològ', 'epilòg'],
  genres: ['novèla', 'conte', 'raconte', 'romanç'],
  calendar: {
    weekdays: ['diluns', 'dimars', 'dimècres', 'dijòus', 'divendres', 'dissabte', 'dimenge'],
    months: [['genièr'], ['febrièr'], ['març'], ['abril'], ['mai'], ['junh'], ['julhet'], ['agost'], ['setembre'], ['octòbre'], ['novembre'], ['decembre']],
    joiners: ['de', "d'", 'd’'],
  },
  numbers: {
    primièr: 1, primièra: 1, segond: 2, segonda: 2, tresen: 3, tresena: 3, quatren: 4, quatrena: 4,
    dos: 2, doas: 2, tres: 3, quatre: 4, cinc: 5, sièis: 6, sèt: 7, uèch: 8, nòu: 9, dètz: 10,
  },
  notes: [{ id: 'note-oc', words: ["nòta de l'autor", 'nòta de l’autor', "nòta de l'autora", 'nòta de l’autora', 'nòta del traductor', 'nòtas'], standalone: true }],
  fields: {
    title: ['títol'],
    author: ['autor', 'autora'],
    description: ['resumit'],
    language: ['lenga'],
  },
};
