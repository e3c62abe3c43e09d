import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// A browser's reader view heads its copy with the site's address, the page's title, the writer's name and a
// reading time, in the reader's language, before the story.
describe("a reader view's copy of a story page", () => {
  it('takes the title and the name over the reading time, and keeps every word of a short story', () => {
    const text = ['drukarnia.com.ua', 'Останній трамвай', 'Олена Коваль', '6–7 хвилин', '', 'Вона сіла в останній трамвай і дивилася у вікно до самого депо.', '', 'Місто спало, а вона ні.', ''].join('\n');
    const o = read(text);
    expect([o.title, o.author]).toEqual(['Останній трамвай', 'Олена Коваль']);
    expect(o.wordCount).toBe(17);
  });

  it('reads an English copy the same way, the address and the reading time left out', () => {
    const o = read(['medium.com', 'The Lighthouse Keeper', 'Dana Whitfield', '6 min read', '', prose('Mara'), '', prose('Tom'), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['The Lighthouse Keeper', 'Dana Whitfield']);
    expect(o.wordCount).toBe(28);
  });

  it("takes an archive's page title apart (title, writer, fandom, the site in brackets) and leaves the series line out", () => {
    const text = [
      'archiveofourown.org',
      'Salt on the Window - larkspur_and_lye - Original Work [Archive of Our Own]',
      '9–11 minutes',
      '',
      'Part 3 of the Winter Harbour series',
      '',
      'Summary:',
      '',
      'Three winters in a fishing town.',
      '',
      'Chapter 1: First Winter',
      '',
      prose('Nell'),
      '',
      'Chapter 2: Second Winter',
      '',
      prose('Wren'),
      '',
    ].join('\n');
    const o = read(text);
    expect([o.title, o.author, o.description]).toEqual(['Salt on the Window', 'larkspur_and_lye', 'Three winters in a fishing town.']);
    expect(o.front).toEqual([]);
    expect(o.chapters.map((c) => c.title)).toEqual(['First Winter', 'Second Winter']);
    expect(o.wordCount).toBe(28);
  });
});

describe('a short text with no heading whose first block holds a line a page prints', () => {
  it('keeps every word: a page tail follows a story, and here there is none above it', () => {
    const text = ['Later', '6–7 хвилин', '', 'Вона сіла в останній трамвай.', '', 'Місто спало, а вона ні.', ''].join('\n');
    expect(read(text).wordCount).toBe(13);
  });
});

describe("an archive's work whose preface points to the notes at its end", () => {
  const work = (tail: string[]): string =>
    [
      'Salt on the Window', 'larkspur_and_lye', '',
      'Summary:', '', 'Three winters in a fishing town.', '',
      'Notes:', '', 'For tidepoolsandteacups.', '', '(See the end of the work for more notes.)', '',
      'Chapter 1: First Winter', '', 'Chapter Text', '', prose('Nell'), '',
      'Chapter 2: Second Winter', '', 'Chapter Text', '', prose('Wren'), '',
      ...tail,
    ].join('\n');

  it('reads the last notes as the work’s end notes, a link back to the chapter before notwithstanding', () => {
    const o = read(work(['Notes:', '', 'Thank you for reading to the end.', '', 'Actions', '← Previous Chapter', 'Top of Work', 'kudos', '']));
    expect(o.notesAfter.map((n) => n.text)).toEqual(['Thank you for reading to the end.']);
    expect(o.chapters[1]!.notesAfter).toEqual([]);
  });

  it("and where the last chapter's own notes come first, only the last are the work's", () => {
    const o = read(work(['Notes:', '', 'The storm is a real one.', '', 'Notes:', '', 'Thank you for reading to the end.', '']).replace('Chapter 2: Second Winter\n\n', 'Chapter 2: Second Winter\n\n(See the end of the chapter for notes.)\n\n'));
    expect(o.notesAfter.map((n) => n.text)).toEqual(['Thank you for reading to the end.']);
    expect(o.chapters[1]!.notesAfter.map((n) => n.text)).toEqual(['The storm is a real one.']);
  });
});
