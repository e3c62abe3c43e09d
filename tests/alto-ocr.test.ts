import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/**
 * A block of ALTO lines, each line's words as `<String>`s. `Fiske|pladsen,` at a line's end is a word hyphenated
 * across it: its first half ends this line, its second opens the next, both carrying the whole word.
 */
function block(lines: string[]): string {
  let carried: { half: string; whole: string } | null = null;
  const out = lines.map((line) => {
    const strings: string[] = carried ? [`<String CONTENT="${carried.half}" SUBS_TYPE="HypPart2" SUBS_CONTENT="${carried.whole}"/>`] : [];
    carried = null;
    for (const w of line.split(' ')) {
      const split = /^(.+)\|(.+)$/.exec(w);
      if (split) {
        strings.push(`<String CONTENT="${split[1]}" SUBS_TYPE="HypPart1" SUBS_CONTENT="${split[1]}${split[2]}"/><HYP CONTENT="-"/>`);
        carried = { half: split[2]!, whole: `${split[1]}${split[2]}` };
      } else strings.push(`<String CONTENT="${w}"/>`);
    }
    return `<TextLine>${strings.join('<SP/>')}</TextLine>`;
  });
  return `<TextBlock>${out.join('\n')}</TextBlock>`;
}

const page = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><fileName>avis_1908.jp2</fileName></Description><Layout><Page><PrintSpace>',
  block(['Aalborg Stiftstidende. Tirsdag den 4. August 1908.']),
  block(['Feuilleton.']),
  block(['Fyrmesterens Datter.']),
  block(['Fortælling af Karen Holm.']),
  block(['VII.']),
  block(['Det blæste op ud paa Eftermiddagen.', 'Ane stod i Døren og saa Baadene komme ind fra Fiske|pladsen,', 'den ene efter den anden.']),
  block(['* * *']),
  block(['Ved Mørkets Frembrud tændte han Lampen, og Lyset gled ud over Vandet.']),
  block(['VIII.']),
  block(['Ved Midnat bankede det paa Døren, og udenfor stod Niels, vaad til Skindet.']),
  '</PrintSpace></Page></Layout></alto>',
].join('\n');

describe('a newspaper page OCR\'d to ALTO: the words only in attributes, a block a paragraph', () => {
  const o = read(page, 'page.xml');

  it('reads the title set with a full stop over its by-line so set, and the chapters by their numerals', () => {
    expect([o.title, o.author]).toEqual(['Fyrmesterens Datter', 'Karen Holm']);
    expect(o.chapters.map((c) => c.number)).toEqual([7, 8]);
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
  });

  it('counts a word hyphenated across two lines once, whole', () => {
    expect(o.chapters[0]!.firstWords).toBe('Det blæste op ud paa');
    expect(o.wordCount).toBe(22 + 12 + 13);
  });
});
