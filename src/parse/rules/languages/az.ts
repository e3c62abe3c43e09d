import type { HeadingLanguage } from './types.js';

/**
 * Azerbaijani: `Fəsil 1`, `Birinci fəsil`, `Fəsil on bir`, `İkinci hissə`,
 * `Müəllifin qeydi`. The numbers it shares with Turkish (`bir`, `iki`,
 * `birinci`) come from tr.ts.
 */
export const az: HeadingLanguage = {
  tag: 'az',
  comments: ['şərhlər'],
  names: ['azerbaijani', 'azərbaycan', 'azərbaycanca', 'azərbaycan dili', 'azeri', 'aserbaidschanisch', 'azerbaïdjanais', 'azerbaiyano', 'азербайджанский', 'azerice', 'azerbaycanca'],
  chapter: ['fəsil', 'fesil'],
  calendar: {
    weekdays: ['bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə', 'bazar'],
    months: [['yanvar'], ['fevral'], ['mart'], ['aprel'], ['may'], ['iyun'], ['iyul'], ['avqust'], ['sentyabr'], ['oktyabr'], ['noyabr'], ['dekabr']],
    leads: ['əziz gündəlik'],
  },
  part: ['hissə', 'kitab'],
  numberFirst: { chapter: ['fəsil'], part: ['hissə'] },
  named: ['proloq', 'epiloq', 'müqəddimə', 'ön söz', 'son söz'],
  genres: ['hekayə', 'roman', 'povest', 'novella', 'nağıl', 'esse'],
  numbers: {
    'dörd': 4, yeddi: 7, 'səkkiz': 8, doqquz: 9, iyirmi: 20,
    'dördüncü': 4, yeddinci: 7, 'səkkizinci': 8, doqquzuncu: 9, iyirminci: 20, otuzuncu: 30,
  },
  // `on` (10) is an English word; the teens are written with it (`on bir`, `on birinci`).
  localNumbers: { on: 10 },
  notes: [
    { id: 'note-az-short', words: ['qeyd'], standalone: false },
    { id: 'note-az', words: ['müəllifin qeydi', 'müəllif qeydi', 'müəllifin qeydləri', 'müəllifdən', 'müəllifin sözü'], standalone: true },
  ],
  fields: {
    // A forum's story header names the work by its kind: `Hekayə: Köhnə saat` (story), as `Roman:` does a novel.
    title: ['başlıq', 'hekayə', 'roman', 'əsər', 'əsərin adı'],
    author: ['müəllif'],
    description: ['xülasə', 'təsvir', 'annotasiya'],
    language: ['dil'],
    known: ['janr', 'status', 'xəbərdarlıq', 'xəbərdarlıqlar', 'personajlar', 'fəsillər'],
  },
  contents: ['mündəricat', 'mündəricə', 'içindəkilər'],
};
