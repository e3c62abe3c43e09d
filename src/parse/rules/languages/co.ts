import type { HeadingLanguage } from './types.js';

/**
 * Corsican: `Capitulu primu – Titulu`, `Capitulu 3`, `Parte seconda`; `Nota di l'autore:` over a note, `Dopu:`
 * (afterwards) over the closing one, `FINE`. Its ordinals end in `-u` where Italian's end in `-o`.
 */
export const co: HeadingLanguage = {
  tag: 'co',
  names: ['corsu', 'corsican', 'corse', 'korsisch', 'corso', 'lingua corsa'],
  chapter: ['capitulu', 'capìtulu'],
  part: ['parte', 'libru'],
  calendar: {
    weekdays: ['luni', 'marti', 'mercuri', 'ghjovi', 'venneri', 'sabbatu', 'dumenica'],
    months: [['ghjennaghju'], ['ferraghju'], ['marzu'], ['aprile'], ['maghju'], ['ghjugnu'], ['lugliu'], ['aostu'], ['sittembre'], ['uttrovi', 'ottobre'], ['nuvembre'], ['dicembre']],
  },
  endings: ['fine', 'a fine'],
  named: ['prologu', 'epilogu', 'introduzzione'],
  numbers: {
    primu: 1, prima: 1, secondu: 2, seconda: 2, terzu: 3, terza: 3, quartu: 4, quarta: 4, quintu: 5, quinta: 5, sestu: 6, sesta: 6,
    settimu: 7, settima: 7, ottavu: 8, ottava: 8, nonu: 9, nona: 9, decimu: 10, decima: 10,
  },
  // The cardinals are Italian's or near them (`sei`, `sette`, `nove`): read only after a Corsican label.
  localNumbers: { unu: 1, dui: 2, 'trè': 3, quattru: 4, cinque: 5, sei: 6, sette: 7, ottu: 8, nove: 9, dece: 10 },
  notes: [
    { id: 'note-co', words: ["nota di l'autore", "nota di l'autrice", "nota di l'autore:", 'nota', 'dopu'], standalone: true },
  ],
  fields: {
    title: ['titulu'],
    author: ['autore', 'autrice'],
    description: ['riassuntu'],
    language: ['lingua'],
  },
};
