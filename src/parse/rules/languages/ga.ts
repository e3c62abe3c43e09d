import type { HeadingLanguage } from './types.js';

/** Irish counting numbers 1–19 as a heading writes them, with their particle: `a haon`, `a dó dhéag`. */
const COUNTING = ['a haon', 'a dó', 'a trí', 'a ceathair', 'a cúig', 'a sé', 'a seacht', 'a hocht', 'a naoi', 'a deich'];
const TEENS = COUNTING.slice(0, 9).map((w) => (w === 'a dó' ? 'a dó dhéag' : `${w} déag`));
const ORDINALS = ['chéad', 'dara', 'tríú', 'ceathrú', 'cúigiú', 'séú', 'seachtú', 'ochtú', 'naoú', 'deichiú', 'aonú déag', 'dóú déag', 'tríú déag', 'ceathrú déag', 'cúigiú déag', 'séú déag', 'seachtú déag', 'ochtú déag', 'naoú déag', 'fichiú'];

/**
 * Irish: `Caibidil 1`, `Caibidil a hAon`, `Caibidil a Dó Dhéag`, `An Dara Cuid`
 * written `Cuid a Dó`, `Nóta an údair`. The counting numbers carry their particle
 * `a` and the ordinals are words elsewhere too (`dara`, `céad`, a hundred): all are
 * read only after an Irish label.
 */
export const ga: HeadingLanguage = {
  tag: 'ga',
  names: ['irish', 'gaeilge', 'irish gaelic', 'irisch', 'irlandais', 'irlandés', 'irlandese', 'ирландский'],
  chapter: ['caibidil'],
  calendar: {
    weekdays: ['dé luain', 'dé máirt', 'dé céadaoin', 'déardaoin', 'dé haoine', 'dé sathairn', 'dé domhnaigh'],
    months: [['eanáir'], ['feabhra'], ['márta'], ['aibreán'], ['bealtaine'], ['meitheamh'], ['iúil'], ['lúnasa'], ['meán fómhair'], ['deireadh fómhair'], ['samhain'], ['nollaig']],
    leads: ['a dhialann dhil'],
  },
  part: ['cuid', 'leabhar'],
  named: ['brollach', 'réamhrá', 'iarfhocal', 'eipealóg', 'prológ'],
  numbers: {},
  localNumbers: Object.fromEntries([
    ...[...COUNTING, ...TEENS].map((w, i) => [w, i + 1] as [string, number]),
    ['fiche', 20],
    ...ORDINALS.flatMap((w, i) => [[w, i + 1], [`an ${w}`, i + 1]] as [string, number][]),
    ['céad', 1],
  ]),
  notes: [
    { id: 'note-ga-short', words: ['nóta'], standalone: false },
    { id: 'note-ga', words: ['nóta an údair', 'nótaí an údair', 'nóta ón údar', 'focal ón údar', 'ón údar'], standalone: true },
  ],
  fields: {
    title: ['teideal'],
    author: ['údar'],
    description: ['achoimre', 'cur síos'],
    language: ['teanga'],
    known: ['seánra', 'rabhaidh', 'stádas', 'carachtair', 'caibidlí'],
  },
  contents: ['clár', 'clár ábhair', 'clár an ábhair'],
};
