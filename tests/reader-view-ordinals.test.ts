import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a Romanian story copied from a browser's reader view: the site's name, the title, the author's bare name, the reading time", () => {
  const o = read(
    [
      'liternet.ro',
      'Spune-le albinelor',
      'Ioana Mărgineanu',
      '6–8 minute',
      '',
      'Rubrica: Proză scurtă | Publicat: 8 martie 2024',
      '',
      'Capitolul I – Stupina',
      '',
      prose('Ilie'),
      '',
      'Capitolul al II-lea – Vestea',
      '',
      prose('Ana'),
      '',
      'Capitolul al III-lea – Roiul',
      '',
      prose('Roiul'),
      '',
    ].join('\n'),
  );

  it('reads the title over the full name under the site alone, the reading time as the page’s', () => {
    expect([o.title, o.author]).toEqual(['Spune-le albinelor', 'Ioana Mărgineanu']);
  });

  it("reads the ordinal's article and ending round a roman numeral (`al II-lea`) as the number's", () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Stupina'],
      [2, 'Vestea'],
      [3, 'Roiul'],
    ]);
    expect(o.wordCount).toBe(3 * 14);
  });
});
