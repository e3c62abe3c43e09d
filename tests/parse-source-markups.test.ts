import { describe, expect, it } from 'vitest';
import type { Block, Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';
import { detectMarkup } from '../src/parse/markup/detect.js';
import { troffInline } from '../src/parse/markup/troff-inline.js';

const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const paragraphs = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));
const breaks = (blocks: readonly Block[]): number => blocks.filter((b) => b.type === 'sceneBreak').length;

/** A two-chapter story in groff's mom macros. */
const MOM = `.\\" orchard.mom
.TITLE "The Frost Orchard"
.AUTHOR "Ines Calloway"
.DOCTYPE CHAPTER
.PRINTSTYLE TYPESET
.PT_SIZE 11
.CHAPTER 1
.CHAPTER_TITLE "Smudge Pots"
.START
.PP
The growers lit the pots at midnight, and the \\*[IT]whole\\*[PREV] valley
smelled of kerosene.
.LINEBREAK
.PP
By dawn the blossoms had held.
.COLLATE
.CHAPTER 2
.CHAPTER_TITLE "Thaw"
.START
.PP
Nobody slept the next night either.
`;

/** A LaTeX novel in the \`novel\` class: its own title commands and chapter-start environments. */
const NOVEL = `\\documentclass{novel}
\\SetTitle{The Tin Bell}
\\SetAuthor{Rafe Okonkwo}
\\begin{document}
\\frontmatter
\\begin{ChapterStart}
\\ChapterTitle{Foreword}
\\end{ChapterStart}

Author's note: the bell is real and still rings.

\\mainmatter
\\begin{ChapterStart}
\\ChapterTitle{Chapter One}
\\ChapterSubtitle{The Belfry}
\\end{ChapterStart}

\\FirstLine{The bell rang} once at noon and never again that year.

\\scenebreak

In spring the rope was found cut.

\\begin{ChapterStart}
\\ChapterTitle{Chapter Two}
\\ChapterSubtitle{The Rope}
\\end{ChapterStart}

The sexton denied everything.
\\end{document}
`;

/** A LyX document: header of settings, layouts, quote insets, emphasis switches and a Note inset. */
const LYX = `#LyX 2.3 created this file. For more info see http://www.lyx.org/
\\lyxformat 544
\\begin_document
\\begin_header
\\textclass book
\\language english
\\end_header

\\begin_body

\\begin_layout Title
Glass Harbour
\\end_layout

\\begin_layout Author
Odile Marsh
\\end_layout

\\begin_layout Chapter
Low Water
\\end_layout

\\begin_layout Standard
\\begin_inset Note Note
status open

\\begin_layout Plain Layout
Author's note: rewrite the opening.
\\end_layout

\\end_inset


\\end_layout

\\begin_layout Standard
The tide went out 
\\emph on
further
\\emph default
 than anyone
 remembered. 
\\begin_inset Quotes eld
\\end_inset

Look,
\\begin_inset Quotes erd
\\end_inset

 said Pell.
\\end_layout

\\begin_layout Standard
\\begin_inset Note Note
status collapsed

\\begin_layout Plain Layout
check tide tables
\\end_layout

\\end_inset


\\end_layout

\\begin_layout Standard
\\align center
* * *
\\end_layout

\\begin_layout Standard
The wrecks stood up out of the mud.
\\end_layout

\\begin_layout Chapter
High Water
\\end_layout

\\begin_layout Standard
It came back all at once.
\\end_layout

\\end_body
\\end_document
`;

/** A MoinMoin page holding a short story. */
const MOIN = `#format wiki
#language en
## page created by WrenHollis
= The Paper Kite =
''by Wren Hollis''

/!\\ '''Author's note:''' written for the spring workshop.

<<TableOfContents(2)>>

== Chapter 1: String ==
The kite went up on the first try.

 1. tie the knot;
 1. run.
----
It came down in the river.

== Chapter 2: Paper ==
We made another from the Sunday paper.

----
CategoryStories
`;

describe('groff mom macros', () => {
  it('reads .TITLE/.AUTHOR as metadata, .CHAPTER + .CHAPTER_TITLE as one heading at .START, .LINEBREAK as a scene break', () => {
    expect(detectMarkup('orchard.txt', MOM)).toBe('troff');
    const m = parseText('orchard.txt', MOM);
    expect(m.meta.title).toBe('The Frost Orchard');
    expect(m.meta.author).toBe('Ines Calloway');
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Smudge Pots'], [2, 'Thaw']]);
    expect(paragraphs(m.chapters[0]!.children)).toEqual(['The growers lit the pots at midnight, and the whole valley smelled of kerosene.', 'By dawn the blossoms had held.']);
    expect(breaks(m.chapters[0]!.children)).toBe(1);
    expect(m.diagnostics.some((d) => d.ruleId === 'troff-mom-style' && d.line === 6)).toBe(true);
  });

  it("reads mom's inline font strings as emphasis", () => {
    expect(troffInline('a \\*[IT]b\\*[PREV] c')).toBe('a \uE000b\uE001 c');
  });
});

describe('LaTeX novel class', () => {
  it('reads \\SetTitle/\\SetAuthor, ChapterStart headings, and a front-matter heading over a note as a story note', () => {
    const m = parseText('bell.txt', NOVEL);
    expect(m.meta.title).toBe('The Tin Bell');
    expect(m.meta.author).toBe('Rafe Okonkwo');
    expect(m.notesBefore).toHaveLength(1);
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Belfry'], [2, 'The Rope']]);
    expect(paragraphs(m.chapters[0]!.children)[0]).toBe('The bell rang once at noon and never again that year.');
    expect(breaks(m.chapters[0]!.children)).toBe(1);
  });
});

describe('LyX documents', () => {
  it('reads layouts, emphasis and quote insets; a labelled Note inset is a note, an unlabelled one dropped', () => {
    expect(detectMarkup('harbour.txt', LYX)).toBe('lyx');
    const m = parseText('harbour.txt', LYX);
    expect(m.meta.title).toBe('Glass Harbour');
    expect(m.meta.author).toBe('Odile Marsh');
    expect(m.chapters.map((c) => c.title)).toEqual(['Low Water', 'High Water']);
    const first = m.chapters[0]!;
    expect(first.notesBefore).toHaveLength(1);
    expect(paragraphs(first.children)).toEqual(['The tide went out further than anyone remembered. “Look,” said Pell.', 'The wrecks stood up out of the mud.']);
    expect(breaks(first.children)).toBe(1);
    expect(m.diagnostics.some((d) => d.ruleId === 'lyx-note')).toBe(true);
  });
});

describe('MoinMoin pages', () => {
  it('reads the page title and by-line, drops instructions, macros and categories, and keeps list items as body', () => {
    expect(detectMarkup('kite.txt', MOIN)).toBe('moinmoin');
    const m = parseText('kite.txt', MOIN);
    expect(m.meta.title).toBe('The Paper Kite');
    expect(m.meta.author).toBe('Wren Hollis');
    expect(m.notesBefore).toHaveLength(1);
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'String'], [2, 'Paper']]);
    expect(paragraphs(m.chapters[0]!.children)).toEqual(['The kite went up on the first try.', 'tie the knot;', 'run.', 'It came down in the river.']);
    expect(breaks(m.chapters[0]!.children)).toBe(1);
    expect(breaks(m.chapters[1]!.children)).toBe(0);
    expect(paragraphs(m.chapters[1]!.children)).toEqual(['We made another from the Sunday paper.']);
  });
});

describe('other classes and macros of the same families', () => {
  it("reads KOMA-Script's \\addchap as an unnumbered chapter; one in \\frontmatter over a note is the story's note", () => {
    const text = `\\documentclass{scrbook}
\\title{Salt Road}
\\author{Mirja Holm}
\\begin{document}
\\frontmatter
\\addchap{Preface}
Author's note: the road is closed now.
\\mainmatter
\\chapter{Dust}
The carts left before light.
\\addchap{Coda}
Nobody came back that way.
\\end{document}
`;
    const m = parseText('salt.txt', text);
    expect(m.notesBefore).toHaveLength(1);
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Dust'], [null, 'Coda']]);
  });

  it("keeps a mom footnote's words but not its OFF switch", () => {
    const text = `.TITLE "Ferry"
.START
.PP
The ferry ran twice a day.
.FOOTNOTE
Once, in winter.
.FOOTNOTE OFF
.PP
It was always late.
`;
    const m = parseText('ferry.txt', text);
    const words = m.chapters.flatMap((c) => paragraphs(c.children)).join(' ');
    expect(words).toContain('Once, in winter.');
    expect(words).not.toContain('OFF');
  });

  it('does not take a plain story with a shouted <<END>> line and = Title = for a MoinMoin page', () => {
    expect(detectMarkup('end.txt', '= The Long Night =\n\nIt was dark.\n\n<<END>>\n')).toBeNull();
  });
});
