import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const CAPSULE = `# The Tide Library
## by Ada Wren

=> gemini://wren.example/ Home
=> gemini://wren.example/fiction/ More fiction

> Author's note: written during the March storm.

## The Low Water

The tide went out a third time that winter and left the library standing.

* two hundred books,
* a captain's hat.

## Lending Slip

\`\`\`
  RETURN BY 14 MARCH
\`\`\`

Delfina ran up the hill with the book held to her chest.

=> gemini://wren.example/fiction/ Back
`;

describe('Gemini gemtext', () => {
  it('reads a capsule page: the # title and by-line heading as header, ## lines as chapters whatever their words, link lines left out', () => {
    const o = outline(parse(new TextEncoder().encode(CAPSULE), 'tide.gmi'));
    expect([o.title, o.author]).toEqual(['The Tide Library', 'Ada Wren']);
    expect(o.chapters.map((c) => [c.title, c.firstWords])).toEqual([
      ['The Low Water', 'The tide went out a'],
      ['Lending Slip', 'RETURN BY 14 MARCH Delfina'],
    ]);
    expect(o.notesBefore.length).toBe(1);
    expect(o.wordCount).toBe(14 + 8 + 4 + 12);
  });

  it('knows gemtext by its gemini:// link lines under any name', () => {
    const o = outline(parse(new TextEncoder().encode(CAPSULE), 'tide.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['The Low Water', 'Lending Slip']);
  });
});
