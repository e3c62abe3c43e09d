import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { HEADER_CHROME, matchBoilerplate } from '../src/parse/rules/boilerplate.js';

/** An Uzbek library page (languages/uz.ts): `BIRINCHI BOB` headings, the genre word under the title, the page's action row. */
const PAGE = `Dilnoza Rahimova
TOG‘DAGI CHIROQ
Qissa

Chop etish | Yuklab olish (PDF) | Ko‘rishlar soni: 4 871

BIRINCHI BOB

Qishlog‘imiz tog‘ etagida edi. Har kecha tog‘ tepasida bir chiroq yonardi.

IKKINCHI BOB

Tepaga yetganimda chiroq o‘chdi.

TO‘RTINCHI BOB

Pastga tushganimda tong otgan edi.
`;

describe('an Uzbek story page', () => {
  it('reads the title over its genre word, the author over it, spelled-out chapter numbers, and no summary from the action row', () => {
    const o = outline(parse(new TextEncoder().encode(PAGE), 'qissa.txt'));
    expect([o.title, o.author, o.description]).toEqual(['TOG‘DAGI CHIROQ', 'Dilnoza Rahimova', null]);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null], [4, null]]);
    expect(o.wordCount).toBe(11 + 4 + 5);
  });

  it('tells an action row from a row of labelled fields', () => {
    expect(matchBoilerplate(HEADER_CHROME, 'Chop etish | Yuklab olish (PDF) | Ko‘rishlar soni: 4 871')?.id).toBe('action-row');
    expect(matchBoilerplate(HEADER_CHROME, 'Pubblicata: 02/04/2019 | Aggiornata: 23/04/2019 | Parole: 357')).toBeNull();
  });
});
