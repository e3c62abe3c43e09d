import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import type { Block, Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';
import { detectMarkup } from '../src/parse/markup/detect.js';
import { troffInline } from '../src/parse/markup/troff-inline.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const paragraphs = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));

/** A short story in the ms macros, as a writing group of the 1980s kept its drafts. */
const MS = `.\\" lighthouse.ms -- groff -ms lighthouse.ms
.nr PS 12
.ds LH DRAFT
.TL
Salt on the Glass
.AU
Owen Tarrant
.AI
Harbour Writers' Circle
.AB no
A keeper counts the ships that do not come.
.AE
.LP
.I "A/N:"
second draft, please be kind.
.NH
The Count
.PP
He counted \\fIseven\\fP masts on Monday \\(em and none on Tuesday.
\\(lqNone,\\(rq he wrote in the log, and under\\-lined it.
.sp 2
.ce
* * *
.PP
The fog came in at \\*(LH o'clock.
.NH
The Log
.PP
The log had a page for every day
.B "except"
Sundays.
.QS
A keeper keeps.
.QE
.SH
Afterword
.LP
.I "Author's note:"
the log is real; my uncle kept it.
`;

describe('troff (ms macros)', () => {
  const m = parseText('salt.txt', MS);

  it('is known by its macros and requests, and by the .ms name', () => {
    expect(detectMarkup('salt.txt', MS)).toBe('troff');
    expect(detectMarkup('salt.ms', 'Plain words.')).toBe('troff');
  });

  it('takes .TL, .AU and the abstract as title, author and summary; .AI is a field, not body', () => {
    expect(m.meta).toMatchObject({ title: 'Salt on the Glass', author: 'Owen Tarrant', description: 'A keeper counts the ships that do not come.' });
    expect(m.meta.fields['Institution']).toBe("Harbour Writers' Circle");
  });

  it('makes the text under .NH a chapter heading, a centred * * * a break, labelled paragraphs and a closing Afterword notes', () => {
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([
      [null, 'The Count', 1],
      [null, 'The Log', 0],
    ]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['A/N']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(["Author's note"]);
  });

  it('turns escapes into their characters and font changes into emphasis, with no markup left in the text', () => {
    const [first, second, third] = paragraphs(m.chapters[0]!.children);
    expect(third).toBeUndefined();
    expect(first).toBe('He counted seven masts on Monday — and none on Tuesday. “None,” he wrote in the log, and under-lined it.');
    expect(second).toBe("The fog came in at DRAFT o'clock.");
    expect(m.chapters[0]!.children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'emphasis', children: [{ type: 'text', value: 'seven' }] }, { type: 'text' }] });
    expect(paragraphs(m.chapters[1]!.children)).toEqual(['The log had a page for every day except Sundays.', 'A keeper keeps.']);
  });

  it('keeps every word, reporting what it leaves out (comments, layout requests)', () => {
    const source = MS.split('\n').filter((l) => !/^\.(?:[A-Z]{2}|sp|ce|nr|ds|[IB])\b/.test(l)).join('\n').replace(/\\-/g, '-').replace(/\\(?:f[IPB]|\(\w\w|\*\(\w\w)/g, ' ');
    expect(lostWords(source, keptText(m), reportedText(m, MS.split('\n')))).toEqual([]);
  });

  it("reads prose that opens a line like a request ('Tis, ...and) as text once the file is troff", () => {
    const read = parseText('tis.ms', ".TL\nT\n.PP\n'Tis the season,\n...and then he left.\n");
    expect(paragraphs(read.chapters[0]!.children)).toEqual(["'Tis the season, ...and then he left."]);
  });

  it('leaves prose that opens a line with a full stop as text', () => {
    const text = '...and then he left.\n\n.Hidden dot line\n\nChapter 1\n\nText.';
    expect(detectMarkup('story.txt', text)).toBeNull();
  });
});

describe('troff escapes', () => {
  it.each([
    ['\\(lqHi\\(rq', '“Hi”'],
    ['caf\\[u00E9]', 'café'],
    ['a\\|b\\&c\\%d', 'abcd'],
    ['\\s+2big\\s0 \\h\'1i\'gap', 'big gap'],
    ['\\fBbold\\fP plain', '\uE002bold\uE003 plain'],
    ['open \\fIend', 'open \uE000end\uE001'],
  ])('%s', (source, expected) => expect(troffInline(source)).toBe(expected));

  it('reads 2 MB of unclosed escapes and requests without failing', () => {
    const big = ('\\h\'x \\[open \\*[str \\fI .I "a\n.QS\n').repeat(60_000);
    expect(parseText('big.ms', `.TL\nT\n.PP\n${big}`).chapters.length).toBeGreaterThan(0);
  }, 120_000);
});
