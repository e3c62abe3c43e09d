import { describe, expect, it } from 'vitest';
import type { Manuscript } from '../src/model.js';
import { outline } from '../src/inspect/outline.js';
import { inlineText } from '../src/parse/inline.js';
import { detectMarkup } from '../src/parse/markup/detect.js';
import { parse } from '../src/parse.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

const read = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const bodyOf = (m: Manuscript): string => m.chapters.flatMap((c) => c.children).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('\n');

const WIKITEXT = `{{Infobox story
| title  = The Salt Bell
| author = [[User:Wren Hollis|Wren Hollis]]
| genre  = Folk horror
}}
{{Spoiler}}
'''The Salt Bell''' is a story by [[User:Wren Hollis|Wren Hollis]].<ref>Posted 2019.</ref>

== Author's Note ==
''Written for a prompt about bells.''

== Chapter 1: The Tide ==
The bell rang at low tide, when there was '''nobody''' to ring it.
----
Mara counted the strokes from the [[Harbour|harbour wall]].

== Chapter 2: The Rope ==
She climbed the tower at dawn and found the rope cut clean.

== Trivia ==
* The bell is real.

[[Category:Stories]]
`;

const ZIM = `Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2021-03-04T10:00:00+01:00

====== The Lamp Room ======
Created Thursday 04 March 2021

@draft

**Author:** Ines Baptiste
**Logline:** A keeper's daughter keeps the light alone.

===== 1. Oil =====

She trimmed the wick at dusk, as her **father** had shown her, and //waited//.

[ ] buy more oil
[*] fix the shutter

===== 2. Fog =====

The fog came in and did not leave for a week.

==== Research ====
* lamp oil prices in 1890
`;

const BOOKDOWN = `---
title: "Tidewater"
site: bookdown::bookdown_site
---

\`\`\`{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE)
\`\`\`

# (PART) Part One: Shallows {-}

# The Ferry {#ferry}

Jun took the ferry every morning.

# The Island {#island}

The island had one road and no cars.

\`r if (knitr::is_html_output()) '# References {-}'\`
`;

describe('MediaWiki wikitext', () => {
  it('is known from its templates and category links, not from a stray == x == line', () => {
    expect(detectMarkup('story.txt', WIKITEXT)).toBe('mediawiki');
    expect(detectMarkup('story.txt', 'Chapter 1\n\nShe left.\n\n== x ==\n\nHe stayed.\n')).toBeNull();
    expect(detectMarkup('story.txt', "== Part One ==\n\nIt was '''very''' late.\n\n== Part Two ==\n\nHe slept.\n")).toBeNull();
  });

  it('reads the infobox as metadata, sections as chapters, the note section as a note, and leaves the wiki chrome out', () => {
    const m = read('salt-bell.txt', WIKITEXT);
    const o = outline(m);
    expect([o.title, o.author, m.meta.fields.genre]).toEqual(['The Salt Bell', 'Wren Hollis', 'Folk horror']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Tide', 1], [2, 'The Rope', 0]]);
    expect(m.notesBefore.map((n) => n.label)).toEqual(["Author's Note"]);
    const body = bodyOf(m);
    expect(body).toContain('Mara counted the strokes from the harbour wall.');
    expect(body).not.toMatch(/'''|\[\[|Category|The bell is real|is a story by|Posted 2019/);
  });

  it('keeps or reports every word', () => {
    const m = read('salt-bell.txt', WIKITEXT);
    // The markup taken off, a link's page name with it (its shown words are the text).
    const source = WIKITEXT.replace(/\{\{|\}\}|\[\[[^\]|\n]*\||\[\[|\]\]|'''?|<\/?ref>|^[|*]|=/gm, ' ');
    expect(lostWords(source, keptText(m), reportedText(m, source.split('\n')))).toEqual([]);
  });
});

describe('Zim wiki pages', () => {
  it('is known from its file header; a plain story with //slashes// and a checkbox is not', () => {
    expect(detectMarkup('lamp.txt', ZIM)).toBe('zim');
    expect(detectMarkup('lamp.txt', 'Chapter 1\n\nShe wrote //this// in the margin.\n\n[ ] milk\n')).toBeNull();
  });

  it('reads six = signs as the title, five as chapters, the bold particulars as fields, and the last research notes as a closing note', () => {
    const m = read('lamp.txt', ZIM);
    const o = outline(m);
    expect([o.title, o.author, o.description]).toEqual(['The Lamp Room', 'Ines Baptiste', "A keeper's daughter keeps the light alone."]);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Oil'], [2, 'Fog']]);
    expect(m.notesAfter.map((n) => n.label)).toEqual(['Research']);
    expect(m.chapters[1]!.notesAfter).toEqual([]);
    const body = bodyOf(m);
    expect(body).toContain('☐ buy more oil');
    expect(body).toContain('☑ fix the shutter');
    expect(body).not.toMatch(/Content-Type|Created Thursday|@draft|\/\/|\*\*/);
  });

  it('keeps or reports every word', () => {
    const m = read('lamp.txt', ZIM);
    const source = ZIM.replace(/\[[ *]\]|\*\*|\/\/|=|^\* /gm, ' ').replace(/^@/gm, '');
    expect(lostWords(source, keptText(m), reportedText(m, ZIM.split('\n')))).toEqual([]);
  });
});

describe('bookdown R Markdown', () => {
  it('reads (PART) headings as parts, leaves knitr chunks and inline R out, and drops {#id} from titles', () => {
    const m = read('_main.Rmd.md', BOOKDOWN);
    expect(outline(m).chapters.map((c) => [c.title, c.part])).toEqual([['The Ferry', 'Part One: Shallows'], ['The Island', 'Part One: Shallows']]);
    const body = bodyOf(m);
    expect(body).toContain('Jun took the ferry every morning.');
    expect(body).not.toMatch(/knitr|opts_chunk|References/);
    expect(m.diagnostics.some((d) => d.ruleId === 'md-code-chunk' && d.line === 6)).toBe(true);
  });

  it('leaves an ordinary fenced code block and a # Part heading in plain Markdown alone', () => {
    const m = read('story.md', '# Part One\n\n# The Shop\n\nShe typed:\n\n```python\nprint("open")\n```\n\nThe door opened.\n');
    expect(m.diagnostics.some((d) => d.ruleId === 'md-code-chunk')).toBe(false);
    expect(keptText(m)).toContain('print("open")');
  });
});

describe('MediaWiki footnotes and comments', () => {
  it('leaves out a closed <ref> and comment, keeps the words of one that never closes, and keeps every line number', () => {
    const text = '{{Infobox story\n| title = Ash\n}}\n[[Category:Stories]]\n\n== Chapter 1 ==\nShe woke.<ref>A\nnote.</ref> She rose.<!-- fix -->\n\nShe left <ref>for good.\n';
    const m = read('ash.txt', text);
    expect(bodyOf(m).split('\n')).toEqual(['She woke. She rose.', 'She left for good.']);
    expect(m.chapters[0]!.children[1]!.position.start.line).toBe(10);
  });
});

describe('dialect edges', () => {
  it('Zim: a bold-labelled line after the story has begun is dialogue, not a field', () => {
    const m = read('z.txt', 'Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== Play ======\n\nThe curtain rose.\n\n**Maren:** Who is there?\n');
    expect(m.meta.fields.Maren).toBeUndefined();
    expect(bodyOf(m)).toContain('Maren: Who is there?');
  });

  it('bookdown: a part is a part by its (PART) mark, not by its name, and (PART\\*) is one too', () => {
    const m = read('b.md', '---\ntitle: Piers\n---\n\n# (PART) Arrivals {-}\n\n# The Pier\n\nWaves.\n\n# (PART\\*) Interlude {-}\n\n# The Gull\n\n```\n# not a heading\n```\n\nWings.\n');
    expect(outline(m).chapters.map((c) => [c.title, c.part])).toEqual([['The Pier', 'Arrivals'], ['The Gull', 'Interlude']]);
    expect(keptText(m)).toContain('# not a heading');
  });
});
