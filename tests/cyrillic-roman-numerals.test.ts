import { describe, expect, it } from 'vitest';
import { matchHeading } from '../src/parse/rules/headings.js';

// Kazakh and Ukrainian keyboards give a Roman numeral in Cyrillic letters that look alike (І, Х, С).
describe('a Roman numeral typed in Cyrillic letters', () => {
  it('reads as the numeral alone on its line, after a chapter word, or before a stop', () => {
    expect(['ІІ', 'ХІV', 'ІІ.'].map((t) => matchHeading(t)?.number)).toEqual([2, 14, 2]);
    expect(matchHeading('Тарау ІІ')).toMatchObject({ number: 2, label: 'Тарау', level: 'chapter' });
  });

  it('leaves Ukrainian "І" (and) before a word alone', () => {
    expect(matchHeading('І ось')).toBeNull();
    expect(matchHeading('І вона пішла.')).toBeNull();
  });
});
