import { describe, expect, it } from 'vitest';
import { planSignature } from '../src/print/impose/fold-plan.js';
import { LAYOUTS } from '../src/print/impose/layouts.js';
import { gather } from '../src/print/impose/signatures.js';

const pagesOn = (layout: keyof typeof LAYOUTS, sheets: number, sheet: number, side: 'front' | 'back'): number[] =>
  planSignature(LAYOUTS[layout], sheets, 'long')
    .filter((p) => p.sheet === sheet && p.side === side)
    .map((p) => p.page + 1)
    .sort((a, b) => a - b);

describe('fold plans', () => {
  it.each([1, 2, 4, 5])('a folio signature of %i sheets puts pages where the binders\' table does (sheet k: 4n-2k+2 and 2k-1 on the front, 2k and 4n-2k+1 on the back)', (n) => {
    for (let k = 1; k <= n; k++) {
      expect(pagesOn('folio', n, k - 1, 'front')).toEqual([2 * k - 1, 4 * n - 2 * k + 2].sort((a, b) => a - b));
      expect(pagesOn('folio', n, k - 1, 'back')).toEqual([2 * k, 4 * n - 2 * k + 1].sort((a, b) => a - b));
    }
  });

  it('a quarto sheet carries 1, 4, 5, 8 outside and 2, 3, 6, 7 inside, one pair of each side upside down, heads meeting at the head fold', () => {
    const plan = planSignature(LAYOUTS.quarto, 1, 'long');
    expect(pagesOn('quarto', 1, 0, 'front')).toEqual([1, 4, 5, 8]);
    expect(pagesOn('quarto', 1, 0, 'back')).toEqual([2, 3, 6, 7]);
    for (const p of plan) {
      // A page in the top row stands on its head, one in the bottom row upright: their heads meet at the middle.
      expect(p.up).toEqual(p.row === 1 ? [0, -1] : [0, 1]);
    }
  });

  it('moves inner leaves further toward the spine: depth grows to the middle of the signature', () => {
    const depths = planSignature(LAYOUTS.folio, 3, 'long').sort((a, b) => a.page - b.page).map((p) => p.depth);
    expect(depths).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 1, 1, 0, 0]);
  });

  it('gathers pages into whole signatures, the last one only as thick as it needs', () => {
    expect(gather(64, 4, 4, 0)).toEqual({ signatures: [4, 4, 4, 4], before: 0, after: 0, padding: 0 });
    expect(gather(43, 4, 4, 0)).toEqual({ signatures: [4, 4, 3], before: 0, after: 1, padding: 1 });
    expect(gather(20, 16, 1, 1)).toEqual({ signatures: [1, 1], before: 2, after: 10, padding: 8 });
  });
});
