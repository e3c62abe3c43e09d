import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** A Kindle's `My Clippings.txt` (src/parse/kindle-clippings.ts): one book's highlights read back into its text. */
const read = (text: string) => outline(parse(new TextEncoder().encode(text), 'My Clippings.txt'));
const clipping = (book: string, meta: string, text: string): string => `\uFEFF${book}\r\n- ${meta}\r\n\r\n${text}\r\n==========\r\n`;

describe('Kindle clippings', () => {
  it("reads one book's highlights in the book's order; metadata, notes, bookmarks, widened highlights and other books left out", () => {
    const book = 'The Lamplighter of Vey (Maren Holt)';
    const o = read(
      [
        clipping(book, 'Your Highlight on page 1 | Location 10-14 | Added on Friday, 3 May 2019 20:01:00', 'Every evening Ansel climbed the nine hills of Vey with his ladder.'),
        clipping(book, 'Your Highlight on page 3 | Location 40-44 | Added on Friday, 3 May 2019 20:09:00', 'In the morning the lamps were still burning.'),
        clipping('Cooking for One (Pat Grey)', 'Your Highlight on page 80 | Location 1200-1201 | Added on Friday, 3 May 2019 20:10:00', 'Salt the water before it boils, never after.'),
        clipping(book, 'Your Highlight on page 2 | Location 20-25 | Added on Friday, 3 May 2019 20:05:00', 'Nobody had asked him to.'),
        clipping(book, 'Your Note on page 2 | Location 25 | Added on Friday, 3 May 2019 20:06:00', 'lovely line, reread this'),
        clipping(book, 'Your Bookmark on page 2 | Location 26 | Added on Friday, 3 May 2019 20:07:00', ''),
        clipping(book, 'Your Highlight on page 2 | Location 20-27 | Added on Friday, 3 May 2019 20:08:00', 'Nobody had asked him to. Nobody had ever paid him.'),
      ].join(''),
    );
    expect([o.title, o.author]).toEqual(['The Lamplighter of Vey', 'Maren Holt']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([[null, null, 0, 'Every evening Ansel climbed the']]);
    expect(o.wordCount).toBe(12 + 10 + 8);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['kindle-clippings', 'kindle-clippings-note', 'kindle-clippings-other-book', 'kindle-clippings-overlap', 'kindle-clippings-order']));
  });

  it("reads a German device's clippings", () => {
    const book = 'Die Brücke am Fluss (Lena Vogt)';
    const o = read(
      [
        clipping(book, 'Ihre Markierung bei Position 5-9 | Hinzugefügt am Montag, 4. März 2019 10:00:00', 'Die Brücke war älter als das Dorf.'),
        clipping(book, 'Ihre Notiz bei Position 9 | Hinzugefügt am Montag, 4. März 2019 10:01:00', 'schön'),
        clipping(book, 'Ihre Markierung bei Position 10-14 | Hinzugefügt am Montag, 4. März 2019 10:02:00', 'Niemand wusste, wer sie gebaut hatte.'),
      ].join(''),
    );
    expect([o.title, o.author]).toEqual(['Die Brücke am Fluss', 'Lena Vogt']);
    expect(o.wordCount).toBe(7 + 6);
  });

  it("puts a Dutch device's highlights in the order of their locations, thousands and all", () => {
    const book = 'De veerman (Joost Aalders)';
    const o = read(
      [
        clipping(book, 'Je markering op pagina 70 | locatie 1.020-1.024 | Toegevoegd op maandag 4 maart 2019 10:02:00', 'Toen kwam de mist.'),
        clipping(book, 'Je markering op pagina 9 | locatie 980-985 | Toegevoegd op maandag 4 maart 2019 10:05:00', 'De veerman wachtte aan de kade.'),
      ].join(''),
    );
    expect(o.chapters[0]?.firstWords).toBe('De veerman wachtte aan de');
  });
});
