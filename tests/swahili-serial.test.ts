import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** A Swahili sentence of ten words with the name that opens it. */
const sentence = (first: string): string => `${first} alisimama mbele ya mashua iliyopasuka, akijiuliza angeanzia wapi leo.`;

/** A newspaper serial's page copied with no blank lines: its heading in words, the by-line, the text, the related links. */
const page = (heading: string, previous: string): string[] => [
  'Taifa Leo',
  'Nyumbani › Burudani › Hadithi',
  'RIWAYA: Mashua ya Bibi Zuhura',
  heading,
  'Na HALIMA MWINYI',
  sentence('Rashidi'),
  sentence('Zuhura'),
  'Habari zinazohusiana',
  `RIWAYA: Mashua ya Bibi Zuhura – ${previous}`,
  'HADITHI FUPI: Kijiko cha Shaba',
];

describe("a Swahili newspaper serial: two installments' pages, each headed in number words past ten", () => {
  const o = read([...page('SEHEMU YA KUMI NA MBILI', 'SEHEMU YA KUMI NA MOJA'), ...page('SEHEMU YA KUMI NA TATU', 'SEHEMU YA KUMI NA MBILI'), ''].join('\n'));

  it('reads ten and a unit as one number, and the by-word before a name in capitals', () => {
    expect([o.title, o.author]).toEqual(['Mashua ya Bibi Zuhura', 'HALIMA MWINYI']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [12, null],
      [13, null],
    ]);
  });

  it("leaves the related links out, the next page's heading not among them", () => {
    expect(o.wordCount).toBe(4 * 10);
  });
});
