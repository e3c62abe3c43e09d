import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import type { Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';

/** Markups that mark headings with signs at a line's start (src/parse/markup/heading-markups.ts), and Ren'Py scripts (renpy.ts). */
const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const body = 'The lock-keeper’s daughter learned to read the river before she learned to read words, and it never lied to her.';

const TXT2TAGS = `The Weir at Ketterby
Odile Marchbank
Draft 3, %%mtime(%d %B %Y)

%!target: html
%!encoding: utf-8
% private: fix the mill dates

\t**Author's note:** the weir is real, the Ketterbys are not.

+ The Sluice +

${body} A //green// river.

+ two sacks of lime
+ one spare paddle-chain

--------------------

${body}

+ The Upper Gate +

${body}
`;

const TID = `author: Juniper Vale
created: 20230114201533412
summary: Three nights in a lighthouse town.
title: The Moth Lamps
type: text/vnd.tiddlywiki

<<<
''Author's note:'' this tiddler is the whole story.
<<<

<<toc-selective-expandable "The Moth Lamps">>

!! Night One — The Jar

${body}

---

${body}

!! Night Two — The Warden

{{The Moth Lamps/Map}}

${body}
`;

const NOVELWRITER = `#! The Orchard Keepers

>> A Novella <<

>> Hollis Penrake <<

% Manuscript build — novelWriter 2.3

# Part One: Blossom

## The Frost Night

%Synopsis: The first frost.

### Smudge Pots

@pov: Wren
@location: North Orchard

${body}

### The Ladder

@pov: Tam

${body}

## Bees

@pov: Wren

${body}
`;

describe('heading-sign markups', () => {
  it.each([
    ['draft.txt', TXT2TAGS, 'txt2tags'],
    ['draft.t2t', TXT2TAGS, 'txt2tags'],
    ['moths.txt', TID, 'tiddlywiki'],
    ['orchard.txt', NOVELWRITER, 'novelwriter'],
  ])('detects %s', (file, text, markup) => expect(detectMarkup(file, text)).toBe(markup));

  it('reads txt2tags: the three header lines, settings and comments out, `+ Title +` chapters beside `+ item` lines, a tab-indented note, a rule as a break', () => {
    const m = parseText('draft.txt', TXT2TAGS);
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['The Weir at Ketterby', 'Odile Marchbank']);
    expect(o.chapters.map((c) => [c.title, c.sceneBreaks])).toEqual([['The Sluice', 1], ['The Upper Gate', 0]]);
    expect(m.notesBefore.length).toBe(1);
    // The list items keep their `+` signs, as the text shows them.
    expect(o.wordCount).toBe(3 * 20 + 3 + 9);
  });

  it('reads a TiddlyWiki tiddler: its fields, the quoted note, macros and transclusions out, `!!` chapters with their counted label', () => {
    const m = parseText('moths.txt', TID);
    const o = outline(m);
    expect([o.title, o.author, o.description]).toEqual(['The Moth Lamps', 'Juniper Vale', 'Three nights in a lighthouse town.']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Jar', 1], [2, 'The Warden', 0]]);
    expect(m.notesBefore.length).toBe(1);
    expect(o.wordCount).toBe(3 * 20);
  });

  it('reads novelWriter: the title, the author among the centred lines, parts over chapters, scenes as breaks, `@pov:` as POV markers', () => {
    const o = outline(parseText('orchard.txt', NOVELWRITER));
    expect([o.title, o.author]).toEqual(['The Orchard Keepers', 'Hollis Penrake']);
    expect(o.chapters.map((c) => [c.title, c.part, c.sceneBreaks, c.povMarkers])).toEqual([
      ['The Frost Night', 'Part One: Blossom', 1, ['Wren', 'Tam']],
      ['Bees', 'Part One: Blossom', 0, ['Wren']],
    ]);
    expect(o.wordCount).toBe(3 * 20);
  });

  it('reads a Ren\'Py script: the opening comments’ title and by-line, centred chapter cards, narration and characters’ lines, staging left out', () => {
    const script = `# script.rpy\n# The Night Tram\n# a kinetic novel by Dace Kalnina\n\ndefine v = Character("Vera")\n\nlabel start:\n    scene black\n    centered "{size=+12}Chapter One{/size}\\n{i}The Last Stop{/i}"\n    with dissolve\n    "${body}"\n    v "Is this the number nine?"\n    centered "* * *"\n    "${body}"\n    jump two\n\nlabel two:\n    centered "Chapter Two\\nTerminus"\n    "${body}"\n    return\n`;
    expect(detectMarkup('script.txt', script)).toBe('renpy');
    const o = outline(parseText('script.txt', script));
    expect([o.title, o.author]).toEqual(['The Night Tram', 'Dace Kalnina']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Last Stop', 1], [2, 'Terminus', 0]]);
    expect(o.wordCount).toBe(3 * 20 + 5);
  });
});

describe('PmWiki page source', () => {
  const PAGE = [
    '(:title The Lighthouse Girl:)',
    '(:description In 1938 a girl of twelve keeps the light alone.:)',
    '(:keywords story, contest:)',
    "%rframe width=180px% Attach:lighthouse.jpg | ''The lighthouse''",
    'Author: Kasia Nowicka',
    'Genre: short story',
    '',
    '(:toc:)',
    '',
    '!! Chapter I – Fog',
    '',
    `${body}`,
    '',
    '[@',
    'Lighthouse log, 14 October',
    '@]',
    '',
    "She lit the lamp at a quarter to six, ''alone''.",
    '',
    '----',
    '',
    `${body}`,
    '',
    '!! Chapter II – Morning',
    '',
    `${body}`,
    '',
    "%center%'''THE END'''",
    '',
    '!! Comments',
    '>>messageitem<<',
    '!!!!Tomek – 14.10.2011',
    'Lovely! The log was the best part.',
  ].join('\n');

  it('is recognised by its directives', () => expect(detectMarkup('page.txt', PAGE)).toBe('pmwiki'));

  it('reads the title and summary directives, the fields under them, chapters, a preformatted block and a break; the comments section is no story', () => {
    const m = parseText('page.txt', PAGE);
    const o = outline(m);
    expect([o.title, o.author, o.description]).toEqual(['The Lighthouse Girl', 'Kasia Nowicka', 'In 1938 a girl of twelve keeps the light alone.']);
    expect(o.fields).toMatchObject({ Genre: 'short story' });
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([
      [1, 'Fog', 1],
      [2, 'Morning', 0],
    ]);
    const words = body.split(' ').length;
    expect(o.wordCount).toBe(words * 3 + 4 + 10);
    expect(m.diagnostics.map((d) => d.ruleId)).toContain('md-comments');
  });
});

describe('Vimwiki page source', () => {
  const o = outline(
    parse(
      Buffer.from(
        [
          '%title The Sewing Machine',
          '%date 2022-11-06',
          '%% to post with :VimwikiAll2HTML',
          '[[index|Stories]] | [[../diary/2022-11-06|Today]]',
          '',
          '= The Sewing Machine =',
          '',
          'Author: Anuradha Mishra',
          'Word limit: 500',
          '',
          '_Author’s note:_ for my grandmother.',
          '',
          '----',
          '',
          'Grandmother kept a *black* machine in the corner of her room, and it _sang_ when she worked.',
          '',
          '%% add grandfather’s story here?',
          '',
          '----',
          '',
          'Twelve years later the machine stands in my own house, and my daughter asks what it is.',
          '',
          '== To do ==',
          '',
          '* [ ] make part two clearer',
          '* [X] settle the title',
          '',
          '[[index|← back]]',
        ].join('\n'),
      ),
      'sewing.wiki',
    ),
  );

  it('reads the title directive and heading, the fields and the note; comments, settings, link rows and the checklist are not text', () => {
    expect([o.title, o.author]).toEqual(['The Sewing Machine', 'Anuradha Mishra']);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Author’s note']);
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
    expect(o.wordCount).toBe(17 + 17);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('markup-empty-heading');
  });
});

describe('Foswiki topic text', () => {
  const o = outline(
    parse(
      Buffer.from(
        [
          '%META:TOPICINFO{author="FemkeHoekstra" date="1489312345" format="1.1" version="7"}%',
          '%META:TOPICPARENT{name="WritingContest2017"}%',
          '---+!! The Laughing Lion',
          '%TOC{depth="2"}%',
          '',
          '*Author:* Femke Hoekstra %BR%',
          '*Genre:* short story',
          '',
          '<!-- Jan: final version before 15 March please -->',
          '',
          '---++ Chapter One – Market Day',
          '',
          'Every Saturday Mr Baker stood with his _barrel organ_ on the corner of the fish market.',
          '',
          '%RED% TODO: do barrel organs have drums? %ENDCOLOR%',
          '',
          '---',
          '',
          'In December the organ was not there, nor the week after.',
          '',
          '---++ Chapter Two – The New Organ-grinder',
          '',
          'In spring the Laughing Lion stood on the corner again.',
          '',
          '-- Main.FemkeHoekstra - 12 Mar 2017',
        ].join('\n'),
      ),
      'DeLachendeLeeuw.txt',
    ),
  );

  it('reads the title heading, the bold labels as fields and the level-two headings as chapters; metadata, macros, comments, the memo and the signature are not text', () => {
    expect([o.title, o.author]).toEqual(['The Laughing Lion', 'Femke Hoekstra']);
    expect(o.fields).toMatchObject({ Genre: 'short story' });
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Market Day', 1], [2, 'The New Organ-grinder', 0]]);
    expect(o.wordCount).toBe(16 + 11 + 10);
  });
});
