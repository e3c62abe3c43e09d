import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { subjectTitle } from '../src/parse/rules/message-headers.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'article.txt'));

const story =
  'Kestrel had been in the Library for six days, and for five of them she had been lost.\n\n' +
  'On the sixth day she found the reading room, and the book on its table was open at her name.\n';

/** A news archive's view of one article: the site's bar, the header set right-aligned, the text. */
const article = (body: string) =>
  'Deja News  The Discussion Network\n[ Search ] [ Browse Groups ] [ Post ] [ Help ]\n\n' +
  '  Subject: [FIC] The Reading Room (Discworld, 1/1) - was Re: Library stories?\n' +
  '     From: Hollis Treadgold <htread@mindspring.com>\n' +
  '     Date: 1997/02/17\n' +
  'Message-ID: <330811A4.2C71@mindspring.com>\n' +
  'Newsgroups: alt.fan.pratchett\n\n' +
  body;

describe('a news article copied from an archive page', () => {
  it('reads a header set right-aligned as its fields, and the title from the subject', () => {
    const o = read(article(story));
    expect(o.author).toBe('Hollis Treadgold');
    expect(o.fields).toMatchObject({ Date: '1997/02/17', Newsgroups: 'alt.fan.pratchett' });
    expect(o.title).toBe('The Reading Room');
  });
  it('leaves the attribution and the lines it quotes out of the body', () => {
    const quote = 'In article <5e6a1f$k2@news.dircon.co.uk>,\n  Gwen Marley <gmarley@dircon.co.uk> wrote:\n> Has anyone written anything set in L-space?\n>\n>> Ook.\n\n';
    const o = read(article(quote + story));
    expect(o.chapters[0]!.firstWords).toBe('Kestrel had been in the');
    expect(o.wordCount).toBe(38);
  });
});

describe("the poster's word before the story", () => {
  const intro = "Well, you asked for it. Here's a short one I wrote on the train. All characters except Kestrel belong to Terry Pratchett; please don't archive it anywhere without asking first.\n\n---\n\n";
  it('is a note when it talks to readers and a separator sets the story apart under it', () => {
    const o = read(article(intro + story));
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Introduction']);
    expect(o.chapters.map((c) => [c.firstWords, c.sceneBreaks])).toEqual([['Kestrel had been in the', 0]]);
    expect(o.wordCount).toBe(38);
  });
  it('is the story when it does not read as talk', () => {
    const o = read(article('The Library was larger on the inside than on the outside.\n\n---\n\n' + story));
    expect(o.notesBefore).toEqual([]);
    expect(o.wordCount).toBe(38 + 11);
  });
});

describe("the article's foot", () => {
  it("leaves the poster's signature under a rule and the archive's buttons out of the body", () => {
    const foot = '\n---\nHollis\n"It\'s turtles all the way down."\n -- htread@mindspring.com --\n\n[ Previous ] [ Next ] [ View Thread (7 articles) ] [ Post Followup ]\n';
    const o = read(article(story + foot));
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([0]);
    expect(o.wordCount).toBe(38);
  });
});

describe("a subject's title", () => {
  it.each([
    ['[FIC] The Reading Room (Discworld, 1/1) - was Re: Library stories?', 'The Reading Room'],
    ['Re: NEW: Ashfall (PG-13) 1/1', 'Ashfall'],
    ['The Ferryman (was: ferry stories)', 'The Ferryman'],
  ])('of %s is %s', (subject, title) => {
    expect(subjectTitle(subject)).toBe(title);
  });
});
