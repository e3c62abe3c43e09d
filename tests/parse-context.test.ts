import { describe, expect, it } from 'vitest';
import type { Manuscript } from '../src/model.js';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';

/** ConTeXt (src/parse/markup/context.ts): \startX … \stopX sections, read by the LaTeX reader. */
const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);

const CONTEXT = `% verhaal.tex
\\mainlanguage[nl]
\\setupbodyfont[palatino,11pt]
\\setupinteraction
  [state=start,
   title={De veerman},
   author={Sanne Verbeek}]
\\define\\scenebreak{\\blank[big]\\midaligned{*\\quad*\\quad*}\\blank[big]}

\\starttext

\\startstandardmakeup
  \\midaligned{\\bfd De veerman}
\\stopstandardmakeup

\\startpart[title={Deel een: Het water}]

\\startchapter[title={Mist}]

Om zes uur was de rivier een gerucht.

\\scenebreak

\\quotation{Ik moet naar de overkant,} zei ze.

\\stopchapter

\\startchapter[title={De bel}]

Hij had drie regels:

\\startitemize[n,packed]
\\item Vaar nooit zonder bel.
\\item Vraag geen naam.
\\stopitemize

\\page

\\stopchapter

\\stoptext
`;

describe('ConTeXt', () => {
  it('reads \\setupinteraction metadata, \\startpart/\\startchapter titles and the body between them', () => {
    const m = parseText('verhaal.tex', CONTEXT);
    expect(m.meta.title).toBe('De veerman');
    expect(m.meta.author).toBe('Sanne Verbeek');
    expect(m.chapters.map((c) => c.heading)).toEqual(['Mist', 'De bel']);
    expect(m.chapters.map((c) => c.part)).toEqual(['Deel een: Het water', 'Deel een: Het water']);
    const o = outline(m);
    expect(o.chapters.map((c) => [c.sceneBreaks, c.firstWords])).toEqual([[1, 'Om zes uur was de'], [0, 'Hij had drie regels: Vaar']]);
    expect(o.wordCount).toBe(26);
    expect(m.diagnostics.some((d) => d.ruleId === 'context')).toBe(true);
  });

  it('is told from its own lines without a .tex name', () => {
    expect(detectMarkup('verhaal.txt', CONTEXT)).toBe('latex');
  });
});
