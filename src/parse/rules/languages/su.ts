import type { HeadingLanguage } from './types.js';

/**
 * Sundanese (basa Sunda), as its magazines' and blogs' short stories are set: `Carpon: TITLE` (a short story), `Ku:
 * NAME` (by) under the title, `Catetan:` (a note), `Pasal 2`.
 */
export const su: HeadingLanguage = {
  tag: 'su',
  names: ['sunda', 'basa sunda', 'sundanese', 'bahasa sunda'],
  // (`Bagian` is a part, as in Indonesian.)
  chapter: ['pasal'],
  part: ['jilid'],
  endings: ['tamat', 'réngsé', 'rengse'],
  named: ['bubuka', 'panutup'],
  numbers: { hiji: 1, dua: 2, tilu: 3, opat: 4, lima: 5, genep: 6, tujuh: 7, dalapan: 8, salapan: 9, sapuluh: 10 },
  genres: ['carpon', 'carita pondok', 'dongéng', 'dongeng', 'novel'],
  notes: [{ id: 'note-su', words: ['catetan', 'catetan pangarang', 'catetan panulis', 'pangjajap'], standalone: false }],
  fields: {
    title: ['judul'],
    author: ['ku', 'pangarang', 'nu nulis'],
    known: ['kategori', 'tag'],
  },
};
