import type { HeadingLanguage } from './types.js';

/** Albanian ordinals 1–20; from the sixth on they are spelled as the cardinal (`i gjashtë`, the sixth). */
const ORDINALS = ['parë', 'dytë', 'tretë', 'katërt', 'pestë', 'gjashtë', 'shtatë', 'tetë', 'nëntë', 'dhjetë', 'njëmbëdhjetë', 'dymbëdhjetë', 'trembëdhjetë', 'katërmbëdhjetë', 'pesëmbëdhjetë', 'gjashtëmbëdhjetë', 'shtatëmbëdhjetë', 'tetëmbëdhjetë', 'nëntëmbëdhjetë', 'njëzetë'];

/**
 * Albanian: `Kapitulli 1`, `Kapitulli i parë`, `Kreu i dytë`, `Pjesa e dytë`,
 * `Shënim i autorit`. Ordinals take the article of their noun (`i`, `e`), read
 * with it after a label; `dy` (2) and `tre` (3) are words elsewhere.
 */
export const sq: HeadingLanguage = {
  tag: 'sq',
  names: ['albanian', 'shqip', 'shqipe', 'gjuha shqipe', 'albanisch', 'albanais', 'albanés', 'albanese', 'албанский'],
  chapter: ['kapitulli', 'kreu'],
  calendar: {
    weekdays: ['e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë', 'e diel'],
    months: [['janar'], ['shkurt'], ['mars'], ['prill'], ['maj'], ['qershor'], ['korrik'], ['gusht'], ['shtator'], ['tetor'], ['nëntor'], ['dhjetor']],
    leads: ['i dashur ditar'],
  },
  part: ['pjesa', 'libri'],
  named: ['prologu', 'epilogu', 'parathënie', 'parathënia', 'hyrje', 'pasthënie'],
  numbers: {
    ...Object.fromEntries(ORDINALS.map((w, i) => [w, i + 1])),
    'një': 1, 'katër': 4, 'pesë': 5, 'njëzet': 20,
  },
  localNumbers: { dy: 2, tre: 3, ...Object.fromEntries(ORDINALS.flatMap((w, i) => [[`i ${w}`, i + 1], [`e ${w}`, i + 1]])) },
  endings: ['fund', 'fundi', 'mbaroi'],
  genres: ['tregim', 'tregimi', 'novelë', 'novela', 'roman', 'romani', 'përrallë', 'rrëfim', 'rrëfenjë'],
  byLines: ['nga', 'shkruar nga'],
  notes: [
    { id: 'note-sq-short', words: ['shënim', 'shënime'], standalone: false },
    { id: 'note-sq', words: ['shënim i autorit', 'shënimi i autorit', 'shënim i autores', 'shënimi i autores', 'shënime të autorit', 'fjala e autorit', 'nga autori', 'nga autorja', 'shënim nga autori', 'shënim nga autorja'], standalone: true },
  ],
  fields: {
    title: ['titulli'],
    author: ['autori', 'autorja'],
    description: ['përmbledhje', 'përmbledhja', 'përshkrimi'],
    language: ['gjuha'],
    known: ['zhanri', 'statusi', 'paralajmërime', 'personazhet', 'kapitujt'],
  },
  contents: ['përmbajtja', 'pasqyra e lëndës'],
};
