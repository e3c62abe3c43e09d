import { describe, expect, it } from 'vitest';
import { isPlainEdge, stripEdgeMarks, toLines } from '../src/parse/lines.js';

describe('stripEdgeMarks', () => {
  it('strips spaces and directional marks at both ends only', () => {
    expect(stripEdgeMarks('\u200f\u00a0 الفصل الأول \u200e')).toBe('الفصل الأول');
    expect(stripEdgeMarks('“Chapter\u200e One”')).toBe('“Chapter\u200e One”');
    expect(toLines('\t Call me Ishmael.\u3000\n\u2067x\u2069').map((l) => [l.trimmed, l.indent])).toEqual([['Call me Ishmael.', 5], ['x', 0]]);
  });

  // Lines whose ends are plain skip the pattern: every code unit counted plain must be one the pattern leaves.
  it('counts as plain only code units the pattern never strips', () => {
    const stripped: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (!isPlainEdge(c)) continue;
      const ch = String.fromCharCode(c);
      // A control character at the other end is never plain, so the pattern itself runs.
      if (stripEdgeMarks(`\u0001${ch}`) !== `\u0001${ch}` || stripEdgeMarks(`${ch}\u0001`) !== `${ch}\u0001`) stripped.push(c);
    }
    expect(stripped).toEqual([]);
  });
});
