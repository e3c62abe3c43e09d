import type { HeadingLanguage } from './types.js';

/** Slovak: `Kapitola 1`, `Prvá kapitola`, `Časť druhá`; words Czech shares come from cs.ts. */
export const sk: HeadingLanguage = {
  tag: 'sk',
  comments: ['komentáre'],
  names: ['slovak', 'slovenčina', 'slowakisch', 'slovaque', 'eslovaco'],
  chapter: ['kapitola'],
  calendar: {
    weekdays: ['pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota', 'nedeľa'],
    months: [['januára', 'január'], ['februára', 'február'], ['marca', 'marec'], ['apríla', 'apríl'], ['mája', 'máj'], ['júna', 'jún'], ['júla', 'júl'], ['augusta', 'august'], ['septembra', 'september'], ['októbra', 'október'], ['novembra', 'november'], ['decembra', 'december']],
    leads: ['milý denník', 'milý denníček'],
    clock: ['o'],
  },
  part: ['časť', 'kniha'],
  numberFirst: { chapter: ['kapitola'], part: ['časť', 'diel'] },
  genres: ['poviedka', 'novela', 'román', 'rozprávka'],
  endings: ['koniec'],
  named: ['prológ', 'epilóg', 'doslov'],
  numbers: {
    'prvá': 1, 'prvý': 1, 'prvé': 1, 'tretia': 3, 'tretí': 3, 'tretie': 3, 'štvrtá': 4, 'štvrtý': 4, 'piata': 5, 'piaty': 5, 'šiesta': 6, 'šiesty': 6,
    'siedma': 7, 'siedmy': 7, 'ôsma': 8, 'ôsmy': 8, 'deviata': 9, 'deviaty': 9, 'desiata': 10, 'desiaty': 10,
    'jedna': 1, 'dve': 2, 'štyri': 4, 'päť': 5, 'šesť': 6, 'sedem': 7, 'osem': 8, 'deväť': 9, 'desať': 10,
  },
  localNumbers: { 'tri': 3 },
  notes: [
    { id: 'note-sk', words: ['poznámka autora', 'poznámka autorky', 'poznámky autora', 'slovo autora', 'slovo autorky', 'poznámka redakcie', 'poznámka prekladateľa', 'poznámka prekladateľky', 'pozn. autora', 'pozn. autorky', 'pozn. prekladateľa'], standalone: true },
    { id: 'note-sk', words: ['poznámka pre betu', 'poznámka pre beta readera', 'poznámka pre čitateľov', 'poznámka'], standalone: false },
  ],
  byLines: ['napísal', 'napísala'],
  fields: {
    title: ['názov'],
    author: ['autor', 'autorka'],
    description: ['zhrnutie', 'popis', 'anotácia'],
    language: ['jazyk'],
    known: ['žáner', 'kapitoly', 'slová', 'varovanie', 'postavy'],
  },
  contents: ['obsah'],
};
