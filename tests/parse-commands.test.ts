import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import type { Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';

/** Command markups (src/parse/markup/commands.ts): one command a line, named in words. */
const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const body = 'The lamps went out one by one along the quay, and still nobody came to the ferry, so she rowed herself across.';

const TEXINFO = `\\input texinfo   @c -*-texinfo-*-
@setfilename ferry.info
@settitle The Ferry at Dusk

@titlepage
@title The Ferry at Dusk
@author Mara Quill
@end titlepage

@node Top
@top The Ferry at Dusk

@quotation Author's note
Written for the harbour swap.
@end quotation

@menu
* Oars::     The first night.
@end menu

@node Oars
@chapter Oars

${body}
@emph{Nobody}, she said.

@center * * *

${body}

@chapter Tide

${body}

@unnumbered Acknowledgements

Thanks to the ferry.

@bye
`;

const POLLEN = `#lang pollen

◊(define-meta title "Salt for the Saint")
◊(define-meta author "Ines Corrow")
◊(define-meta summary "A stolen relic and a tide.")

◊aside[#:class "note"]{◊strong{Author's note:} written for a swap.}

◊chapter[#:n "1"]{The Reliquary}

${body}

◊section-break{}

${body}

◊chapter[#:n "2"]{The Tide Table}

◊em{Somebody} ${body}

◊colophon{Set in Equity.}
`;

const TAGGED = `<ASCII-WIN>
<Version:16.4><FeatureSet:InDesign-Roman>
<DefineParaStyle:Body=<Nextstyle:Body>>
<ParaStyle:Title>The Glasshouse Winter
<ParaStyle:Byline>Mirela Stoyan
<ParaStyle:Note Head>Author<0x2019>s Note
<ParaStyle:Note>This proof is for the anthology.
<ParaStyle:Chapter Number>1
<ParaStyle:Chapter Title>Frost
<ParaStyle:Body First><CharStyle:Italic>The frost<CharStyle:> came. ${body}
<ParaStyle:Scene Break><0x2042>
<ParaStyle:Body>${body}
<ParaStyle:Chapter Number>2
<ParaStyle:Chapter Title>Candles
<ParaStyle:Body>${body}
`;

const CHOICESCRIPT = `*title The Ferryman's Ledger
*author Keziah Morrow
*scene_list
  startup
*create coins 3

*comment ----- CHAPTER ONE -----
[b]Chapter One: The Toll[/b]

${body}

*choice
  #Pay the toll.
    *set coins -1
    *goto crossing

*label crossing
${body}

*page_break Continue

[b]Chapter Two: The Ledger[/b]

${body}
*finish
`;

describe('command markups', () => {
  it.each([
    ['ferry.texi', TEXINFO],
    ['story.txt', TEXINFO],
    ['saint.txt', POLLEN],
    ['glass.txt', TAGGED],
    ['startup.txt', CHOICESCRIPT],
  ])('detects %s as a command markup', (file, text) => expect(detectMarkup(file, text)).toBe('commands'));

  it('leaves prose that mentions an address or a starred word as text', () => {
    expect(detectMarkup('story.txt', `Write to me @home, she said.\n\n*sigh* ${body}\n\n@chapter was the word on the sign.\n`)).toBeNull();
  });

  it('reads Texinfo: title page, the author’s quotation as a story note, chapters, a centred break, and the closing acknowledgements as a note after', () => {
    const m = parseText('ferry.texi', TEXINFO);
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['The Ferry at Dusk', 'Mara Quill']);
    expect(o.chapters.map((c) => [c.title, c.sceneBreaks])).toEqual([['Oars', 1], ['Tide', 0]]);
    expect([m.notesBefore.length, m.notesAfter.length]).toEqual([1, 1]);
    expect(o.wordCount).toBe(3 * 22 + 3);
  });

  it('reads Pollen: define-meta, the aside as a note, numbered chapters from their attributes, and a break', () => {
    const m = parseText('saint.txt', POLLEN);
    const o = outline(m);
    expect([o.title, o.author, o.description]).toEqual(['Salt for the Saint', 'Ines Corrow', 'A stolen relic and a tide.']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Reliquary', 1], [2, 'The Tide Table', 0]]);
    expect(m.notesBefore.length).toBe(1);
    expect(o.wordCount).toBe(3 * 22 + 1);
  });

  it('reads InDesign tagged text by its style names: title, by-line, a labelled note, numbered chapters, breaks, escapes', () => {
    const m = parseText('glass.txt', TAGGED);
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['The Glasshouse Winter', 'Mirela Stoyan']);
    expect(m.notesBefore.map((n) => n.label)).toEqual(['Author’s Note']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([[1, 'Frost', 1, 'The frost came. The lamps'], [2, 'Candles', 0, 'The lamps went out one']]);
    expect(o.wordCount).toBe(3 * 22 + 3);
  });

  it('reads ChoiceScript: the title and author commands, bold chapter lines as headings, the game’s logic left out and its text kept', () => {
    const o = outline(parseText('startup.txt', CHOICESCRIPT));
    expect([o.title, o.author]).toEqual(["The Ferryman's Ledger", 'Keziah Morrow']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Toll'], [2, 'The Ledger']]);
    expect(o.wordCount).toBe(3 * 22 + 3);
  });
});
