import type { HeadingLanguage } from './types.js';

/** Swahili: `Sura 1`, `Sura ya Kwanza`, `Sehemu ya Pili`, `Utangulizi`, `Maelezo ya mwandishi`. */
export const sw: HeadingLanguage = {
  tag: 'sw',
  names: ['swahili', 'kiswahili', 'suaheli', 'souahéli'],
  chapter: ['sura'],
  numberLinks: ['ya'],
  calendar: {
    weekdays: ['jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili'],
    months: [['januari'], ['februari'], ['machi'], ['aprili'], ['mei'], ['juni'], ['julai'], ['agosti'], ['septemba'], ['oktoba'], ['novemba'], ['desemba']],
  },
  part: ['sehemu', 'kitabu'],
  named: ['utangulizi', 'dibaji', 'hitimisho', 'tamati'],
  numbers: {},
  // Every Swahili number is also a word elsewhere (`sita`, `tano`, `saba`); ordinals take `ya` (`ya kwanza`, first).
  localNumbers: {
    moja: 1, mbili: 2, tatu: 3, nne: 4, tano: 5, sita: 6, saba: 7, nane: 8, tisa: 9, kumi: 10,
    'ya kwanza': 1, 'ya pili': 2, 'ya tatu': 3, 'ya nne': 4, 'ya tano': 5, 'ya sita': 6, 'ya saba': 7, 'ya nane': 8, 'ya tisa': 9, 'ya kumi': 10,
    // Ten and a unit, the tens (`kumi na mbili`, twelve; `ya kumi na tatu`, thirteenth; `ishirini`, twenty).
    ...Object.fromEntries(['moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa'].flatMap((unit, k) => [[`kumi na ${unit}`, 11 + k], [`ya kumi na ${unit}`, 11 + k]])),
    ishirini: 20, 'ya ishirini': 20, thelathini: 30, 'ya thelathini': 30, arobaini: 40, hamsini: 50,
  },
  notes: [
    { id: 'note-sw', words: ['maelezo ya mwandishi', 'neno la mwandishi', 'ujumbe wa mwandishi', 'dokezo la mwandishi', 'maoni ya mwandishi', 'maoni ya mtunzi', 'neno la mtunzi', 'ujumbe wa mtunzi'], standalone: true },
    // A disclaimer: `Tahadhari: hadithi hii ni ya kubuni` (caution: this story is made up).
    { id: 'note-sw-disclaimer', words: ['tahadhari', 'onyo'], standalone: true },
    // A serial's recap over a part: `ILIPOISHIA...` (where it left off).
    { id: 'note-sw-recap', words: ['ilipoishia'], standalone: true, edge: 'start' },
  ],
  fields: {
    title: ['kichwa', 'jina la hadithi', 'riwaya', 'hadithi'],
    author: ['mwandishi', 'mtunzi'],
    description: ['muhtasari', 'maelezo'],
    language: ['lugha'],
    known: ['aina', 'wahusika', 'hali', 'maonyo', 'mawasiliano', 'imechapishwa', 'muda wa kusoma'],
  },
  contents: ['yaliyomo'],
  related: ['habari zinazohusiana', 'soma pia', 'hadithi zinazohusiana'],
  capitalsByLines: ['Na'],
};
