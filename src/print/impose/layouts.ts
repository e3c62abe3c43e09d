/** A fold: the half of the packet that moves (`bottom`, `right`…) and whether it goes under the rest or over it. */
export interface Fold {
  half: 'bottom' | 'top' | 'left' | 'right';
  way: 'under' | 'over';
}

/**
 * A way of folding one printed sheet: the grid of page cells on each side of
 * the sheet as it goes through the printer (portrait, so no printer driver
 * rotates it and "flip on long edge" always means the same turn of the paper),
 * the folds in the order a binder makes them (the last one is the spine), and
 * how many sheets make a signature unless told otherwise.
 */
export interface Layout {
  name: ImposeLayout;
  cols: number;
  rows: number;
  folds: readonly Fold[];
  /** Sheets per signature by default: about 16 pages, the usual thickness for sewing. */
  sheetsPerSignature: number;
  /** What a binder is told to do with a printed sheet. */
  howToFold: string;
}

export type ImposeLayout = 'folio' | 'quarto' | 'octavo' | 'sextodecimo';

export const LAYOUT_NAMES: readonly ImposeLayout[] = ['folio', 'quarto', 'octavo', 'sextodecimo'];

const under = (half: Fold['half']): Fold => ({ half, way: 'under' });

export const LAYOUTS: Readonly<Record<ImposeLayout, Layout>> = {
  folio: { name: 'folio', cols: 1, rows: 2, folds: [under('bottom')], sheetsPerSignature: 4, howToFold: 'stack the sheets of a signature in order, first on top, and fold them together in half across the long side, the first page outside' },
  quarto: { name: 'quarto', cols: 2, rows: 2, folds: [under('bottom'), under('right')], sheetsPerSignature: 2, howToFold: 'stack the sheets in order, fold the bottom half back under the top, then the right half back under the left' },
  octavo: { name: 'octavo', cols: 2, rows: 4, folds: [under('bottom'), under('right'), under('bottom')], sheetsPerSignature: 1, howToFold: 'fold the bottom half back under the top, then the right half back under the left, then the bottom half back under again' },
  sextodecimo: { name: 'sextodecimo', cols: 4, rows: 4, folds: [under('bottom'), under('right'), under('bottom'), under('right')], sheetsPerSignature: 1, howToFold: 'fold bottom under, right under, bottom under, right under: four folds, each across the longer side' },
};

/** Sheet sizes in points, portrait, as they go through a home printer. */
export const SHEETS: Readonly<Record<string, { width: number; height: number }>> = {
  Letter: { width: 612, height: 792 },
  A4: { width: 595.28, height: 841.89 },
  Legal: { width: 612, height: 1008 },
  A3: { width: 841.89, height: 1190.55 },
  Tabloid: { width: 792, height: 1224 },
};
