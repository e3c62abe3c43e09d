import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Distributed Proofreaders' concatenated text (src/parse/proofing-text.ts). */
const TEXT = `-----File: 0001.png---\\mjbird\\Rosebud\\JulieB\\
[Blank Page]
-----File: 0003.png---\\mjbird\\Rosebud\\JulieB\\

/*
THE BELL AT MARROW FORD

BY

EDITH CAWLEY STROUD
*/
-----File: 0007.png---\\mjbird\\Rosebud\\JulieB\\




CHAPTER I.

THE FORD.


There was a bell at Marrow Ford long before there was a bridge,
and the people of the <i>valley</i> had a saying about it.

<tb>

The surveyor came in March with [**sic?] instruments, to take the measure of its treach-*
-----File: 0008.png---\\mjbird\\Rosebud\\JulieB\\
*ery. He rang the bell in <sc>Shrewsbury</sc>.




CHAPTER II.

THE FLOOD.


It rained for a week.
`;

describe("Distributed Proofreaders' concatenated text", () => {
  it('reads past page separators and proofing markup: title page, chapter, thought break, a word joined over a page', () => {
    const o = outline(parse(new TextEncoder().encode(TEXT), 'projectID.txt'));
    expect([o.title, o.author]).toEqual(['THE BELL AT MARROW FORD', 'EDITH CAWLEY STROUD']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 'THE FORD', 1, 'There was a bell at'],
      [2, 'THE FLOOD', 0, 'It rained for a week.'],
    ]);
    expect(o.wordCount).toBe(22 + 22 + 5);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['proofing-text', 'proofing-notes']));
  });
});
