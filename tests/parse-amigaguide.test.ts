import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';

/** AmigaGuide hypertext (src/parse/markup/amigaguide.ts): nodes in the document's order as sections. */
const GUIDE = [
  '@database Harbour.guide',
  '@$VER: Harbour.guide 2.1 (03.02.96)',
  '@remark converted from a text file',
  '',
  '@node MAIN "Main"',
  '',
  '       @{b}Lights of the Harbour@{ub}',
  '',
  '          by Wiebke Sommer',
  '',
  '  @{" Foreword  " link Fore}  @{" Contents " link Toc}',
  '@endnode',
  '',
  '@node Toc "Contents"',
  'Select a chapter:',
  '',
  '@{" The Ferry " link One}',
  '@{" The Quay  " link Two}',
  '@endnode',
  '',
  '@node Fore "A/N"',
  '@toc Toc',
  'Written for my sister, who asked for a story with boats in it.',
  '@endnode',
  '',
  '@node One "I. The Ferry"',
  '@next Two',
  '@{b}I. The Ferry@{ub}',
  '',
  'The ferry came in at six, @{i}always@{ui} at six,',
  'whatever the weather did.',
  '',
  '    ~ ~ ~',
  '',
  'Marten counted the cars as they rolled off.',
  '@endnode',
  '',
  '@node Two "II. The Quay"',
  '@title "II. The Quay"',
  'On the quay the gulls waited for the fish boats@{plain}, and mail went to user\\@host.',
  '@endnode',
  '',
  '@node Three',
  '   III. The Storm',
  '   --------------',
  '',
  'The storm came at night.',
  '@endnode',
  '',
  '@node Hist "History"',
  'v2.1 fixed two typos. v2.0 first release.',
  '@endnode',
  '',
  '@node Terms "Freely Distributable"',
  'This text is freeware and may be copied freely.',
  '@endnode',
].join('\n');

describe('AmigaGuide', () => {
  it('is told from Texinfo, whose @node has no quoted title and which has no @endnode', () => {
    expect(detectMarkup('harbour.txt', GUIDE)).toBe('amigaguide');
    expect(detectMarkup('manual.txt', '\\input texinfo\n@settitle Harbour\n@node Top\n@chapter One\nText.\n')).toBe('commands');
  });

  it("reads the main node as the title page, the other nodes as sections (an untitled one under its underlined heading); contents, the note node and the guide's own pages kept out of the body", () => {
    const o = outline(parse(new TextEncoder().encode(GUIDE), 'harbour.txt'));
    expect([o.title, o.author]).toEqual(['Lights of the Harbour', 'Wiebke Sommer']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 'The Ferry', 1, 'The ferry came in at'],
      [2, 'The Quay', 0, 'On the quay the gulls'],
      [3, 'The Storm', 0, 'The storm came at night.'],
    ]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(["A/N"]);
    expect(o.wordCount).toBe(21 + 15 + 5);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['amigaguide', 'amigaguide-commands', 'amigaguide-title-page', 'amigaguide-contents', 'amigaguide-guide-page']));
  });

  it('reads a guide of one node as a story without headings, its title from the node', () => {
    const one = ['@database Gull.guide', '@node Main "The Gull"', '@{b}The Gull@{ub}', '', 'by Ole Brink', '', '"Go on," said the gull.', '', 'Nobody went.', '@endnode'].join('\n');
    const o = outline(parse(new TextEncoder().encode(one), 'gull.txt'));
    expect([o.title, o.author]).toEqual(['The Gull', 'Ole Brink']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[null, null, '"Go on," said the gull.']]);
    expect(o.wordCount).toBe(7);
  });
});
