import type { HeadingLanguage } from './types.js';

/** Greek number words as Greeklish spells them, in its two common spellings (`prwto`, `proto`; `deytero`, `deutero`). */
const NUMBERS: Record<string, number> = {
  prwto: 1, proto: 1, prwth: 1, proti: 1, deytero: 2, deutero: 2, deftero: 2, deyterh: 2, deuteri: 2, trito: 3, trith: 3, triti: 3,
  tetarto: 4, tetarth: 4, tetarti: 4, pempto: 5, pempth: 5, pempti: 5, ekto: 6, ekth: 6, ekti: 6, evdomo: 7, ebdomo: 7,
  ogdoo: 8, enato: 9, dekato: 10,
};
/** The cardinals are words elsewhere (`mia`, `exi`, `deka`): read only after `kefalaio`, `meros`. */
const LOCAL_NUMBERS: Record<string, number> = {
  ena: 1, mia: 1, dyo: 2, dio: 2, tria: 3, tessera: 4, pente: 5, e3i: 6, exi: 6, epta: 7, efta: 7, oktw: 8, okto: 8, oxtw: 8, ennea: 9, ennia: 9, deka: 10,
};

/**
 * Greeklish: Greek typed in Latin letters where a mail program or a phone could not send Greek (`MEROS PRWTO: O fylakas`,
 * `Kefalaio 3`, `Titlos:`, `Syggrafeas:`, `Shmeiwsh tou syggrafea:`), with digits for the letters Latin lacks (`8` θ, `3` ξ).
 */
export const elLatn: HeadingLanguage = {
  tag: 'el-Latn',
  chapter: ['kefalaio', 'kefalaion', 'kef.'],
  part: ['meros', 'vivlio', 'tomos'],
  named: ['prologos', 'epilogos'],
  numbers: NUMBERS,
  localNumbers: LOCAL_NUMBERS,
  endings: ['telos'],
  continued: ['synexizetai', 'sinexizetai', 'synexeia', 'sinexeia'],
  notes: [
    { id: 'note-el-latn', words: ['shmeiwsh tou syggrafea', 'simeiosi tou syggrafea', 'shmeiwsh syggrafea', 'simeiosi syggrafea', 'shmeiwsh', 'simeiosi', 'shmeiwseis', 'simeioseis'], standalone: true },
  ],
  fields: {
    title: ['titlos'],
    author: ['syggrafeas', 'sygrafeas', 'siggrafeas', 'suggrafeas'],
    description: ['perilhpsh', 'perilipsi', 'perilipsh'],
    known: ['eidos', 'kathgoria', 'katigoria', 'katallhlo', 'katallilo', 'xarakthres', 'xaraktires', 'le3eis', 'lekseis'],
  },
};
