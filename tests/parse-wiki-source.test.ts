import { describe, expect, it } from 'vitest';
import type { Manuscript } from '../src/model.js';
import { outline } from '../src/inspect/outline.js';
import { inlineText } from '../src/parse/inline.js';
import { detectMarkup } from '../src/parse/markup/detect.js';
import { parse } from '../src/parse.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

const read = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const bodyOf = (m: Manuscript): string => m.chapters.flatMap((c) => c.children).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('\n');

const CONFLUENCE = `{warning}Drafts in this space are not reviewed.{warning}

h1. The Quiet Floor

*Author:* [~m.ferris] (Mona Ferris)
||Series||Night Shift||

{panel:title=Author's note}
Second story in the series.
{panel}

{toc}
{roadmap:timeline=true}

h2. 1. Badge

Theo swiped his badge at the _third_ door and it blinked +red+.
# Try again.
# Call security.

h2. 2. Lift

The lift went down past the basement.

----

It kept going.

{tip}Comments are open below.{tip}
`;

describe('Confluence wiki markup', () => {
  it('is known from its macro tags; a story with braces or h2. in the text is not', () => {
    expect(detectMarkup('floor.txt', CONFLUENCE)).toBe('confluence');
    expect(detectMarkup('floor.txt', 'Chapter 1\n\nShe wrote {note} on the card.\n\nh2. was the label on the box.\n')).toBeNull();
  });

  it('reads the one h1 as the title, the particulars as fields, h2 headings as chapters, a box as a note and the notice above the title as none', () => {
    const m = read('floor.txt', CONFLUENCE);
    const o = outline(m);
    expect([o.title, o.author, m.meta.fields.Series]).toEqual(['The Quiet Floor', 'Mona Ferris', 'Night Shift']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Badge', 0], [2, 'Lift', 1]]);
    expect(m.notesBefore.map((n) => n.label)).toEqual(["Author's note"]);
    expect(m.chapters[1]!.notesAfter.length).toBe(1);
    const body = bodyOf(m);
    expect(body).toContain('Try again.');
    expect(body).toContain('Theo swiped his badge at the third door and it blinked red.');
    expect(body).not.toContain('roadmap');
    expect(body).not.toMatch(/\{|Drafts in this space|h2\./);
  });
});

const INK = `// harbour.ink
# title: Low Water
# author: Tamsin Roe

VAR coins = 2
INCLUDE shared.ink

// Author's note: a first try at ink, be kind.

-> quay

=== quay ===
The tide was out and the boats lay on their sides in the mud. #mood:grey
~ coins = coins - 1
She paid the boy {coins > 0: two|one} pennies to watch her bag.
* "Keep it dry[."]," she told him. -> chapter_two
* [Leave] -> chapter_two

=== chapter_two ===
The ferry was late, as it always was <>
 on a Sunday.
= cabin
She found an empty bench.
= deck
Later she went up on deck and watched the lights.
- (end) <i>Home</i>, she thought.
-> END

=== function price(n) ===
~ return n * 2
`;

describe("inkle's Ink", () => {
  it('is known from its diverts and declarations; prose with an arrow or a == heading == is not', () => {
    expect(detectMarkup('harbour.txt', INK)).toBe('ink');
    expect(detectMarkup('notes.txt', '== Notes ==\n\nShe drew an arrow -> there.\n\nThen she left.\n')).toBeNull();
  });

  it('reads the global tags as metadata, knots as chapters, a stitch after text as a break, and leaves the logic out', () => {
    const m = read('harbour.txt', INK);
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['Low Water', 'Tamsin Roe']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[null, 'quay', 0], [2, null, 2]]);
    expect(m.notesBefore.map((n) => n.label)).toEqual(["Author's note"]);
    const body = bodyOf(m);
    expect(body).toContain('She paid the boy two pennies to watch her bag.');
    expect(body).toContain('"Keep it dry," she told him.');
    expect(body).toContain('The ferry was late, as it always was on a Sunday.');
    expect(body).toContain('Home, she thought.');
    expect(body).not.toMatch(/->|VAR|INCLUDE|coins|#mood|Leave|return|cabin/);
  });
});

const DOKUWIKI = `~~NOTOC~~
===== Salt and Iron =====

^ Author | [[user:pell|Odile Pell]] |
^ Setting | The Marches |

<note tip>Content note: a drowning, off the page.</note>

{{ :stories:marsh.jpg?300|The marsh at dusk }}

==== Part 1: Causeway ====

Odile walked the causeway at //low// tide, counting posts.((The posts are real.))
  * the first was painted white
  * the second was gone

----

The water came back faster than the tables said.

==== Part 2: Bell ====

Someone was ringing the chapel bell.

<WRAP round box>
See also: [[stories:start|All stories]] · [[npc:odile|Odile]]
</WRAP>

{{tag>marsh odile}}
`;

describe('DokuWiki page source', () => {
  it('is known from its switches, plugin boxes and tables; a story with ==== headings ==== and a ~~strike~~ is not', () => {
    expect(detectMarkup('salt.txt', DOKUWIKI)).toBe('dokuwiki');
    expect(detectMarkup('salt.txt', '==== One ====\n\nShe ~~ran~~ walked.\n\n==== Two ====\n\nHe waited.\n')).toBeNull();
  });

  it('reads the one top heading as the title, the table as fields, a <note> as a note, and leaves the wiki furniture out', () => {
    const m = read('salt.txt', DOKUWIKI);
    const o = outline(m);
    expect([o.title, o.author, m.meta.fields.Setting, m.meta.fields.tags]).toEqual(['Salt and Iron', 'Odile Pell', 'The Marches', 'marsh, odile']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Causeway', 1], [2, 'Bell', 0]]);
    expect(m.notesBefore.length).toBe(1);
    expect(m.chapters[1]!.notesAfter).toEqual([]);
    const body = bodyOf(m);
    expect(body).toContain('Odile walked the causeway at low tide, counting posts.');
    expect(body).toContain('the second was gone');
    expect(body).not.toMatch(/NOTOC|marsh at dusk|posts are real|See also|All stories|tag>|\/\/|\[\[/);
  });
});

describe('wiki and interactive-fiction sources: every word kept or reported', () => {
  const check = (file: string, text: string, markup: RegExp): string[] => {
    const m = read(file, text);
    const source = text.replace(markup, ' ');
    return lostWords(source, keptText(m), reportedText(m, source.split('\n')));
  };
  it('Confluence', () => {
    // The markup taken off: macro tags, link targets, list and heading signs.
    expect(check('floor.txt', CONFLUENCE, /\{[^{}\n]*\}|\|[^\]\n]*\]|[~[\]*_+|]|^(?:#|h\d\.)|\(Mona Ferris\)/gm)).toEqual([]);
  });
  it('DokuWiki', () => {
    expect(check('salt.txt', DOKUWIKI, /\[\[[^\]|]*\||\{\{[^|}]*\|?|[\]^|*/}]|<[^>]*>|=+|~~/g)).toEqual([]);
  });
  it('Ink', () => {
    // Declarations, logic, diverts and conditions are the script's working, not words of it.
    expect(check('harbour.txt', INK, /^(?:VAR|INCLUDE|~).*$|->.*$|\{[^:}]*:|#mood:grey|<\/?i>|[*=|}\[\]_-]|\(end\)|^function.*$|return n|price\(n\)/gm)).toEqual([]);
  });
});

describe('wiki and interactive-fiction sources: edges', () => {
  it('Confluence: a panel that is not labelled as a note is the story\'s own words, and a lone chapter heading is no title', () => {
    const m = read('memo.txt', `{toc}\n\nh1. Chapter 1: Night Shift\n\nTheo clocked in at ten.\n\n{panel:title=The memo}\nThe fourth floor is closed.\n{panel}\n\nHe went up anyway.\n`);
    const o = outline(m);
    expect(o.title).toBeNull();
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Night Shift']]);
    expect(bodyOf(m)).toContain('The fourth floor is closed.');
    expect(m.chapters[0]!.notesBefore.length + m.chapters[0]!.notesAfter.length).toBe(0);
  });

  it('DokuWiki: particulars under a page\'s one chapter heading are fields, dialogue in bold is not, a <code> block is its words, and a Previous | Next line is navigation', () => {
    const page = `~~NOTOC~~\n===== Chapter 4: The Mill =====\n\n**Author:** Pell Andrews\n\n**Tam:** Is anyone there?\n\nThe wheel had stopped.\n\n<code>\nMILL CLOSED\n</code>\n\nPrevious: [[story:ch3|Chapter 3]] | Next: [[story:ch5|Chapter 5]]\n`;
    const m = read('mill.txt', page);
    expect([outline(m).author, m.meta.fields.Tam]).toEqual(['Pell Andrews', undefined]);
    const body = bodyOf(m);
    expect(body).toContain('Tam: Is anyone there?');
    expect(body).toContain('MILL CLOSED');
    expect(body).not.toContain('<code>');
    expect(body).not.toMatch(/Previous|Chapter 5/);
  });

  it('Ink: a by-line in the opening comments names the writer; a multi-line conditional keeps its branches\' words, not their conditions', () => {
    const ink = `// The Night Ferry\n// by Harriet Moss\nVAR fare = 1\n-> dock\n\n== dock ==\nThe horn sounded.\n{ fare > 0:\n  - She had the fare ready.\n  - else: She had nothing.\n}\n-> END\n`;
    const m = read('ferry.txt', ink);
    expect([outline(m).title, outline(m).author]).toEqual(['The Night Ferry', 'Harriet Moss']);
    const body = bodyOf(m);
    expect(body).toContain('She had the fare ready.');
    expect(body).toContain('She had nothing.');
    expect(body).not.toMatch(/fare >|else|\{|\}/);
  });
});
