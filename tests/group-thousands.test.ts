import { describe, expect, it } from 'vitest';
import { groupThousands } from '../src/render/group-thousands.js';

/** Word counts on title pages and in the build summary are written without Intl; they must read as Intl writes them. */
describe('groupThousands', () => {
  const intl = new Intl.NumberFormat('en-US');
  const values = [0, -0, 1, 7, 12, 999, 1000, 6260, 10_000, 123_456, 1_000_000, 987_654_321, Number.MAX_SAFE_INTEGER, -1, -999, -1000, -6260, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1.5, 0.1234, 1e21, Number.NaN, Number.POSITIVE_INFINITY];
  for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n, -n);

  it.each(values)('writes %d as en-US does', (n) => {
    expect(groupThousands(n)).toBe(intl.format(n));
  });
});
