import type { HeadingLanguage } from './types.js';

/** Afrikaans: `Hoofstuk 1`, `Hoofstuk een`, `Eerste hoofstuk`, `Deel twee`, `Proloog`, `Skrywer se nota`, `deur Anna Botha`. */
export const af: HeadingLanguage = {
  tag: 'af',
  names: ['afrikaans'],
  chapter: ['hoofstuk'],
  calendar: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrydag', 'saterdag', 'sondag'],
    months: [['januarie', 'jan'], ['februarie', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['junie', 'jun'], ['julie', 'jul'], ['augustus', 'aug'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
    leads: ['liewe dagboek'],
  },
  part: ['deel', 'boek'],
  named: ['proloog', 'epiloog', 'voorwoord', 'nawoord', 'tussenspel'],
  numbers: {
    vyf: 5, sewe: 7, nege: 9, elf: 11, twaalf: 12, twintig: 20, dertig: 30,
    eerste: 1, tweede: 2, derde: 3, vierde: 4, vyfde: 5, sesde: 6, sewende: 7, agtste: 8, negende: 9, tiende: 10, twintigste: 20,
  },
  // `ses` (6) and `agt` (8) are words elsewhere (French `ses`).
  localNumbers: { een: 1, twee: 2, drie: 3, vier: 4, ses: 6, agt: 8, tien: 10 },
  articles: ["'n"],
  notes: [
    { id: 'note-af-short', words: ['noot', 'nota'], standalone: false },
    { id: 'note-af', words: ['skrywer se nota', 'skrywer se woord', 'outeur se nota', 'nota van die skrywer', 'nota van die outeur', 'vertaler se nota'], standalone: true },
  ],
  byLines: ['deur', 'geskryf deur'],
  fields: {
    title: ['titel'],
    author: ['skrywer', 'outeur'],
    description: ['opsomming', 'beskrywing'],
    language: ['taal'],
    known: ['genre', 'karakters', 'hoofstukke', 'woorde', 'status', 'waarskuwings'],
  },
  navigation: [String.raw`(?:vorige|volgende)\s+hoofstuk`],
  contents: ['inhoud', 'inhoudsopgawe'],
};
