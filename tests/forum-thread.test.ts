import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'thread.txt'));
const card = (name: string, date: string, n: number): string => `${name}\n${date}\nAdd bookmark\n#${n}\n`;
const para = 'The delegates from Danzig arrived on the ninth of January, three days late, with ice in their beards.';

describe('a story posted in a forum thread, copied from the page', () => {
  const thread = [
    'Salt and Iron: A Hanseatic Timeline',
    'Thread starter Wendenvogt   Start date Mar 2, 2019',
    '',
    card('Wendenvogt', 'Mar 2, 2019', 1) + 'Threadmark: Chapter 1: The Winter Diet',
    'Chapter 1: The Winter Diet',
    '',
    para,
    'Reactions: Hrolf, Aurelian_Frost and 9 others',
    '',
    card('Hrolf', 'Mar 2, 2019', 2) + 'Oh, this is a great point of departure. Watched! Is Castorp real or made up for the story?',
    '',
    card('Wendenvogt', 'Mar 3, 2019', 3) + "He's real, though I'm taking liberties. Thanks!",
    '',
    card('Wendenvogt', 'Mar 9, 2019', 4) + 'Threadmark: Ice in the Sound',
    para,
    'Like   Reply',
  ].join('\n');

  it("keeps the starter's threadmarked posts as the chapters, a threadmark naming a post that has no heading of its own", () => {
    const o = read(thread);
    expect([o.title, o.author]).toEqual(['Salt and Iron: A Hanseatic Timeline', 'Wendenvogt']);
    expect(o.chapters.map((c) => c.title)).toEqual(['The Winter Diet', 'Ice in the Sound']);
    expect(o.wordCount).toBe(2 * 18);
  });

  it('keeps the starter’s posts and leaves the replies out where nothing is threadmarked', () => {
    const o = read(thread.replace(/Threadmark: Chapter 1: The Winter Diet\n/, '').replace('Threadmark: Ice in the Sound', 'Chapter 2: Ice in the Sound\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['The Winter Diet', 'Ice in the Sound']);
    expect(o.wordCount).toBe(2 * 18 + 7);
  });
});

describe("an IP.Board topic's posts under their cards", () => {
  it('reads `#2 NAME` / rank / counts / `Posted DATE` as a card, leaving the replies out', () => {
    const para = 'He arrived on the first of October by Portkey, with one trunk and no owl and nobody to meet him.';
    const card = (n: number, name: string) => `#${n} ${name}\nAuror\nMembers\n 412 posts\nPosted 14 June 2013 - 08:12 PM\n\n`;
    const o = read(`${card(1, 'Cindergrave')}Chapter 1: The Posting\n\n${para}\n\n${card(2, 'moonraker77')}Interesting premise, though it has been done to death.\n\n${card(3, 'Cindergrave')}Chapter 2: The Logbook\n\n${para}\n`);
    expect(o.author).toBe('Cindergrave');
    expect(o.chapters.map((c) => c.title)).toEqual(['The Posting', 'The Logbook']);
    expect(o.wordCount).toBe(2 * 20);
  });
});

describe("a forum's reader mode of threadmarked posts", () => {
  it('reads each threadmark, less its category, as the chapter, and leaves the post title and card above it out', () => {
    const post = (title: string, name: string) => `Apocrypha: ${title}\n${name} · Apr 2, 2026 · 612 words\n\nThreadmarks: Apocrypha: ${title}\n\n${para}\n\nReactions: Like ×48\n`;
    const o = read(`Salt and Iron\nThread starter Quillmarrow · Start date Mar 3, 2026\n\nReader mode · Apocrypha\n${post("The Cook's Day Off", 'Lanternfish')}\n${post('A Letter Home', 'Brightwater')}`);
    expect(o.chapters.map((c) => c.title)).toEqual(["The Cook's Day Off", 'A Letter Home']);
    expect(o.wordCount).toBe(2 * 18);
  });
});
