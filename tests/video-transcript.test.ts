import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { inspectText as read } from './helpers/inspect.js';

/** Cues of a transcript panel: a time over each line of words. */
const cues = (start: number, texts: string[]): string[] => texts.flatMap((t, k) => [`${Math.floor((start + k * 4) / 60)}:${String((start + k * 4) % 60).padStart(2, '0')}`, t]);

describe("a video page copied with its transcript open, a story read aloud", () => {
  const page = [
    'Skip navigation',
    'Search',
    '',
    "The Well Door | A Short Story Read Aloud | Written by: Ann Marsh",
    '',
    'Evening Tales TV',
    '27.4K subscribers',
    '',
    'Subscribe',
    '',
    'Clip',
    '',
    'Save',
    '',
    '18K views  5 months ago  #stories #audiobook',
    'Tonight we read a short story by Ann Marsh, with her leave…',
    '...more',
    '',
    'Show transcript',
    '',
    'Transcript',
    '',
    'Search in video',
    'Part One: The Letter',
    ...cues(0, ['[Music]', 'When my grandmother died she left me', 'one letter and a key', 'to a door I had never seen.']),
    'Part Two: The Key',
    ...cues(20, ['The key fitted nothing in the house,', 'nothing in the yard,', '[Applause]', 'until the first rain came.']),
    '',
    'All',
    'From Evening Tales TV',
    'Related',
    'For you',
    '',
  ].join('\n');

  it('reads the title and author from the cells of the video title', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['The Well Door', 'Ann Marsh']);
  });

  it("joins the cues into the chapters' text, leaving the times, sound cues and the page's panels out", () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Letter'], [2, 'The Key']]);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['When my grandmother died she', 'The key fitted nothing in']);
    // 7 + 5 + 7 words in part one, 7 + 4 + 5 in part two.
    expect(o.wordCount).toBe(35);
  });

  it('keeps a sentence that runs over several cues in one paragraph', () => {
    const m = parse(Buffer.from(page), 'story.txt');
    expect(m.chapters.map((c) => c.children.map((b) => b.type))).toEqual([['paragraph'], ['paragraph']]);
  });
});

describe('a timetable in a story, a time over each line', () => {
  it('keeps its times: they start at an hour of the day, not at the beginning of a video', () => {
    const day = ['6:00', 'Wake up', '6:30', 'Breakfast', '7:00', 'Bus', '8:00', 'School', '12:00', 'Lunch', '15:00', 'Home'];
    const o = read(['Chapter 1', '', 'Her list was pinned to the fridge:', '', ...day, '', 'She never kept to it.', ''].join('\n'));
    expect(o.wordCount).toBe(7 + 13 + 5);
  });
});
