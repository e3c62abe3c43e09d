import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.md'));
const PROSE = 'The clocks in the workshop never agreed, and she liked them better for it.\n\nNobody came that day.';

describe("pandoc's Markdown", () => {
  it('reads the % title block, heading attributes and unnumbered headings', () => {
    const o = read(`% Die Uhrmacherin\n% Theresa Brenner\n% März 2022\n\n# Erstes Kapitel: Die Werkstatt {#werkstatt}\n\n${PROSE}\n\n# Epilog {-}\n\n${PROSE}\n`);
    expect([o.title, o.author]).toEqual(['Die Uhrmacherin', 'Theresa Brenner']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Die Werkstatt'], [null, 'Epilog']]);
  });

  it('reads an EPUB converted by pandoc: fenced divs, spans, creator metadata, the imprint left out, titles under numbers', () => {
    const chapter = (n: string, title: string): string =>
      `::: {#chapter-${n} .section epub:type="bodymatter chapter"}\n::: hgroup\n## [${n}]{epub:type="z3998:roman"} {#chapter-${n}-title}\n\n${title}\n:::\n\n${PROSE}\n:::\n`;
    const o = read(
      `---\ncreator:\n- role: aut\n  text: Honoria Flint\ntitle: The Almanac\n---\n\n::: {#titlepage .section}\n# The Almanac {.title}\n:::\n\n::: {#imprint .section}\n# Imprint\n\nThis ebook is the product of many hours of hard work by volunteers.\n:::\n\n` +
        chapter('I', 'The Swarm') + '\n' + chapter('II', 'Telling the Bees'),
    );
    expect(o.author).toBe('Honoria Flint');
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, 'The Swarm', null], [2, 'Telling the Bees', null]]);
    expect(o.wordCount).toBe(2 * PROSE.split(/\s+/).length);
  });

  it('leaves a plain file with a colon rule alone: the rule stays, as a break, with every word', () => {
    const m = parse(Buffer.from(`# One\n\n:::\n\n${PROSE}\n`), 'story.md');
    expect(m.chapters[0]!.children.map((b) => (b.type === 'sceneBreak' ? b.marker : b.type))).toEqual([':::', 'paragraph', 'paragraph']);
    expect(outline(m).wordCount).toBe(PROSE.split(/\s+/).length);
  });
});

describe("Leanpub's Markua and kramdown's attribute lines", () => {
  it('reads divisions, asides, part headings and attribute lines, and leaves the back matter out', () => {
    const o = read(
      `{frontmatter}\n\n# Preface\n\nA> **A note before we begin:** this edition is in progress.\n\n{mainmatter}\n\n-# Part One: Slack Water\n\n# The Tide Tables {#tides}\n\n${PROSE}\n\n{blurb, class: center}\n* * *\n\n${PROSE}\n\n# The Letter\n\n${PROSE}\n\n{backmatter}\n\n# About the Author\n\nShe lives on a tidal island.\n`,
    );
    expect(o.notesBefore.map((n) => n.label)).toEqual(['A note before we begin']);
    expect(o.chapters.map((c) => [c.title, c.part, c.sceneBreaks])).toEqual([['The Tide Tables', 'Part One: Slack Water', 1], ['The Letter', 'Part One: Slack Water', 0]]);
    expect(o.wordCount).toBe(3 * PROSE.split(/\s+/).length);
  });

  it("drops kramdown's `{: .class}` lines in any Markdown file", () => {
    const o = read(`# One\n\n${PROSE}\n{: .centered}\n`);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length);
  });
});

describe("Scrivener's MultiMarkdown", () => {
  it('reads the metadata block without its typesetting settings, a review comment alone as a note, and resolves inline CriticMarkup', () => {
    const o = read(
      `Title:\tThe Salt Road  \nAuthor:\tR. J. Fenwick  \nBase Header Level:\t1  \nKeywords:\tfantasy, draft 3  \n\n{>>Note to beta readers: this is draft 3.<<}\n\n# Chapter 1: Low Water #\n\n${PROSE}{>>foreshadow? — RJ<<} It was {~~grey~>green~~}{--, very--}.\n`,
    );
    expect([o.title, o.author, o.fields.Keywords, o.fields['Base Header Level']]).toEqual(['The Salt Road', 'R. J. Fenwick', 'fantasy, draft 3', undefined]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Note to beta readers']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Low Water']]);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length + 3);
  });
});

describe("Obsidian's Markdown", () => {
  it('reads inline fields, a note callout as a note, wikilinks as their words, and leaves comments and embeds out', () => {
    const o = read(
      `# Fyrpasserens datter\n\nforfatter:: Signe Holm\nkonkurrence:: [[Novellekonkurrence 2023]]\n\n> [!note] Forfatterens note\n> Tak til [[Mette|min søster]] for korrektur.\n\n## Kapitel 1 — Tågen\n\n![[kort.png]]\n\n${PROSE} %%tjek antal trin%%\n\n%%\nrevision: more fog\n%%\n`,
    );
    expect([o.title, o.author, o.fields.konkurrence]).toEqual(['Fyrpasserens datter', 'Signe Holm', 'Novellekonkurrence 2023']);
    expect(o.notesBefore.map((n) => [n.label, n.text])).toEqual([['Forfatterens note', 'Tak til min søster for korrektur.']]);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, 'Tågen', PROSE.split(/\s+/).slice(0, 5).join(' ')]]);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length);
  });
});

describe("Obsidian's callouts in other languages", () => {
  it('reads an info callout of thanks (`> [!info] Mulțumiri`) after the last chapter as its note, not story', () => {
    const o = read(`# Trenul de noapte\n\n## Capitolul 1 – Gara\n\n${PROSE}\n\n> [!info] Mulțumiri\n> Mulțumesc grupului de joi pentru lectură.\n`);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([1]);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length);
  });
});

describe("Ulysses' Markdown", () => {
  it('leaves out a `%%` comment line that no other `%%` closes, and keeps every word after it', () => {
    const o = read(`# Il sarto\n\n*di Chiara Benvenuti*\n\n%% bozza 3 — rivedere il finale\n\n# Capitolo primo — La bottega\n\n${PROSE}\n`);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'La bottega']]);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length);
  });
});

describe('note-app exports', () => {
  it("reads a plain first line over a by-line as the title, and leaves out the app's trailing record", () => {
    const o = read(`Night Ferry\n\n_by Dana Whitlock_\n\n${PROSE}\n\nid: 8f3c2a\nparent_id: 77ab\ncreated_time: 2022-04-03T22:41:09.512Z\nupdated_time: 2022-04-05T08:17:44.030Z\nis_todo: 0\nsource_application: net.cozic.joplin-mobile\ntype_: 1\n`);
    expect([o.title, o.author]).toEqual(['Night Ferry', 'Dana Whitlock']);
    expect(o.wordCount).toBe(PROSE.split(/\s+/).length);
  });
});
