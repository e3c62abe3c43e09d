import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));

/** One saved copy of a site's chapter page: an archive's toolbar with its own capture count and dates, then the site's header. */
const page = (n: number, month: string, captures: number): string =>
  `The Wayback Machine - https://web.archive.org/web/2009${n}${captures}01/http://www.example.net/s/51/${n}/\nINTERNET ARCHIVE\nWayback Machine\n${captures} captures\n${n} ${month} 2009 - 3 Feb 2012\nMAY ${month} AUG\nAbout this capture\n\n` +
  `FanFiction.Net\nThe Glass Orchard\nAuthor: wrenfeather\nRated: K+ - English - Family - Chapters: 3 - Words: 4,112\n\n`;
const ordinal = (n: number): string => ['first', 'second', 'third'][n - 1]!;
const chapter = (n: number): string =>
  `Chapter ${n}\n\nLucy found the ${ordinal(n)} key in the cinders behind the glasshouse, black with soot.\n\nShe told nobody, and that ${ordinal(n)} night she tried it in every lock in the house.\n\nReview this Story/Chapter\n\n`;

describe("a site's furniture repeated between the chapters", () => {
  it('leaves every later copy of a saved page’s toolbar and header out of the body, and reads the first as the header', () => {
    const o = read(`${page(1, 'JUN', 14)}${chapter(1)}${page(2, 'JUL', 9)}${chapter(2)}${page(3, 'SEP', 6)}${chapter(3)}`);
    expect([o.title, o.author]).toEqual(['The Glass Orchard', 'wrenfeather']);
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    // 30 words of story in each chapter, nothing of the pages.
    expect(o.wordCount).toBe(3 * 30);
  });

  it("leaves the story's title out where the site sets it again over each chapter", () => {
    const chapterPage = (n: number, title: string): string =>
      `Postcards from the Tour Bus\nChapter ${n} ❀ ${title}\n\nDear Mags, ${title} was loud, and the drummer cried at soundcheck again.\n\nComments (${n * 7})   Next chapter »\n\n`;
    const o = read(`Postcards from the Tour Bus\nby LilyOnTheMoon\n\n\n${chapterPage(1, 'Glasgow')}${chapterPage(2, 'Manchester')}${chapterPage(3, 'Leeds')}`);
    expect(o.title).toBe('Postcards from the Tour Bus');
    expect(o.chapters.map((c) => c.title)).toEqual(['Glasgow', 'Manchester', 'Leeds']);
    expect(o.wordCount).toBe(3 * 12);
  });

  it('keeps short repeated replies and a repeated two-line refrain as the story they are', () => {
    const refrain = 'And the river ran on,\nand the river ran on.\n\n';
    const o = read(
      `Chapter 1: The Ford\n\n"Yes."\n\n"No."\n\n"Are you sure, Mara?"\n\n${refrain}She sang it all the way down to the ford, and nobody told her to stop.\n\n` +
        `Chapter 2: The Far Bank\n\n"Yes."\n\n"No."\n\n"Are you sure, Mara?"\n\n${refrain}At the ford the water was low, and she crossed without wetting her boots.\n`,
    );
    expect(o.wordCount).toBe(2 * (1 + 1 + 4 + 10) + 16 + 14);
  });
});

describe('the same lines closing every chapter', () => {
  const tail = '¡Gracias por leer! Apoya a la autora con un me gusta.\n¿Encontraste un error? Repórtalo';
  const para = 'La abuela Rosario murió un martes, y el miércoles el notario le entregó a Inés una caja de hojalata.';
  it('leaves the site’s two-line footer under each chapter out, sentences or not, and keeps a line that closes one chapter only', () => {
    const text = `Capítulo 1\nLa llave\n\n${para}\n\n${tail}\n\nCapítulo 2\nEl faro\n\n${para}\nY se fue.\n\n${tail}\n\nCapítulo 3\nMarea alta\n\n${para}\n\n${tail}\n`;
    const o = read(text);
    expect(o.chapters.map((c) => c.title)).toEqual(['La llave', 'El faro', 'Marea alta']);
    expect(o.wordCount).toBe(3 * 19 + 3);
  });

  it('keeps a refrain of two lines that closes every part of a poem', () => {
    const refrain = 'And still the river runs to sea,\nand still the sea runs back to me.';
    const text = ['I', 'II', 'III'].map((n) => `${n}\n\nThe mill wheel turns above the weir and all the town is sleeping.\n\n${refrain}\n\n`).join('');
    expect(read(text).wordCount).toBe(3 * (13 + 15));
  });
});

describe("a reading site's watermark, a fresh code in each copy", () => {
  const story = (mark: (n: number) => string): string =>
    `Chapter 1: Flour Sacks\n\nWenna drew the harbour every night on the backs of flour sacks.\n${mark(1)}\nNobody else noticed the lighthouse was taller.\n\n` +
    `Chapter 2: Barley\n\nThe ship sat in a field of barley two miles inland.\n\n${mark(2)}\n\nThe crew swabbed a deck that never got wet.\n${mark(3)}\n`;

  it('leaves each stamped line out of the body, glued to a paragraph or standing alone', () => {
    const codes = ['k2VbQ8xTfL', 's0pWfQ1cRe', 'm7HdQ2ZrYa'];
    const o = read(story((n) => `${n * 37}Please respect copyright.PENANA${codes[n - 1]}`));
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['Wenna drew the harbour every', 'The ship sat in a']);
    expect(o.wordCount).toBe(12 + 7 + 11 + 9);
  });

  it('keeps a line the story repeats word for word, codes and all', () => {
    const o = read(story(() => 'Radio check from unit QX7734B, over.'));
    expect(o.wordCount).toBe(12 + 7 + 11 + 9 + 3 * 6);
  });

  it('keeps a repeated line whose numbers alone change', () => {
    const o = read(story((n) => `Room #${n * 12} was empty again`));
    expect(o.wordCount).toBe(12 + 7 + 11 + 9 + 3 * 5);
  });
});

describe('passages copied out of a reading app, each with the app’s citation under it', () => {
  const excerpt = 'Excerpt From\nThe Salt Road\nwillow_hart\nThis material may be protected by copyright.\n\n';
  it('reads an Apple Books copy: the citation blocks leave the text, and each selection its quotes', () => {
    const o = read(
      `“The Salt Road\nwillow_hart\nSummary\nTwo sisters walk to the coast.”\n\n${excerpt}` +
        `“Chapter 1: The Gate\n\nMara left before dawn, with bread and a knife.\n\nShe did not look back at the gate.”\n\n${excerpt}` +
        `“Chapter 2: The Shore\n\nThe sea was grey and loud.\n\nThey sat on the stones until dark.”\n\n${excerpt}`,
    );
    expect([o.title, o.author]).toEqual(['The Salt Road', 'willow_hart']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords, c.sceneBreaks])).toEqual([
      [1, 'The Gate', 'Mara left before dawn, with', 0],
      [2, 'The Shore', 'The sea was grey and', 0],
    ]);
    expect(o.wordCount).toBe(17 + 13);
  });

  it('leaves a Kindle citation out of the body, between two passages or at a chapter’s end', () => {
    const cite = (p: number) => `Hart, Willow. The Salt Road: A Novella (p. ${p}). Kindle Edition. \n\n`;
    const o = read(
      `The Salt Road\nWillow Hart\n\n${cite(1)}Chapter One\n\nMara left before dawn, with bread and a knife.\n\n${cite(4)}She did not look back at the gate.\n\n${cite(5)}` +
        `Chapter Two\n\nThe sea was grey and loud.\n\n${cite(9)}`,
    );
    expect(o.description ?? null).toBeNull();
    // The gap a citation leaves between two passages is no soft scene break either.
    expect(o.chapters.map((c) => [c.number, c.sceneBreaks, c.softBreaks])).toEqual([[1, 0, 0], [2, 0, 0]]);
    expect(o.wordCount).toBe(17 + 6);
  });
});
